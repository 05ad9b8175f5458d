// The name a painting keeps from its file. It comes from the uploader (browser file name, path in
// a folder or zip), so it is only ever displayed: control characters are dropped, backslashes
// become slashes, and it is capped so a hostile name cannot bloat rows or pages.
const MAX_LENGTH = 255;

export function cleanOriginalName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, "").replace(/\\/g, "/").trim();
  if (!cleaned) return "unnamed";
  // Keep the end (the file name) when a long path has to be shortened.
  return cleaned.length > MAX_LENGTH ? `…${cleaned.slice(-(MAX_LENGTH - 1))}` : cleaned;
}
