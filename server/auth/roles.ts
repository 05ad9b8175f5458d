// Roles are ranked: each includes the permissions of those below it, so a manager can review and
// label, and an admin can do everything a manager can.
import type { Role } from "@/server/db/generated/enums";

export const ROLES = ["ANNOTATOR", "REVIEWER", "MANAGER", "ADMIN"] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { ANNOTATOR: 1, REVIEWER: 2, MANAGER: 3, ADMIN: 4 };

export function hasRole(actual: Role | null | undefined, required: Role): boolean {
  return actual != null && RANK[actual] >= RANK[required];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export type { Role };
