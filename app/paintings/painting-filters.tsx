"use client";

import { EVIDENCE_SIGNALS, STATUSES, type Filters } from "./painting-filter-params";

type Props = { filters: Filters; onChange: (filters: Filters) => void; labelClasses: { key: string; name: string }[]; seesOutcomes: boolean };

export function PaintingFilters({ filters, onChange, labelClasses, seesOutcomes }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <form className="row panel" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>Status
        <select value={filters.status} onChange={(e) => set({ status: e.target.value as Filters["status"] })}>
          <option value="">Any</option>
          {STATUSES.map((status) => <option key={status} value={status}>{status.toLowerCase()}</option>)}
        </select>
      </label>
      <label>Approved label
        <select value={filters.labelKey} onChange={(e) => set({ labelKey: e.target.value })}>
          <option value="">Any</option>
          {labelClasses.map((c) => <option key={c.key} value={c.key}>{c.name}</option>)}
        </select>
      </label>
      <label>Source
        <select value={filters.source} onChange={(e) => set({ source: e.target.value as Filters["source"] })}>
          <option value="">Any</option>
          <option value="UPLOAD">Browser upload</option>
          <option value="IMPORT">Command-line import</option>
        </select>
      </label>
      <label>Disputed
        <select value={filters.disputed} onChange={(e) => set({ disputed: e.target.value as Filters["disputed"] })}>
          <option value="">Any</option>
          <option value="yes">Labels disagreed</option>
          <option value="no">Never disputed</option>
        </select>
      </label>
      <label style={{ flexDirection: "row", alignItems: "center" }}>
        <input type="checkbox" checked={filters.near} onChange={(e) => set({ near: e.target.checked })} /> Has near-duplicates
      </label>
      {seesOutcomes && (
        <label>Provenance evidence
          <select value={filters.evidence} onChange={(e) => set({ evidence: e.target.value as Filters["evidence"] })}>
            <option value="">Any</option>
            {EVIDENCE_SIGNALS.map(([signal, name]) => <option key={signal} value={signal}>{name}</option>)}
          </select>
        </label>
      )}
      {!seesOutcomes && <p className="muted" style={{ margin: 0, fontSize: 13 }}>Status, label and disputed filters cover only paintings you labeled.</p>}
    </form>
  );
}
