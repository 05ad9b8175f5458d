// One line per setting: what it means and what changing it does. The limits quoted are the
// server's (update-project-settings.ts), which stays the judge; the page shows its answers.
export const SETTING_HELP = {
  name: "Shown on every page of the project.",
  description: "A line for the team on the projects page.",
  labelsPerItem: "Independent labels a painting needs (1–10); when they all agree it is approved, otherwise it goes to review.",
  goldRate: "Share of served paintings that are gold items with a known answer (0–1); 1 serves a gold item whenever one is left.",
  spotCheckRate: "Share of consensus approvals a reviewer checks anyway (0–1), to catch annotators agreeing on a wrong answer.",
  preAnnotation: "Whether annotators see the model's suggestion: never (blind), after committing their label, or before (faster, risks anchoring).",
  uncertaintyStrategy: "How the worker measures the model's doubt about a painting when choosing what to send to review.",
  uncertaintyThreshold: "Paintings whose uncertainty is at or above this (0–1) go to review as “Model unsure” after each scoring.",
  labelingBudget: "At most this many “Model unsure” paintings per scoring, the most uncertain first (1–100000; empty: no cap).",
  servingOrder: "Which painting an annotator gets next: a random order of their own (so uploads one folder after another never arrive as runs of one class), or the newest model's least sure paintings first.",
  claimTtlSeconds: "How long a painting stays reserved for one annotator (30–86400 s) before it can go to someone else.",
  hideFileNames: "Annotators see “Painting ab12cd” instead of the file name everywhere; reviewers and managers still see it.",
  normaliseTrainingCopies: "Later runs train on copies made one way (the data set's smallest side, JPEG 90, sRGB, no metadata) whatever each upload was, so size, format and quality cannot give a class away. Detail a small or compressed upload lost stays lost; the run's shortcut audit says if that still separates the classes.",
  labelClasses: "Class names and keyboard keys (one letter, not S, U, N, R or a digit). Labels keep their class; the key (e.g. HUMAN) cannot change.",
} as const;

export const PRE_ANNOTATION_OPTIONS = [
  ["OFF", "Off: blind labeling"],
  ["AFTER_COMMIT", "After committing a label"],
  ["BEFORE_COMMIT", "Before committing (shown as a suggestion)"],
] as const;

export const SERVING_ORDER_OPTIONS = [
  ["RANDOM", "Random, a stable order per annotator"],
  ["UNCERTAINTY_FIRST", "Model's least sure first"],
] as const;

export const STRATEGY_OPTIONS = [
  ["LEAST_CONFIDENCE", "Least confidence (1 − top probability)"],
  ["MARGIN", "Margin (gap between the top two)"],
  ["ENTROPY", "Entropy (spread over all classes)"],
] as const;
