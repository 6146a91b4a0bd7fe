import type { WorkerB } from "../../b/src/index";

interface Env {
  WORKER_B: Service<WorkerB>;
}
type Service<T> = { add(a: number, b: number): Promise<number> } & Partial<T>;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const result: number = await env.WORKER_B.add(1, 2);
    return new Response(String(result));
  },
} satisfies ExportedHandler<Env>;
