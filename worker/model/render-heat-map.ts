// Encodes a Grad-CAM map as a small PNG overlay: upsampled smoothly to `size` pixels square (the
// training view squashes the painting to a square, so stretching this over the painting lines it
// up), coloured blue -> red with opacity rising with the value, so where the model did not look
// stays transparent over the painting.
import sharp from "sharp";
import type { GradCam } from "./grad-cam";

export const HEAT_MAP_SIZE = 56;

// A "jet"-like ramp: blue, cyan, yellow, red.
function colour(value: number): [number, number, number] {
  const stops: [number, [number, number, number]][] = [[0, [0, 0, 255]], [0.35, [0, 255, 255]], [0.65, [255, 255, 0]], [1, [255, 0, 0]]];
  for (let i = 1; i < stops.length; i++) {
    const [to, high] = stops[i]!;
    const [from, low] = stops[i - 1]!;
    if (value <= to) {
      const t = (value - from) / (to - from);
      return [0, 1, 2].map((c) => Math.round(low[c]! + (high[c]! - low[c]!) * t)) as [number, number, number];
    }
  }
  return [255, 0, 0];
}

export async function renderHeatMap({ map, width, height }: Pick<GradCam, "map" | "width" | "height">, size = HEAT_MAP_SIZE): Promise<Buffer> {
  const grey = Buffer.from(Array.from(map, (value) => Math.round(Math.min(1, Math.max(0, value)) * 255)));
  const upsampled = await sharp(grey, { raw: { width, height, channels: 1 } })
    .resize(size, size, { fit: "fill", kernel: width < size ? "cubic" : "lanczos3" })
    .extractChannel(0) // one value per pixel, whatever colourspace sharp chose for the resize
    .raw()
    .toBuffer();
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const value = upsampled[i]! / 255;
    const [r, g, b] = colour(value);
    rgba.set([r, g, b, Math.round(255 * Math.min(1, value * 1.25))], i * 4);
  }
  return sharp(rgba, { raw: { width: size, height: size, channels: 4 } }).png({ compressionLevel: 9 }).toBuffer();
}

/** Reads an overlay PNG's opacity back as a [0, 1] map (for tests and checks). */
export async function readHeatMapAlpha(png: Buffer): Promise<{ alpha: Float32Array; size: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const alpha = new Float32Array(info.width * info.height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = data[i * 4 + 3]! / 255;
  return { alpha, size: info.width };
}
