// The console's server actions (the Manage RDS CALs wizard and Properties) posted with hostile values in
// place of the bound license server id and of each form's input: never a 500, and the server is always
// either untouched or deleted-with-its-run-recording-it, never half (see also e2e/console/double-submit).
import fc from "fast-check";
import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { CONNECTION_METHOD_VALUES, MIGRATION_REASONS, REBUILD_REASONS } from "@/lib/licensing/catalog";
import { actionSelectionSchema, confirmDeletionSchema, keyPackIdSchema, reasonSchema, reinstallAdditionalSchema } from "@/lib/console/wizard-schemas";
import { createServerWithPacks, openInstallLicensesRun, openMigrationRun, openRebuildRun } from "@/prisma/console-factories";
import { licenseProgramSchema, productVersionSchema } from "@/lib/console/install-licenses-schemas";
import { CAL_TYPE_VALUES, LICENSE_PROGRAM_VALUES } from "@/lib/licensing/catalog";
import { PRACTICE_COOKIE } from "@/lib/practice/cookie-name";
import { uniqueAddress } from "../helpdesk/support";
import { expectHandled, postAction } from "./support/server-actions";
import { edgeCases, hostileValue, inputFor, runs, FUZZ_TIMEOUT } from "./support/hostile";

const valid = {
  action: fc.constant("REBUILD"),
  reason: fc.constantFrom(...REBUILD_REASONS),
  reasonDetail: fc.constant("Disk failure"),
  confirm: fc.constant(true),
  licenseKeyPackId: fc.constant("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC"),
  choice: fc.constantFrom("continue", "finish"),
  connectionMethod: fc.constantFrom(...CONNECTION_METHOD_VALUES),
  firstName: fc.constant("Alex"),
  lastName: fc.constant("Morgan"),
  company: fc.constant("Contoso Ltd"),
  countryRegion: fc.constant("US"),
  email: fc.constant("it@contoso.example"),
  organizationalUnit: fc.constant("IT"),
  companyAddress: fc.constant("1 Microsoft Way"),
  city: fc.constant("Redmond"),
  state: fc.constant("WA"),
  postalCode: fc.constant("98052"),
  licenseProgram: fc.constantFrom(...LICENSE_PROGRAM_VALUES),
  licenseCodes: fc.constant(["ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ8"]),
  agreementNumber: fc.constant("9999997"),
  calType: fc.constantFrom(...CAL_TYPE_VALUES),
  quantity: fc.constantFrom("5", "10000"),
};

const WIZARD_ACTIONS = [
  { name: "startRebuild", input: null },
  { name: "selectAction", input: actionSelectionSchema },
  { name: "selectReason", input: reasonSchema },
  { name: "confirmDeletion", input: confirmDeletionSchema },
  { name: "continueToObtain", input: null },
  { name: "installKeyPack", input: keyPackIdSchema },
  { name: "chooseAfterInstall", input: reinstallAdditionalSchema },
  { name: "cancelWizard", input: null },
] as const;
const INSTALL_ACTIONS = [
  { name: "startInstallLicenses", input: null },
  { name: "installLicensesKeyPack", input: keyPackIdSchema },
  { name: "selectInstallProgram", input: licenseProgramSchema },
  // A program's schema is made for the program chosen before: its fields, named.
  { name: "saveLicenseInformation", input: ["licenseCodes", "agreementNumber", "licenseNumber", "authorizationNumber"] as const },
  { name: "requestAndInstallLicenses", input: productVersionSchema },
  { name: "cancelInstallLicenses", input: null },
] as const;
// The Properties schema's fields, named here: lib/console/schemas.ts imports a JSON module (the country
// names), which Playwright's loader refuses without an import attribute.
const PROPERTIES_FIELDS = ["connectionMethod", "firstName", "lastName", "company", "countryRegion", "email", "organizationalUnit", "companyAddress", "city", "state", "postalCode"] as const;

/** What a successful Properties save stores for a field, given what was posted. */
function stored(field: string, value: unknown): unknown {
  if (typeof value !== "string") return value ?? null;
  const text = value.trim();
  if (field === "email") return text ? text.toLowerCase() : null;
  if (field === "postalCode") return text ? text.toUpperCase() : null;
  return text || (["firstName", "lastName", "company", "countryRegion", "connectionMethod"].includes(field) ? text : null);
}

async function serverState(db: Database, serverId: string) {
  const [packs, cals, runs] = await Promise.all([
    db.installedKeyPack.count({ where: { serverId } }),
    db.issuedCal.count({ where: { serverId } }),
    db.wizardRun.findMany({ where: { serverId }, select: { status: true, deletedAt: true, deletedKeyPacks: true, deletedCals: true, activeServerId: true } }),
  ]);
  return { packs, cals, runs };
}

test.describe("console server actions with hostile input", () => {
  test.describe.configure({ timeout: FUZZ_TIMEOUT });

  test("Manage RDS CALs wizard actions", async ({ request, db }) => {
    const server = await createServerWithPacks(db);
    await openRebuildRun(db, server, "REASON");
    const original = await serverState(db, server.id);
    const serverIdArg = fc.oneof({ weight: 3, arbitrary: fc.constant(server.id) }, { weight: 1, arbitrary: hostileValue });
    const call = fc.constantFrom(...WIZARD_ACTIONS).chain((action) =>
      fc.tuple(fc.constant(action.name), serverIdArg, action.input ? inputFor(action.input, valid) : hostileValue),
    );
    // Each action once with each edge value in its input, and once with a wrong thing bound as the server id.
    const examples = WIZARD_ACTIONS.flatMap((action) => [
      ...[...(action.input ? edgeCases(action.input, valid) : [null]), { $: 1 }].map((input): [[string, unknown, unknown]] => [[action.name, server.id, input]]),
      ...[12345, { id: server.id }, "a\u0000", "x".repeat(5_000)].map((serverId): [[string, unknown, unknown]] => [[action.name, serverId, null]]),
    ]);
    await fc.assert(
      fc.asyncProperty(call, async ([name, serverId, input]) => {
        const result = await postAction(request, `/console/servers/${server.id}/manage-cals/reason`, name, [serverId, input]);
        expectHandled(result, name);
        const state = await serverState(db, server.id);
        expect(state.runs.filter((r) => r.activeServerId).length).toBeLessThanOrEqual(1);
        const deleting = state.runs.filter((r) => r.deletedAt);
        if (deleting.length === 0) {
          expect(state).toMatchObject({ packs: original.packs, cals: original.cals });
        } else {
          // Deleted by a valid Confirm Deletion: everything at once, and the run says what it deleted.
          expect(state).toMatchObject({ packs: 0, cals: 0 });
          expect(deleting).toEqual([expect.objectContaining({ deletedKeyPacks: original.packs, deletedCals: original.cals })]);
        }
      }),
      runs(examples, 2),
    );
  });

  test("Migrate RDS CALs actions (decision 025)", async ({ request, db }) => {
    // A target with an open migration and a source of this console holding CALs: no hostile post may
    // remove them (only a genuine license key pack ID can) or open a second run.
    const source = await createServerWithPacks(db);
    const target = await createServerWithPacks(db, { packs: [] });
    await openMigrationRun(db, target, { sourceName: source.name, available: true, operatingSystem: null, sourceLicenseServerId: source.licenseServerId, sourceServerId: source.id }, "MIGRATE_REASON");
    const original = await serverState(db, source.id);
    const actions = [
      { name: "selectMigrateReason", input: ["reason"] },
      { name: "saveMigrateSource", input: ["sourceName", "notAvailable", "operatingSystem", "sourceLicenseServerId"] },
      { name: "confirmMigrateReminder", input: ["removeByHand"] },
      { name: "installMigrationKeyPack", input: ["licenseKeyPackId"] },
      { name: "removeMigratedCals", input: null },
    ] as const;
    const migrateValid = { ...valid, reason: fc.constantFrom(...MIGRATION_REASONS), sourceName: fc.constant(source.name), notAvailable: fc.boolean(), removeByHand: fc.constant(true) };
    const serverIdArg = fc.oneof({ weight: 3, arbitrary: fc.constant(target.id) }, { weight: 1, arbitrary: hostileValue });
    const call = fc.constantFrom(...actions).chain((action) => fc.tuple(fc.constant(action.name), serverIdArg, action.input ? inputFor(action.input, migrateValid) : hostileValue));
    const examples = actions.flatMap((action) =>
      [...(action.input ? edgeCases(action.input, migrateValid) : [null]), { $: 1 }].map((input): [[string, unknown, unknown]] => [[action.name, target.id, input]]),
    );
    await fc.assert(
      fc.asyncProperty(call, async ([name, serverId, input]) => {
        expectHandled(await postAction(request, `/console/servers/${target.id}/manage-cals/migrate-reason`, name, [serverId, input]), name);
        expect(await serverState(db, source.id)).toEqual(original);
        expect(await db.wizardRun.count({ where: { activeServerId: target.id } })).toBeLessThanOrEqual(1);
      }),
      runs(examples, 2),
    );
  });

  test("Install Licenses wizard actions", async ({ request, db }) => {
    // Automatic connection, so a valid Next on the last page reaches the Clearinghouse: credentials nobody
    // bought, so nothing may ever be installed; never two open runs.
    const server = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
    await openInstallLicensesRun(db, server, "INSTALL_PRODUCT_VERSION", { connectionMethod: "AUTOMATIC", licenseProgram: "SELECT_LICENSE", credentials: [{ agreementNumber: "9999997" }] });
    const serverIdArg = fc.oneof({ weight: 3, arbitrary: fc.constant(server.id) }, { weight: 1, arbitrary: hostileValue });
    const call = fc.constantFrom(...INSTALL_ACTIONS).chain((action) =>
      fc.tuple(fc.constant(action.name), serverIdArg, action.input ? inputFor(action.input, valid) : hostileValue),
    );
    const examples = INSTALL_ACTIONS.flatMap((action) => [
      ...[...(action.input ? edgeCases(action.input, valid) : [null]), { $: 1 }].map((input): [[string, unknown, unknown]] => [[action.name, server.id, input]]),
      ...[12345, { id: server.id }, "a\u0000"].map((serverId): [[string, unknown, unknown]] => [[action.name, serverId, null]]),
    ]);
    await fc.assert(
      fc.asyncProperty(call, async ([name, serverId, input]) => {
        const result = await postAction(request, `/console/servers/${server.id}/install-licenses/welcome`, name, [serverId, input]);
        expectHandled(result, name);
        expect(await db.installedKeyPack.count({ where: { serverId: server.id } })).toBe(0);
        expect(await db.wizardRun.count({ where: { serverId: server.id, activeServerId: { not: null } } })).toBeLessThanOrEqual(1);
      }),
      runs(examples, 2),
    );
  });

  test("Properties (saveProperties)", async ({ request, db }) => {
    const server = await createServerWithPacks(db, { packs: [] });
    const read = () =>
      db.licenseServer.findUniqueOrThrow({ where: { id: server.id }, select: Object.fromEntries(PROPERTIES_FIELDS.map((f) => [f, true])) as Record<(typeof PROPERTIES_FIELDS)[number], true> });
    const serverIdArg = fc.oneof({ weight: 4, arbitrary: fc.constant(server.id) }, { weight: 1, arbitrary: hostileValue });
    await fc.assert(
      fc.asyncProperty(serverIdArg, inputFor(PROPERTIES_FIELDS, valid), async (serverId, input) => {
        const before = await read();
        expectHandled(await postAction(request, `/console/servers/${server.id}/properties`, "saveProperties", [serverId, input]), "saveProperties");
        const after = await read();
        if (serverId !== server.id) return expect(after).toEqual(before);
        // Untouched (the form refused it), or every field as posted: never some fields of a save.
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          const posted = input as Record<string, unknown>;
          for (const field of PROPERTIES_FIELDS) expect(after[field], field).toEqual(stored(field, posted[field]));
        }
      }),
      runs([
        ...edgeCases(PROPERTIES_FIELDS, valid).map((input): [unknown, unknown] => [server.id, input]),
        ...[12345, { id: server.id }, "a\u0000"].map((serverId): [unknown, unknown] => [serverId, edgeCases(PROPERTIES_FIELDS, valid)[0]]),
      ]),
    );
  });

  test("practice servers (startPracticeRebuild, resetPractice)", async ({ request, db }) => {
    // A practice server of this test's own, found through the owner cookie the start action sets.
    const address = { "X-Forwarded-For": uniqueAddress() };
    const started = await postAction(request, "/console", "startPracticeRebuild", [{ $: 1 }, "junk"], undefined, address);
    expectHandled(started, "startPracticeRebuild");
    const owner = started.setCookie?.match(new RegExp(`${PRACTICE_COOKIE}=([^;]+)`))?.[1];
    expect(owner).toBeTruthy();
    const cookie = `${PRACTICE_COOKIE}=${owner}`;
    const server = await db.licenseServer.findFirstOrThrow({ where: { practiceOwner: owner } });
    const serverIdArg = fc.oneof({ weight: 2, arbitrary: fc.constant(server.id) }, { weight: 3, arbitrary: hostileValue });
    await fc.assert(
      fc.asyncProperty(serverIdArg, fc.boolean(), async (serverId, withCookie) => {
        expectHandled(await postAction(request, "/console", "resetPracticeForm", [serverId, null, {}], withCookie ? cookie : undefined, address), "resetPracticeForm");
        expectHandled(await postAction(request, "/console", "startPracticeRebuild", [serverId], withCookie ? cookie : `${PRACTICE_COOKIE}=not-an-owner-id`, address), "startPracticeRebuild");
        // Still this browser's one practice server, never a second one for the same owner.
        expect(await db.licenseServer.count({ where: { practiceOwner: owner } })).toBe(1);
      }),
      runs([12345, { id: server.id }, "a\u0000", "x".repeat(5_000), null].map((serverId): [unknown, boolean] => [serverId, true])),
    );
  });
});
