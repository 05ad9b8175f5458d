import Link from "next/link";

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ needed?: string }> }) {
  const { needed } = await searchParams;
  return (
    <div className="panel" role="alert">
      <h1>Not available to your role</h1>
      <p>
        This page needs the {needed ? <strong>{needed.toLowerCase()}</strong> : "a higher"} role. Ask a manager if you
        should have access.
      </p>
      <Link href="/">Back to the start page</Link>
    </div>
  );
}
