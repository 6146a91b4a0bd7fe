import { DurableObject } from "cloudflare:workers";
export default class extends DurableObject { who() { return "do"; } fetch() { return new Response("do fetch"); } }
