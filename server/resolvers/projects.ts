import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { addProjectMember } from "@/server/services/projects/add-project-member";
import { countProjectPaintings } from "@/server/services/projects/count-project-paintings";
import { createProject } from "@/server/services/projects/create-project";
import { listProjectMembers } from "@/server/services/projects/list-project-members";
import { listLabelClasses } from "@/server/services/projects/list-label-classes";
import { getProject, listProjects } from "@/server/services/projects/list-projects";
import { listUserProjects } from "@/server/services/projects/list-user-projects";
import { removeProjectMember } from "@/server/services/projects/remove-project-member";
import { updateProjectSettings } from "@/server/services/projects/update-project-settings";
import { getUser } from "@/server/services/users/get-user";
import { requireViewer } from "./require-viewer";

export const projectResolvers: Resolvers = {
  Query: {
    projects: (_parent, _args, context) => listProjects(context.db, requireViewer(context)),
    project: (_parent, { id }, context) => getProject(context.db, requireViewer(context), id),
  },
  Mutation: {
    createProject: (_parent, { input }, context) => createProject(context.db, requireViewer(context).id, input),
    updateProjectSettings: (_parent, { input }, context) =>
      updateProjectSettings(context.db, requireViewer(context).id, input),
    addProjectMember: (_parent, args, context) => addProjectMember(context.db, requireViewer(context).id, args),
    removeProjectMember: (_parent, args, context) => removeProjectMember(context.db, requireViewer(context).id, args),
  },
  Project: {
    labelClasses: (project, _args, { db }) => listLabelClasses(db, project.id),
    counts: (project, _args, { db }) => countProjectPaintings(db, project.id),
    members: (project, _args, { db }) => listProjectMembers(db, project.id),
  },
  ProjectMember: {
    addedAt: (member) => member.createdAt,
    addedBy: (member, _args, { db }) => (member.addedById ? getUser(db, member.addedById) : null),
  },
  User: {
    projects: (user, _args, { db }) => listUserProjects(db, user.id),
  },
};
