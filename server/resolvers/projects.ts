import type { Resolvers } from "@/server/graphql/generated/resolvers-types";
import { countProjectPaintings } from "@/server/services/projects/count-project-paintings";
import { createProject } from "@/server/services/projects/create-project";
import { listLabelClasses } from "@/server/services/projects/list-label-classes";
import { getProject, listProjects } from "@/server/services/projects/list-projects";
import { updateProjectSettings } from "@/server/services/projects/update-project-settings";
import { requireViewer } from "./require-viewer";

export const projectResolvers: Resolvers = {
  Query: {
    projects: (_parent, _args, { db }) => listProjects(db),
    project: (_parent, { id }, { db }) => getProject(db, id),
  },
  Mutation: {
    createProject: (_parent, { input }, context) => createProject(context.db, requireViewer(context).id, input),
    updateProjectSettings: (_parent, { input }, context) =>
      updateProjectSettings(context.db, requireViewer(context).id, input),
  },
  Project: {
    labelClasses: (project, _args, { db }) => listLabelClasses(db, project.id),
    counts: (project, _args, { db }) => countProjectPaintings(db, project.id),
  },
};
