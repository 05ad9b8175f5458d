// Runs once when a Next.js server starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Every variable checked once, before the first request; a bad one stops the server naming each.
    const { loadConfigOrExit } = await import("./server/config");
    const { bindRootLogger } = await import("./server/logging/logger");
    loadConfigOrExit("web", (message) => bindRootLogger({ service: "web" }).fatal(message));
    bindRootLogger({ service: "web" });
    const { refuseToStartWithoutSecrets } = await import("./server/auth/startup-checks");
    refuseToStartWithoutSecrets();
    // Route handlers learn the socket address only from this stamp (see server/http/peer-address.ts).
    const { stampPeerAddresses } = await import("./server/http/peer-address");
    stampPeerAddresses();
  }
}
