// What resolvers return for each GraphQL object type: Prisma's rows, so field resolvers can add
// what the row lacks.
import type { LabelClass, Project, User } from "@/server/db/generated/client";

export type UserModel = User;
export type ProjectModel = Project;
export type LabelClassModel = LabelClass;
