import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { paintingImageUrl } from "@/server/http/painting-image-url";
import { visibleFileName } from "@/server/services/paintings/file-name-visibility";
import { getPainting } from "@/server/services/paintings/get-painting";
import { listNearDuplicates } from "@/server/services/paintings/list-near-duplicates";
import { listPaintings } from "@/server/services/paintings/list-paintings";
import { paintingHistory } from "@/server/services/paintings/painting-history";
import { visibleOutcome } from "@/server/services/paintings/painting-visibility";
import { requireProject, requireRecord } from "./project-access";
import { getLabelClass } from "@/server/services/projects/get-label-class";
import { getUser } from "@/server/services/users/get-user";
import { requireViewer } from "./require-viewer";

const labelClass = (db: Parameters<typeof getPainting>[0], id: string | null) => (id ? getLabelClass(db, id) : null);

export const paintingResolvers: Resolvers = {
  Query: {
    paintings: async (_parent, args, context) => {
      await requireProject(context, args.projectId);
      return listPaintings(context.db, requireViewer(context), args);
    },
    painting: async (_parent, { id }, context) => {
      await requireRecord(context, { paintingId: id });
      return getPainting(context.db, requireViewer(context), id);
    },
  },
  Painting: {
    originalName: (painting, _args, context) => visibleFileName(context.db, requireViewer(context), painting),
    status: async (painting, _args, context) =>
      (await visibleOutcome(context.db, requireViewer(context), painting))?.status ?? null,
    approvedLabel: async (painting, _args, context) =>
      labelClass(context.db, (await visibleOutcome(context.db, requireViewer(context), painting))?.approvedLabelId ?? null),
    goldLabel: (painting, _args, { db }) => labelClass(db, painting.goldLabelId),
    uploadedBy: (painting, _args, { db }) => (painting.uploadedById ? getUser(db, painting.uploadedById) : null),
    imageUrl: (painting) => paintingImageUrl(painting.id, "large"),
    originalUrl: (painting) => paintingImageUrl(painting.id, "original"),
    thumbnailUrl: (painting) => paintingImageUrl(painting.id, "thumbnail"),
    nearDuplicates: (painting, _args, context) => listNearDuplicates(context.db, requireViewer(context), painting.id),
    history: (painting, _args, context) => paintingHistory(context.db, requireViewer(context), painting),
  },
};
