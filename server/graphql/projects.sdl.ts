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

  "The order open paintings reach annotators; never import order."
  enum ServingOrder {
    "Each annotator gets a random order of their own, the same every time they ask."
    RANDOM
    "The paintings the newest scoring model is least sure of first; unscored ones after, at random."
    UNCERTAINTY_FIRST
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
    servingOrder: ServingOrder! @auth(requires: MANAGER)
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
    "Who may work in the project, by name. Managers and admins see every project without being members."
    members: [ProjectMember!]! @auth(requires: MANAGER)
  }

  "A person who may see and work in a project: annotators and reviewers see only projects they are members of."
  type ProjectMember @auth(requires: MANAGER) {
    user: User!
    addedAt: DateTime!
    "Null for memberships the migration gave everyone who worked in the project before memberships existed."
    addedBy: User
  }

  extend type User {
    "The projects the person is a member of, by name."
    projects: [Project!]! @auth(requires: MANAGER)
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
    servingOrder: ServingOrder
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
    "Every project for managers and admins; only the projects they are members of for everyone else."
    projects: [Project!]! @auth(requires: ANNOTATOR)
    "Null when the project does not exist or the viewer is not a member."
    project(id: ID!): Project @auth(requires: ANNOTATOR)
  }

  extend type Mutation {
    createProject(input: CreateProjectInput!): Project! @auth(requires: MANAGER)
    updateProjectSettings(input: UpdateProjectSettingsInput!): Project! @auth(requires: MANAGER)
    "Lets the user see and work in the project; adding a member again changes nothing."
    addProjectMember(projectId: ID!, userId: ID!): Project! @auth(requires: MANAGER)
    "Takes the user off the project and hands back what they held there (labeling and review claims); their labels stay."
    removeProjectMember(projectId: ID!, userId: ID!): Project! @auth(requires: MANAGER)
  }
`;
