import Link from "next/link";
import { requirePageRole } from "../../lib/require-page-role";
import { RunCompare } from "../_components/run-compare";

export const dynamic = "force-dynamic";

export default async function CompareRunsPage({ searchParams }: { searchParams: Promise<{ a?: string; b?: string }> }) {
  const { a, b } = await searchParams;
  await requirePageRole("REVIEWER", `/runs/compare?a=${encodeURIComponent(a ?? "")}&b=${encodeURIComponent(b ?? "")}`);
  if (!a || !b) {
    return (
      <>
        <h1>Compare runs</h1>
        <p>Choose two runs to compare: tick them in the <Link href="/runs">runs list</Link>.</p>
      </>
    );
  }
  return <RunCompare a={a} b={b} />;
}
