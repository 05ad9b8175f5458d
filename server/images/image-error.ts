// Why an image was refused. The web layer maps `code` to GraphQL `extensions.code` and shows
// `message` to the uploader, so messages name the file's problem in plain words and never carry
// library internals beyond a short decoder reason.
export const IMAGE_REJECTION_CODES = [
  "image/unsupported_format",
  "image/too_large_bytes",
  "image/too_many_pixels",
  "image/corrupt",
  "image/empty",
] as const;

export type ImageRejectionCode = (typeof IMAGE_REJECTION_CODES)[number];

export class ImageRejectedError extends Error {
  readonly code: ImageRejectionCode;

  constructor(code: ImageRejectionCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImageRejectedError";
    this.code = code;
  }
}

export function isImageRejectedError(error: unknown): error is ImageRejectedError {
  return error instanceof ImageRejectedError;
}
