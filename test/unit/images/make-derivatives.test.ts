import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { makeDerivatives, THUMBNAIL_MAX_SIDE, workingSize } from "@/server/images/make-derivatives";
import { hashTrainingPixels, perceptualHash } from "@/server/images/perceptual-hash";
import { patternImage } from "./generate-test-images";

describe("workingSize", () => {
  it("is the smallest size that keeps a 320 px thumbnail and a 224 px training short side, never enlarged", () => {
    expect(workingSize(1024, 1024)).toEqual({ width: 320, height: 320 }); // the thumbnail decides
    expect(workingSize(4000, 3000)).toEqual({ width: 320, height: 240 });
    expect(workingSize(2000, 1000)).toEqual({ width: 448, height: 224 }); // the training short side decides
    expect(workingSize(300, 3000)).toEqual({ width: 224, height: 2240 });
    expect(workingSize(400, 300)).toEqual({ width: 320, height: 240 });
    expect(workingSize(100, 60)).toEqual({ width: 100, height: 60 }); // small images as they are
  });
});

describe("makeDerivatives", () => {
  it("derives every copy from one decode, and hashes the training pixels it stored", async () => {
    const bytes = await patternImage({ seed: 5, width: 1600, height: 1200 }).jpeg({ quality: 90 }).toBuffer();
    const { thumbnail, training, phash } = await makeDerivatives(sharp(bytes), { width: 1600, height: 1200 });
    const thumb = await sharp(thumbnail).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(["jpeg", THUMBNAIL_MAX_SIDE, 240]);
    const stored = await sharp(training).raw().toBuffer({ resolveWithObject: true });
    expect([stored.info.format, stored.info.width, stored.info.height, stored.info.channels]).toEqual(["raw", 224, 224, 3]);
    // Lossless: the stored PNG gives back exactly the pixels the hash was computed from.
    expect(hashTrainingPixels(stored.data)).toBe(phash);
    // The same definition as perceptualHash of the upload, up to the working copy's extra resize.
    const direct = await perceptualHash(bytes);
    let distance = 0;
    for (let i = 0; i < 16; i++) distance += [...(parseInt(direct[i], 16) ^ parseInt(phash[i], 16)).toString(2)].filter((b) => b === "1").length;
    expect(distance).toBeLessThanOrEqual(2);
  });
});
