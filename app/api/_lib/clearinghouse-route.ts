// What the Clearinghouse's JSON routes for the console's Automatic connection share: read and validate the
// body (415/413/400 from json-body.ts, never a 500), and answer 503 with Retry-After when the database cannot
// be reached, so the console tells the person to try again (each request is idempotent: see server-records.ts).
import type { z } from "zod";
import { isDatabaseUnavailable } from "./database-unavailable";
import { problem, readJsonBody } from "./json-body";

export async function clearinghouseRoute<S extends z.ZodType>(request: Request, schema: S, handle: (body: z.output<S>) => Promise<Response>): Promise<Response> {
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return problem(400, "Some of the information is missing or not valid", { issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
  try {
    return await handle(parsed.data);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const response = problem(503, "The Clearinghouse cannot take requests for a moment. Try again.");
    response.headers.set("Retry-After", "1");
    return response;
  }
}

export function answer(value: Record<string, unknown>, status = 200): Response {
  return Response.json(value, { status, headers: { "Cache-Control": "no-store" } });
}
