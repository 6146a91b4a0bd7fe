const kept = {};
export default {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/keep") { kept.req = req; return new Response("kept"); }
    if (p === "/keep-clone") { kept.clone = req.clone(); return new Response(await req.text()); }
    if (p === "/read-kept") { try { return new Response("read " + await kept.req.text()); } catch (e) { return new Response(`${e.constructor.name}: ${e.message}`); } }
    if (p === "/read-kept-clone") { try { return new Response("read " + await kept.clone.text()); } catch (e) { return new Response(`${e.constructor.name}: ${e.message}`); } }
    if (p === "/kept-headers") return new Response(`${kept.req.method} ${kept.req.url} ${kept.req.headers.get("x-h")}`);
    return new Response("?");
  },
};
