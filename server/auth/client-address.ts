// The address a request came from, for throttling failed sign-ins. Next.js's server appends the
// peer address to x-forwarded-for, so the right-most entry is the one no client can forge; behind
// N trusted proxies set TRUSTED_PROXY_COUNT=N to step over them.
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return headers.get("x-real-ip");
  const hops = forwarded.split(",").map((hop) => hop.trim()).filter(Boolean);
  const trusted = Number(process.env.TRUSTED_PROXY_COUNT ?? 0) || 0;
  return hops[Math.max(0, hops.length - 1 - trusted)] ?? null;
}
