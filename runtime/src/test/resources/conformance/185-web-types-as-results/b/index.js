import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  make(kind) {
    switch (kind) {
      case "blob": return new Blob(["b"]);
      case "file": return new File(["f"], "f.txt", { type: "text/plain" });
      case "url": return new URL("http://x.test/p");
      case "params": return new URLSearchParams("a=1");
      case "form": { const f = new FormData(); f.append("a", "1"); return f; }
      case "encoder": return new TextEncoder();
      case "decoder": return new TextDecoder();
      case "signal": return AbortSignal.abort();
      case "controller": return new AbortController();
      case "signalInObject": return { s: new AbortController().signal };
      case "writable": return new WritableStream();
      case "transform": return new TransformStream();
      case "reader": return new ReadableStream().getReader();
      case "event": return new Event("x");
      case "eventTarget": return new EventTarget();
      case "domexception": return new DOMException("m", "AbortError");
      case "crypto": return crypto.subtle;
      case "textEncoderStream": return new TextEncoderStream();
    }
  }
  echo(v) { return v; }
}
