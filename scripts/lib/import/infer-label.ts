// Labels known from where a file sits: anything under a folder named human/ or ai/ (any depth,
// any case). The deepest such folder wins, so "ai/rejected/human/x.jpg" is HUMAN.
const LABEL_FOLDERS: Record<string, string> = { human: "HUMAN", ai: "AI" };

export function inferLabel(relativePath: string): string | null {
  const folders = relativePath.split("/").slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const label = LABEL_FOLDERS[folders[i].toLowerCase()];
    if (label) return label;
  }
  return null;
}

/** Entries no one means to import: folder entries, macOS resource forks, hidden files. */
export function isIgnoredPath(relativePath: string): boolean {
  const segments = relativePath.split("/");
  return relativePath.endsWith("/") || segments.includes("__MACOSX") || segments.some((segment) => segment.startsWith("."));
}
