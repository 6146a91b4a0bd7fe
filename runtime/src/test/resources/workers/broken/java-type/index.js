// Each probe tries a way out of the sandbox and reports what happened.
function probe(f) {
  try {
    const v = f();
    return `reached: ${typeof v}`;
  } catch (e) {
    return `blocked: ${e.constructor.name}`;
  }
}

export default {
  async fetch() {
    const results = {
      javaType: probe(() => Java.type("java.lang.System")),
      polyglotEval: probe(() => Polyglot.eval("js", "1")),
      load: probe(() => load("/etc/hostname")),
      graal: probe(() => Graal.versionJS),
      print: probe(() => print("x")),
      require: probe(() => require("fs")),
      process: probe(() => process.env),
      evalFn: probe(() => eval("1 + 1")),
      newFunction: probe(() => new Function("return 1")()),
    };
    let dynamicImport;
    try {
      await import("/etc/hostname");
      dynamicImport = "reached";
    } catch (e) {
      dynamicImport = `blocked: ${e.constructor.name}`;
    }
    results.dynamicImport = dynamicImport;
    results.globals = ["Java", "Polyglot", "Packages", "java", "javax", "load", "print", "Graal", "process", "require"]
      .filter((name) => name in globalThis);
    return Response.json(results);
  },
};
