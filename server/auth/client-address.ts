// The address a request came from, for throttling failed sign-ins. X-Forwarded-For is whatever
// the client sent unless a proxy we trust wrote it (Next.js does not append the peer), so:
// - no trusted proxy (TRUSTED_PROXY_COUNT unset or 0): forwarding headers are ignored and the
//   socket address is used, which our own server stamps (see server/http/peer-address.ts);
// - behind N trusted proxies that each append the address they saw: the N-th entry from the
//   right, the client as the outermost proxy saw it. Entries left of it are client-chosen.
// x-real-ip is never read: nothing guarantees who wrote it.
import { getConfig, parseConfig } from "@/server/config";
import { PEER_ADDRESS_HEADER } from "@/server/http/peer-address";

/** TRUSTED_PROXY_COUNT from the configuration, or from `env` when given (tests). */
export function trustedProxyCount(env?: Record<string, string | undefined>): number {
  return (env ? parseConfig(env) : getConfig()).TRUSTED_PROXY_COUNT;
}

export function clientAddress(headers: Headers, env?: Record<string, string | undefined>): string | null {
  const peer = headers.get(PEER_ADDRESS_HEADER) || null;
  const trusted = trustedProxyCount(env);
  if (trusted === 0) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.length >= trusted ? hops[hops.length - trusted]! : peer;
}
