// The recovery kit as QR codes for a phone (docs/decisions/035-recovery-kit.md): each code is a link to the
// Web site's "Use a recovery kit" page carrying the kit, or one part of it, in the address's fragment (after
// #, which a browser never sends to a server), so a phone's camera opens the page with the kit filled in.
// A kit too long for one code is split; the page gathers the parts as they are scanned. Pure.
import { canonicalJson } from "./format";

/** Characters of the kit per code: a QR code of about 1,100 characters still scans from a screen. */
export const QR_PART_CHARS = 1000;

const FRAGMENT = /^#?kit=(\d{1,3})\.(\d{1,3})\.([A-Za-z0-9_-]{8})\.([A-Za-z0-9_-]+)$/;

export interface KitPart {
  index: number;
  total: number;
  /** The start of the kit's signature: parts of one kit share it. */
  kitTag: string;
  chunk: string;
}

/** The links to put in QR codes, one per part, `page` being the Web site's "Use a recovery kit" page. */
export function kitQrLinks(kit: { signature: string }, page: string): string[] {
  const encoded = Buffer.from(canonicalJson(kit), "utf8").toString("base64url");
  const total = Math.max(1, Math.ceil(encoded.length / QR_PART_CHARS));
  const tag = kit.signature.slice(0, 8);
  return Array.from({ length: total }, (_, i) => `${page}#kit=${i + 1}.${total}.${tag}.${encoded.slice(i * QR_PART_CHARS, (i + 1) * QR_PART_CHARS)}`);
}

/** One part from a link's fragment (`location.hash`), or null when it holds none. */
export function parseKitFragment(hash: string): KitPart | null {
  const match = FRAGMENT.exec(hash);
  if (!match) return null;
  const [index, total] = [Number(match[1]), Number(match[2])];
  if (index < 1 || index > total) return null;
  return { index, total, kitTag: match[3]!, chunk: match[4]! };
}

/** The kit's text once every part of one kit is there (any order), else null. Browser and Node. */
export function joinKitParts(parts: readonly KitPart[]): string | null {
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
    return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
