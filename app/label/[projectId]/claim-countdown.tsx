"use client";

import { useEffect, useState } from "react";

/** How long the painting stays reserved for the annotator; after that it may go to someone else. */
export function ClaimCountdown({ expiresAt }: { expiresAt: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.round((Date.parse(expiresAt) - now) / 1000));
  if (seconds === 0) {
    return <span className="badge" style={{ background: "#fbe9e7" }} data-testid="claim-expiry">Reservation expired: your next key fetches a fresh painting</span>;
  }
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <span className={seconds < 60 ? "badge" : "muted"} style={{ fontSize: 14 }} data-testid="claim-expiry" title={`Reserved until ${new Date(expiresAt).toLocaleTimeString()}`}>
      Reserved for you for {text}
    </span>
  );
}
