"use client";

import { useEffect, useRef, useState, type CSSProperties, type PointerEvent } from "react";

const MIN = 1;
const MAX = 8;
const STEP = 1.5;
const PAN_PX = 60;
const clamp = (value: number) => Math.min(MAX, Math.max(MIN, value));
const FIT = { scale: 1, x: 0, y: 0 };
type View = typeof FIT;
const zoomed = (v: View, factor: number): View => (clamp(v.scale * factor) === 1 ? FIT : { ...v, scale: clamp(v.scale * factor) });
const panned = (v: View, dx: number, dy: number): View => (v.scale === 1 ? v : { ...v, x: v.x + dx / v.scale, y: v.y + dy / v.scale });

type Props = {
  src: string; alt: string; height?: string; keyboard?: boolean; testId?: string; dimmed?: boolean;
  /** data-* attributes for the img, e.g. which painting it shows. */
  imageData?: Record<`data-${string}`, string>;
  /** An image laid exactly over the painting (e.g. a saliency map), zoomed and panned with it. */
  overlay?: { src: string; alt: string; opacity: number } | null;
};

// Both images in the frame's one grid cell, centred on each other.
const stacked: CSSProperties = { gridArea: "1 / 1" };

const typing = (event: KeyboardEvent) =>
  event.ctrlKey || event.metaKey || event.altKey ||
  (event.target instanceof HTMLElement && (event.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName)));

/**
 * The painting large, zoomed with the wheel, the buttons or (with `keyboard`) + - 0, and panned
 * by dragging or the arrow keys. A CSS transform on the stored original: no tiles to prepare, and
 * the browser scales the pixels. Used by the review and the labeling screens; give it a `key` per
 * painting so each starts fitted.
 */
export function ZoomableImage({ src, alt, height = "70vh", keyboard = false, testId, dimmed = false, imageData, overlay }: Props) {
  const [view, setView] = useState(FIT);
  const image = useRef<HTMLImageElement>(null);
  // The overlay takes the painting's laid-out size (before the transform both share), so it
  // covers the painting exactly whatever the overlay's own pixel size.
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  const hasOverlay = Boolean(overlay);
  useEffect(() => {
    const element = image.current;
    if (!hasOverlay || !element) return;
    const measure = () => setBox({ width: element.offsetWidth, height: element.offsetHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener("load", measure);
    return () => {
      observer.disconnect();
      element.removeEventListener("load", measure);
    };
  }, [hasOverlay]);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const zoom = (factor: number) => setView((v) => zoomed(v, factor));
  const pan = (dx: number, dy: number) => setView((v) => panned(v, dx, dy));

  // The wheel zooms instead of scrolling the page, which needs a non-passive listener.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      setView((v) => zoomed(v, event.deltaY < 0 ? 1.2 : 1 / 1.2));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, []);

  useEffect(() => {
    if (!keyboard) return;
    const onKey = (event: KeyboardEvent) => {
      if (typing(event)) return;
      const moves: Record<string, (v: View) => View> = {
        "+": (v) => zoomed(v, STEP), "=": (v) => zoomed(v, STEP), "-": (v) => zoomed(v, 1 / STEP), "0": () => FIT,
        ArrowLeft: (v) => panned(v, PAN_PX, 0), ArrowRight: (v) => panned(v, -PAN_PX, 0), ArrowUp: (v) => panned(v, 0, PAN_PX), ArrowDown: (v) => panned(v, 0, -PAN_PX),
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      setView(move);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [keyboard]);

  const transform = `scale(${view.scale}) translate(${view.x}px, ${view.y}px)`;
  const onPointerDown = (event: PointerEvent) => {
    drag.current = { x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag.current) return;
    const dx = event.clientX - drag.current.x;
    const dy = event.clientY - drag.current.y;
    drag.current = { x: event.clientX, y: event.clientY };
    pan(dx, dy);
  };

  return (
    <figure style={{ margin: 0 }}>
      <div
        ref={frame}
        data-testid="zoomable-image"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        style={{ overflow: "hidden", background: "#111", borderRadius: 8, height, display: "grid", placeItems: "center", cursor: view.scale > 1 ? "grab" : "zoom-in", touchAction: "none" }}
      >
        <img
          ref={image}
          src={src}
          alt={alt}
          draggable={false}
          data-testid={testId}
          {...imageData}
          data-scale={view.scale}
          style={{ ...stacked, maxWidth: "100%", maxHeight: "100%", transform, opacity: dimmed ? 0.6 : 1 }}
        />
        {overlay && box && (
          <img
            src={overlay.src}
            alt={overlay.alt}
            draggable={false}
            data-testid="image-overlay"
            style={{ ...stacked, width: box.width, height: box.height, transform, opacity: overlay.opacity, pointerEvents: "none" }}
          />
        )}
      </div>
      <figcaption className="row" style={{ marginTop: 8 }}>
        <button type="button" className="secondary" aria-label="Zoom in" onClick={() => zoom(STEP)}>+</button>
        <button type="button" className="secondary" aria-label="Zoom out" onClick={() => zoom(1 / STEP)}>−</button>
        <button type="button" className="secondary" onClick={() => setView(FIT)}>Fit</button>
        <span className="muted" data-testid="zoom-level" aria-live="polite">{Math.round(view.scale * 100)}%</span>
        {keyboard && <span className="muted" style={{ fontSize: 13 }}><span className="kbd">+</span> <span className="kbd">−</span> zoom, <span className="kbd">0</span> fit, arrows pan</span>}
        <a href={src} target="_blank" rel="noreferrer" style={{ marginLeft: "auto" }}>Full resolution</a>
      </figcaption>
    </figure>
  );
}
