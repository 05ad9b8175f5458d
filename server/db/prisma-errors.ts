// Recognises database errors by their Prisma codes, whichever client version raised them.
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}

function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}
