function attempt(f) {
  try {
    const v = f();
    return `ok ${typeof v === "object" && v !== null ? Object.prototype.toString.call(v) : String(v)}`;
  } catch (e) {
    return `threw ${e.constructor.name} name=${e.name} message=${JSON.stringify(e.message)}`;
  }
}
const tests = {
  "/url-invalid": () => attempt(() => new URL("not a url")),
  "/url-invalid-base": () => attempt(() => new URL("/x", "nope")),
  "/url-no-args": () => attempt(() => new URL()),
  "/url-can-parse": () => attempt(() => [URL.canParse("https://a.b/"), URL.canParse("x")].join()),
  "/url-href": () => attempt(() => new URL("HTTPS://Example.COM:443/a/../b/./c?x=1#f").href),
  "/url-idn": () => attempt(() => new URL("https://münchen.example/").host),
  "/request-bad-method": () => attempt(() => new Request("https://a.b/", { method: "BAD METHOD" })),
  "/request-get-body": () => attempt(() => new Request("https://a.b/", { method: "GET", body: "x" })),
  "/response-bad-status": () => attempt(() => new Response("x", { status: 99 })),
  "/response-null-body-status": () => attempt(() => new Response("x", { status: 204 })),
  "/response-redirect-bad-status": () => attempt(() => Response.redirect("https://a.b/", 200)),
  "/response-redirect-bad-url": () => attempt(() => Response.redirect("::", 302)),
  "/headers-bad-name": () => attempt(() => new Headers({ "bad name": "x" })),
  "/headers-bad-value": () => attempt(() => new Headers({ a: "x\ny" })),
  "/atob-bad": () => attempt(() => atob("!!!")),
  "/btoa-bad": () => attempt(() => btoa("\u0100")),
  "/random-values-too-big": () => attempt(() => crypto.getRandomValues(new Uint8Array(65537))),
  "/random-values-float": () => attempt(() => crypto.getRandomValues(new Float32Array(4))),
  "/abort-reason-default": () => attempt(() => { const c = new AbortController(); c.abort(); return `${c.signal.reason.name}: ${c.signal.reason.message}`; }),
  "/abort-timeout-reason": () => attempt(() => AbortSignal.abort().reason.name),
  "/text-decoder-fatal": () => attempt(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]))),
  "/text-decoder-label": () => attempt(() => new TextDecoder("nope")),
  "/domexception-codes": () => attempt(() => ["NotFoundError", "AbortError", "DataCloneError", "TimeoutError", "Custom"].map((n) => new DOMException("m", n).code).join()),
  "/navigator": () => attempt(() => navigator.userAgent),
  "/eval": () => attempt(() => eval("1 + 1")),
};
export default {
  async fetch(request) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    return new Response(test());
  },
};
