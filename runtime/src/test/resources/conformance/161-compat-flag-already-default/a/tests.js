const tests = {
  "/add": (env) => env.B.add(1, 2),
};
