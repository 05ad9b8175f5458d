// Evaluation paintings (issue 13) stay out of the labeling queue unless their set is opened to
// annotators: people labeling them would otherwise be work nobody asked for, and a set meant as a
// blind external test would be seen. One condition on the painting row aliased `p`, kept apart
// from the serving order so the claim SQL can change around it.
import { Prisma } from "@/server/db/generated/client";

export const SERVED_TO_ANNOTATORS = Prisma.sql`(p."evaluationSetId" IS NULL
  OR EXISTS (SELECT 1 FROM "EvaluationSet" e WHERE e."id" = p."evaluationSetId" AND e."openToAnnotators"))`;
