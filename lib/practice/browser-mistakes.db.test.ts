// The mistakes a trainee's form caught in the browser (issue 31): the report's action records them for a
// valid trainee cookie only, on the trainee's own server the page names (else their latest), with the field
// names and codes and nothing typed; a report of another shape is refused whole; the trainer's runs count them.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { classWithTrainees } from "@/prisma/practice-factories";
import { signValue } from "@/lib/auth/signed-value";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import type { Database } from "@/lib/prisma-client";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), db: null as unknown }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { value: request.cookies.get(name) } : undefined), set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.11" }),
}));
vi.mock("next/cache", () => ({ refresh: () => undefined }));
vi.mock("@/lib/db", () => ({ getDb: async () => request.db, getSql: async () => Promise.reject(new Error("no SQL runner in this test")) }));

const { reportBrowserMistakes } = await import("./browser-mistake-actions");
const { classRuns, startScenario } = await import("./classroom-store");

async function classWithTwo(db: Database) {
  const { classId, trainees } = await classWithTrainees(db, ["rebuild-database"], ["Ana", "Ben"]);
  const secrets = await getKeyPackSecrets(db);
  const [ana, ben] = await Promise.all(
    trainees.map(async (trainee) => ({ trainee, server: (await startScenario(db, trainee, "rebuild-database"))!, cookie: signValue(secrets, "trainee-cookie", `t1.${trainee.id}`) })),
  );
  return { classId, ana: ana!, ben: ben! };
}

describe.each(TEST_DATABASES)("browser-caught mistakes on $label", ({ open }) => {
  const database = databaseForSuite(open);
  beforeAll(() => {
    request.db = database.opened.db;
  });

  it("records a trainee's report on their server, names and codes only, and the trainer's run counts it", async () => {
    const { db } = database.opened;
    const { classId, ana, ben } = await classWithTwo(db);
    request.cookies = new Map([["rdls_trainee", ana.cookie]]);
    await reportBrowserMistakes([
      { page: `/console/servers/${ana.server.id}/manage-cals/reason`, fields: [{ field: "reason", code: "invalid_value" }] },
      // Another trainee's server named in the page: on Ana's own latest server instead.
      { page: `/console/servers/${ben.server.id}/properties`, fields: [{ field: "company", code: "too_small" }] },
      { page: "/licensing/manage-cals/license-server", fields: [{ field: "targetLicenseServerId", code: "custom" }, { field: "licenseProgram", code: "invalid_value" }] },
    ]);
    const marks = await db.practiceMark.findMany({ where: { traineeId: ana.trainee.id }, orderBy: { createdAt: "asc" } });
    expect(marks.map((m) => [m.kind, m.serverId, m.detail])).toEqual([
      ["BROWSER_MISTAKE", ana.server.id, `Caught by the browser on /console/servers/${ana.server.id}/manage-cals/reason: reason (invalid_value)`],
      ["BROWSER_MISTAKE", ana.server.id, `Caught by the browser on /console/servers/${ben.server.id}/properties: company (too_small)`],
      ["BROWSER_MISTAKE", ana.server.id, "Caught by the browser on /licensing/manage-cals/license-server: targetLicenseServerId (custom), licenseProgram (invalid_value)"],
    ]);
    expect(await db.practiceMark.count({ where: { traineeId: ben.trainee.id } })).toBe(0);
    const [row] = await classRuns(db, { classId, traineeId: ana.trainee.id });
    expect(row!.runs[0]!.mistakes).toHaveLength(3);
  });

  it("records nothing without a valid trainee cookie, or for a report of another shape (a value, a query, too many)", async () => {
    const { db } = database.opened;
    const { ana } = await classWithTwo(db);
    const fine = { page: "/licensing", fields: [{ field: "option", code: "invalid_value" }] };
    for (const cookie of [undefined, `${ana.cookie}x`, "t1.not-an-id.sig"]) {
      request.cookies = new Map(cookie ? [["rdls_trainee", cookie]] : []);
      await reportBrowserMistakes([fine]);
    }
    request.cookies = new Map([["rdls_trainee", ana.cookie]]);
    for (const junk of [
      [{ ...fine, page: "/licensing?targetLicenseServerId=12345" }],
      [{ ...fine, fields: [{ field: "company", code: "Contoso Ltd" }] }],
      [{ ...fine, fields: [{ field: "a b", code: "custom" }] }],
      Array.from({ length: 21 }, () => fine),
      [],
      "junk",
    ]) {
      await reportBrowserMistakes(junk as never);
    }
    expect(await db.practiceMark.count({ where: { traineeId: ana.trainee.id } })).toBe(0);
  });
});
