// Runs once when a Next.js server starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseToStartWithoutSecrets } = await import("./server/auth/startup-checks");
    refuseToStartWithoutSecrets();
    // Route handlers learn the socket address only from this stamp (see server/http/peer-address.ts).
    const { stampPeerAddresses } = await import("./server/http/peer-address");
    stampPeerAddresses();
  }
}
