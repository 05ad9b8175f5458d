// Cursors for keyset pagination over (createdAt, id), newest first. Opaque to clients (base64url)
// but not secret: they only say where the previous page ended.
import { AppError } from "@/server/errors";

export type PaintingCursor = { createdAt: Date; id: string };

export function encodePaintingCursor({ createdAt, id }: PaintingCursor): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, "utf8").toString("base64url");
}

export function decodePaintingCursor(cursor: string): PaintingCursor {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const separator = text.indexOf("|");
  const stamp = text.slice(0, separator);
  const createdAt = new Date(stamp);
  const id = text.slice(separator + 1);
  // Only what encodePaintingCursor writes: JavaScript dates reach years PostgreSQL cannot parse
  // ("+275760-09-13T..."), which would fail in SQL as an internal error.
  const year = Number(stamp.slice(0, 4));
  const wellFormed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(stamp) && year >= 1970 && !Number.isNaN(createdAt.getTime());
  if (separator < 0 || !wellFormed || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new AppError("BAD_USER_INPUT", "The pagination cursor is not valid; start again from the first page.");
  }
  return { createdAt, id };
}
