export const projectTypeDefs = /* GraphQL */ `
  enum PreAnnotationMode {
    OFF
    AFTER_COMMIT
    BEFORE_COMMIT
  }

  enum UncertaintyStrategy {
    LEAST_CONFIDENCE
    MARGIN
    ENTROPY
  }

  type LabelClass @auth(requires: ANNOTATOR) {
    id: ID!
    key: String!
    name: String!
    hotkey: String!
    color: String!
    position: Int!
  }

  type ProjectCounts @auth(requires: ANNOTATOR) {
    paintings: Int!
    unlabeled: Int!
    annotating: Int!
    disputed: Int!
    approved: Int!
  }

  type Project @auth(requires: ANNOTATOR) {
    id: ID!
    slug: String!
    name: String!
    description: String!
    labelClasses: [LabelClass!]!
    "Independent labels each painting needs before it can be approved."
    labelsPerItem: Int!
    goldRate: Float! @auth(requires: MANAGER)
    spotCheckRate: Float! @auth(requires: MANAGER)
    preAnnotation: PreAnnotationMode!
    uncertaintyStrategy: UncertaintyStrategy! @auth(requires: REVIEWER)
    uncertaintyThreshold: Float! @auth(requires: REVIEWER)
    labelingBudget: Int @auth(requires: REVIEWER)
    claimTtlSeconds: Int!
    "Annotators see a neutral name instead of each painting's file name; reviewers and managers see the file name."
    hideFileNames: Boolean!
    """
    Runs train on copies made one way (one square side, JPEG quality, 8-bit sRGB, no metadata)
    whatever each upload was, so the file cannot stand in for the painting; each run's shortcut
    audit then also describes those copies.
    """
    normaliseTrainingCopies: Boolean! @auth(requires: REVIEWER)
    counts: ProjectCounts!
    createdAt: DateTime!
  }

  input LabelClassInput {
    key: String!
    name: String!
    hotkey: String!
    color: String
  }

  input CreateProjectInput {
    name: String!
    slug: String
    description: String
    "Defaults to HUMAN (key H) and AI (key A)."
    labelClasses: [LabelClassInput!]
    labelsPerItem: Int
  }

  input UpdateProjectSettingsInput {
    id: ID!
    name: String
    description: String
    labelsPerItem: Int
    goldRate: Float
    spotCheckRate: Float
    preAnnotation: PreAnnotationMode
    uncertaintyStrategy: UncertaintyStrategy
    uncertaintyThreshold: Float
    labelingBudget: Int
    claimTtlSeconds: Int
    hideFileNames: Boolean
    normaliseTrainingCopies: Boolean
    "Classes to rename or rebind; classes left out keep their name and hotkey. A class's key cannot change."
    labelClasses: [LabelClassSettingsInput!]
  }

  input LabelClassSettingsInput {
    id: ID!
    name: String!
    "One letter; not S, U, N, R or a digit, which the labeling and review screens keep."
    hotkey: String!
  }

  extend type Query {
    projects: [Project!]! @auth(requires: ANNOTATOR)
    project(id: ID!): Project @auth(requires: ANNOTATOR)
  }

  extend type Mutation {
    createProject(input: CreateProjectInput!): Project! @auth(requires: MANAGER)
    updateProjectSettings(input: UpdateProjectSettingsInput!): Project! @auth(requires: MANAGER)
  }
`;
