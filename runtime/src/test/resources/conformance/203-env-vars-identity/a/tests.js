import { env as moduleEnv } from "cloudflare:workers";
let firstEnv = null;
const tests = {
  "/var-values": (env) => Object.entries(env).filter(([k]) => k === k.toUpperCase() && !["B", "NAMED", "OBJ"].includes(k)).map(([k, v]) => `${k}:${typeof v}:${Array.isArray(v)}:${JSON.stringify(v)}`),
  "/var-frozen": (env) => [Object.isFrozen(env.LIST), Object.isFrozen(env.LIST[1]), Object.isFrozen(env.EMPTY_OBJ), Object.getPrototypeOf(env.LIST) === Array.prototype, env.LIST[1].tags.length],
  "/env-identity-1": (env) => { firstEnv = env; return [env === moduleEnv, Object.keys(moduleEnv).length === Object.keys(env).length]; },
  "/env-identity-2": (env) => [env === firstEnv, env.B === firstEnv.B, env.LIST === firstEnv.LIST],
  "/mutate-1": (env) => { env.LIST.push("pushed"); env.ADDED = "added"; return env.LIST.length; },
  "/mutate-2": (env) => [env.LIST.length, env.ADDED, Object.keys(env).includes("ADDED")],
  "/callee-env-identity": async (env) => [await env.B.envState("first"), await env.B.envState("second"), await env.NAMED.envState("named"), await env.OBJ.envState("obj")],
  "/callee-env-mutation": async (env) => [await env.B.bump(), await env.B.bump(), await env.NAMED.readBump()],
  "/callee-vars": (env) => env.B.vars(),
  "/callee-self-binding": (env) => env.B.viaSelf(),
  "/callee-module-env": (env) => env.B.moduleEnv(),
};
