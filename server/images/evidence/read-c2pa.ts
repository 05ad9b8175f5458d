// C2PA presence and, when it can be read cheaply, the claim generator. The manifest store is a
// JUMBF superbox ("jumb") whose description box ("jumd") is labelled "c2pa"; the claim inside is
// CBOR. Signatures are NOT verified: this says a manifest is there and what it claims made the
// file, which a forger could also write. The UI says "not verified".
import { latin1 } from "./raw-metadata";

export type C2paSignals = { hasC2pa: boolean; claimGenerator: string | null };

const GENERATOR_CAP = 512;

export function readC2pa(jumbf: Uint8Array | null): C2paSignals {
  if (!jumbf || !isC2paStore(jumbf)) return { hasC2pa: false, claimGenerator: null };
  return { hasC2pa: true, claimGenerator: claimGenerator(jumbf) };
}

// LBox TBox("jumb") [LBox TBox("jumd") UUID(16) toggles(1) label NUL ...].
function isC2paStore(bytes: Uint8Array): boolean {
  if (bytes.length < 8 + 8 + 17 || latin1(bytes.subarray(4, 8)) !== "jumb" || latin1(bytes.subarray(12, 16)) !== "jumd") return false;
  const toggles = bytes[32]!;
  if ((toggles & 0x02) === 0) return false;
  const labelEnd = bytes.indexOf(0, 33);
  return labelEnd > 33 && latin1(bytes.subarray(33, labelEnd)) === "c2pa";
}

/** The claim's `claim_generator` (CBOR text), or the first `claim_generator_info` entry's name. */
function claimGenerator(bytes: Uint8Array): string | null {
  const text = latin1(bytes);
  // CBOR text-string headers: 0x6f = 15 characters ("claim_generator"), 0x74 = 20 ("..._info").
  const direct = text.indexOf("\x6fclaim_generator");
  if (direct >= 0) return cborText(bytes, direct + 16);
  const info = text.indexOf("\x74claim_generator_info");
  if (info < 0) return null;
  const name = text.indexOf("\x64name", info);
  return name >= 0 && name - info < 256 ? cborText(bytes, name + 5) : null;
}

function cborText(bytes: Uint8Array, at: number): string | null {
  const head = bytes[at];
  if (head === undefined || head >> 5 !== 3) return null;
  const info = head & 0x1f;
  let length: number;
  let start: number;
  if (info < 24) [length, start] = [info, at + 1];
  else if (info === 24) [length, start] = [bytes[at + 1] ?? 0, at + 2];
  else if (info === 25) [length, start] = [((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0), at + 3];
  else return null;
  if (start + length > bytes.length) return null;
  const value = Buffer.from(bytes.subarray(start, start + Math.min(length, GENERATOR_CAP))).toString("utf8").replaceAll("\u0000", "").trim();
  return value || null;
}
