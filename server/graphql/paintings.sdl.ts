export const paintingTypeDefs = /* GraphQL */ `
  enum PaintingStatus {
    UNLABELED
    ANNOTATING
    DISPUTED
    APPROVED
  }

  enum PaintingSource {
    UPLOAD
    IMPORT
  }

  "A painting to be judged human-made or AI-generated."
  type Painting @auth(requires: ANNOTATOR) {
    id: ID!
    projectId: ID!
    width: Int!
    height: Int!
    format: String!
    byteSize: Int!
    originalName: String!
    source: PaintingSource!
    "Annotators see the status only of paintings they labeled themselves (blind labeling)."
    status: PaintingStatus
    "Annotators see the approved label only of paintings they labeled themselves."
    approvedLabel: LabelClass
    "Served through an authorized route; metadata stripped."
    imageUrl: String!
    thumbnailUrl: String!
    sha256: String! @auth(requires: REVIEWER)
    phash: String! @auth(requires: REVIEWER)
    isGold: Boolean! @auth(requires: MANAGER)
    goldLabel: LabelClass @auth(requires: MANAGER)
    createdAt: DateTime!
  }
`;
