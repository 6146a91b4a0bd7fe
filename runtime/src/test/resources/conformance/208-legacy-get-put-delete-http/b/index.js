const seen = [];
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/seen") return new Response(seen.join(" | "));
    const body = request.body ? await request.text() : "";
    seen.push(`${request.method} ${url.pathname}${url.search} ${body}`.trim());
    const m = url.pathname.match(/^\/status\/(\d+)$/);
    if (m) return new Response(Number(m[1]) === 204 ? null : `status body ${m[1]}`, { status: Number(m[1]) });
    if (url.pathname === "/json") return new Response('{"k":[1,2]}');
    if (url.pathname === "/bytes") return new Response(new Uint8Array([1, 2, 3]));
    return new Response(`text for ${request.method} ${url.pathname}`);
  },
};
