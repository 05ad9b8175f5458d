// Paintings are served in each annotator's own random order (server/services/labeling/
// serving-order.ts). A spec that walks a queue step by step places its paintings, in the order it
// lists them, right after the annotator's starting point on the circle of queue keys.
import type { Db } from "../../../server/db/client";
import { annotatorStart } from "../../../server/services/labeling/serving-order";

export async function queueKeysInOrderFor(db: Db, email: string, count: number): Promise<number[]> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const start = annotatorStart(user.id);
  return Array.from({ length: count }, (_, i) => (start + (i + 1) * 1e-6) % 1);
}
