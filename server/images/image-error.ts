// Why an image was refused: an AppError whose code is one of the image/* codes. The uploader sees
// `message`, so messages name the file's problem in plain words and never carry library internals
// beyond a short decoder reason.
import { AppError } from "@/server/errors";

export const IMAGE_REJECTION_CODES = [
  "image/unsupported_format",
  "image/too_large_bytes",
  "image/too_many_pixels",
  "image/corrupt",
  "image/empty",
] as const;

export type ImageRejectionCode = (typeof IMAGE_REJECTION_CODES)[number];

// A subclass only to narrow the code type for callers that branch on image codes.
export class ImageRejectedError extends AppError<ImageRejectionCode> {
  constructor(code: ImageRejectionCode, message: string, options?: { cause?: unknown }) {
    super(code, message, undefined, options);
    this.name = "ImageRejectedError";
  }
}

export function isImageRejectedError(error: unknown): error is ImageRejectedError {
  return error instanceof ImageRejectedError;
}
