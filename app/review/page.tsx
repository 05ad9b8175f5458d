import { requirePageRole } from "../lib/require-page-role";
import { ReviewQueuePanel } from "./review-queue-panel";

export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const viewer = await requirePageRole("REVIEWER", "/review");
  return <ReviewQueuePanel viewerId={viewer.id} />;
}
