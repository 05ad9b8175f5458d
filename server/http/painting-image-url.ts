// The URLs GraphQL hands out for a painting's images, and the variants the serving route accepts.
// "original" is the upload byte for byte (reviewers and managers only); "large" a metadata-free
// full-size copy made on first request; "thumbnail" and "training" are made at import.
export const PAINTING_VARIANTS = ["original", "large", "thumbnail", "training"] as const;

export type PaintingVariant = (typeof PAINTING_VARIANTS)[number];

export function isPaintingVariant(value: string): value is PaintingVariant {
  return (PAINTING_VARIANTS as readonly string[]).includes(value);
}

export function paintingImageUrl(paintingId: string, variant: PaintingVariant): string {
  return `/api/paintings/${encodeURIComponent(paintingId)}/${variant}`;
}

/** The Grad-CAM heat map of a model version's prediction for a painting (reviewers and up). */
export function saliencyMapUrl(paintingId: string, modelVersionId: string): string {
  return `/api/paintings/${encodeURIComponent(paintingId)}/saliency/${encodeURIComponent(modelVersionId)}`;
}
