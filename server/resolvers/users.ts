import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { createUser } from "@/server/services/users/create-user";
import { listUsers } from "@/server/services/users/list-users";
import { updateUser } from "@/server/services/users/update-user";
import { requireViewer } from "./require-viewer";

export const userResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { viewer }) => viewer,
    users: (_parent, _args, { db }) => listUsers(db),
  },
  Mutation: {
    createUser: (_parent, { input }, context) => createUser(context.db, requireViewer(context).id, input),
    updateUser: (_parent, { input }, context) => updateUser(context.db, requireViewer(context).id, input),
  },
};
