// Provenance evidence read from a painting's uploaded bytes at import, and where the model looked
// (saliency). Reviewers and up only: annotators label blind, and location data never reaches them.
export const evidenceTypeDefs = /* GraphQL */ `
  type EvidenceTextChunk @auth(requires: REVIEWER) {
    "PNG text keyword, e.g. parameters (Stable Diffusion), prompt or workflow (ComfyUI)."
    keyword: String!
    "At most 16 KiB; truncated says whether it was cut."
    text: String!
    truncated: Boolean!
    "The keyword is one generators write their settings under."
    generatorParameters: Boolean!
  }

  "Signals found in the upload's bytes. C2PA signatures are NOT verified."
  type PaintingEvidence @auth(requires: REVIEWER) {
    "The container the bytes are (jpeg, png, webp), whatever the file name said."
    container: String!
    c2paPresent: Boolean!
    "The manifest's claim generator as written in it (unverified)."
    c2paClaimGenerator: String
    "IPTC DigitalSourceType from XMP."
    digitalSourceType: String
    "digitalSourceType names trained algorithmic media (a generative model)."
    algorithmicSource: Boolean!
    xmpPresent: Boolean!
    exifSoftware: String
    exifMake: String
    exifModel: String
    exifDateTime: String
    gpsPresent: Boolean!
    gpsLatitude: Float
    gpsLongitude: Float
    "Generation parameters in text chunks (parameters, prompt, workflow, ...)."
    generatorParametersPresent: Boolean!
    textChunks: [EvidenceTextChunk!]!
    "Some text was cut to its cap or some metadata left unread."
    truncated: Boolean!
  }

  "A provenance signal to filter paintings by (reviewers and up)."
  enum EvidenceSignal {
    C2PA
    GENERATOR_PARAMETERS
    "XMP DigitalSourceType says trained algorithmic media."
    AI_SOURCE_TYPE
    EXIF_SOFTWARE
    GPS
    "Any of the above."
    ANY
    "None of the above (or not extracted yet)."
    NONE
  }

  extend input PaintingFilter {
    "Reviewers and up; annotators are refused with FORBIDDEN."
    evidence: EvidenceSignal
  }

  extend type ReviewPrediction {
    "Grad-CAM heat map (PNG, transparent where the model did not look) of the predicted class over the last convolutional block; null when none was computed for this model."
    saliencyUrl: String @auth(requires: REVIEWER)
  }

  extend type Painting {
    "Null when the painting predates extraction and no backfill has run."
    evidence: PaintingEvidence @auth(requires: REVIEWER)
  }
`;
