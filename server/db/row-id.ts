// Ids for rows inserted with raw SQL, shaped like Prisma's cuids: "c", the time in base 36, then
// random hex. They sort by creation time like cuids, to the millisecond.
import { randomBytes } from "node:crypto";

export function newRowId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}

/** Ids for a group of rows prepared together, with a sequence number so they sort in that order. */
export function newRowIds(count: number): string[] {
  const time = Date.now().toString(36);
  return Array.from({ length: count }, (_, k) => `c${time}${k.toString(36).padStart(3, "0")}${randomBytes(8).toString("hex")}`);
}
