// Where on the circle of painting queue keys (Painting.queueKey, drawn at random once per
// painting) an annotator's serving order starts. Each annotator walks the circle from a point of
// their own: the order is random with respect to import order, the same every time they ask, and
// annotators asking at once start far apart, so they rarely reach for the same row. Derived from
// the user id alone, so it needs no stored state and stays an index range scan at any size.
import { createHash } from "node:crypto";

export function annotatorStart(userId: string): number {
  const digest = createHash("sha256").update(`serving-order:${userId}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}
