// Where to go after signing in. A callbackUrl comes from the link someone followed, so only a
// path on this site is kept, judged after URL parsing as a browser would do it: "/\evil.example"
// and "/\t/evil.example" start with one slash but browsers read them as //evil.example.
const BASE = "http://provenance.invalid";

export function safeCallbackPath(callbackUrl: string | null | undefined): string {
  if (!callbackUrl || !callbackUrl.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(callbackUrl, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself starts with two slashes (or a backslash) is protocol-relative again once
  // handed to location.assign.
  return /^\/[/\\]/.test(path) ? "/" : path;
}
