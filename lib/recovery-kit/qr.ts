// The recovery kit as QR codes for a phone (docs/decisions/035-recovery-kit.md): each code is a link to the
// Web site's "Use a recovery kit" page carrying the kit, or one part of it, in the address's fragment (after
// #, which a browser never sends to a server), so a phone's camera opens the page with the kit filled in.
// The kit's JSON is deflated (a kit of two packs then fits one code); a kit too long for one code is split,
// and the page gathers the parts as they are scanned. Pure.
// This module runs in the browser too; the links are made on the server (qr-links.ts).

/** Characters of the kit per code: a QR code of about 1,100 characters still scans from a screen. */
export const QR_PART_CHARS = 1000;

export const FRAGMENT_PARAM = "kit";
const FRAGMENT = /^#?kit=(\d{1,3})\.(\d{1,3})\.([A-Za-z0-9_-]{8})\.([A-Za-z0-9_-]+)$/;

export interface KitPart {
  index: number;
  total: number;
  /** The start of the kit's signature: parts of one kit share it. */
  kitTag: string;
  chunk: string;
}

/** One part from a link's fragment (`location.hash`), or null when it holds none. */
export function parseKitFragment(hash: string): KitPart | null {
  const match = FRAGMENT.exec(hash);
  if (!match) return null;
  const [index, total] = [Number(match[1]), Number(match[2])];
  if (index < 1 || index > total) return null;
  return { index, total, kitTag: match[3]!, chunk: match[4]! };
}

/** The kit's text once every part of one kit is there (any order), else null. Browser and Node (DecompressionStream). */
export async function joinKitParts(parts: readonly KitPart[]): Promise<string | null> {
  const first = parts[0];
  if (!first) return null;
  const mine = parts.filter((p) => p.kitTag === first.kitTag && p.total === first.total);
  const chunks: string[] = [];
  for (let i = 1; i <= first.total; i++) {
    const part = mine.find((p) => p.index === i);
    if (!part) return null;
    chunks.push(part.chunk);
  }
  const base64 = chunks.join("").replace(/-/g, "+").replace(/_/g, "/");
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text();
  } catch {
    return null;
  }
}
