// What the worker's main process asks of a trainer process, and what comes back. Only plain data
// crosses (advanced IPC serialisation, so Dates survive).
import type { TrainRunResult } from "@/worker/jobs/train-run";

export type TrainerJob =
  | { kind: "train"; runId: string; workerId: string }
  | { kind: "score"; modelVersionId: string }
  | { kind: "score-new"; projectId: string; paintingIds: string[] }
  | { kind: "probe" };

export type TrainerCapabilities = { backend: string; threads: number | null; notes: string };

export type TrainerResult = {
  train: TrainRunResult;
  score: { scored: number; enqueued: number; removed: number };
  "score-new": { scored: number; enqueued: number };
  probe: TrainerCapabilities;
};

export type TrainerReply<K extends TrainerJob["kind"] = TrainerJob["kind"]> =
  | { type: "done"; result: TrainerResult[K] }
  | { type: "failed"; message: string };
