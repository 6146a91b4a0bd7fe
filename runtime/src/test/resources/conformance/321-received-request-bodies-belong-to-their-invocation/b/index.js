const kept = {};
export default {
  async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    if (p === "/keep") { kept.req = req; return new Response("kept"); }
    if (p === "/keep-clone") { kept.clone = req.clone(); return new Response(await req.text()); }
    if (p === "/read-kept") { try { return new Response("read " + await kept.req.text()); } catch (e) { return new Response(`${e.constructor.name}: ${e.message}`); } }
    if (p === "/read-kept-clone") { try { return new Response("read " + await kept.clone.text()); } catch (e) { return new Response(`${e.constructor.name}: ${e.message}`); } }
    if (p === "/keep-local") { kept.local = new Response("local body"); kept.localReq = new Request("http://x/", { method: "POST", body: "local req" }); return new Response("kept local"); }
    if (p === "/read-local") return new Response(`${await kept.local.text()} / ${await kept.localReq.text()}`);
    if (p === "/wait-until-read") { ctx.waitUntil((async () => { kept.late = "started"; await scheduler.wait(10); kept.late = "waited"; try { kept.late = await req.text(); } catch (e) { kept.late = `${e.constructor.name}: ${e.message}`; } })()); return new Response("answered"); }
    if (p === "/wait-until-read-now") { ctx.waitUntil((async () => { try { kept.late2 = await req.text(); } catch (e) { kept.late2 = `${e.constructor.name}: ${e.message}`; } })()); return new Response("answered"); }
    if (p === "/late2") return new Response(String(kept.late2));
    if (p === "/late") return new Response(String(kept.late));
    if (p === "/kept-headers") return new Response(`${kept.req.method} ${kept.req.url} ${kept.req.headers.get("x-h")}`);
    return new Response("?");
  },
};
