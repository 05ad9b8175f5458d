// The exact-duplicate check every file gets before it is decoded, batched: while one query is in
// flight, the lanes' next questions queue up and go out together as one query. On these machines
// each Prisma query costs milliseconds of CPU whatever it asks, so fewer queries is most of the win.
import type { Db } from "@/server/db/client";

export type ExistingPaintingFinder = (sha256: string) => Promise<string | null>;

/** Answers with the id of the project's painting with these bytes, or null. */
export function createExistingPaintingFinder(db: Db, projectId: string): ExistingPaintingFinder {
  let waiting: { sha256: string; resolve: (id: string | null) => void; reject: (error: unknown) => void }[] = [];
  let querying = false;
  const send = async () => {
    if (querying || waiting.length === 0) return;
    querying = true;
    const asked = waiting;
    waiting = [];
    try {
      const rows = await db.$queryRaw<{ id: string; sha256: string }[]>`
        SELECT "id", "sha256" FROM "Painting" WHERE "projectId" = ${projectId} AND "sha256" = ANY(${asked.map((a) => a.sha256)}::text[])`;
      const ids = new Map(rows.map((row) => [row.sha256, row.id]));
      for (const { sha256, resolve } of asked) resolve(ids.get(sha256) ?? null);
    } catch (error) {
      for (const { reject } of asked) reject(error);
    } finally {
      querying = false;
      void send();
    }
  };
  return (sha256) =>
    new Promise((resolve, reject) => {
      waiting.push({ sha256, resolve, reject });
      void send();
    });
}
