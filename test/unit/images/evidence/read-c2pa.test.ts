import { describe, expect, it } from "vitest";
import { parseDigitalSourceType, isAlgorithmicSource } from "@/server/images/evidence/parse-xmp";
import { readC2pa } from "@/server/images/evidence/read-c2pa";
import { c2paManifestStore, TRAINED_ALGORITHMIC, xmpPacket } from "@/test/fixtures/evidence-files";

describe("readC2pa", () => {
  it("recognises a manifest store and reads its claim generator", () => {
    expect(readC2pa(c2paManifestStore("Adobe Firefly 2.0"))).toEqual({ hasC2pa: true, claimGenerator: "Adobe Firefly 2.0" });
    const long = "OpenAI DALL·E 3 via ChatGPT c2pa-rs/0.28.1";
    expect(readC2pa(c2paManifestStore(long)).claimGenerator).toBe(long);
  });

  it("refuses a JUMBF box with another label, and nothing at all", () => {
    const other = c2paManifestStore("x");
    other.write("xxxx", 33, "latin1");
    expect(readC2pa(other).hasC2pa).toBe(false);
    expect(readC2pa(null).hasC2pa).toBe(false);
    expect(readC2pa(Buffer.from("jumb")).hasC2pa).toBe(false);
  });
});

describe("parseDigitalSourceType", () => {
  it("reads the attribute, element and rdf:resource forms", () => {
    expect(parseDigitalSourceType(xmpPacket(TRAINED_ALGORITHMIC))).toBe(TRAINED_ALGORITHMIC);
    expect(parseDigitalSourceType(`<Iptc4xmpExt:DigitalSourceType>\n ${TRAINED_ALGORITHMIC} </Iptc4xmpExt:DigitalSourceType>`)).toBe(TRAINED_ALGORITHMIC);
    expect(parseDigitalSourceType(`<Iptc4xmpExt:DigitalSourceType rdf:resource="${TRAINED_ALGORITHMIC}"/>`)).toBe(TRAINED_ALGORITHMIC);
    expect(parseDigitalSourceType("<x:xmpmeta/>")).toBeNull();
  });

  it("tells model-made sources from camera ones", () => {
    expect(isAlgorithmicSource(TRAINED_ALGORITHMIC)).toBe(true);
    expect(isAlgorithmicSource("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia")).toBe(true);
    expect(isAlgorithmicSource("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture")).toBe(false);
  });
});
