const tests = {
  "/d1-2024-03-25": (env) => env.D1.report(),
  "/d2-2024-03-26": (env) => env.D2.report(),
  "/d3-2024-03-25-rpc": (env) => env.D3.report(),
  "/d4-2024-01-01-rpc-no-gpd": (env) => env.D4.report(),
  "/d5-2024-04-03-has-gpd": (env) => env.D5.report(),
};
