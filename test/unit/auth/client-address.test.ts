import { describe, expect, it } from "vitest";
import { clientAddress } from "@/server/auth/client-address";
import { PEER_ADDRESS_HEADER } from "@/server/http/peer-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("client address for sign-in throttling", () => {
  it("with no trusted proxy, ignores X-Forwarded-For (a client sets it freely) and uses the socket address", () => {
    // Next.js fills x-forwarded-for only when the request has none, so a client-sent one arrives untouched.
    const forged = headers({ "x-forwarded-for": "6.6.6.6, 10.1.2.3", [PEER_ADDRESS_HEADER]: "192.0.2.7" });
    expect(clientAddress(forged, {})).toBe("192.0.2.7");
    expect(clientAddress(forged, { TRUSTED_PROXY_COUNT: "0" })).toBe("192.0.2.7");
  });

  it("never reads x-real-ip, and knows nothing without the socket address", () => {
    expect(clientAddress(headers({ "x-real-ip": "6.6.6.6" }), {})).toBeNull();
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6" }), {})).toBeNull();
    expect(clientAddress(headers({ "x-real-ip": "6.6.6.6", [PEER_ADDRESS_HEADER]: "192.0.2.7" }), {})).toBe("192.0.2.7");
  });

  it("behind N trusted proxies takes the N-th hop from the right, the address the outermost proxy saw", () => {
    // The client forged 6.6.6.6; proxy 1 appended the client's real address, proxy 2 appended proxy 1's.
    const twoProxies = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1", [PEER_ADDRESS_HEADER]: "10.0.0.2" });
    expect(clientAddress(twoProxies, { TRUSTED_PROXY_COUNT: "2" })).toBe("203.0.113.9");
    const oneProxy = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9", [PEER_ADDRESS_HEADER]: "10.0.0.1" });
    expect(clientAddress(oneProxy, { TRUSTED_PROXY_COUNT: "1" })).toBe("203.0.113.9");
  });

  it("falls back to the socket address when there are fewer hops than trusted proxies", () => {
    const short = headers({ "x-forwarded-for": "203.0.113.9", [PEER_ADDRESS_HEADER]: "10.0.0.1" });
    expect(clientAddress(short, { TRUSTED_PROXY_COUNT: "3" })).toBe("10.0.0.1");
  });

  it("treats an empty TRUSTED_PROXY_COUNT as no proxy and refuses a nonsense one by name, trusting nothing", () => {
    const forged = headers({ "x-forwarded-for": "6.6.6.6", [PEER_ADDRESS_HEADER]: "192.0.2.7" });
    expect(clientAddress(forged, { TRUSTED_PROXY_COUNT: "" })).toBe("192.0.2.7");
    // A typo is a configuration error the server refuses to start with (server/config.ts),
    // never a silent guess about which header to believe.
    for (const value of ["abc", "-1", "1.5"]) expect(() => clientAddress(forged, { TRUSTED_PROXY_COUNT: value })).toThrow(/TRUSTED_PROXY_COUNT/);
  });
});
