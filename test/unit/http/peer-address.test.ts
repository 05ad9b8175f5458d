// The socket address reaches route handlers as a header our own server writes on every request,
// replacing whatever a client sent under that name.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from "@/server/http/peer-address";

let server: http.Server;
let port: number;

beforeAll(async () => {
  stampPeerAddresses();
  stampPeerAddresses(); // installing twice must not stamp twice
  server = http.createServer((request, response) => {
    response.end(JSON.stringify({ peer: request.headers[PEER_ADDRESS_HEADER], forwarded: request.headers["x-forwarded-for"] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>, localAddress: string): Promise<{ peer: string; forwarded: string | null }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: "/", headers, localAddress, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(JSON.parse(body)));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("peer address header", () => {
  it("carries the socket's address and overwrites a forged one", async () => {
    const seen = await get({ [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7" }, "127.0.0.2");
    expect(seen.peer).toBe("127.0.0.2");
    expect(seen.forwarded).toBe("7.7.7.7"); // left as the client sent it; clientAddress ignores it
  });

  it("is set on requests that sent none", async () => {
    expect((await get({}, "127.0.0.3")).peer).toBe("127.0.0.3");
  });
});
