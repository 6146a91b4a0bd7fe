const inputs = ["relative/path", "/abs", "ftp://b/x", "ws://b/ws", "data:text/plain,hi", "HTTP://B/Upper", "https://b/secure", "http:/one-slash", "http://b/sp ace", 12];
export default {
  async fetch(request, env) {
    const out = [];
    for (const u of inputs) {
      try { const r = await env.B.fetch(u); out.push(`${u} -> ${r.status} ${await r.text()}`); }
      catch (e) { out.push(`${u} -> ${e.constructor.name}: ${e.message}`); }
    }
    try { out.push(`URL(ftp) -> ${(await env.B.fetch(new URL("ftp://b/u"))).status}`); } catch (e) { out.push(`URL(ftp) -> ${e.constructor.name}: ${e.message}`); }
    return new Response(out.join("\n"));
  },
};
