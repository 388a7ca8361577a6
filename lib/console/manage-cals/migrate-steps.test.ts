// The migration's branch of the Manage RDS CALs wizard (steps.ts) and its form schemas.
import { describe, expect, it } from "vitest";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { MIGRATE_STEPS, backStep, canShow, cancelEffect, furthest, landingAfterReplay, nextWizardStep, resumeStep, slugOf, stepFromSlug, wizardPath, type RunState, type WizardStep } from "./steps";
import { MIGRATE_MESSAGES, migrateReminderSchema, migrateSourceSchema, readMigrationAnswers } from "../migrate-schemas";

const run = (step: WizardStep): RunState => ({ step, deleted: false, installedInRun: 0 });

describe("the migration's pages", () => {
  it("branch off Action Selection and walk to the completing page", () => {
    const walk: WizardStep[] = ["ACTION_SELECTION"];
    for (let s = nextWizardStep("ACTION_SELECTION", "MIGRATE"); s; s = nextWizardStep(s)) walk.push(s);
    expect(walk).toEqual(["ACTION_SELECTION", ...MIGRATE_STEPS.map((s) => s.step)]);
    expect(nextWizardStep("ACTION_SELECTION", "REBUILD")).toBe("REASON");
    for (const s of MIGRATE_STEPS) {
      expect(stepFromSlug(s.slug)).toBe(s.step);
      expect(slugOf(s.step)).toBe(s.slug);
    }
  });

  it("show the pages reached, no rebuild page, and go back one page at a time", () => {
    const at = run("MIGRATE_REMINDER");
    expect(["WELCOME", "ACTION_SELECTION", "MIGRATE_REASON", "MIGRATE_SOURCE", "MIGRATE_REMINDER"].every((s) => canShow(at, s as WizardStep))).toBe(true);
    expect(canShow(at, "MIGRATE_OBTAIN_KEY_PACK")).toBe(false);
    expect(canShow(at, "REASON")).toBe(false);
    expect(canShow(at, "MIGRATE_COMPLETED")).toBe(false);
    expect(canShow(run("CONFIRM_DELETION"), "MIGRATE_REASON")).toBe(false);
    expect(backStep(at, "MIGRATE_OBTAIN_KEY_PACK")).toBe("MIGRATE_REMINDER");
    expect(backStep(at, "MIGRATE_REASON")).toBe("ACTION_SELECTION");
    expect(resumeStep(at)).toBe("MIGRATE_REMINDER");
    expect(cancelEffect(at)).toBe("cancel-run");
  });

  it("choosing the other action on Action Selection starts that action's pages afresh; the same keeps the progress", () => {
    expect(furthest("MIGRATE_REMINDER", "REASON")).toBe("REASON");
    expect(furthest("CONFIRM_DELETION", "MIGRATE_REASON")).toBe("MIGRATE_REASON");
    expect(furthest("MIGRATE_REMINDER", "MIGRATE_REASON")).toBe("MIGRATE_REMINDER");
    expect(furthest("ACTION_SELECTION", "MIGRATE_REASON")).toBe("MIGRATE_REASON");
    expect(furthest("CONFIRM_DELETION", "REASON")).toBe("CONFIRM_DELETION");
  });

  it("a second Next at the install, after the run closed, lands on the completing page", () => {
    expect(landingAfterReplay(null, "MIGRATE_OBTAIN_KEY_PACK")).toBe("MIGRATE_COMPLETED");
    expect(landingAfterReplay(run("MIGRATE_SOURCE"), "MIGRATE_REASON")).toBe("MIGRATE_SOURCE");
  });

  it("the progress list is the migration's once it is chosen", () => {
    expect(wizardPath("MIGRATE_SOURCE", null).map((s) => s.step)).toEqual(["WELCOME", "ACTION_SELECTION", ...MIGRATE_STEPS.map((s) => s.step)]);
    expect(wizardPath("WELCOME", "MIGRATE")).toHaveLength(7);
    expect(wizardPath("REASON", "REBUILD")).toHaveLength(8);
  });
});

describe("Source License Server Information", () => {
  const id = generateLicenseServerId();

  it("available: the name alone", () => {
    expect(migrateSourceSchema.parse({ sourceName: " LS-OLD-01 ", notAvailable: false, operatingSystem: "x", sourceLicenseServerId: "1" })).toEqual({
      sourceName: "LS-OLD-01",
      available: true,
      operatingSystem: null,
      sourceLicenseServerId: null,
    });
  });

  it("not available: the operating system and a License Server ID that passes its check digits", () => {
    const grouped = id.replace(/(\d{5})(?=\d)/g, "$1-");
    expect(migrateSourceSchema.parse({ sourceName: "10.0.0.12", notAvailable: true, operatingSystem: "Windows Server 2019", sourceLicenseServerId: grouped })).toMatchObject({
      available: false,
      sourceLicenseServerId: id,
    });
    const typo = id.slice(0, 10) + String((Number(id[10]) + 1) % 10) + id.slice(11);
    const failed = migrateSourceSchema.safeParse({ sourceName: "LS-OLD-01", notAvailable: true, operatingSystem: "", sourceLicenseServerId: typo });
    expect(failed.success).toBe(false);
    const messages = failed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([`operatingSystem: ${MIGRATE_MESSAGES.operatingSystem}`, `sourceLicenseServerId: ${MIGRATE_MESSAGES.sourceLicenseServerId.checksum}`]);
  });

  it("refuses an empty or odd name", () => {
    expect(migrateSourceSchema.safeParse({ sourceName: "" }).error?.issues[0]?.message).toBe(MIGRATE_MESSAGES.sourceName);
    expect(migrateSourceSchema.safeParse({ sourceName: "LS OLD; drop" }).error?.issues[0]?.message).toBe(MIGRATE_MESSAGES.sourceNameFormat);
  });

  it("the reminder asks for its check box only when the source is not available", () => {
    expect(migrateReminderSchema(true).safeParse({}).success).toBe(true);
    expect(migrateReminderSchema(false).safeParse({ removeByHand: false }).success).toBe(false);
    expect(migrateReminderSchema(false).safeParse({ removeByHand: true }).success).toBe(true);
  });

  it("reads back saved answers, and nothing from another shape", () => {
    const source = { sourceName: "LS-OLD-01", available: true, operatingSystem: null, sourceLicenseServerId: id, sourceServerId: "s" };
    expect(readMigrationAnswers({ source })).toEqual({ source });
    expect(readMigrationAnswers({ source: { name: 1 } })).toEqual({});
    expect(readMigrationAnswers(null)).toEqual({});
  });
});
