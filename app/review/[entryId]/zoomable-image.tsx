"use client";

import { useRef, useState, type PointerEvent, type WheelEvent } from "react";

const MIN = 1;
const MAX = 8;
const clamp = (value: number) => Math.min(MAX, Math.max(MIN, value));

/**
 * The painting large, zoomed with the wheel or the buttons and panned by dragging. A CSS
 * transform on the full-size original: no tiles to prepare, and the browser scales the pixels.
 */
export function ZoomableImage({ src, alt }: { src: string; alt: string }) {
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const zoom = (factor: number) => setView((v) => (clamp(v.scale * factor) === 1 ? { scale: 1, x: 0, y: 0 } : { ...v, scale: clamp(v.scale * factor) }));

  const onWheel = (event: WheelEvent) => zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2);
  const onPointerDown = (event: PointerEvent) => {
    drag.current = { x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag.current || view.scale === 1) return;
    const dx = event.clientX - drag.current.x;
    const dy = event.clientY - drag.current.y;
    drag.current = { x: event.clientX, y: event.clientY };
    setView((v) => ({ ...v, x: v.x + dx / v.scale, y: v.y + dy / v.scale }));
  };

  return (
    <figure style={{ margin: 0 }}>
      <div
        data-testid="zoomable-image"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        style={{ overflow: "hidden", background: "#111", borderRadius: 8, height: "70vh", display: "grid", placeItems: "center", cursor: view.scale > 1 ? "grab" : "zoom-in", touchAction: "none" }}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          style={{ maxWidth: "100%", maxHeight: "100%", transform: `scale(${view.scale}) translate(${view.x}px, ${view.y}px)` }}
        />
      </div>
      <figcaption className="row" style={{ marginTop: 8 }}>
        <button type="button" className="secondary" aria-label="Zoom in" onClick={() => zoom(1.5)}>+</button>
        <button type="button" className="secondary" aria-label="Zoom out" onClick={() => zoom(1 / 1.5)}>−</button>
        <button type="button" className="secondary" onClick={() => setView({ scale: 1, x: 0, y: 0 })}>Fit</button>
        <span className="muted" data-testid="zoom-level">{Math.round(view.scale * 100)}%</span>
      </figcaption>
    </figure>
  );
}
