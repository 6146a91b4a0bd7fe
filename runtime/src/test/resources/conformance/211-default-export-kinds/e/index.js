import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {}
