// What proxy.ts checks on a server-action POST (a request with a `Next-Action` header) before Next decodes
// it. Next 16 answers 500 when React's decodeReply fails on the body: not JSON, empty, a broken multipart,
// more than serverActions.bodySizeLimit (1 MB, Next's default, kept), or JSON nested so deep that its
// recursive reviver overflows the stack, or a `$`-tagged value React cannot revive (a reference to a part
// the body lacks, a BigInt that is not one: measured on next start, docs/security.md). These answer 4xx
// here instead. Pure: the proxy reads the body (a clone; Next keeps the original for the action).

/** Next's default serverActions.bodySizeLimit (next.config.ts does not change it). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** Far deeper than any argument our actions take (a form's values: 3 levels), far below the ~5,000 that overflow. */
export const ACTION_JSON_DEPTH_LIMIT = 64;

export type ActionBodyVerdict = { ok: true } | { ok: false; status: 400 | 413 | 415; reason: string };

const OK: ActionBodyVerdict = { ok: true };
const refuse = (status: 400 | 413 | 415, reason: string): ActionBodyVerdict => ({ ok: false, status, reason });

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

/**
 * A JSON text React's decodeReply can revive: it parses, nests at most ACTION_JSON_DEPTH_LIMIT deep, and
 * each `$`-tagged string is one decodeReply revives without failing (`parts`: the numbered parts the body has).
 * The root (`root`: this text is the reply's first part) is the actions' arguments, an array: Next spreads it
 * into the call, and a number or a string there was a 500 (found by the fuzzer, e2e/reliability/routes.spec.ts).
 */
export function checkReplyJson(text: string, parts: ReadonlySet<number> = new Set(), root = true): ActionBodyVerdict {
  if (text.trim() === "") return refuse(400, "an empty body");
  if (jsonDepth(text) > ACTION_JSON_DEPTH_LIMIT) return refuse(400, "JSON nested too deep");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(400, "the body is not JSON");
  }
  if (root && !Array.isArray(value)) return refuse(400, "the arguments are not a list");
  return everyString(value, (s) => !s.startsWith("$") || revivable(s, parts)) ? OK : refuse(400, "a value the server-action encoding does not know");
}

// React's parseModelString (react-server-dom-turbopack, decodeReply): tags that read nothing more ($$ escape,
// undefined, NaN, ±Infinity, -0, a Date, FormData from the body's prefixed fields) always revive; a BigInt
// only when it is one; every other tag, and a bare id, reads another numbered part of the body.
const SELF_CONTAINED = /^\$(\$|u|N|I|-|H|D|K)/;
const BIGINT = /^\$n-?\d+$/;
const REFERENCE = /^\$([@hQWiAOoUSsLlGgMmVBRrXx]?)([0-9a-f]+)$/;

function revivable(value: string, parts: ReadonlySet<number>): boolean {
  if (SELF_CONTAINED.test(value)) return true;
  if (value.startsWith("$n")) return BIGINT.test(value);
  const reference = REFERENCE.exec(value);
  return reference !== null && parts.has(parseInt(reference[2]!, 16));
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
 * named by number ("0" the arguments); the other parts are a form's own values, taken as they are.
 */
export function checkMultipartBody(byteLength: number, parsed: Iterable<[string, unknown]> | null): ActionBodyVerdict {
  if (byteLength > ACTION_BODY_LIMIT_BYTES) return refuse(413, "the body is over 1 MB");
  if (!parsed) return refuse(400, "a broken multipart body");
  const entries = [...parsed];
  const numbered = entries.filter(([name]) => /^\d{1,9}$/.test(name));
  const ids = new Set(numbered.map(([name]) => Number(name)));
  for (const [name, value] of numbered) {
    if (typeof value !== "string") continue;
    const verdict = checkReplyJson(value, ids, Number(name) === 0);
    if (!verdict.ok) return verdict;
  }
  return entries.length > 0 ? OK : refuse(400, "an empty multipart body");
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
