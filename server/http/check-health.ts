// GET /api/health, for load balancers and operators: is the database answering, and how many
// workers are alive. Open to anyone, so it says nothing beyond those two facts.
import { getPrisma, type Db } from "@/server/db/client";
import { listLiveWorkers } from "@/server/services/workers/list-live-workers";

const DATABASE_TIMEOUT_MS = 3000;

export async function checkHealth(db: Db = getPrisma()): Promise<Response> {
  const started = performance.now();
  try {
    const workers = await withTimeout(listLiveWorkers(db), DATABASE_TIMEOUT_MS);
    return Response.json(
      { status: "ok", database: { ok: true, ms: Math.round(performance.now() - started) }, workers: { live: workers.length, training: workers.filter((w) => w.currentRunId).length } },
      { headers: { "cache-control": "no-store" } },
    );
  } catch {
    return Response.json({ status: "unavailable", database: { ok: false }, workers: null }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
