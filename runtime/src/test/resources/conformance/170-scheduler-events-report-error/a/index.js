// Small workerd globals: scheduler.wait, CustomEvent, reportError.
const tests = {
  "/scheduler": async () => {
    const order = [];
    const waited = scheduler.wait(20).then((v) => order.push(`wait ${v}`));
    setTimeout(() => order.push("timeout 5"), 5);
    await waited;
    return [typeof scheduler, Object.prototype.toString.call(scheduler), order];
  },
  "/custom-event": () => {
    const target = new EventTarget();
    const seen = [];
    target.addEventListener("ping", (e) => seen.push([e.type, e.detail, e instanceof Event, e instanceof CustomEvent]));
    target.dispatchEvent(new CustomEvent("ping", { detail: { n: 1 } }));
    target.dispatchEvent(new CustomEvent("ping"));
    return [seen, Object.prototype.toString.call(new CustomEvent("x"))];
  },
  "/report-error": () => [typeof reportError, reportError(new Error("reported")), "after"],
};
export default {
  async fetch(request) {
    const name = new URL(request.url).pathname;
    try { return new Response(`ok ${JSON.stringify(await tests[name]())}`); }
    catch (e) { return new Response(`threw ${e.constructor.name} ${JSON.stringify(e.message)}`); }
  },
};
