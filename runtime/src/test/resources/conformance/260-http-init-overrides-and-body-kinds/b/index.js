export default {
  async fetch(request) {
    const u = new URL(request.url);
    if (u.pathname === "/r302") return new Response("moved", { status: 302, headers: { location: "/done" } });
    const headers = [...request.headers].map(([k, v]) => `${k}=${v}`).join("; ");
    const body = request.body === null ? "<null>" : JSON.stringify(await request.text());
    return new Response(`${request.method} ${request.url} | ${headers} | ${body}`);
  },
};
