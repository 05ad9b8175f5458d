// The review queue: one queue of entries, each with a reason, claimed like the labeling queue and
// decided exactly once. A painting is reviewed once for all its open reasons.
export const reviewTypeDefs = /* GraphQL */ `
  enum ReviewReason {
    "Annotators' labels disagree."
    DISAGREEMENT
    "The model is unsure of the painting."
    MODEL_UNSURE
    "The model confidently contradicts the approved label."
    MODEL_DISAGREES
    "An annotator's label on a gold painting was wrong."
    GOLD_FAILED
    "A random sample of consensus approvals."
    SPOT_CHECK
  }

  enum ReviewEntryStatus {
    OPEN
    RESOLVED
    DISMISSED
  }

  enum ReviewDecision {
    "Approve a final label."
    APPROVE
    "Send the painting back for a new round of labels."
    RELABEL
  }

  enum ReviewReasonCode {
    ARTIFACTS_HANDS_TEXT
    BRUSHWORK
    PROVENANCE_KNOWN
    MODEL_CORRECT
    ANNOTATOR_ERROR
    OTHER
  }

  type ReviewEntry @auth(requires: REVIEWER) {
    id: ID!
    projectId: ID!
    painting: Painting!
    reason: ReviewReason!
    "Higher first: disputes, then failed gold checks, model contradictions, model uncertainty, spot checks."
    priority: Float!
    status: ReviewEntryStatus!
    "The model's uncertainty (0-1) for model-raised entries."
    uncertainty: Float
    claimedBy: User
    claimExpiresAt: DateTime
    createdAt: DateTime!
    resolvedAt: DateTime
    "The decision recorded on this entry; null while open, and for entries closed by a decision on another entry of the painting."
    review: Review
  }

  "A reviewer's decision. Annotators see those settling disputes over rounds they labeled."
  type Review @auth(requires: ANNOTATOR) {
    id: ID!
    entryId: ID!
    "Why the painting was in the queue."
    reason: ReviewReason!
    decision: ReviewDecision!
    "Null for RELABEL."
    finalLabel: LabelClass
    reasonCode: ReviewReasonCode!
    comment: String
    "The label round the decision was about."
    round: Int!
    reviewer: User!
    createdAt: DateTime!
  }

  type ReviewReasonCount @auth(requires: REVIEWER) {
    reason: ReviewReason!
    open: Int!
    "Open entries some reviewer holds a live claim on."
    claimed: Int!
  }

  type ReviewQueue @auth(requires: REVIEWER) {
    "Open entries matching the reason filter."
    total: Int!
    "Every reason, in serving order, with zeros included; unaffected by the filter."
    counts: [ReviewReasonCount!]!
    "Open entries in serving order."
    entries: [ReviewEntry!]!
    "The entry the viewer is working on, if any."
    myClaim: ReviewEntry
  }

  type ReviewAnnotation @auth(requires: REVIEWER) {
    id: ID!
    annotator: User!
    label: LabelClass!
    "1 (a guess) to 5 (certain)."
    confidence: Int
    note: String
    durationMs: Int
    round: Int!
    suggestionShown: Boolean!
    createdAt: DateTime!
  }

  type ModelProbability @auth(requires: REVIEWER) {
    labelKey: String!
    "Null if the project no longer has the class."
    label: LabelClass
    probability: Float!
  }

  type ReviewPrediction @auth(requires: REVIEWER) {
    modelVersion: Int!
    predictedKey: String!
    confidence: Float!
    uncertainty: Float!
    "In the project's class order."
    probabilities: [ModelProbability!]!
    createdAt: DateTime!
  }

  "What a reviewer needs to decide an entry. Near-duplicates and history are on painting."
  type ReviewItem @auth(requires: REVIEWER) {
    entry: ReviewEntry!
    painting: Painting!
    "Reasons of every open entry of the painting; one decision closes them all."
    openReasons: [ReviewReason!]!
    labelClasses: [LabelClass!]!
    "Labels of the painting's current round, oldest first."
    annotations: [ReviewAnnotation!]!
    "The newest model's prediction; null before any model scored the painting."
    prediction: ReviewPrediction
    "Every decision on the painting, newest first."
    previousReviews: [Review!]!
    "For gold paintings: the known answer, which a decision confirms or (managers only) corrects."
    goldLabel: LabelClass
    "Whether the viewer may decide it now: they hold its live claim, or they are a manager and nobody does."
    canDecide: Boolean!
  }

  type ResolveReviewResult @auth(requires: REVIEWER) {
    review: Review!
    entry: ReviewEntry!
    painting: Painting!
    "Open entries of the painting the decision closed, this one included."
    closedEntries: Int!
  }

  input ResolveReviewInput {
    entryId: ID!
    decision: ReviewDecision!
    "Required for APPROVE (a class key, e.g. HUMAN); not allowed for RELABEL."
    finalLabelKey: String
    reasonCode: ReviewReasonCode!
    comment: String
  }

  extend type Painting {
    "Review decisions; annotators see only those settling disputes over rounds they labeled."
    reviews: [Review!]! @auth(requires: ANNOTATOR)
  }

  extend type Query {
    "first: 1 to 100."
    reviewQueue(projectId: ID!, reason: ReviewReason, first: Int = 50, offset: Int = 0): ReviewQueue! @auth(requires: REVIEWER)
    "Fails with review/not_found for an unknown entry."
    reviewItem(entryId: ID!): ReviewItem! @auth(requires: REVIEWER)
  }

  extend type Mutation {
    "Claims the most urgent free painting (all its open entries) and returns its most urgent entry; the painting the viewer already holds comes back first. Null when nothing is left."
    claimNextReview(projectId: ID!, reason: ReviewReason): ReviewEntry @auth(requires: REVIEWER)
    "Needs the viewer's live claim (managers: or no live claim at all). A second decision fails with review/already_resolved."
    resolveReview(input: ResolveReviewInput!): ResolveReviewResult! @auth(requires: REVIEWER)
    "Hands the painting back to the queue undecided."
    releaseReviewClaim(entryId: ID!): ReviewEntry! @auth(requires: REVIEWER)
  }
`;
