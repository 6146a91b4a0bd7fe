import { RpcTarget } from "cloudflare:workers";
export default class extends RpcTarget { who() { return "target"; } fetch() { return new Response("target fetch"); } }
