"use client";

import { useQuery } from "@apollo/client/react";
import { TrainingCapacityDocument } from "../../graphql/generated";

/** How often the live-worker list is read: a worker that starts shows up within this time. */
export const CAPACITY_POLL_MS = 15_000;

/** The live workers and what they can train for a project, refreshed every 15 s. */
export function useTrainingCapacity(projectId: string) {
  return useQuery(TrainingCapacityDocument, { variables: { projectId }, pollInterval: CAPACITY_POLL_MS });
}
