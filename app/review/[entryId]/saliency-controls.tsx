"use client";

/**
 * Shows where the newest model looked (its Grad-CAM map over the painting): a checkbox to lay the
 * map over the image and a slider for its opacity, both plain form controls so the keyboard
 * reaches them (Tab, Space, arrows).
 */
export function SaliencyControls({ available, shown, opacity, onShownChange, onOpacityChange }: {
  available: boolean; shown: boolean; opacity: number; onShownChange: (shown: boolean) => void; onOpacityChange: (opacity: number) => void;
}) {
  if (!available) return <p className="muted" data-testid="no-saliency">No saliency map for this model.</p>;
  return (
    <div className="row" role="group" aria-label="Saliency map">
      <label style={{ flexDirection: "row", alignItems: "center" }}>
        <input type="checkbox" checked={shown} onChange={(e) => onShownChange(e.target.checked)} /> Show where the model looked
      </label>
      <label style={{ flexDirection: "row", alignItems: "center" }}>
        Opacity
        <input type="range" min={0} max={100} step={5} value={Math.round(opacity * 100)} disabled={!shown} onChange={(e) => onOpacityChange(Number(e.target.value) / 100)} aria-valuetext={`${Math.round(opacity * 100)}%`} />
      </label>
    </div>
  );
}
