import { WorkerEntrypoint } from "cloudflare:workers";

async function collect(readable) {
  const parts = [];
  for await (const part of readable) parts.push(part);
  return parts;
}

export default class extends WorkerEntrypoint {
  async readText(stream) {
    return (await collect(stream.pipeThrough(new TextDecoderStream()))).join("");
  }
  makeStream(parts) {
    const strings = new ReadableStream({ start(c) { for (const p of parts) c.enqueue(p); c.close(); } });
    return strings.pipeThrough(new TextEncoderStream());
  }
}
