// Route handlers, and the pages' own query strings and path segments, with malformed, oversized, missing
// and hostile values: always an answer below 500, and the JSON submit route answers with the right 4xx.
import fc from "fast-check";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-token";
import { DRAFT_COOKIE } from "@/lib/clearinghouse/steps";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks } from "@/prisma/console-factories";
import { createStaffSession } from "@/prisma/helpdesk-factories";
import { newStaff, signedIn } from "../helpdesk/support";
import { QUEUE_DATE_MESSAGES } from "@/lib/helpdesk/queue-params";
import { actionId, encodeReply } from "./support/action-protocol";
import { FUZZ_RUNS, HOSTILE_STRINGS, hostileString, hostileValue, FUZZ_TIMEOUT } from "./support/hostile";

const bodyText = fc.oneof(
  hostileValue.map((v) => JSON.stringify(v) ?? "undefined"),
  hostileValue.map((v) => JSON.stringify({ draftId: v }) ?? "{}"),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constant(`{"draftId": "${"a".repeat(5_000)}"}`),
  fc.constant("x".repeat(1_100_000)),
);
const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "");

async function post(request: APIRequestContext, url: string, body: string, type: string, cookie?: string) {
  const response = await request.post(url, {
    data: body,
    headers: { ...(type ? { "Content-Type": type } : {}), ...(cookie ? { Cookie: cookie } : {}) },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return response.status();
}

async function get(request: APIRequestContext, url: string, cookie?: string) {
  const response = await request.get(url, { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0, failOnStatusCode: false });
  return response.status();
}

/** A path segment or query value as a client may send it: percent-encoded, NUL and all, or broken escapes. */
const segment = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(hostileString, fc.constantFrom(...HOSTILE_STRINGS)).map((s) => encodeURIComponent(s.slice(0, 3_000).toWellFormed())) },
  { weight: 1, arbitrary: fc.constantFrom("%", "%E0%A4%A", "%ZZ", "%C0%AF", "%FF") },
);

async function staffCookie(db: Database) {
  const user = await newStaff(db, "SUPERVISOR");
  return `${SESSION_COOKIE_NAME}=${await createStaffSession(db, user.id)}`;
}

test.describe("route handlers and page parameters with hostile input", () => {
  test.describe.configure({ timeout: FUZZ_TIMEOUT });

  test("POST /api/licensing/submissions answers 4xx to every malformed body", async ({ request, db }) => {
    await fc.assert(
      fc.asyncProperty(bodyText, contentType, async (body, type) => {
        const status = await post(request, "/api/licensing/submissions", body, type);
        expect(status).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS * 2 },
    );
    // Each refusal has its own status: wrong type, too big, not JSON, wrong shape, unknown draft, incomplete draft.
    const draftId = (await createDraft(db, { ...completeDraft(), companyName: null })).id;
    expect(await post(request, "/api/licensing/submissions", JSON.stringify({ draftId }), "text/plain")).toBe(415);
    expect(await post(request, "/api/licensing/submissions", JSON.stringify({ draftId: "a".repeat(2_000) }), "application/json")).toBe(413);
    expect(await post(request, "/api/licensing/submissions", "{draftId:", "application/json")).toBe(400);
    expect(await post(request, "/api/licensing/submissions", JSON.stringify({ draftId: 5 }), "application/json")).toBe(400);
    expect(await post(request, "/api/licensing/submissions", JSON.stringify({ draftId: crypto.randomUUID() }), "application/json")).toBe(404);
    expect(await post(request, "/api/licensing/submissions", JSON.stringify({ draftId }), "application/json")).toBe(422);
    expect(await db.recoveryRequest.count({ where: { draftId } })).toBe(0);
    // And a complete draft is submitted once, whatever the number of posts.
    const { credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 10 });
    const complete = await createDraft(db, completeDraft({ agreementNumber: credential.agreementNumber }));
    expect(await post(request, "/api/licensing/submissions", JSON.stringify({ draftId: complete.id }), "application/json")).toBe(201);
    expect(await post(request, "/api/licensing/submissions", JSON.stringify({ draftId: complete.id }), "application/json")).toBe(200);
    expect(await db.recoveryRequest.count({ where: { draftId: complete.id } })).toBe(1);
  });

  test("the other route handlers", async ({ request, db }) => {
    const server = await createServerWithPacks(db, { packs: [] });
    const cookie = await staffCookie(db);
    await fc.assert(
      fc.asyncProperty(bodyText, contentType, segment, segment, async (body, type, a, b) => {
        const answers = {
          "POST /api/ping": await post(request, "/api/ping", body, type),
          "POST /licensing/receipt": await post(request, "/licensing/receipt", body, type),
          "GET /licensing/receipt": await get(request, "/licensing/receipt", `${DRAFT_COOKIE}=${a}`),
          "GET csv (server id)": await get(request, `/console/servers/${a}/installed-rds-cals.csv?run=${b}`),
          "GET csv (run)": await get(request, `/console/servers/${server.id}/installed-rds-cals.csv?run=${b}`),
          "GET export": await get(request, `/helpdesk/entitlements/export?x=${a}`, cookie),
          "GET export (session)": await get(request, `/helpdesk/entitlements/export`, `${SESSION_COOKIE_NAME}=${a}`),
        };
        for (const [what, status] of Object.entries(answers)) expect(status, what).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  test("pages with hostile path segments and query strings", async ({ request, db }) => {
    const server = await createServerWithPacks(db, { packs: [] });
    const cookie = await staffCookie(db);
    const draft = await createDraft(db, completeDraft());
    const pages = (a: string, b: string): [string, string | undefined][] => [
      [`/console?server=${a}`, undefined],
      [`/console/servers/${a}/properties`, undefined],
      [`/console/servers/${a}/manage-cals/${b}`, undefined],
      [`/console/servers/${server.id}/manage-cals/${b}`, undefined],
      [`/licensing?licenseServerId=${a}`, undefined],
      [`/licensing/manage-cals/company?returnTo=${a}`, `${DRAFT_COOKIE}=${draft.id}`],
      [`/licensing/manage-cals/verify`, `${DRAFT_COOKIE}=${a}`],
      [`/licensing/status?reference=${a}`, undefined],
      [`/helpdesk/sign-in?returnTo=${a}&signed-out=${b}`, undefined],
      [`/helpdesk/requests?q=${a}&status=${b}&program=${b}&from=${a}&to=${b}&sort=${a}&after=${b}`, cookie],
      [`/helpdesk/requests?before=${a}`, cookie],
      [`/helpdesk/requests/${a}`, cookie],
      [`/helpdesk/entitlements?q=${a}&program=${b}`, cookie],
      [`/helpdesk/entitlements/${a}`, cookie],
      [`/helpdesk/staff/${a}`, cookie],
      [`/helpdesk/audit?entityType=${a}&action=${b}&actor=${a}&after=${b}`, cookie],
      // Repeated parameters arrive as arrays.
      [`/console?server=${a}&server=${b}`, undefined],
      [`/licensing?licenseServerId=${a}&licenseServerId=${b}`, undefined],
      [`/licensing/status?reference=${a}&reference=${b}`, undefined],
      [`/helpdesk/requests?q=${a}&q=${b}&status=${b}&status=${a}`, cookie],
      [`/helpdesk/entitlements?q=${a}&q=${b}&program=${a}&program=${b}`, cookie],
      [`/helpdesk/audit?actor=${a}&actor=${b}`, cookie],
      [`/helpdesk/sign-in?returnTo=${a}&returnTo=${b}`, undefined],
    ];
    await fc.assert(
      fc.asyncProperty(segment, segment, async (a, b) => {
        for (const [url, withCookie] of pages(a, b)) expect(await get(request, url, withCookie), url).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS, examples: [[encodeURIComponent("\u0000"), encodeURIComponent("a\u0000b")]] },
    );
  });
});

test.describe("inputs that answered 500 on main 3454ab1 (issue 13)", () => {
  test("POST /licensing/receipt refuses a 20 MB body with 413 without reading it", async ({ request }) => {
    expect(await post(request, "/licensing/receipt", `reference=${"x".repeat(20_000_000)}`, "application/x-www-form-urlencoded")).toBe(413);
  });

  test("the sign-in page with a CR/LF or non-ASCII returnTo, and the queue from year 0, answer below 500", async ({ request, db }) => {
    const staff = await newStaff(db, "AGENT");
    const token = await createStaffSession(db, staff.id);
    const cookie = `${SESSION_COOKIE_NAME}=${token}`;
    for (const url of ["/helpdesk/sign-in?returnTo=%0d%0aSet-Cookie:%20x=1", "/helpdesk/sign-in?returnTo=/helpdesk/requests%3Fq%3D%C3%85", "/helpdesk/requests?from=0000-01-01&to=0000-12-31"]) {
      const response = await request.get(url, { headers: { Cookie: cookie }, maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), url).toBeLessThan(500);
    }
  });
});

/** Bodies a server-action POST may carry that React's decodeReply fails on: Next 16 alone answered 500 to each. */
const MALFORMED_ACTION_BODIES: [string, string, string | Buffer][] = [
  ["not JSON", "text/plain;charset=UTF-8", "hello{"],
  ["empty", "text/plain;charset=UTF-8", ""],
  ["broken multipart", "multipart/form-data; boundary=XYZ", '--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["a"'],
  ["multipart without a boundary", "multipart/form-data", "abc"],
  ["over 1 MB", "text/plain;charset=UTF-8", `["${"a".repeat(1_100_000)}"]`],
  ["10,000 deep", "text/plain;charset=UTF-8", "[".repeat(10_000) + "]".repeat(10_000)],
  ["a Map of a missing part", "text/plain;charset=UTF-8", '["$Q5"]'],
  ["a BigInt that is not one", "text/plain;charset=UTF-8", '["$nxyz"]'],
  ["not UTF-8", "text/plain;charset=UTF-8", Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d])],
  ["arguments that are not a list", "text/plain;charset=UTF-8", "0"],
  ["arguments that are a string", "text/plain;charset=UTF-8", '"abc"'],
];

test.describe("server-action POSTs with malformed bodies (proxy.ts, lib/server-action-body.ts)", () => {
  test.describe.configure({ timeout: FUZZ_TIMEOUT });
  const ACTIONS = [
    ["/licensing/status", "lookupRequestStatus", [{ reference: "RQ-AAAA-AAAA", contact: "a@b.example" }]],
    ["/licensing", "selectOption", [{ option: "manage-cals" }]],
    ["/helpdesk/sign-in", "signIn", [{ email: "nobody@clearinghouse.example", password: "x" }]],
  ] as const;
  const postRaw = async (request: APIRequestContext, page: string, name: string, type: string, body: string | Buffer) =>
    (await request.post(page, { headers: { "Next-Action": actionId(name), "Content-Type": type, Accept: "text/x-component" }, data: body, maxRedirects: 0, failOnStatusCode: false })).status();

  test("each answers 4xx, and the same actions still answer a well-formed call", async ({ request }) => {
    for (const [page, name, args] of ACTIONS) {
      for (const [label, type, body] of MALFORMED_ACTION_BODIES) {
        const status = await postRaw(request, page, name, type, body);
        expect(status, `${name}: ${label}`).toBeGreaterThanOrEqual(400);
        expect(status, `${name}: ${label}`).toBeLessThan(500);
      }
      expect(await postRaw(request, page, name, "text/plain;charset=UTF-8", encodeReply([...args])), `${name}: well-formed`).toBeLessThan(400);
    }
  });

  test("any body and content type answers below 500", async ({ request }) => {
    const type = fc.constantFrom("text/plain;charset=UTF-8", "multipart/form-data; boundary=b", "multipart/form-data", "application/json", "application/x-www-form-urlencoded", "");
    const body = fc.oneof(
      bodyText,
      hostileValue.map((v) => encodeReply([v])),
      fc.string({ maxLength: 40 }).map((s) => `["$${s}"]`),
      fc.string({ maxLength: 200 }).map((s) => `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n${s}\r\n--b--\r\n`),
      fc.integer({ min: 1, max: 6_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(type, body, async (t, b) => {
        expect(await postRaw(request, "/licensing/status", "lookupRequestStatus", t, b), `${t}: ${b.slice(0, 80)}`).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

test("queue date filters the queue cannot use show a field error next to the filter", async ({ page, context, db }) => {
  await signedIn(context, db, "AGENT");
  await page.goto("/helpdesk/requests?from=0000-01-01&to=2026-02-31");
  for (const [label, id] of [["Received from (UTC)", "from"], ["Received to (UTC)", "to"]] as const) {
    const box = page.getByLabel(label);
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toHaveAttribute("aria-describedby", `${id}-error`);
    await expect(page.locator(`#${id}-error`)).toHaveText(`Error: ${QUEUE_DATE_MESSAGES.invalid}`);
  }
  await page.goto("/helpdesk/requests?from=2026-03-01&to=2026-02-01");
  await expect(page.locator("#from-error")).toHaveText(`Error: ${QUEUE_DATE_MESSAGES.order}`);
  await page.goto("/helpdesk/requests?from=2026-02-01&to=2026-03-01");
  await expect(page.getByLabel("Received from (UTC)")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(QUEUE_DATE_MESSAGES.invalid)).toHaveCount(0);
});
