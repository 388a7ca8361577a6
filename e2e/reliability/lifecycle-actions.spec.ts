// The Activate / Reactivate / Deactivate Server wizards' actions and the web site's license server pages,
// posted with hostile values in place of the bound kind, server id and each form's input: never a 500; the
// console's server is either untouched or activated-with-its-run-finished-and-event, never half; the web
// site's draft never gets a result from a hostile post.
import fc from "fast-check";
import { expect, test } from "../fixtures";
import type { Database } from "@/lib/prisma-client";
import { CONNECTION_METHOD_VALUES, REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { createLicenseServer } from "@/prisma/factories";
import { openLifecycleRun } from "@/prisma/console-factories";
import { expectHandled, postAction } from "./support/server-actions";
import { edgeCases, hostileValue, inputFor, runs, FUZZ_TIMEOUT } from "./support/hostile";

// Field names here: the schemas import lib/console/schemas.ts, which pulls in a JSON module.
const FIELDS = {
  connection: ["connectionMethod", "telephoneCountry"],
  company: ["firstName", "lastName", "company", "countryRegion"],
  optional: ["email", "organizationalUnit", "companyAddress", "city", "state", "postalCode"],
  reason: ["reason"],
  contact: ["contactName", "contactEmail", "contactPhone"],
  licenseServerId: ["licenseServerId"],
  confirmationCode: ["confirmationCode"],
  finish: ["startInstall"],
  webDetails: ["productId", "reason", "licenseServerId"],
  webCompany: ["lastName", "firstName", "companyName", "countryRegion", "companyAddress", "email", "phone", "organizationalUnit"],
} as const;

const valid = {
  connectionMethod: fc.constantFrom(...CONNECTION_METHOD_VALUES),
  telephoneCountry: fc.constant("GB"),
  firstName: fc.constant("Alex"),
  lastName: fc.constant("Morgan"),
  company: fc.constant("Contoso Ltd"),
  companyName: fc.constant("Contoso Ltd"),
  countryRegion: fc.constant("US"),
  email: fc.constant("it@contoso.example"),
  reason: fc.constantFrom(...REACTIVATION_REASONS),
  contactName: fc.constant("Alex Morgan"),
  contactEmail: fc.constant("alex@contoso.example"),
  licenseServerId: fc.constant(generateLicenseServerId()),
  confirmationCode: fc.constant("1234567890"),
  productId: fc.constant(generateProductId()),
  startInstall: fc.boolean(),
};

const KIND = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("ACTIVATE_SERVER", "REACTIVATE_SERVER", "DEACTIVATE_SERVER") }, { weight: 1, arbitrary: hostileValue });

/** [action, takes a kind first, fields of its input or null]. */
const CONSOLE_ACTIONS = [
  ["startLifecycleWizard", true, null],
  ["saveLifecycleConnectionMethod", true, FIELDS.connection],
  ["saveActivationCompany", false, FIELDS.company],
  ["saveActivationOptional", false, FIELDS.optional],
  ["saveReactivationReason", false, FIELDS.reason],
  ["saveDeactivationContact", false, FIELDS.contact],
  ["enterLicenseServerId", true, FIELDS.licenseServerId],
  ["enterConfirmationCode", false, FIELDS.confirmationCode],
  ["finishLifecycleWizard", true, FIELDS.finish],
  ["cancelLifecycleWizard", true, null],
] as const;

async function consistent(db: Database, serverId: string) {
  const server = await db.licenseServer.findUniqueOrThrow({ where: { id: serverId }, include: { events: true, wizardRuns: true } });
  expect(server.wizardRuns.filter((r) => r.activeServerId).length).toBeLessThanOrEqual(1);
  // Activated exactly when it has a License Server ID; no activation without its event (none are valid here).
  expect(server.activated).toBe(server.licenseServerId !== null);
  expect(server.activated).toBe(false);
  expect(server.events.filter((e) => e.eventId === 44)).toHaveLength(0);
}

test.describe("lifecycle server actions with hostile input", () => {
  test.describe.configure({ timeout: FUZZ_TIMEOUT * 2 });

  test("the console's Activate / Reactivate / Deactivate Server wizards", async ({ request, db }) => {
    const server = await createLicenseServer(db, { activated: false });
    await openLifecycleRun(db, server, "ACTIVATE_SERVER", "ACTIVATE_LICENSE_SERVER", { connectionMethod: "WEB_BROWSER", firstName: "Alex", lastName: "Morgan", company: "Contoso", countryRegion: "US" });
    const serverIdArg = fc.oneof({ weight: 3, arbitrary: fc.constant(server.id) }, { weight: 1, arbitrary: hostileValue });
    const call = fc.constantFrom(...CONSOLE_ACTIONS).chain(([name, kinded, fields]) =>
      fc.tuple(fc.constant(name), kinded ? KIND.map((k) => [k]) : fc.constant([]), serverIdArg, fields ? inputFor(fields, valid) : hostileValue),
    );
    const examples = CONSOLE_ACTIONS.flatMap(([name, kinded, fields]) =>
      [...(fields ? edgeCases(fields, valid) : [null]), { $: 1 }].map((input): [[string, unknown[], unknown, unknown]] => [[name, kinded ? ["ACTIVATE_SERVER"] : [], server.id, input]]),
    );
    await fc.assert(
      fc.asyncProperty(call, async ([name, kind, serverId, input]) => {
        // The server id first (the action client's guard takes it), then the kind the page binds.
        const result = await postAction(request, `/console/servers/${server.id}/activate/license-server-activation`, name, [serverId, ...kind, input]);
        expectHandled(result, name);
        await consistent(db, server.id);
      }),
      runs(examples as never[], 2),
    );
  });

  test("the web site's Activate / Reactivate / Deactivate a license server pages", async ({ request, db }) => {
    const FLOW = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("activate", "reactivate", "deactivate") }, { weight: 1, arbitrary: hostileValue });
    const WEB = [
      ["selectOption", null, ["option", "licenseServerId"]],
      ["saveFlowDetails", "flow", FIELDS.webDetails],
      ["saveFlowCompany", null, FIELDS.webCompany],
      ["saveFlowContact", null, FIELDS.contact],
      ["submitServerFlow", "flow", null],
      ["startAnotherServerFlow", "flow", null],
    ] as const;
    const call = fc.constantFrom(...WEB).chain(([name, flow, fields]) =>
      fc.tuple(fc.constant(name), flow ? FLOW.map((f) => [f]) : fc.constant([]), fields ? inputFor(fields, valid) : hostileValue),
    );
    const before = await db.clearinghouseLicenseServer.count();
    await fc.assert(
      fc.asyncProperty(call, async ([name, flow, input]) => {
        expectHandled(await postAction(request, "/licensing/activate", name, [...flow, input]), name);
      }),
      runs(WEB.map(([name, flow]): [[string, unknown[], unknown]] => [[name, flow ? ["activate"] : [], { $: 1 }]]) as never[]),
    );
    // Without a complete draft nothing reaches the Clearinghouse's records.
    expect(await db.clearinghouseLicenseServer.count()).toBeGreaterThanOrEqual(before);
  });
});
