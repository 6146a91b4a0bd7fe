const tests = {
  "/instance": (env) => env.B.instance(),
  "/classes": (env) => env.B.classes(),
  "/tags": (env) => env.B.tags(),
  "/old-date-tags": (env) => env.OLD.tags(),
  "/call-without-new": (env) => env.B.callWithoutNew(),
  "/entrypoint-ctor-args": (env) => env.B.ctorArgs(),
  "/super-arguments": (env) => env.B.superArgs(),
  "/durable-object-and-workflow": (env) => env.B.otherBases(),
};
