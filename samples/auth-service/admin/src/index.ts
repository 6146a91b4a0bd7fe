/** The two entrypoints of the auth worker that admin is bound to. */
type Verdict =
  | { valid: true; user: string; roles: string[]; checkedFor: string }
  | { valid: false; reason: string; checkedFor: string };

interface Verifier {
  verify(token: string): Promise<Verdict>;
}

interface Admin {
  revoke(token: string): Promise<{ revoked: string; by: string }>;
}

interface Env {
  VERIFIER: Verifier;
  AUTH_ADMIN: Admin;
}

function bearer(request: Request): string {
  return (request.headers.get("Authorization") ?? "").replace(/^Bearer /, "");
}

export default {
  // POST /revoke with the token to revoke as the body; the caller's own token must carry the admin role.
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== "POST" || url.pathname !== "/revoke") {
      return new Response(`admin has no route ${request.method} ${url.pathname}`, { status: 404 });
    }
    const verdict = await env.VERIFIER.verify(bearer(request));
    if (!verdict.valid) {
      return new Response(`401 ${verdict.reason}`, { status: 401 });
    }
    if (!verdict.roles.includes("admin")) {
      return new Response(`403 ${verdict.user} is not an admin`, { status: 403 });
    }
    const done = await env.AUTH_ADMIN.revoke(await request.text());
    return new Response(`revoked ${done.revoked} (by ${done.by})`);
  },
};
