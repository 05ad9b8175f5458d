// The IPTC DigitalSourceType in an XMP packet (Iptc4xmpExt:DigitalSourceType), as an attribute or
// an element. Generators mark their output "trainedAlgorithmicMedia" (or "compositeWithTrained
// AlgorithmicMedia"); cameras "digitalCapture". A regular expression over the packet, not an XML
// parser: the value is all we need and the packet is untrusted.
const ATTRIBUTE = /DigitalSourceType\s*=\s*["']([^"']{1,512})["']/;
const ELEMENT = /<(?:[\w-]+:)?DigitalSourceType(?:\s+[^>]*)?>\s*([^<]{1,512}?)\s*</;
const RESOURCE = /<(?:[\w-]+:)?DigitalSourceType\s+[^>]*rdf:resource\s*=\s*["']([^"']{1,512})["']/;

export function parseDigitalSourceType(xmp: string): string | null {
  const match = RESOURCE.exec(xmp) ?? ATTRIBUTE.exec(xmp) ?? ELEMENT.exec(xmp);
  return match ? match[1]!.trim() || null : null;
}

/** Whether a DigitalSourceType says a model made (or helped make) the image. */
export function isAlgorithmicSource(sourceType: string | null): boolean {
  return !!sourceType && /algorithmicmedia/i.test(sourceType);
}
