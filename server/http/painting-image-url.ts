// The URLs GraphQL hands out for a painting's images, and the variants the serving route accepts.
export const PAINTING_VARIANTS = ["original", "thumbnail", "training"] as const;

export type PaintingVariant = (typeof PAINTING_VARIANTS)[number];

export function isPaintingVariant(value: string): value is PaintingVariant {
  return (PAINTING_VARIANTS as readonly string[]).includes(value);
}

export function paintingImageUrl(paintingId: string, variant: PaintingVariant): string {
  return `/api/paintings/${encodeURIComponent(paintingId)}/${variant}`;
}
