// Agreement between annotators and each annotator's record. Project-wide figures are open to
// reviewers; anything naming a person is for managers.
export const qualityTypeDefs = /* GraphQL */ `
  "A statistic and the number of items (painting x label round, with two or more labels) it rests on."
  type AgreementValue @auth(requires: REVIEWER) {
    "Null when undefined (no items, or a single class used throughout)."
    value: Float
    items: Int!
  }

  type FleissKappaValue @auth(requires: REVIEWER) {
    value: Float
    "Items rated by the modal number of raters: Fleiss' kappa needs a constant number per item."
    items: Int!
    "That modal number of raters."
    raters: Int
    "Items with two or more labels left out because they had another number of raters."
    skippedItems: Int!
  }

  type AnnotatorPairKappa @auth(requires: MANAGER) {
    annotatorA: User!
    annotatorB: User!
    "Cohen's kappa over the items both labeled; null when undefined."
    kappa: Float
    "Share of those items where they agreed."
    observed: Float
    items: Int!
  }

  type ProjectAgreement @auth(requires: REVIEWER) {
    "Labels counted (one per annotator, painting and round)."
    ratings: Int!
    "Mean share of agreeing annotator pairs per item."
    percentAgreement: AgreementValue!
    fleissKappa: FleissKappaValue!
    "Nominal Krippendorff's alpha over every item, whatever its number of raters."
    krippendorffAlpha: AgreementValue!
    pairwise: [AnnotatorPairKappa!]! @auth(requires: MANAGER)
  }

  type AnnotatorQuality @auth(requires: MANAGER) {
    annotator: User!
    labels: Int!
    "Labeling time: gaps between consecutive labels, each counted up to 5 minutes (longer ones are breaks)."
    activeMinutes: Float!
    "Labels per hour of labeling time; null below 20 labels or 10 minutes, where a rate would mislead."
    labelsPerHour: Float
    "Mean time on a painting, over labels that recorded it."
    meanDurationMs: Float
    "Leave-one-out: share of their labels matching the plurality of the other annotators' labels of the same round."
    consensusAgreement: Float
    "Labels compared (the others had an untied plurality)."
    consensusCompared: Int!
    "Share of their labels on gold paintings matching the (current) gold label."
    goldAccuracy: Float
    goldAnswered: Int!
    "Share of their labels in decided disputes (APPROVE on a DISAGREEMENT entry) where the reviewer chose another label."
    overturnRate: Float
    overturned: Int!
    disputesDecided: Int!
  }

  type ModelAgreementGroup @auth(requires: MANAGER) {
    "Labels made after the model had scored the painting."
    labels: Int!
    "Of those, labels equal to the model's prediction at the time."
    agreeing: Int!
    rate: Float
  }

  "Agreement of annotators with the model, with its suggestion shown before committing vs hidden."
  type ModelAgreement @auth(requires: MANAGER) {
    shown: ModelAgreementGroup!
    hidden: ModelAgreementGroup!
  }

  extend type Query {
    modelAgreement(projectId: ID!): ModelAgreement! @auth(requires: MANAGER)
    projectAgreement(projectId: ID!): ProjectAgreement! @auth(requires: REVIEWER)
    "Everyone who labeled in the project, by name."
    annotatorQuality(projectId: ID!): [AnnotatorQuality!]! @auth(requires: MANAGER)
  }
`;
