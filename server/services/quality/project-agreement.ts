// Inter-annotator agreement of a project, from the pure statistics in ./stats.
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";
import { asRatings, loadProjectRatings } from "./load-project-ratings";
import { fleissKappaModal } from "@/core/quality/fleiss-modal-raters";
import { krippendorffAlpha } from "@/core/quality/krippendorff-alpha";
import { pairwiseKappas } from "@/core/quality/pairwise-kappas";
import { percentAgreement } from "@/core/quality/percent-agreement";

export type AgreementValue = { value: number | null; items: number };

export type ProjectAgreementModel = {
  ratings: number;
  percentAgreement: AgreementValue;
  fleissKappa: AgreementValue & { raters: number | null; skippedItems: number };
  krippendorffAlpha: AgreementValue;
  pairwise: AnnotatorPairKappaModel[];
};

export type AnnotatorPairKappaModel = { annotatorAId: string; annotatorBId: string; kappa: number | null; observed: number | null; items: number };

export async function projectAgreement(db: Db, projectId: string): Promise<ProjectAgreementModel> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound("project/not_found", "project", projectId);
  const ratings = asRatings(await loadProjectRatings(db, projectId));
  const percent = percentAgreement(ratings);
  const fleiss = fleissKappaModal(ratings);
  const alpha = krippendorffAlpha(ratings);
  return {
    ratings: ratings.length,
    percentAgreement: { value: percent.agreement, items: percent.items },
    fleissKappa: { value: fleiss.kappa, items: fleiss.items, raters: fleiss.raters, skippedItems: fleiss.skippedItems },
    krippendorffAlpha: { value: alpha.alpha, items: alpha.items },
    pairwise: pairwiseKappas(ratings).map((pair) => ({
      annotatorAId: pair.raterA, annotatorBId: pair.raterB, kappa: pair.kappa, observed: pair.observed, items: pair.items,
    })),
  };
}
