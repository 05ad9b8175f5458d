// One simulated browser for HTTP benches: signs in through Auth.js's credentials form (the cookie
// a browser would hold) and posts GraphQL as Apollo Client does.
export type HttpAnnotator = { email: string; cookie: string };

type GraphQLAnswer<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

/** Sends a request; retries once on a socket error (undici may reuse a connection the server just closed). */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpAnnotator> {
  const csrf = await send(`${baseUrl}/api/auth/csrf`, {});
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await send(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }).toString(),
  });
  await response.body?.cancel();
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`sign-in of ${email} failed (HTTP ${response.status})`);
  return { email, cookie: cookieHeader() };
}

/** Posts one operation; returns its data and the milliseconds the round trip took. Errors throw. */
export async function postGraphQL<T>(baseUrl: string, who: HttpAnnotator, query: string, variables: Record<string, unknown> = {}) {
  const start = performance.now();
  const response = await send(`${baseUrl}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: who.cookie },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  const ms = performance.now() - start;
  if (answer.errors?.length) {
    const [first] = answer.errors;
    throw new Error(`${first?.extensions?.code ?? "error"}: ${first?.message} (HTTP ${response.status})`);
  }
  return { data: answer.data as T, ms };
}
