import { WorkerEntrypoint } from "cloudflare:workers";

/** What each caller's binding passes in "props" (its wrangler.jsonc); read here as this.ctx.props. */
export interface CallerProps {
  caller: string;
}

export type Verdict =
  | { valid: true; user: string; roles: string[]; checkedFor: string }
  | { valid: false; reason: string; checkedFor: string };

interface Session {
  user: string;
  roles: string[];
}

// Sample sessions; a real auth service would keep them in KV or D1.
const sessions = new Map<string, Session>([
  ["tok-alice", { user: "alice", roles: ["reader"] }],
  ["tok-root", { user: "root", roles: ["reader", "admin"] }],
]);
const revoked = new Set<string>();

/** No public route: whatever reaches the default entrypoint gets a 404. */
export default class Auth extends WorkerEntrypoint {
  async fetch(): Promise<Response> {
    return new Response(null, { status: 404 });
  }
}

/** For every worker that needs to know who is calling: bound with "entrypoint": "Verifier". */
export class Verifier extends WorkerEntrypoint<unknown, CallerProps> {
  async verify(token: string): Promise<Verdict> {
    const checkedFor = this.ctx.props.caller;
    if (revoked.has(token)) {
      return { valid: false, reason: "revoked", checkedFor };
    }
    const session = sessions.get(token);
    if (session === undefined) {
      return { valid: false, reason: "unknown token", checkedFor };
    }
    return { valid: true, user: session.user, roles: session.roles, checkedFor };
  }
}

/** For the admin worker only: bound with "entrypoint": "Admin". */
export class Admin extends WorkerEntrypoint<unknown, CallerProps> {
  async revoke(token: string): Promise<{ revoked: string; by: string }> {
    revoked.add(token);
    console.log(`${this.ctx.props.caller} revoked ${token}`);
    return { revoked: token, by: this.ctx.props.caller };
  }
}
