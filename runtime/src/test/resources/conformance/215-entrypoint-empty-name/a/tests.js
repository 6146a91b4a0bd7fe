const tests = {
  "/empty-rpc": (env) => env.EMPTY.who(),
  "/empty-fetch": async (env) => (await env.EMPTY.fetch("http://b/e")).text(),
  "/empty-with-props": async (env) => [await env.EMPTY_PROPS.who(), await (await env.EMPTY_PROPS.fetch("http://b/p")).text()],
  "/named": (env) => env.NAMED.who(),
  "/missing-on-default": (env) => env.EMPTY.present(),
};
