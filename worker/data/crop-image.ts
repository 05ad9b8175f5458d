// Crops instead of shrinking: the stored training copy is 224x224, and squashing it to the
// network's 64 px averages away the pixel-level traces a generator leaves. Training takes a random
// input-sized window (and a mirror half the time), the way ImageNet models are trained; validation,
// test and scoring average the predictions of a grid of windows that covers the whole image.
export type Crop = { x: number; y: number; flip: boolean };

/** A uniformly placed window of side `crop` inside a `size` square, mirrored with probability 1/2. */
export function randomCrop(random: () => number, size: number, crop: number, { flip = true }: { flip?: boolean } = {}): Crop {
  checkSizes(size, crop);
  const x = Math.floor(random() * (size - crop + 1));
  const y = Math.floor(random() * (size - crop + 1));
  return { x, y, flip: flip && random() < 0.5 };
}

/**
 * ceil(size / crop)^2 windows, evenly spaced from corner to corner, so together they cover every
 * pixel (one window when size == crop). Row-major, unmirrored.
 */
export function gridCrops(size: number, crop: number): Crop[] {
  checkSizes(size, crop);
  const perSide = Math.ceil(size / crop);
  const step = perSide === 1 ? 0 : (size - crop) / (perSide - 1);
  const at = Array.from({ length: perSide }, (_, i) => Math.round(i * step));
  return at.flatMap((y) => at.map((x) => ({ x, y, flip: false })));
}

/**
 * Copies the window of an HWC RGB image (8-bit, `size` square) into `out` at `offset` as floats
 * in [0, 1], mirrored left-right when `flip`.
 */
export function cropInto(pixels: Uint8Array, size: number, crop: number, { x, y, flip }: Crop, out: Float32Array, offset = 0): void {
  checkSizes(size, crop);
  if (pixels.length !== size * size * 3) throw new RangeError(`expected ${size * size * 3} values, got ${pixels.length}`);
  if (x < 0 || y < 0 || x + crop > size || y + crop > size) throw new RangeError(`window (${x}, ${y}) + ${crop} leaves the ${size} image`);
  for (let row = 0; row < crop; row++) {
    const source = ((y + row) * size + x) * 3;
    const target = offset + row * crop * 3;
    for (let col = 0; col < crop; col++) {
      const from = source + (flip ? crop - 1 - col : col) * 3;
      const to = target + col * 3;
      out[to] = pixels[from]! / 255;
      out[to + 1] = pixels[from + 1]! / 255;
      out[to + 2] = pixels[from + 2]! / 255;
    }
  }
}

function checkSizes(size: number, crop: number) {
  if (!Number.isInteger(size) || !Number.isInteger(crop) || crop < 1 || crop > size) {
    throw new RangeError(`crop must be an integer in [1, ${size}], got ${crop}`);
  }
}
