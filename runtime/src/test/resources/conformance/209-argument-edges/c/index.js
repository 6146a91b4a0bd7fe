import { RpcTarget } from "cloudflare:workers";
class Tool extends RpcTarget { m(...args) { return `tool m got ${args.length}: ${args.map((a) => typeof a).join(",")}`; } }
function huge(a) { return "huge"; }
Object.defineProperty(huge, "length", { value: 300 });
function negative(a) { return "negative"; }
Object.defineProperty(negative, "length", { value: -1 });
function stringy(a) { return "stringy"; }
Object.defineProperty(stringy, "length", { value: "3" });
export default {
  huge, negative, stringy,
  two(a, env) { return `two ${a} ${typeof env}`; },
  bound: function (a, env, ctx) { return `bound ${a} ${this.tag} ${typeof ctx}`; }.bind({ tag: "T" }),
  tool: new Tool(),
};
