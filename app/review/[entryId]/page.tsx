import { hasRole } from "@/server/auth/roles";
import { requirePageRole } from "../../lib/require-page-role";
import { ReviewItemView } from "./review-item-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ entryId: string }>; searchParams: Promise<{ reason?: string }> };

export default async function ReviewEntryPage({ params, searchParams }: Props) {
  const { entryId } = await params;
  const { reason } = await searchParams;
  const viewer = await requirePageRole("REVIEWER", `/review/${entryId}`);
  return <ReviewItemView key={entryId} entryId={entryId} reason={reason ?? null} manager={hasRole(viewer.role, "MANAGER")} />;
}
