// One typed contract per queue, used by both ends: `sendJob` validates what the web app queues and
// `workJobs` validates what a worker takes, so a renamed field fails loudly at the edge instead of
// reaching a handler as undefined.
import type PgBoss from "pg-boss";
import { z } from "zod";
import { QUEUES, type QueueName } from "./job-queue";

const id = z.string().min(1).max(64);

export const JOB_SCHEMAS = {
  [QUEUES.train]: z.object({ runId: id }).strict(),
  [QUEUES.score]: z.object({ modelVersionId: id }).strict(),
  [QUEUES.scoreNew]: z.object({ projectId: id, paintingIds: z.array(id).min(1).max(10_000) }).strict(),
} satisfies Record<QueueName, z.ZodType>;

export type JobData<Q extends QueueName> = z.infer<(typeof JOB_SCHEMAS)[Q]>;

/** Queues a job after checking its data against the queue's contract; returns the job id. */
export async function sendJob<Q extends QueueName>(boss: PgBoss, queue: Q, data: JobData<Q>, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const parsed = JOB_SCHEMAS[queue].parse(data);
  return boss.send(queue, parsed, options);
}

export type JobHandler<Q extends QueueName> = (data: JobData<Q>, job: { id: string }) => Promise<void>;

/**
 * Works one job at a time from `queue`. A job whose data breaks the contract fails (pg-boss keeps
 * it with the reason) instead of reaching the handler.
 */
export async function workJobs<Q extends QueueName>(boss: PgBoss, queue: Q, handler: JobHandler<Q>): Promise<string> {
  return boss.work<unknown>(queue, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    const parsed = JOB_SCHEMAS[queue].safeParse(job.data);
    if (!parsed.success) throw new Error(`job ${job.id} on ${queue} breaks its contract: ${parsed.error.message}`);
    await handler(parsed.data as JobData<Q>, { id: job.id });
  });
}
