// workerd's internal errors carry a random reference id; it is masked so the
// recorded body is stable.
async function masked(fn) {
  try {
    return await fn();
  } catch (e) {
    e.message = e.message.replace(/reference = [0-9a-z]+/, "reference = <id>");
    throw e;
  }
}
const tests = {
  "/object-call": (env) => env.OBJ.hello("h"),
  "/object-fetch": async (env) => (await env.OBJ.fetch("http://x/p")).text(),
  "/object-data": async (env) => await env.OBJ.data,
  "/object-props": async (env) => [await env.PROPS.hello("q"), await (await env.PROPS.fetch("http://x/q")).text()],
  "/array-own": async (env) => [await env.ARR.length, typeof env.ARR["0"]],
  "/array-fetch": async (env) => (await env.ARR.fetch("http://x/")).text(),
  "/do-class-rpc": (env) => masked(() => env.DO.hello()),
  "/do-class-fetch": (env) => masked(async () => (await env.DO.fetch("http://x/")).text()),
  "/function-rpc": (env) => masked(() => env.FN.hello()),
  "/function-fetch": (env) => masked(async () => (await env.FN.fetch("http://x/")).text()),
};
