const tests = {
  "/old": (env) => env.OLD.fetch("http://o/").then((r) => r.text()),
  "/new": (env) => env.NEW.fetch("http://n/").then((r) => r.text()),
};
