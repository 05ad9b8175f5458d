// `npm start` announces the product only once the GraphQL endpoint answers, not when the web
// process has merely been spawned.
import net from "node:net";

export async function waitForWeb(port: string, { timeoutMs = 180_000, aborted }: { timeoutMs?: number; aborted: Promise<never> }): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let stop = false;
  aborted.catch(() => (stop = true));
  while (!stop && Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/graphql?query=%7B__typename%7D`, {
        headers: { "apollo-require-preflight": "true" },
        signal: AbortSignal.timeout(5000),
      });
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!stop) throw new Error(`the web app did not answer on port ${port} within ${timeoutMs / 1000} s`);
  await aborted;
}

/** Fails at once, with the reason, when something already listens on the port. */
export function assertPortFree(port: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === "EADDRINUSE"
        ? `port ${port} is already in use by another program; stop it or choose another port with PORT=<number> npm start`
        : `port ${port} cannot be used: ${error.message}`)));
    server.listen(Number(port), () => server.close(() => resolve()));
  });
}
