export default {
  async fetch(request) {
    if (new URL(request.url).pathname === "/slow") await new Promise((r) => setTimeout(r, 300));
    const headers = [...request.headers].map(([k, v]) => `${k}=${v}`).join("; ");
    const body = request.body === null ? "<null>" : JSON.stringify(await request.text());
    const cf = request.cf === undefined ? "undefined" : JSON.stringify(request.cf);
    return new Response(`${request.method} ${request.url} | ${headers} | ${body} | cf=${cf} redirect=${request.redirect} aborted=${request.signal.aborted}`);
  },
};
