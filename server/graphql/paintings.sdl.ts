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
    "The uploaded file's name; for annotators in projects that hide file names, a neutral 'Painting <id suffix>'."
    originalName: String!
    source: PaintingSource!
    "Annotators see the status only of paintings they labeled themselves (blind labeling)."
    status: PaintingStatus
    "Annotators see the approved label only of paintings they labeled themselves."
    approvedLabel: LabelClass
    "Full-size view (at most 4096 px), served through an authorized route, every metadata field stripped."
    imageUrl: String!
    "The uploaded file byte for byte (same SHA-256), metadata included: evidence for reviewers and managers."
    originalUrl: String! @auth(requires: REVIEWER)
    thumbnailUrl: String!
    sha256: String! @auth(requires: REVIEWER)
    phash: String! @auth(requires: REVIEWER)
    isGold: Boolean! @auth(requires: MANAGER)
    goldLabel: LabelClass @auth(requires: MANAGER)
    createdAt: DateTime!
    "Who uploaded it; null for command-line imports."
    uploadedBy: User
    "Paintings whose perceptual hash is within 8 bits, closest first; kept in the same training split."
    nearDuplicates: [NearDuplicateLink!]!
    "Upload, labels, reviews and audit entries, oldest first, as far as the viewer's role allows."
    history: [PaintingEvent!]!
  }

  type NearDuplicateLink @auth(requires: ANNOTATOR) {
    painting: Painting!
    "Hamming distance between the two perceptual hashes (0-64)."
    distance: Int!
  }

  enum PaintingEventKind {
    UPLOADED
    ANNOTATED
    REVIEWED
    AUDIT
  }

  type PaintingEvent @auth(requires: ANNOTATOR) {
    kind: PaintingEventKind!
    at: DateTime!
    "Null for command-line imports and removed accounts."
    actor: User
    "ANNOTATED: the label given; REVIEWED: the final label."
    label: LabelClass
    confidence: Int
    round: Int
    "UPLOADED: UPLOAD or IMPORT; REVIEWED: decision and reason code; AUDIT: the action."
    action: String
    "UPLOADED: the file name (hidden like originalName); ANNOTATED: the annotator's note; REVIEWED: the comment; AUDIT: null."
    note: String
    "Who did what, in words, e.g. 'Ada labeled it AI-generated (confidence 4)'."
    summary: String!
  }

  type PaintingEdge @auth(requires: ANNOTATOR) {
    cursor: String!
    node: Painting!
  }

  type PaintingPageInfo @auth(requires: ANNOTATOR) {
    hasNextPage: Boolean!
    endCursor: String
  }

  type PaintingConnection @auth(requires: ANNOTATOR) {
    edges: [PaintingEdge!]!
    pageInfo: PaintingPageInfo!
  }

  """
  Filters for the paintings list. For annotators, status, labelKey and disputed range only over
  paintings they labeled themselves (blind labeling).
  """
  input PaintingFilter {
    status: PaintingStatus
    "Approved label class key, e.g. HUMAN."
    labelKey: String
    source: PaintingSource
    "True: labels disagreed at some point (disputed now or sent to review for disagreement)."
    disputed: Boolean
    nearDuplicatesOnly: Boolean
  }

  extend type Query {
    "Newest first; pass pageInfo.endCursor as after for the next page (at most 100 per page)."
    paintings(projectId: ID!, filter: PaintingFilter, first: Int = 50, after: String): PaintingConnection! @auth(requires: ANNOTATOR)
    painting(id: ID!): Painting @auth(requires: ANNOTATOR)
  }
`;
