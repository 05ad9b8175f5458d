// What happened to a painting, oldest first, in words, filtered by who is asking: everyone sees
// the upload; an annotator sees only their own labels (others' would bias theirs); reviewers and
// above see every label, review and audit entry, except that gold markers are for managers only,
// so gold items stay indistinguishable to the people they check.
import type { Viewer } from "@/server/auth/viewer";
import { hasRole } from "@/server/auth/roles";
import type { Db } from "@/server/db/client";
import type { LabelClass, Painting, User } from "@/server/db/generated/client";
import { describeAudit, describeLabel, describeReview, describeUpload } from "./describe-painting-event";
import { fileNameHidden } from "./file-name-visibility";

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
  summary: string;
};

const EMPTY = { actor: null, label: null, confidence: null, round: null, action: null, note: null };

export async function paintingHistory(db: Db, viewer: Viewer, painting: Painting): Promise<PaintingEventView[]> {
  const reviewer = hasRole(viewer.role, "REVIEWER");
  const [uploader, annotations, reviews, audit, classes, hideName] = await Promise.all([
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
    db.labelClass.findMany({ where: { projectId: painting.projectId } }),
    fileNameHidden(db, viewer, painting.projectId),
  ]);
  const labelName = (id: string | null) => classes.find((c) => c.id === id)?.name ?? "a removed class";
  const fileName = hideName ? null : painting.originalName;
  const events: PaintingEventView[] = [
    {
      ...EMPTY, kind: "UPLOADED", at: painting.createdAt, actor: uploader, action: painting.source, note: fileName,
      summary: describeUpload({ actor: uploader?.name, source: painting.source, fileName }),
    },
    ...annotations.map((a): PaintingEventView => ({
      ...EMPTY, kind: "ANNOTATED", at: a.createdAt, actor: a.annotator, label: a.labelClass, confidence: a.confidence, round: a.round, note: a.note,
      summary: describeLabel({ actor: a.annotator.name, label: a.labelClass.name, confidence: a.confidence, round: a.round }),
    })),
    ...reviews.map((r): PaintingEventView => ({
      ...EMPTY, kind: "REVIEWED", at: r.createdAt, actor: r.reviewer, label: r.finalLabel, action: `${r.decision} (${r.reasonCode})`, note: r.comment,
      summary: describeReview({ actor: r.reviewer.name, decision: r.decision, label: r.finalLabel?.name, reasonCode: r.reasonCode }),
    })),
    ...audit.flatMap((entry): PaintingEventView[] => {
      const data = entry.data && typeof entry.data === "object" && !Array.isArray(entry.data) ? (entry.data as Record<string, unknown>) : null;
      const summary = describeAudit({ actor: entry.actor?.name, action: entry.action, data, labelName });
      return summary === null ? [] : [{ ...EMPTY, kind: "AUDIT", at: entry.createdAt, actor: entry.actor, action: entry.action, summary }];
    }),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
