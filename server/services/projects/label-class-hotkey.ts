import { z } from "zod";

// Keys the labeling and review screens keep for themselves: S skip, U undo, N note, R send back
// for relabeling (review), and every digit (confidence 1-5 when labeling, reason codes when
// reviewing, 0 to reset the zoom). A class on one of them would shadow or be shadowed by it.
export const RESERVED_HOTKEYS = new Set(["s", "u", "n", "r", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);

export const RESERVED_HOTKEYS_MESSAGE = "S, U, N, R and digits are reserved for skip, undo, note, send back and confidence/reasons.";

/** One letter, lower-cased, not a reserved key. */
export const hotkeySchema = z.string().trim().toLowerCase()
  .regex(/^[a-z0-9]$/, "A hotkey is a single letter.")
  .refine((key) => !RESERVED_HOTKEYS.has(key), RESERVED_HOTKEYS_MESSAGE);
