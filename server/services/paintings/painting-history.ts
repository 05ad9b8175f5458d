// What happened to a painting, oldest first, filtered by who is asking: everyone sees the upload;
// an annotator sees only their own labels (others' would bias theirs); reviewers and above see
// every label, review and audit entry, except that gold markers are for managers only, so gold
// items stay indistinguishable to the people they check.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import type { LabelClass, Painting, User } from "@/server/db/generated/client";

export type PaintingEventKind = "UPLOADED" | "ANNOTATED" | "REVIEWED" | "AUDIT";

export type PaintingEventView = {
  kind: PaintingEventKind;
  at: Date;
  actor: User | null;
  label: LabelClass | null;
  confidence: number | null;
  round: number | null;
  action: string | null;
  note: string | null;
};

const EMPTY = { actor: null, label: null, confidence: null, round: null, action: null, note: null };

export async function paintingHistory(db: Db, viewer: Viewer, painting: Painting): Promise<PaintingEventView[]> {
  const reviewer = hasRole(viewer.role, "REVIEWER");
  const [uploader, annotations, reviews, audit] = await Promise.all([
    painting.uploadedById ? db.user.findUnique({ where: { id: painting.uploadedById } }) : null,
    db.annotation.findMany({
      where: { paintingId: painting.id, ...(reviewer ? {} : { annotatorId: viewer.id }) },
      include: { annotator: true, labelClass: true },
    }),
    reviewer ? db.review.findMany({ where: { paintingId: painting.id }, include: { reviewer: true, finalLabel: true } }) : [],
    reviewer
      ? db.auditLog.findMany({
          where: {
            entityType: "Painting",
            entityId: painting.id,
            ...(hasRole(viewer.role, "MANAGER") ? {} : { NOT: { action: { contains: "gold" } } }),
          },
          include: { actor: true },
          take: 200,
        })
      : [],
  ]);
  const events: PaintingEventView[] = [
    { ...EMPTY, kind: "UPLOADED", at: painting.createdAt, actor: uploader, action: painting.source, note: painting.originalName },
    ...annotations.map((a): PaintingEventView => ({
      ...EMPTY, kind: "ANNOTATED", at: a.createdAt, actor: a.annotator, label: a.labelClass, confidence: a.confidence, round: a.round, note: a.note,
    })),
    ...reviews.map((r): PaintingEventView => ({
      ...EMPTY, kind: "REVIEWED", at: r.createdAt, actor: r.reviewer, label: r.finalLabel, action: `${r.decision} (${r.reasonCode})`, note: r.comment,
    })),
    ...audit.map((entry): PaintingEventView => ({
      ...EMPTY, kind: "AUDIT", at: entry.createdAt, actor: entry.actor, action: entry.action, note: entry.data == null ? null : JSON.stringify(entry.data),
    })),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
