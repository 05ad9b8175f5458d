// External evaluation sets (issue 13): paintings from another source that never train, validate
// or test a model, and on which every run of the project is scored. Reviewers and up read them
// (as they read run reports); managers create, rename, open and delete them.
export const evaluationSetTypeDefs = /* GraphQL */ `
  type EvaluationSetClassCount @auth(requires: REVIEWER) {
    classKey: String!
    count: Int!
  }

  "Paintings from another source kept out of every split; every run of the project is scored on them."
  type EvaluationSet @auth(requires: REVIEWER) {
    id: ID!
    projectId: ID!
    name: String!
    description: String!
    "Whether its paintings are served in the labeling queue too (their labels never make them training data)."
    openToAnnotators: Boolean!
    paintingCount: Int!
    "Paintings per ground-truth class (the label given at import), in the project's class order."
    classCounts: [EvaluationSetClassCount!]!
    createdAt: DateTime!
  }

  "A run's final model on one evaluation set."
  type EvaluationSetReport @auth(requires: REVIEWER) {
    "Null once the set was deleted; setName still says which it was."
    evaluationSetId: ID
    setName: String!
    sampleCount: Int!
    classKeys: [String!]!
    "Rows are the true classes, columns predicted, in classKeys order."
    confusionMatrix: [[Int!]!]!
    perClass: [ClassMetrics!]!
    accuracy: Float!
    "Wilson 95% interval on accuracy."
    accuracyInterval: Interval
    "Share of the set's most frequent true class: the accuracy of always answering it."
    majorityClassRate: Float!
    majorityClassKey: String!
    collapsedToClassKey: String
    "Whether the model fails the chance rule on this set (see TrainingRun.notBetterThanChance)."
    notBetterThanChance: Boolean!
    "The set holds one class only: its baseline is 100% and it has no AUC, so accuracy is that class's recall."
    singleClass: Boolean!
    wrongCount: Int!
    "Mean probability the model gave its answer when that answer was wrong; null when none was."
    meanConfidenceWrong: Float
    macroF1: Float!
    rocAuc: Float
    rocAucInterval: Interval
    ece: Float
  }

  type DeletedEvaluationSet @auth(requires: MANAGER) {
    id: ID!
    name: String!
    "Paintings released into the project as ordinary unlabeled paintings."
    releasedPaintings: Int!
  }

  extend type Project {
    evaluationSets: [EvaluationSet!]! @auth(requires: REVIEWER)
  }

  extend type TrainingRun {
    "The final model's figures on each evaluation set of the project, by set name."
    evaluationSetReports: [EvaluationSetReport!]! @auth(requires: REVIEWER)
  }

  input CreateEvaluationSetInput {
    projectId: ID!
    name: String!
    description: String
    openToAnnotators: Boolean
  }

  input UpdateEvaluationSetInput {
    id: ID!
    name: String
    description: String
    openToAnnotators: Boolean
  }

  extend type Mutation {
    createEvaluationSet(input: CreateEvaluationSetInput!): EvaluationSet! @auth(requires: MANAGER)
    "Rename, describe, or open to (close to) annotators."
    updateEvaluationSet(input: UpdateEvaluationSetInput!): EvaluationSet! @auth(requires: MANAGER)
    "Deletes the set; its paintings stay in the project as ordinary unlabeled paintings, its reports stay under its name."
    deleteEvaluationSet(id: ID!): DeletedEvaluationSet! @auth(requires: MANAGER)
  }
`;
