import type { ShortcutAuditFieldsFragment } from "../../graphql/generated";
import { decimal } from "../_lib/format";
import { ShortcutClassTable } from "./shortcut-class-table";

type Audit = Pick<ShortcutAuditFieldsFragment, "basis" | "warns">;

/** The audit that describes what the model saw: the normalised copies' when the run trained on them. */
export function auditInEffect<A extends Audit>(audits: readonly A[] | null | undefined): A | null {
  return audits?.find((a) => a.basis === "normalised") ?? audits?.find((a) => a.basis === "originals") ?? null;
}

function Verdict({ audit, what }: { audit: ShortcutAuditFieldsFragment; what: string }) {
  const c = audit.classifier;
  if (!c) return <p className="muted">{what}: no classifier figure. {audit.note}</p>;
  return (
    <p>
      {what}: a classifier that sees only file features predicts the class with ROC AUC <strong>{decimal(c.auc, 2)}</strong>{" "}
      (95% CI {decimal(c.lower, 2)}–{decimal(c.upper, 2)}, {c.folds}-fold cross-validated, n = {audit.sampleCount}); 0.5 is chance,
      and at {decimal(audit.threshold, 2)} or more the files give the class away.{" "}
      {audit.warns ? <strong>Giveaways: {audit.flaggedFeatures.join(", ")}.</strong> : "No shortcut found."}
    </p>
  );
}

/** Issue 13's shortcut audit on the run page, with the per-class table; first on the page when it warns. */
export function ShortcutAuditSection({ audits }: { audits: readonly ShortcutAuditFieldsFragment[] }) {
  const originals = audits.find((a) => a.basis === "originals");
  const normalised = audits.find((a) => a.basis === "normalised");
  if (!originals) return null;
  const residual = normalised?.residual?.[0];
  return (
    <section aria-label="Shortcut audit" className={`panel shortcut-audit ${auditInEffect(audits)?.warns ? "warns" : ""}`}>
      <h2>Shortcut audit</h2>
      <Verdict audit={originals} what="Uploads" />
      <ShortcutClassTable audit={originals} label="Uploads per class" />
      {normalised ? (
        <>
          <Verdict audit={normalised} what={`Normalised training copies (${normalised.normalisedSide} px square, JPEG 90, sRGB, no metadata)`} />
          <ShortcutClassTable audit={normalised} label="Normalised copies per class" />
          {residual && (
            <p className={residual.flagged ? "" : "muted"}>
              What normalising cannot remove: detail a small or compressed upload never had. The copies&apos; compressed size, its
              proxy, separates the classes with AUC {decimal(residual.auc, 2)}{residual.flagged ? ", so the model may still tell them apart by sharpness." : "."}
            </p>
          )}
        </>
      ) : (
        <p className="muted">
          This run trained on the usual copies: every upload squashed to 224 px and stored as PNG, so format and metadata do not
          reach the model, but resolution and compression do (a small upload enlarged to 224 px is softer; JPEG blocks stay).
          Managers can turn on normalised training copies in the project&apos;s settings.
        </p>
      )}
      {originals.unreadable > 0 && <p className="error">{originals.unreadable} painting(s) left out: their original could not be read.</p>}
    </section>
  );
}
