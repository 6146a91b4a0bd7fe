const tryIt = (f) => { try { return `ok ${f()}`; } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
const tryAsync = async (f) => { try { return `ok ${await f()}`; } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
const routes = {
  "/props": (req) => [req.method, req.redirect, req.cache, req.integrity, req.keepalive, req.credentials, req.mode, req.destination, req.referrer, req.bodyUsed, typeof req.clone].map(String).join(" "),
  "/headers-guard": (req) => [tryIt(() => req.headers.set("x-new", "1")), tryIt(() => req.headers.delete("x-h")), tryIt(() => req.headers.append("x-h", "2")), req.headers.get("x-h")].join(" / "),
  "/signal": (req) => { const s = req.signal; return [s instanceof AbortSignal, s.aborted, String(s.reason), tryIt(() => s.throwIfAborted()), typeof s.addEventListener].join(" "); },
  "/cf": (req) => JSON.stringify(req.cf),
  "/read-twice": async (req) => [await req.text(), req.bodyUsed, await tryAsync(() => req.text()), await tryAsync(() => req.arrayBuffer())].join(" / "),
  "/clone-read": async (req) => { const c = req.clone(); return [await c.text(), await req.text(), c.url, c.method].join(" / "); },
  "/formdata-parse": async (req) => { const fd = await req.formData(); return [...fd].map(([k, v]) => `${k}=${typeof v === "string" ? v : `File(${v.name},${v.type},${v.size})`}`).join(" "); },
  "/json-parse": async (req) => JSON.stringify(await req.json()),
  "/bad-json": async (req) => tryAsync(() => req.json()),
};
export default {
  async fetch(request) {
    const u = new URL(request.url);
    if (u.pathname === "/echo-stream") return new Response(request.body, { headers: { "x-len": request.headers.get("content-length") ?? "none" } });
    const route = routes[u.pathname];
    return new Response(String(route ? await route(request) : `none ${u.pathname}`));
  },
};
