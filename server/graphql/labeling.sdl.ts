// The annotator's queue: claim the next painting, label it by keyboard, skip, undo, and see how
// one's own labels fared. Blind by design: nothing here carries another annotator's label, and the
// model's suggestion appears only when the project's pre-annotation mode allows it.
export const labelingTypeDefs = /* GraphQL */ `
  "A painting claimed for the signed-in annotator alone until claimExpiresAt."
  type LabelingTask @auth(requires: ANNOTATOR) {
    painting: Painting!
    "After this the painting may be handed to someone else; submitting then fails with claim/expired."
    claimExpiresAt: DateTime!
    "The project's classes, in display order, with their hotkeys."
    labelClasses: [LabelClass!]!
    "The model's prediction; only when the project shows predictions before labeling (BEFORE_COMMIT)."
    suggestion: LabelSuggestion
    "The image of the painting claimed next for the same annotator (with prefetch), to preload."
    upcomingImageUrl: String
    "The painting claimed next (with prefetch), so the screen can show it as soon as a label is given, before the server confirms."
    upcomingPainting: Painting
    progress: LabelingProgress!
  }

  type LabelSuggestion @auth(requires: ANNOTATOR) {
    labelKey: String!
    "Null if the model predicts a class the project no longer has."
    label: LabelClass
    "The model's probability for labelKey, 0 to 1."
    confidence: Float!
    modelVersion: Int!
  }

  type LabelingProgress @auth(requires: ANNOTATOR) {
    "Labels the annotator has given in this project."
    labeledByMe: Int!
    "Paintings still collecting labels that the annotator has not labeled yet."
    remaining: Int!
  }

  "A label given by the signed-in annotator."
  type MyAnnotation @auth(requires: ANNOTATOR) {
    id: ID!
    paintingId: ID!
    label: LabelClass!
    confidence: Int
    note: String
    durationMs: Int
    "Whether the model's suggestion was on screen before the label was chosen."
    suggestionShown: Boolean!
    createdAt: DateTime!
  }

  type SubmitAnnotationResult @auth(requires: ANNOTATOR) {
    annotation: MyAnnotation!
    "True when the same decision had already been stored; nothing changed."
    duplicate: Boolean!
    "The model's prediction, now that the label is committed (AFTER_COMMIT and BEFORE_COMMIT modes)."
    suggestion: LabelSuggestion
    "The annotator's next painting, claimed; null when nothing is left."
    next(prefetch: Boolean = false): LabelingTask
  }

  type UndoAnnotationResult @auth(requires: ANNOTATOR) {
    "The label taken back."
    undoneLabel: LabelClass!
    "The same painting, claimed again for the annotator to relabel."
    task: LabelingTask!
  }

  enum DisputeResolution {
    "A reviewer has not decided yet."
    PENDING
    "The reviewer chose the annotator's label."
    UPHELD
    "The reviewer chose another label."
    OVERRULED
    "The reviewer sent the painting back for a new round of labels."
    SENT_BACK
    DISMISSED
  }

  "One of the annotator's labels whose painting's labels disagreed, and what came of it."
  type DisputeOutcome @auth(requires: ANNOTATOR) {
    painting: Painting!
    myLabel: LabelClass!
    labeledAt: DateTime!
    resolution: DisputeResolution!
    finalLabel: LabelClass
    decidedAt: DateTime
    reviewComment: String
  }

  "The annotator's own pace; labelsPerHour stays null below 20 labels or 10 minutes of labeling time."
  type LabelingPace @auth(requires: ANNOTATOR) {
    labels: Int!
    "Gaps between consecutive labels, each counted up to 5 minutes."
    activeMinutes: Float!
    labelsPerHour: Float
  }

  type MyLabelingStats @auth(requires: ANNOTATOR) {
    labeled: Int!
    "Labels that match the painting's approved label."
    agreed: Int!
    "Labels whose painting is still collecting labels."
    pending: Int!
    "Labels whose painting's labels disagreed and went to review."
    disputed: Int!
    "The most recent disputed labels, newest first."
    disputes: [DisputeOutcome!]!
  }

  input SubmitAnnotationInput {
    paintingId: ID!
    "A label class key of the painting's project, e.g. HUMAN or AI."
    labelKey: String!
    "1 (a guess) to 5 (certain)."
    confidence: Int
    note: String
    "Time spent on the painting before deciding."
    durationMs: Int
  }

  extend type Query {
    "The annotator's current painting (the one they hold, else a newly claimed one); null when nothing is left. prefetch also claims the one after it, for preloading."
    nextLabelingTask(projectId: ID!, prefetch: Boolean = false): LabelingTask @auth(requires: ANNOTATOR)
    myLabelingStats(projectId: ID!, disputesLimit: Int = 20): MyLabelingStats! @auth(requires: ANNOTATOR)
    "The viewer's labels per hour in the project, when there are enough to say."
    myLabelingPace(projectId: ID!): LabelingPace! @auth(requires: ANNOTATOR)
  }

  extend type Mutation {
    "Submitting the same decision again is harmless; a different one fails with label/already_submitted (undo first)."
    submitAnnotation(input: SubmitAnnotationInput!): SubmitAnnotationResult! @auth(requires: ANNOTATOR)
    "Passes on a painting: its claim is released and it is not served to this annotator again for an hour. Returns the next task."
    skipPainting(paintingId: ID!, prefetch: Boolean = false): LabelingTask @auth(requires: ANNOTATOR)
    "Takes back the annotator's latest label in the project while its painting is undecided (else label/undo_too_late)."
    undoLastAnnotation(projectId: ID!, prefetch: Boolean = false): UndoAnnotationResult! @auth(requires: ANNOTATOR)
  }
`;
