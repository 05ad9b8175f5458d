"use client";

import { useState } from "react";

/** The slug the command line asks for (`npm run import -- --project <slug>`), one click to copy. */
export function CopySlug({ slug }: { slug: string }) {
  const [copied, setCopied] = useState<"" | "yes" | "no">("");
  async function copy() {
    const done = await navigator.clipboard?.writeText(slug).then(() => true, () => false);
    setCopied(done ? "yes" : "no");
  }
  return (
    <p className="row">
      <span>Slug for the command line: <code data-testid="project-slug">{slug}</code></span>
      <button type="button" className="secondary" onClick={() => void copy()}>Copy slug</button>
      <span role="status" className="muted">{copied === "yes" ? "Copied." : copied === "no" ? "Could not copy; select it instead." : ""}</span>
    </p>
  );
}
