class MyResponse extends Response {}
export default {
  fetch(request) {
    const p = new URL(request.url).pathname.slice(1);
    const m = /^s(\d+)(?:-(.*))?$/.exec(p);
    if (m) return new Response("b", { status: Number(m[1]), statusText: m[2] === undefined ? undefined : decodeURIComponent(m[2]) });
    switch (p) {
      case "204": return new Response(null, { status: 204, headers: { "x-a": "1" } });
      case "205": return new Response(null, { status: 205 });
      case "304": return new Response(null, { status: 304, statusText: "Not Changed" });
      case "101": return new Response(null, { status: 101 });
      case "cookies": { const h = new Headers(); h.append("Set-Cookie", "a=1; Path=/"); h.append("Set-Cookie", "b=2, c=3"); h.append("X-Dup", "1"); h.append("x-dup", "2"); return new Response("c", { headers: h }); }
      case "json": return Response.json({ a: [1, 2] }, { status: 201, headers: { "x-j": "y" } });
      case "error": return Response.error();
      case "used": { const r = new Response("used"); r.text(); return r; }
      case "stream-error": return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("partial")); c.error(new RangeError("stream broke")); } }));
      case "subclass": return new MyResponse("sub");
      case "sync-undefined": return undefined;
      case "sync-string": return "str";
      case "sync-object": return { status: 200 };
      case "sync-request": return request;
      case "thenable": return { then(res) { res(new Response("from thenable")); } };
      case "thenable-bad": return { then(res) { res("not a response"); } };
      case "throw-string": throw "plain string";
      case "throw-null": throw null;
      case "throw-object": throw { code: 1 };
      case "throw-dom": throw new DOMException("dom msg", "NotFoundError");
      case "reject-later": return new Promise((_, rej) => setTimeout(() => rej(new URIError("late")), 5));
    }
    return new Response("default");
  },
};
