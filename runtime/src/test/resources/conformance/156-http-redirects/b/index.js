let loops = 0;
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const p = url.pathname;
    const body = request.body === null ? "<null>" : JSON.stringify(await request.text());
    const hdrs = [...request.headers].map(([k, v]) => `${k}=${v}`).join(";");
    const echo = () => new Response(`final ${request.method} ${request.url} ${body} [${hdrs}]`);
    const m = /^\/r(\d{3})$/.exec(p);
    if (m) return new Response("redirecting", { status: Number(m[1]), headers: { location: "/dest?from=" + m[1], "x-from": "r" } });
    if (p === "/absolute-other-host") return Response.redirect("https://elsewhere.example:8443/dest2", 302);
    if (p === "/no-location") return new Response("no location", { status: 302 });
    if (p === "/r300") return new Response("multiple", { status: 300, headers: { location: "/dest" } });
    if (p === "/fragment") return new Response(null, { status: 302, headers: { location: "/dest#frag" } });
    if (p.endsWith("/relative-dot")) return new Response(null, { status: 301, headers: { location: "../up/x" } });
    if (p === "/chain1") return new Response(null, { status: 302, headers: { location: "/chain2" } });
    if (p === "/chain2") return new Response(null, { status: 307, headers: { location: "/dest" } });
    if (p === "/loop") { loops++; return new Response(null, { status: 302, headers: { location: "/loop" } }); }
    if (p === "/loop-count") return new Response(String(loops));
    if (p === "/bad-location") return new Response(null, { status: 302, headers: { location: "http://[bad" } });
    if (p === "/ftp-location") return new Response(null, { status: 302, headers: { location: "ftp://x/y" } });
    if (p === "/data-location") return new Response(null, { status: 302, headers: { location: "data:text/plain,redirected%20data" } });
    return echo();
  },
};
