// Resolver-side entry to the one membership check (server/services/projects/assert-project-access):
// every project-scoped root field calls one of these before its service, so no service reads
// another team's project on behalf of a non-member.
import type { GraphQLContext } from "@/server/graphql/context";
import { assertProjectAccess, requireAccessibleProject } from "@/server/services/projects/assert-project-access";
import { assertRecordAccess } from "@/server/services/projects/assert-record-access";
import { requireViewer } from "./require-viewer";

export const requireProject = (context: GraphQLContext, projectId: string) =>
  assertProjectAccess(context.db, requireViewer(context), projectId);

/** The same check, returning the project row (project/not_found when there is none). */
export const requireProjectRow = (context: GraphQLContext, projectId: string) =>
  requireAccessibleProject(context.db, requireViewer(context), projectId);

export const requireRecord = (context: GraphQLContext, record: Parameters<typeof assertRecordAccess>[2]) =>
  assertRecordAccess(context.db, requireViewer(context), record);
