// Next.js gives route handlers no socket address, and the X-Forwarded-For it passes on is the
// client's own when the client sent one (Next fills it only when absent, never appends). So our
// server writes the socket address into a header of its own on every request, replacing any value
// a client sent under that name, before Next sees the request. Installed once per process from
// instrumentation.ts; it patches the `emit` of Node's HTTP(S) server prototypes, the only place
// the socket and the headers meet before Next's handler.
import http from "node:http";
import https from "node:https";

export const PEER_ADDRESS_HEADER = "x-provenance-peer-address";
const INSTALLED = Symbol.for("provenance.peerAddressStamp");

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

export function stampPeerAddresses(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as Record<PropertyKey, unknown>[]) {
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit as Emit;
    prototype.emit = function stampedEmit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}
