// What proxy.ts checks on a server-action POST (a request with a `Next-Action` header) before Next decodes
// it. Next 16 answers 500 when React's decodeReply fails on the body: not JSON, empty, a broken multipart,
// more than serverActions.bodySizeLimit (1 MB, Next's default, kept), or JSON nested so deep that its
// recursive reviver overflows the stack, or a `$`-tagged value React cannot revive (a reference to a part
// the body lacks, a BigInt that is not one: measured on next start, docs/security.md). These answer 4xx
// here instead. Pure: the proxy reads the body (a clone; Next keeps the original for the action).
import { isStorableText } from "@/lib/forms/text";

/** Next's default serverActions.bodySizeLimit (next.config.ts does not change it). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** Far deeper than any argument our actions take (a form's values: 3 levels), far below the ~5,000 that overflow. */
const ACTION_JSON_DEPTH_LIMIT = 64;

export type ActionBodyVerdict = { ok: true } | { ok: false; status: 400 | 403 | 413 | 415; reason: string };

const OK: ActionBodyVerdict = { ok: true };
const refuse = (status: 400 | 403 | 413 | 415, reason: string): ActionBodyVerdict => ({ ok: false, status, reason });

/**
 * Next's own check of a server action's Origin (action-handler.js), answered 403 here: Next aborts an action
 * whose Origin names another host than X-Forwarded-Host (or else Host), which server/forwarded-headers.mjs
 * has set to the trusted value, but answers that with a 500, and a malformed Origin (`new URL` throws) too;
 * `null` (a sandboxed frame, a redirect across origins) counts as another host. No Origin is let through, as
 * Next does: a browser sends one with every POST, and a hand-made request carries no one's cookies.
 */
export function checkActionOrigin(origin: string | null, host: string | null, forwardedHost: string | null): ActionBodyVerdict {
  if (origin === null) return OK;
  const expected = forwardedHost?.split(",")[0]?.trim() || host;
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    return refuse(403, "the Origin header is not an origin");
  }
  return originHost && expected && originHost === expected ? OK : refuse(403, "a server action called from another site");
}

export type ActionBodyKind = "text" | "multipart";

/** What the fetch of a server action sends: its reply as text/plain JSON, or multipart with a boundary. */
export function actionBodyKind(contentType: string | null): ActionBodyKind | ActionBodyVerdict {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "text/plain") return "text";
  if (type === "multipart/form-data") return /;\s*boundary=("[^"]+"|[^;\s]+)/i.test(contentType ?? "") ? "multipart" : refuse(400, "a multipart body without a boundary");
  return refuse(415, "a server action takes text/plain or multipart/form-data");
}

/** The declared length, before anything is read. */
export function checkDeclaredLength(contentLength: string | null): ActionBodyVerdict {
  if (contentLength === null) return OK;
  const length = Number(contentLength);
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES ? refuse(413, "the body is over 1 MB") : OK;
}

/** A `$`-tagged string that names another numbered part of the body, and what it makes of that part. */
interface Reference {
  tag: string;
  id: number;
}

/** A numbered part: a JSON model (its root's kind and what it references) or a file's bytes. */
type Part = { kind: "json"; array: boolean; references: Reference[] } | { kind: "blob"; size: number };

type Parsed = { ok: true; part: Part } | ActionBodyVerdict & { ok: false };

/**
 * A JSON text React's decodeReply can revive: it parses, nests at most ACTION_JSON_DEPTH_LIMIT deep, and
 * each `$`-tagged string is one decodeReply revives without failing (`parts`: the numbered parts the body has).
 * The root (`root`: this text is the reply's first part) is the actions' arguments, an array: Next spreads it
 * into the call, and a number or a string there was a 500 (found by the fuzzer, e2e/reliability/routes.spec.ts).
 */
export function checkReplyJson(text: string, parts: ReadonlySet<number> = new Set(), root = true): ActionBodyVerdict {
  const parsed = parseModel(text, root);
  if (!parsed.ok) return parsed;
  if (parsed.part.kind !== "json") return OK;
  return parsed.part.references.every((r) => parts.has(r.id)) ? OK : refuse(400, "a value the server-action encoding does not know");
}

function parseModel(text: string, root: boolean): Parsed {
  if (text.trim() === "") return refuse(400, "an empty body") as Parsed;
  if (jsonDepth(text) > ACTION_JSON_DEPTH_LIMIT) return refuse(400, "JSON nested too deep") as Parsed;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(400, "the body is not JSON") as Parsed;
  }
  if (root && !Array.isArray(value)) return refuse(400, "the arguments are not a list") as Parsed;
  const references: Reference[] = [];
  let refused: ActionBodyVerdict | null = null;
  everyString(value, (s) => {
    if (!s.startsWith("$") || SELF_CONTAINED.test(s)) return true;
    if (s.startsWith("$n")) return BIGINT.test(s) || Boolean((refused = refuse(400, "a value the server-action encoding does not know")));
    const reference = REFERENCE.exec(s);
    if (!reference) return Boolean((refused = refuse(400, "a value the server-action encoding does not know")));
    if (UNTAKEN.test(reference[1]!)) return Boolean((refused = refuse(400, "a server function or a stream as an argument, which no action here takes")));
    references.push({ tag: reference[1]!, id: parseInt(reference[2]!, 16) });
    return true;
  });
  return refused ? (refused as Parsed) : { ok: true, part: { kind: "json", array: Array.isArray(value), references } };
}

// React's parseModelString (react-server-dom-turbopack, decodeReply): tags that read nothing more ($$ escape,
// undefined, NaN, ±Infinity, -0, a Date, FormData from the body's prefixed fields) always revive; a BigInt
// only when it is one; every other tag, and a bare id, reads another numbered part of the body.
const SELF_CONTAINED = /^\$(\$|u|N|I|-|H|D|K)/;
const BIGINT = /^\$n-?\d+$/;
const REFERENCE = /^\$([@hQWiAOoUSsLlGgMmVBRrXx]?)([0-9a-f]+)$/;
// A server function ($h: React loads the module its id names, and an unknown id is a 500) or a stream or
// async iterable ($R $r $X $x, which wait for parts that may never come): no action of ours takes one, and
// our clients never send one, so they are refused rather than modelled.
const UNTAKEN = /^[hRrXx]$/;
// A Map, Set or iterator reads a JSON array part, once ("Already initialized Map" otherwise).
const FROM_ARRAY = /^[QWi]$/;
// A typed array (its element width in bytes), an ArrayBuffer, a DataView or a Blob reads a file part; the
// typed ones once ("Already initialized typed array") and a whole number of elements long.
const FROM_BYTES: Record<string, number> = { A: 1, O: 1, o: 1, U: 1, S: 2, s: 2, L: 4, l: 4, G: 4, g: 8, M: 8, m: 8, V: 1, B: 1 };
/** Far longer than anything encodeReply makes of our actions' arguments (none outlines a part in a part). */
export const ACTION_REFERENCE_CHAIN_LIMIT = 32;

/**
 * The references between the numbered parts, as decodeReply resolves them from part 0: each names a part
 * the body has, of the kind its tag reads (a JSON array for a Map, a file for a typed array...), a part read
 * once is read once, and no chain of references loops or runs longer than ACTION_REFERENCE_CHAIN_LIMIT
 * (a loop left the action waiting and a chain of 3,000 overflowed React's recursion: 500s before).
 */
function checkReferences(parts: ReadonlyMap<number, Part>): ActionBodyVerdict {
  const uses = new Map<number, number>();
  for (const part of parts.values()) if (part.kind === "json") for (const r of part.references) uses.set(r.id, (uses.get(r.id) ?? 0) + 1);
  for (const part of parts.values()) {
    if (part.kind !== "json") continue;
    for (const { tag, id } of part.references) {
      const target = parts.get(id);
      if (!target) return refuse(400, "a reference to a part the body lacks");
      const width = FROM_BYTES[tag];
      if (width !== undefined) {
        if (target.kind !== "blob" || target.size % width !== 0) return refuse(400, "a reference to a part of the wrong kind");
        if (tag !== "B" && uses.get(id)! > 1) return refuse(400, "a part read twice");
      } else if (target.kind !== "json" || (FROM_ARRAY.test(tag) && !target.array)) return refuse(400, "a reference to a part of the wrong kind");
      else if (FROM_ARRAY.test(tag) && uses.get(id)! > 1) return refuse(400, "a part read twice");
    }
  }
  return chainLength(parts) <= ACTION_REFERENCE_CHAIN_LIMIT ? OK : refuse(400, "references that loop or run too long");
}

/** The longest chain of references between JSON parts from part 0; Infinity when one loops. Iterative. */
function chainLength(parts: ReadonlyMap<number, Part>): number {
  const depth = new Map<number, number>(); // finished parts: the longest chain from each
  const onPath = new Set<number>();
  const stack: { id: number; next: number }[] = [{ id: 0, next: 0 }];
  onPath.add(0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const part = parts.get(frame.id);
    const references = part?.kind === "json" ? part.references.filter((r) => parts.get(r.id)?.kind === "json") : [];
    if (frame.next < references.length) {
      const child = references[frame.next++]!.id;
      if (onPath.has(child)) return Infinity;
      if (!depth.has(child)) {
        if (stack.length > ACTION_REFERENCE_CHAIN_LIMIT) return Infinity;
        onPath.add(child);
        stack.push({ id: child, next: 0 });
      }
      continue;
    }
    depth.set(frame.id, Math.max(0, ...references.map((r) => 1 + depth.get(r.id)!)));
    onPath.delete(frame.id);
    stack.pop();
  }
  return depth.get(0) ?? 0;
}

/** Whether `test` holds for every string in a parsed JSON value (its depth is bounded by the caller). */
function everyString(value: unknown, test: (s: string) => boolean): boolean {
  if (typeof value === "string") return test(value);
  if (Array.isArray(value)) return value.every((item) => everyString(item, test));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => everyString(item, test));
  return true;
}

/** The text/plain body, as bytes read. */
export function checkTextBody(bytes: Uint8Array): ActionBodyVerdict {
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return refuse(413, "the body is over 1 MB");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(400, "the body is not UTF-8");
  }
  return checkReplyJson(text);
}

/**
 * The multipart body, once parsed (`parsed` null: it did not parse). React puts the reply's JSON in parts
 * named by number ("0" the arguments) and a typed array's or Blob's bytes in numbered file parts; the other
 * parts are a form's own values, taken as they are, but for a file's name, which must be storable text
 * (lib/forms/text.ts: a NUL in it reached the action).
 */
export function checkMultipartBody(byteLength: number, parsed: Iterable<[string, unknown]> | null): ActionBodyVerdict {
  if (byteLength > ACTION_BODY_LIMIT_BYTES) return refuse(413, "the body is over 1 MB");
  if (!parsed) return refuse(400, "a broken multipart body");
  const entries = [...parsed];
  if (entries.length === 0) return refuse(400, "an empty multipart body");
  const parts = new Map<number, Part>();
  for (const [name, value] of entries) {
    if (isFile(value) && !isStorableText(value.name)) return refuse(400, "a file name with invisible or broken characters");
    if (!/^\d{1,9}$/.test(name)) continue;
    const id = Number(name);
    if (parts.has(id)) return refuse(400, "a part named twice");
    if (typeof value !== "string") {
      parts.set(id, { kind: "blob", size: isFile(value) ? value.size : 0 });
      continue;
    }
    const model = parseModel(value, id === 0);
    if (!model.ok) return model;
    parts.set(id, model.part);
  }
  if (parts.get(0)?.kind !== "json") return refuse(400, "no arguments");
  return checkReferences(parts);
}

function isFile(value: unknown): value is Blob & { name: string } {
  return typeof Blob !== "undefined" && value instanceof Blob && typeof (value as { name?: unknown }).name === "string";
}

/** The deepest nesting of arrays and objects, outside strings; linear, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}
