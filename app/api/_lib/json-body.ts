// Reads a JSON request body with a size cap, for the route handlers under app/api. Every way a body can be
// wrong (wrong content type, too big, not JSON) is answered with its own 4xx, never a 500.

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

export function problem(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get("content-type") ?? "";
  // Only application/json: a cross-site HTML form cannot send it without a CORS preflight.
  if (!/^application\/json\s*(;|$)/i.test(type)) return { ok: false, response: problem(415, "Send the body as application/json") };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, response: problem(413, `The body must be at most ${maxBytes} bytes`) };
  const text = await readCapped(request, maxBytes);
  if (text === null) return { ok: false, response: problem(413, `The body must be at most ${maxBytes} bytes`) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: problem(400, "The body is not valid JSON") };
  }
}

/**
 * A form body (urlencoded or multipart) with the same cap, for the route handlers outside app/api: nothing
 * reads more than `maxBytes` of a body, however large it claims or turns out to be (issue 13).
 */
export async function readFormBody(request: Request, maxBytes: number): Promise<{ ok: true; form: FormData } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i.test(type)) return { ok: false, response: problem(415, "Send the form") };
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return { ok: false, response: problem(413, `The body must be at most ${maxBytes} bytes`) };
  const text = await readCapped(request, maxBytes);
  if (text === null) return { ok: false, response: problem(413, `The body must be at most ${maxBytes} bytes`) };
  // Parsed from the capped copy; formData() throws on a broken multipart body.
  const form = await new Response(text, { headers: { "content-type": type } }).formData().catch(() => null);
  return form ? { ok: true, form } : { ok: false, response: problem(400, "The form is broken") };
}

/** The body as text, or null once it passes maxBytes (a chunked body has no Content-Length to trust). */
async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
