import { RpcTarget } from "cloudflare:workers";

function attempt(f) {
  try {
    const v = f();
    return `ok ${typeof v}`;
  } catch (e) {
    return `threw ${e.constructor.name} name=${e.name} message=${JSON.stringify(e.message)}`;
  }
}

class Point { constructor() { this.x = 1; } }
class Counter extends RpcTarget {}

const tests = {
  "/function": () => attempt(() => structuredClone(() => 1)),
  "/class-instance": () => attempt(() => structuredClone(new Point())),
  "/rpc-target": () => attempt(() => structuredClone(new Counter())),
  "/symbol": () => attempt(() => structuredClone(Symbol("s"))),
  "/no-argument": () => attempt(() => structuredClone()),
  "/request": () => attempt(() => structuredClone(new Request("https://example.test/"))),
  "/headers": () => attempt(() => structuredClone(new Headers({ a: "1" }))),
  "/class-instance-copy": () => {
    const c = structuredClone(new Point());
    return `${Object.getPrototypeOf(c) === Object.prototype} ${JSON.stringify(c)}`;
  },
  "/null-prototype": () => {
    const o = Object.create(null);
    o.k = 1;
    const c = structuredClone(o);
    return `${Object.getPrototypeOf(c) === Object.prototype} ${JSON.stringify(c)}`;
  },
  "/request-copy": () => {
    const c = structuredClone(new Request("https://example.test/x", { method: "POST", headers: { h: "v" } }));
    return `${c instanceof Request} ${c.method} ${c.url} ${c.headers.get("h")}`;
  },
  "/request-with-body": () => attempt(() => structuredClone(new Request("https://example.test/", { method: "POST", body: "b" }))),
  "/response": () => attempt(() => structuredClone(new Response("r"))),
  "/headers-copy": () => {
    const c = structuredClone(new Headers([["a", "1"], ["set-cookie", "x"], ["set-cookie", "y"]]));
    return `${c instanceof Headers} ${JSON.stringify([...c])}`;
  },
  "/map-subclass": () => { class M extends Map {} const c = structuredClone(new M([[1, 2]])); return `${c instanceof M} ${c instanceof Map} ${c.get(1)}`; },
  "/error-value": () => { const c = structuredClone(new RangeError("r")); return `${c.constructor.name} ${c.message}`; },
  "/round-trip": () => {
    const shared = { n: 1 };
    const v = { a: [1, , 3], s: shared, t: shared, d: new Date(0), m: new Map([[1, 2]]), big: 10n };
    v.self = v;
    const c = structuredClone(v);
    return [c !== v, c.self === c, c.s === c.t, 1 in c.a, c.d.getTime(), c.m.get(1), typeof c.big].join(",");
  },
};

export default {
  async fetch(request) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    return new Response(String(test()));
  },
};
