"use client";

import type { PaintingDetailQuery } from "../../graphql/generated";
import { timeAgo } from "../time-ago";

type Event = NonNullable<PaintingDetailQuery["painting"]>["history"][number];

/** What the server allows this viewer to see of the painting's history, oldest first, in words. */
export function PaintingHistory({ events }: { events: Event[] }) {
  return (
    <ol aria-label="History" style={{ display: "grid", gap: 6, paddingLeft: 20 }}>
      {events.map((event, index) => (
        <li key={index} data-testid="history-event">
          {event.summary}
          <span className="muted"> — <time dateTime={event.at} title={new Date(event.at).toLocaleString()}>{timeAgo(event.at)}</time></span>
          {event.kind !== "UPLOADED" && event.note && <div className="muted" style={{ overflowWrap: "anywhere", fontSize: 14 }}>“{event.note}”</div>}
        </li>
      ))}
    </ol>
  );
}
