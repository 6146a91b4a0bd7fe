// TextEncoderStream / TextDecoderStream, locally and to turn strings into byte streams that cross RPC.
const stringsOf = (parts) => new ReadableStream({ start(c) { for (const p of parts) c.enqueue(p); c.close(); } });
async function collect(readable) {
  const parts = [];
  for await (const part of readable) parts.push(part);
  return parts;
}
const bytesOf = (chunks) => chunks.map((c) => `${c.constructor.name}(${[...c].join(",")})`);

const tests = {
  "/shape": () => {
    const e = new TextEncoderStream();
    const d = new TextDecoderStream("utf-8", { fatal: true });
    return [e.encoding, typeof e.readable, typeof e.writable, d.encoding, d.fatal, d.ignoreBOM,
      Object.prototype.toString.call(e), Object.prototype.toString.call(d)];
  },
  "/encode": async () => bytesOf(await collect(stringsOf(["hé", "", "llo"]).pipeThrough(new TextEncoderStream()))),
  "/encode-split-surrogate": async () =>
    bytesOf(await collect(stringsOf(["a\ud83d", "\ude00b"]).pipeThrough(new TextEncoderStream()))),
  "/encode-lone-surrogate-at-end": async () =>
    bytesOf(await collect(stringsOf(["x\ud83d"]).pipeThrough(new TextEncoderStream()))),
  "/decode-split-codepoint": async () => {
    const bytes = new TextEncoder().encode("añb€");
    const chunks = [bytes.slice(0, 2), bytes.slice(2, 4), bytes.slice(4)];
    const byteStream = new ReadableStream({ start(c) { for (const b of chunks) c.enqueue(b); c.close(); } });
    return await collect(byteStream.pipeThrough(new TextDecoderStream()));
  },
  "/decode-not-bytes": async () => {
    const s = new ReadableStream({ start(c) { c.enqueue("text"); c.close(); } });
    return await collect(s.pipeThrough(new TextDecoderStream()));
  },
  "/transform-throws": async () => {
    const t = new TransformStream({ transform(chunk) { throw new RangeError(`no ${chunk}`); } });
    return await collect(stringsOf(["a"]).pipeThrough(t));
  },
  "/to-callee": (env) => env.B.readText(stringsOf(["one ", "twö ", "three"]).pipeThrough(new TextEncoderStream())),
  "/from-callee": async (env) => {
    const stream = await env.B.makeStream(["x", "ÿ", "z"]);
    return (await collect(stream.pipeThrough(new TextDecoderStream()))).join("|");
  },
};

export default {
  async fetch(request, env) {
    const name = new URL(request.url).pathname;
    try { return new Response(`ok ${JSON.stringify(await tests[name](env))}`); }
    catch (e) { return new Response(`threw ${e.constructor.name} ${JSON.stringify(e.message)}`); }
  },
};
