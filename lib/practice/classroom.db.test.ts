// The classroom on both databases (issue 31): a class made once per form, joining with a code and a name,
// one server per trainee and scenario prepared as the scenario says, nobody acting on another's server or
// class, and the score from the marks and the server's own records.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser } from "@/prisma/factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import type { Database } from "@/lib/prisma-client";
import { classRuns, createClass, findClassServer, joinClass, recordMark, removeClassServer, startScenario } from "./classroom-store";
import { resetPracticeServer } from "./store";

async function trainer(db: Database) {
  return createStaffUser(db, { name: "Tess Trainer", password: "a long enough password 1", role: "TRAINER" });
}

async function joined(db: Database, code: string, name: string) {
  const outcome = await joinClass(db, code, name);
  if (outcome.kind !== "joined") throw new Error(outcome.kind);
  const trainee = await db.trainee.findUniqueOrThrow({ where: { id: outcome.trainee.id }, include: { class: true } });
  return trainee;
}

describe.each(TEST_DATABASES)("the classroom on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  it("makes one class per form, and another trainer's post of the same id makes none", async () => {
    const { db } = database.opened;
    const [a, b] = [await trainer(db), await trainer(db)];
    const id = randomUUID();
    const first = await createClass(db, a.id, { id, name: "Monday", scenarios: ["rebuild-database"] }, 8);
    expect(first?.joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(await createClass(db, a.id, { id, name: "Monday", scenarios: ["rebuild-database"] }, 8)).toEqual(first);
    expect(await createClass(db, b.id, { id, name: "Stolen", scenarios: ["rebuild-database"] }, 8)).toBeNull();
    expect(await db.practiceClass.count({ where: { id } })).toBe(1);
  });

  it("joins with the code and a name of its own; an unknown code, a taken name or an ended class is refused", async () => {
    const { db } = database.opened;
    const made = (await createClass(db, (await trainer(db)).id, { id: randomUUID(), name: "Tuesday", scenarios: ["rebuild-database"] }, 8))!;
    expect((await joinClass(db, made.joinCode, "Ana")).kind).toBe("joined");
    expect((await joinClass(db, made.joinCode, "Ana")).kind).toBe("name-taken");
    expect((await joinClass(db, "ZZZZZZZZ", "Ben")).kind).toBe("unknown-code");
    await db.practiceClass.update({ where: { id: made.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await joinClass(db, made.joinCode, "Cleo")).kind).toBe("unknown-code");
  });

  it("gives each trainee their own server per scenario, prepared as the scenario says, and only the class's scenarios", async () => {
    const { db } = database.opened;
    const made = (await createClass(db, (await trainer(db)).id, { id: randomUUID(), name: "Wednesday", scenarios: ["rebuild-database", "activate-telephone", "install-agreement"] }, 8))!;
    const ana = await joined(db, made.joinCode, "Ana");
    const ben = await joined(db, made.joinCode, "Ben");
    const anaRebuild = (await startScenario(db, ana, "rebuild-database"))!;
    expect((await startScenario(db, ana, "rebuild-database"))!.id).toBe(anaRebuild.id);
    const benRebuild = (await startScenario(db, ben, "rebuild-database"))!;
    expect(benRebuild.id).not.toBe(anaRebuild.id);
    const read = (id: string) => db.licenseServer.findUniqueOrThrow({ where: { id }, include: { _count: { select: { keyPacks: true, entitlements: true } } } });
    expect(await read(anaRebuild.id)).toMatchObject({ practiceOwner: ana.owner, traineeId: ana.id, activated: true, _count: { keyPacks: 3 } });
    expect(await read((await startScenario(db, ana, "activate-telephone"))!.id)).toMatchObject({ activated: false, licenseServerId: null, _count: { keyPacks: 0 } });
    const install = (await startScenario(db, ana, "install-agreement"))!;
    expect(await read(install.id)).toMatchObject({ activated: true, _count: { keyPacks: 0, entitlements: 3 } });
    // Reset keeps the scenario's start: still no RDS CALs.
    expect(await resetPracticeServer(db, install.id, ana.owner)).toBe(true);
    expect((await read(install.id))._count.keyPacks).toBe(0);

    const other = (await createClass(db, (await trainer(db)).id, { id: randomUUID(), name: "Other", scenarios: ["activate-telephone"] }, 8))!;
    const cleo = await joined(db, other.joinCode, "Cleo");
    expect(await startScenario(db, cleo, "rebuild-database")).toBeNull();

    // Nobody acts on another's server: not with another owner, not through another class.
    expect(await resetPracticeServer(db, anaRebuild.id, ben.owner)).toBe(false);
    expect(await findClassServer(db, other.id, anaRebuild.id)).toBeNull();
    expect(await findClassServer(db, made.id, anaRebuild.id)).toMatchObject({ id: anaRebuild.id });
    expect(await read(benRebuild.id)).toMatchObject({ practiceOwner: ben.owner, _count: { keyPacks: 3 } });
  });

  it("scores a run from its marks and its records, and Remove takes the server and its marks", async () => {
    const { db } = database.opened;
    const made = (await createClass(db, (await trainer(db)).id, { id: randomUUID(), name: "Thursday", scenarios: ["activate-telephone"] }, 8))!;
    const dana = await joined(db, made.joinCode, "Dana");
    const server = (await startScenario(db, dana, "activate-telephone"))!;
    await recordMark(db, dana.id, { kind: "MISTAKE", detail: "targetLicenseServerId: mistyped" });
    await recordMark(db, dana.id, { kind: "MISTAKE", detail: "purchase: wrong program", serverId: server.id });
    await recordMark(db, dana.id, { kind: "HINT", detail: "Choose Telephone", serverId: server.id });
    let [row] = await classRuns(db, { classId: made.id });
    expect(row!.runs[0]).toMatchObject({ finished: false, score: 0, hints: 1, minutes: null });
    expect(row!.runs[0]!.mistakes).toHaveLength(2);
    const started = (await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } })).createdAt;
    await db.licenseServer.update({ where: { id: server.id }, data: { activated: true, connectionMethod: "TELEPHONE", activatedAt: new Date(started.getTime() + 12 * 60_000) } });
    [row] = await classRuns(db, { classId: made.id });
    expect(row!.runs[0]).toMatchObject({ finished: true, minutes: 12, score: 100 - 2 * 5 - 3 });
    expect(await removeClassServer(db, server.id)).toBe(true);
    expect(await db.practiceMark.count({ where: { serverId: server.id } })).toBe(0);
    expect(await removeClassServer(db, server.id)).toBe(false);
  });
});
