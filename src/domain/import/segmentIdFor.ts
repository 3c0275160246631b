/**
 * A stable id for a segment: a hash of its cleaned text, so importing the same text again gives
 * the same ids (and XLIFF from another tool merges back), with the occurrence number for repeats.
 */
export function segmentIdFor(source: string, occurrence: number): string {
  const hash = cyrb53(source).toString(36);
  return occurrence === 0 ? `s${hash}` : `s${hash}-${occurrence}`;
}

// cyrb53 (public domain, bryc): a fast 53-bit string hash with good spread.
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
