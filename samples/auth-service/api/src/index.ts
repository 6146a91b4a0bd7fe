/** The Verifier entrypoint of the auth worker, as api sees it through env.AUTH. */
type Verdict =
  | { valid: true; user: string; roles: string[]; checkedFor: string }
  | { valid: false; reason: string; checkedFor: string };

interface Verifier {
  verify(token: string): Promise<Verdict>;
}

interface Env {
  AUTH: Verifier;
}

function bearer(request: Request): string {
  return (request.headers.get("Authorization") ?? "").replace(/^Bearer /, "");
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/hello") {
      const verdict = await env.AUTH.verify(bearer(request));
      if (!verdict.valid) {
        return new Response(`401 ${verdict.reason}`, { status: 401 });
      }
      return new Response(`hello ${verdict.user} (token checked by auth for ${verdict.checkedFor})`);
    }
    if (url.pathname === "/revoke") {
      // api is bound to Verifier, not to Admin: its Env type has no revoke(), and neither has the binding.
      const reaching = env.AUTH as unknown as { revoke(token: string): Promise<unknown> };
      try {
        await reaching.revoke(bearer(request));
        return new Response("revoked");
      } catch (e) {
        return new Response(`403 ${(e as Error).message}`, { status: 403 });
      }
    }
    return new Response(`api has no route ${url.pathname}`, { status: 404 });
  },
};
