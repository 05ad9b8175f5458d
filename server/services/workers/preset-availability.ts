// For the start-a-run form: which presets the live workers can train, and about how long an epoch
// of this project's data would take, from the throughput recent runs of that preset measured.
import { trainingCandidates } from "@/server/services/datasets/training-candidates";
import type { Db } from "@/server/db/client";
import { TRAINING_PRESETS } from "@/server/services/runs/training-config";
import { listLiveWorkers, type LiveWorker } from "./list-live-workers";

export type PresetAvailability = {
  preset: string;
  available: boolean;
  workers: number;
  /** Seconds per epoch (training and validation) for this project's approved data; null without history. */
  estimatedEpochSeconds: number | null;
  reason: string | null;
};

/** Share of approved paintings in the training split (80/10/10). */
const TRAIN_SHARE = 0.8;
const HISTORY_EPOCHS = 20;

export async function presetAvailability(db: Db, projectId: string, live?: LiveWorker[]): Promise<PresetAvailability[]> {
  const workers = live ?? (await listLiveWorkers(db));
  const approved = await db.painting.count({ where: trainingCandidates(projectId) });
  return Promise.all(TRAINING_PRESETS.map(async (preset) => {
    const able = workers.filter((w) => w.presets.includes(preset));
    return {
      preset,
      available: able.length > 0,
      workers: able.length,
      estimatedEpochSeconds: await estimateEpochSeconds(db, preset, Math.round(approved * TRAIN_SHARE)),
      reason: able.length > 0 ? null : unavailableReason(preset, workers),
    };
  }));
}

export function unavailableReason(preset: string, workers: Pick<LiveWorker, "backend">[]): string {
  if (workers.length === 0) return "No worker is running; start one with `npm start` or `npm run worker`.";
  const backends = [...new Set(workers.map((w) => w.backend))].join(", ");
  return preset === "full"
    ? `The full VGG19 needs a worker with native TensorFlow (tfjs-node-gpu); the live workers run ${backends}.`
    : `No live worker can train ${preset} (live workers run ${backends}).`;
}

/** Median seconds per training sample of the preset's recent epochs (validation included),
 *  times this project's training-split size. */
async function estimateEpochSeconds(db: Db, preset: string, trainSamples: number): Promise<number | null> {
  if (trainSamples === 0) return null;
  const recent = await db.epochMetric.findMany({
    where: { run: { preset }, samplesSeen: { gt: 0 } },
    orderBy: { createdAt: "desc" },
    take: HISTORY_EPOCHS,
    select: { wallSeconds: true, samplesSeen: true },
  });
  if (recent.length === 0) return null;
  const perSample = recent.map((e) => e.wallSeconds / e.samplesSeen).sort((a, b) => a - b);
  return perSample[Math.floor(perSample.length / 2)]! * trainSamples;
}
