// The recovery kit's QR codes' links, made on the server (lib/recovery-kit/qr.ts has the format and reads it
// back in the browser): the kit's canonical JSON deflated, base64url, split in parts of QR_PART_CHARS.
import { deflateRawSync } from "node:zlib";
import { canonicalJson } from "./format";
import { FRAGMENT_PARAM, QR_PART_CHARS } from "./qr";

/** The links to put in QR codes, one per part, `page` being the Web site's "Use a recovery kit" page. */
export function kitQrLinks(kit: { signature: string }, page: string): string[] {
  const encoded = deflateRawSync(Buffer.from(canonicalJson(kit), "utf8")).toString("base64url");
  const total = Math.max(1, Math.ceil(encoded.length / QR_PART_CHARS));
  const tag = kit.signature.slice(0, 8);
  return Array.from({ length: total }, (_, i) => `${page}#${FRAGMENT_PARAM}=${i + 1}.${total}.${tag}.${encoded.slice(i * QR_PART_CHARS, (i + 1) * QR_PART_CHARS)}`);
}
