"use client";

import { useEffect } from "react";

export const POLL_INTERVAL_MS = 2000;

type Pollable = { startPolling: (interval: number) => void; stopPolling: () => void };

/** Polls a query while `active` (a run queued or running) and stops as soon as it finishes. */
export function usePollWhile(active: boolean, { startPolling, stopPolling }: Pollable, interval = POLL_INTERVAL_MS) {
  useEffect(() => {
    if (!active) return;
    startPolling(interval);
    return () => stopPolling();
  }, [active, interval, startPolling, stopPolling]);
}

export const isActiveStatus = (status: string | null | undefined) => status === "QUEUED" || status === "RUNNING";
