// V8's stack trace API, which many npm libraries use for their own error classes.
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    if (typeof Error.captureStackTrace === "function") Error.captureStackTrace(this, HttpError);
  }
}
const tests = {
  "/types": () => [typeof Error.captureStackTrace, Error.stackTraceLimit, "prepareStackTrace" in Error],
  "/custom-error": () => {
    const e = new HttpError(404, "not here");
    return [e instanceof HttpError, e instanceof Error, e.name, e.message, e.status, e.stack.split("\n")[0]];
  },
  "/capture-on-object": () => {
    const o = {};
    Error.captureStackTrace(o);
    return [typeof o.stack, o.stack.split("\n")[0], Object.keys(o)];
  },
  "/limit-zero": () => {
    const before = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const stack = new Error("short").stack;
    Error.stackTraceLimit = before;
    return stack;
  },
  "/no-arguments-global": () => ["arguments" in globalThis, typeof globalThis.arguments],
  "/thrown-custom": () => { throw new HttpError(500, "boom"); },
};
export default {
  async fetch(request) {
    const name = new URL(request.url).pathname;
    try { return new Response(`ok ${JSON.stringify(await tests[name]())}`); }
    catch (e) { return new Response(`threw ${e.constructor.name} ${e.name} ${JSON.stringify(e.message)} ${e.status}`); }
  },
};
