"use client";

import type { PaintingDetailQuery } from "../../graphql/generated";

type Event = NonNullable<PaintingDetailQuery["painting"]>["history"][number];

const DESCRIBE: Record<Event["kind"], (event: Event) => string> = {
  UPLOADED: (e) => `${e.action === "IMPORT" ? "Imported" : "Uploaded"} as ${e.note}`,
  ANNOTATED: (e) => `Labeled ${e.label?.name ?? "?"}${e.confidence ? `, confidence ${e.confidence}/5` : ""}${e.round ? ` (round ${e.round + 1})` : ""}`,
  REVIEWED: (e) => `Reviewed: ${e.action}${e.label ? `, final label ${e.label.name}` : ""}`,
  AUDIT: (e) => e.action ?? "audit entry",
};

/** What the server allows this viewer to see of the painting's history, oldest first. */
export function PaintingHistory({ events }: { events: Event[] }) {
  return (
    <table aria-label="History">
      <thead><tr><th>When</th><th>Who</th><th>What</th><th>Note</th></tr></thead>
      <tbody>
        {events.map((event, index) => (
          <tr key={index} data-testid="history-event">
            <td>{new Date(event.at).toLocaleString()}</td>
            <td>{event.actor?.name ?? "—"}</td>
            <td>{DESCRIBE[event.kind](event)}</td>
            <td className="muted" style={{ overflowWrap: "anywhere" }}>{event.kind === "UPLOADED" ? "" : event.note ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
