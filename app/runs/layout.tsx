import type { ReactNode } from "react";
import "./runs.css";

// The model pages' styles are scoped under .model-pages so they cannot leak into other screens.
export default function RunsLayout({ children }: { children: ReactNode }) {
  return <div className="model-pages">{children}</div>;
}
