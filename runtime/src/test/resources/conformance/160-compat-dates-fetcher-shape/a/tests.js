const tests = {
  "/old-reflect": (env) => env.OLD.reflect(),
  "/old-calls": (env) => env.OLD.calls(),
  "/old-shape": (env) => env.OLD.getShape(),
  "/mid-reflect": (env) => env.MID.reflect(),
  "/mid-calls": (env) => env.MID.calls(),
  "/edge-calls": (env) => env.EDGE.calls(),
  "/edge-tags": (env) => env.EDGE.tags(),
  "/flagged-reflect": (env) => env.FLAGGED.reflect(),
  "/flagged-calls": (env) => env.FLAGGED.calls(),
  "/hasgpd-calls": (env) => env.HASGPD.calls(),
  "/hasgpd-tags": (env) => env.HASGPD.tags(),
};
