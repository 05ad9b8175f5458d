// The two loads bench/labeling-http.ts compares: annotators working a queue through HTTP until it
// is empty, and the same clients sending bare `{ __typename }` requests for as long, which is what
// a request costs before any labeling work (routing, session, Apollo) on the same machine.
import { postGraphQL, type HttpAnnotator } from "./http-annotator";

// The labeling screen's own selections (app/graphql/labeling.graphql): the task it shows, and
// what a submit answers.
const TASK_FIELDS = /* GraphQL */ `
  fragment TaskFields on LabelingTask {
    painting { id imageUrl width height originalName }
    claimExpiresAt
    labelClasses { id key name hotkey color position }
    suggestion { labelKey confidence modelVersion label { name color } }
    upcomingImageUrl
    upcomingPainting { id imageUrl width height originalName }
    progress { labeledByMe remaining }
  }`;
const SUBMIT_FIELDS = /* GraphQL */ `
  fragment SubmitFields on SubmitAnnotationResult {
    duplicate
    annotation { id label { key name } }
    suggestion { labelKey confidence modelVersion label { name color } }
  }`;
const CLAIM = /* GraphQL */ `
  query Claim($projectId: ID!) {
    nextLabelingTask(projectId: $projectId, prefetch: true) { ...TaskFields }
  }
  ${TASK_FIELDS}`;
// Without the submit's `next`: for the ratio, a label is one claim and one submit.
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitAnnotationInput!) {
    submitAnnotation(input: $input) { ...SubmitFields }
  }
  ${SUBMIT_FIELDS}`;
// As the screen submits: the answer carries the next painting, so after the first claim a label
// is one request.
const SUBMIT_WITH_NEXT = /* GraphQL */ `
  mutation SubmitNext($input: SubmitAnnotationInput!) {
    submitAnnotation(input: $input) { ...SubmitFields next(prefetch: true) { ...TaskFields } }
  }
  ${SUBMIT_FIELDS}
  ${TASK_FIELDS}`;

type ClaimAnswer = { nextLabelingTask: { painting: { id: string } } | null };
type SubmitNextAnswer = { submitAnnotation: { next: { painting: { id: string } } | null } };

export type LabelingLoad = { labels: number; seconds: number; claimMs: number[]; submitMs: number[]; errors: string[] };

/** The i-th label of annotator n: mostly HUMAN, every fourth AI, so both consensus and disputes happen. */
function labelInput(paintingId: string, i: number, n: number) {
  return { paintingId, labelKey: (i + n) % 4 === 0 ? "AI" : "HUMAN", confidence: 4, durationMs: 1500 };
}

/** Counted and shown, not fatal: a refusal under load (claim/expired) is a finding. Past 200 the load stops. */
function countError(load: LabelingLoad, error: unknown) {
  load.errors.push(error instanceof Error ? error.message : String(error));
  if (load.errors.length > 200) throw new Error(`too many errors, first: ${load.errors[0]}`);
}

export async function labelUntilEmpty(baseUrl: string, people: HttpAnnotator[], projectId: string): Promise<LabelingLoad> {
  const load: LabelingLoad = { labels: 0, seconds: 0, claimMs: [], submitMs: [], errors: [] };
  const start = performance.now();
  await Promise.all(people.map(async (who, n) => {
    for (let i = 0; ; i++) {
      try {
        const claim = await postGraphQL<ClaimAnswer>(baseUrl, who, CLAIM, { projectId });
        load.claimMs.push(claim.ms);
        const task = claim.data.nextLabelingTask;
        if (!task) return;
        const submit = await postGraphQL(baseUrl, who, SUBMIT, { input: labelInput(task.painting.id, i, n) });
        load.submitMs.push(submit.ms);
        load.labels++;
      } catch (error) {
        countError(load, error);
      }
    }
  }));
  load.seconds = (performance.now() - start) / 1000;
  return load;
}

/** The same work as the labeling screen asks for it: one claim, then submits that bring the next painting. */
export async function labelAsTheScreenDoes(baseUrl: string, people: HttpAnnotator[], projectId: string): Promise<LabelingLoad> {
  const load: LabelingLoad = { labels: 0, seconds: 0, claimMs: [], submitMs: [], errors: [] };
  const start = performance.now();
  await Promise.all(people.map(async (who, n) => {
    const first = await postGraphQL<ClaimAnswer>(baseUrl, who, CLAIM, { projectId });
    load.claimMs.push(first.ms);
    let task = first.data.nextLabelingTask;
    for (let i = 0; task; i++) {
      try {
        const submit = await postGraphQL<SubmitNextAnswer>(baseUrl, who, SUBMIT_WITH_NEXT, { input: labelInput(task.painting.id, i, n) });
        load.submitMs.push(submit.ms);
        load.labels++;
        task = submit.data.submitAnnotation.next;
      } catch (error) {
        countError(load, error);
        task = (await postGraphQL<ClaimAnswer>(baseUrl, who, CLAIM, { projectId })).data.nextLabelingTask;
      }
    }
  }));
  load.seconds = (performance.now() - start) / 1000;
  return load;
}

/** Requests per second of `{ __typename }` from the same signed-in clients, all at once. */
export async function bareRequests(baseUrl: string, people: HttpAnnotator[], seconds: number) {
  const ms: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(people.map(async (who) => {
    while (performance.now() < deadline) ms.push((await postGraphQL(baseUrl, who, "{ __typename }")).ms);
  }));
  return { perSecond: ms.length / ((performance.now() - start) / 1000), ms };
}

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
