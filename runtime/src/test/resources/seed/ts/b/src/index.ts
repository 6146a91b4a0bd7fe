import { WorkerEntrypoint } from "cloudflare:workers";
import { sum } from "./math";

export class WorkerB extends WorkerEntrypoint {
  async fetch(): Promise<Response> {
    return new Response(null, { status: 404 });
  }

  async add(a: number, b: number): Promise<number> {
    return sum(a, b);
  }
}
export default WorkerB;
