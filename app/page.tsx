import Link from "next/link";
import { hasRole, type Role } from "@/server/auth/roles";
import { requirePageRole } from "./lib/require-page-role";

export const dynamic = "force-dynamic";

const CARDS: { href: string; title: string; text: string; action: string; role: Role }[] = [
  { href: "/label", title: "Label", text: "Judge paintings one keystroke at a time: H human-made, A AI-generated.", action: "Start labeling", role: "ANNOTATOR" },
  { href: "/paintings", title: "Paintings", text: "Browse, filter and upload paintings; see each one's history.", action: "Open paintings", role: "ANNOTATOR" },
  { href: "/review", title: "Review", text: "Resolve disputes and the paintings the model is unsure of or contradicts.", action: "Open the review queue", role: "REVIEWER" },
  { href: "/runs", title: "Model", text: "Training runs, their curves, confusion matrices, calibration and warnings.", action: "Open model reports", role: "REVIEWER" },
  { href: "/annotators", title: "Annotators", text: "Agreement between annotators, gold accuracy and overturn rates.", action: "Open the annotator report", role: "MANAGER" },
  { href: "/projects", title: "Projects", text: "Collections of paintings with their label classes and rules.", action: "Open projects", role: "ANNOTATOR" },
  { href: "/users", title: "People", text: "Create accounts and set who annotates, reviews and manages.", action: "Manage users", role: "MANAGER" },
];

export default async function HomePage() {
  const viewer = await requirePageRole("ANNOTATOR", "/");
  return (
    <>
      <h1>Welcome, {viewer.name}</h1>
      <div className="grid">
        {CARDS.filter((card) => hasRole(viewer.role, card.role)).map((card) => (
          <div key={card.href} className="panel">
            <h2 style={{ marginTop: 0 }}>{card.title}</h2>
            <p className="muted">{card.text}</p>
            <Link href={card.href}>{card.action}</Link>
          </div>
        ))}
      </div>
    </>
  );
}
