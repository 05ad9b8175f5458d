"use client";

import { useQuery } from "@apollo/client/react";
import { ErrorMessage } from "../components/error-message";
import { ProjectSelect, useSelectedProject } from "../components/project-select";
import { AnnotatorQualityReportDocument, type AnnotatorQualityReportQuery } from "../graphql/generated";
import { decimal, items, labelsPerHour, percent } from "./figures";

type Report = AnnotatorQualityReportQuery;

/** A manager's view of a project's annotators: agreement figures, then one row per person. */
export function AnnotatorReport() {
  const { projects, project, select, loading, error } = useSelectedProject();
  const report = useQuery(AnnotatorQualityReportDocument, { variables: { projectId: project?.id ?? "" }, skip: !project, fetchPolicy: "network-only" });
  const data = report.data;
  return (
    <>
      <h1>Annotators</h1>
      {(error || report.error) && <ErrorMessage error={error ?? report.error} />}
      {(loading || report.loading) && !data && <p className="muted">Loading…</p>}
      <ProjectSelect projects={projects} value={project?.id} onChange={select} />
      {data && <Agreement agreement={data.projectAgreement} />}
      {data && <People rows={data.annotatorQuality} />}
      {data && <Pairs pairs={data.projectAgreement.pairwise} />}
      {data && <ModelAgreementFigures agreement={data.modelAgreement} />}
    </>
  );
}

function Agreement({ agreement }: { agreement: Report["projectAgreement"] }) {
  const { percentAgreement, fleissKappa, krippendorffAlpha } = agreement;
  return (
    <section aria-label="Project agreement">
      <h2>Agreement between annotators</h2>
      <div className="grid">
        <Figure name="Percent agreement" testId="percent-agreement" value={percent(percentAgreement.value)} basis={items(percentAgreement.items)} />
        <Figure name="Fleiss' kappa" testId="fleiss-kappa" value={decimal(fleissKappa.value)}
          basis={`${items(fleissKappa.items)} with ${fleissKappa.raters ?? "—"} raters each (the most common count); ${fleissKappa.skippedItems} with other counts left out`} />
        <Figure name="Krippendorff's alpha" testId="krippendorff-alpha" value={decimal(krippendorffAlpha.value)} basis={`${items(krippendorffAlpha.items)}, any number of raters`} />
      </div>
      <p className="muted" style={{ fontSize: 13 }}>An item is a painting in one label round with two or more labels. {agreement.ratings} labels in all.</p>
    </section>
  );
}

/** Pre-annotation's effect: a much higher rate with the suggestion shown suggests anchoring. */
function ModelAgreementFigures({ agreement }: { agreement: Report["modelAgreement"] }) {
  const basis = (g: Report["modelAgreement"]["shown"]) => `${g.agreeing} of ${g.labels} labels matched the model's prediction`;
  return (
    <section aria-label="Agreement with the model">
      <h2>Agreement with the model</h2>
      <div className="grid">
        <Figure name="Suggestion hidden" testId="model-agreement-hidden" value={percent(agreement.hidden.rate)} basis={basis(agreement.hidden)} />
        <Figure name="Suggestion shown before committing" testId="model-agreement-shown" value={percent(agreement.shown.rate)} basis={basis(agreement.shown)} />
      </div>
      <p className="muted" style={{ fontSize: 13 }}>Labels made after the model scored the painting, compared with its prediction at the time.</p>
    </section>
  );
}

function Figure({ name, value, basis, testId }: { name: string; value: string; basis: string; testId: string }) {
  return (
    <div className="panel" data-testid={testId}>
      <div className="muted" style={{ fontSize: 14 }}>{name}</div>
      <div style={{ fontSize: 28, fontWeight: 600 }} data-testid="value">{value}</div>
      <div className="muted" style={{ fontSize: 13 }}>{basis}</div>
    </div>
  );
}

function People({ rows }: { rows: Report["annotatorQuality"] }) {
  return (
    <section>
      <h2>Per annotator</h2>
      {rows.length === 0 ? <p className="muted">Nobody has labeled in this project yet.</p> : (
        <table aria-label="Annotators">
          <thead>
            <tr><th>Annotator</th><th>Labels</th><th title="Per hour of labeling time (gaps between labels, up to 5 min each); shown from 20 labels and 10 minutes">Labels / hour</th><th>Mean time</th>
              <th title="Share of labels matching the other annotators' plurality (leave-one-out)">Agrees with consensus</th><th>Gold accuracy</th><th>Overturned by reviewers</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.annotator.id} data-testid="annotator-row">
                <td>{row.annotator.name} <span className="muted">{row.annotator.email}</span></td>
                <td data-testid="labels">{row.labels}</td>
                <td data-testid="labels-per-hour">{labelsPerHour(row)}</td>
                <td>{row.meanDurationMs === null ? "—" : `${(row.meanDurationMs / 1000).toFixed(1)} s`}</td>
                <td data-testid="consensus">{percent(row.consensusAgreement)} <span className="muted">(n = {row.consensusCompared})</span></td>
                <td data-testid="gold">{percent(row.goldAccuracy)} <span className="muted">(n = {row.goldAnswered})</span></td>
                <td data-testid="overturned">{row.overturned} of {row.disputesDecided} <span className="muted">({percent(row.overturnRate)})</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Pairs({ pairs }: { pairs: Report["projectAgreement"]["pairwise"] }) {
  if (pairs.length === 0) return null;
  return (
    <section>
      <h2>Cohen&apos;s kappa per pair</h2>
      <table aria-label="Pairwise agreement">
        <thead><tr><th>Annotator</th><th>Annotator</th><th>Kappa</th><th>Agreed</th><th>Shared items</th></tr></thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.annotatorA.id}-${pair.annotatorB.id}`}>
              <td>{pair.annotatorA.name}</td><td>{pair.annotatorB.name}</td>
              <td>{decimal(pair.kappa)}</td><td>{percent(pair.observed)}</td><td>{pair.items}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
