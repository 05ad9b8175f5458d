"use client";

// Files waiting, uploading and done, with a few uploads in flight at once: enough to keep the
// connection busy while each file still shows its own progress.
import { useCallback, useEffect, useRef, useState } from "react";
import { uploadFile, type UploadOutcome } from "./upload-file";

export const UPLOADS_IN_FLIGHT = 3;

/** label/gold/evaluationSet are fixed when the file is added, so changing them later affects only new files. */
export type QueuedUpload = {
  key: number; file: File; label: string; gold: boolean; evaluationSet: string; progress: number; outcome: UploadOutcome | null; started: boolean;
};
export type UploadChoices = { label: string; gold: boolean; evaluationSet: string };

export function useUploadQueue(projectId: string) {
  const [uploads, setUploads] = useState<QueuedUpload[]>([]);
  const nextKey = useRef(0);

  const update = (key: number, patch: Partial<QueuedUpload>) =>
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)));

  const add = useCallback((files: File[], { label, gold, evaluationSet }: UploadChoices) => {
    const added = files.map((file) => ({ key: nextKey.current++, file, label, gold, evaluationSet, progress: 0, outcome: null, started: false }));
    setUploads((list) => [...list, ...added]);
  }, []);

  // Starts queued files whenever fewer than UPLOADS_IN_FLIGHT are running.
  useEffect(() => {
    const running = uploads.filter((upload) => upload.started && !upload.outcome).length;
    const waiting = uploads.filter((upload) => !upload.started).slice(0, Math.max(0, UPLOADS_IN_FLIGHT - running));
    for (const upload of waiting) {
      update(upload.key, { started: true });
      const { file, label, gold, evaluationSet } = upload;
      void uploadFile({ projectId, file, label, gold, evaluationSet, onProgress: (progress) => update(upload.key, { progress }) })
        .then((outcome) => update(upload.key, { outcome, progress: 1 }));
    }
  }, [uploads, projectId]);

  return { uploads, add, clear: () => setUploads((list) => list.filter((upload) => !upload.outcome)) };
}
