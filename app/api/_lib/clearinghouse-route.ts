// What the web site's scripted routes share (the Clearinghouse's JSON routes for the console's Automatic
// connection, and the receipt download): read and validate the body (415/413/400 from json-body.ts, never a
// 500); count the request against the same per-address limit as the web site's form for the same thing
// (lib/clearinghouse/public-limits.ts: one counter per limit and address, so the form and the route together
// get the limit once), answering 429 with Retry-After past it; and answer 503 with Retry-After when the
// database cannot be reached, so the console tells the person to try again (each request is idempotent: see
// server-records.ts).
import type { z } from "zod";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { VOUCHED_ADDRESS_HEADER, vouchedAddress } from "@/lib/auth/vouched-address";
import { checkPublicLimit, type PublicLimit } from "@/lib/clearinghouse/public-limits";
import { getDb } from "@/lib/db";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { isDatabaseUnavailable } from "./database-unavailable";
import { problem, readJsonBody } from "./json-body";

export interface RouteRules<S extends z.ZodType> {
  schema: S;
  /** The form's limit this route shares (public-limits.ts). */
  limit: PublicLimit;
  /** The answer to a body the schema refuses; by default 400 with the issues. */
  invalid?: (error: z.ZodError) => Response;
}

export async function clearinghouseRoute<S extends z.ZodType>(request: Request, rules: RouteRules<S>, handle: (body: z.output<S>) => Promise<Response>): Promise<Response> {
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const parsed = rules.schema.safeParse(body.value);
  if (!parsed.success) {
    return rules.invalid?.(parsed.error) ?? problem(400, "Some of the information is missing or not valid", { issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
  }
  try {
    return (await refuseOverPublicLimit(request, rules.limit)) ?? (await handle(parsed.data));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const response = problem(503, "The Clearinghouse cannot take requests for a moment. Try again.");
    response.headers.set("Retry-After", "1");
    return response;
  }
}

/**
 * Counts one use of `limit` by this request's client: the address server/index.mjs established
 * (lib/auth/client-address.ts), or the one the console vouched for (lib/auth/vouched-address.ts). Null when
 * allowed; else the 429 to answer, with Retry-After in seconds and the form's own words.
 */
export async function refuseOverPublicLimit(request: Request, limit: PublicLimit, format: "json" | "text" = "json", now = new Date()): Promise<Response | null> {
  const db = await getDb();
  const address = vouchedAddress(await getKeyPackSecrets(db), request.headers.get(VOUCHED_ADDRESS_HEADER), now) ?? clientAddressFrom(request.headers);
  const refused = await checkPublicLimit(db, limit, address, now);
  if (!refused) return null;
  const response =
    format === "json"
      ? problem(429, refused.message)
      : new Response(`${refused.message}\n`, { status: 429, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  response.headers.set("Retry-After", String(Math.max(1, Math.ceil((refused.retryAt.getTime() - now.getTime()) / 1000))));
  return response;
}

export function answer(value: Record<string, unknown>, status = 200): Response {
  return Response.json(value, { status, headers: { "Cache-Control": "no-store" } });
}
