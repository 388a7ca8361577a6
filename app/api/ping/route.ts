// A route that touches no database: the framework's floor, measured beside the submission route by
// bench/submissions.ts. It reads and answers JSON like that route, so the two differ only in the database.
import { readJsonBody } from "../_lib/json-body";

export async function POST(request: Request) {
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
