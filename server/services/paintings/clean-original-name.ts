// The name a painting keeps from its file. It comes from the uploader (browser file name, path in
// a folder or zip), so it is only ever displayed: only the base file name is kept (folders such
// as human/ or ai/ would tell annotators the label), control characters and bidirectional
// formatting characters (U+202E could show "evil\u202egpj.png" as "evilgnp.jpg") are dropped,
// and it is capped so a hostile name cannot bloat rows or pages.
const MAX_LENGTH = 255;
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanOriginalName(name: string): string {
  const path = name.replace(UNPRINTABLE, "").replace(/\\/g, "/");
  const cleaned = (path.split("/").filter((part) => part.trim()).at(-1) ?? "").trim();
  if (!cleaned) return "unnamed";
  // Keep the end (the extension) when a long name has to be shortened.
  return cleaned.length > MAX_LENGTH ? `…${cleaned.slice(-(MAX_LENGTH - 1))}` : cleaned;
}
