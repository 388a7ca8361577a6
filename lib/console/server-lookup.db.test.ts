// View → Connect's lookup (docs/decisions/037), also Migrate's source: a server by name in any case, never a
// server this browser may not see (another browser's practice server, one expired), nothing for an unknown name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerWithPacks } from "@/prisma/console-factories";
import { createPracticeServerFor } from "@/prisma/practice-factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { visibleServersWhere } from "@/lib/practice/plan";
import { connectSchema } from "./schemas";
import { lookUpVisibleServer } from "./server-lookup";

describe.each(TEST_DATABASES)("View → Connect's lookup on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  it("finds a shared server by name in any case and this browser's practice server, and nothing else", async () => {
    const { db } = database.opened;
    const now = new Date();
    const shared = await createServerWithPacks(db, { packs: [] });
    const mine = await createPracticeServerFor(db);
    const theirs = await createPracticeServerFor(db);
    const expired = await createPracticeServerFor(db, { owner: mine.owner, hours: -1 });
    const asMe = visibleServersWhere(mine.owner, now);

    expect(await lookUpVisibleServer(db, { name: shared.name.toLowerCase() }, asMe)).toMatchObject({ id: shared.id, name: shared.name });
    expect(await lookUpVisibleServer(db, { name: mine.name }, asMe)).toMatchObject({ id: mine.id });
    expect(await lookUpVisibleServer(db, { name: theirs.name }, asMe)).toBeNull();
    expect(await lookUpVisibleServer(db, { name: expired.name }, asMe)).toBeNull();
    expect(await lookUpVisibleServer(db, { name: mine.name }, visibleServersWhere(null, now))).toBeNull();
    expect(await lookUpVisibleServer(db, { name: "LS-NOWHERE-99" }, asMe)).toBeNull();
    // LIKE's wildcards are typed as themselves, so a pattern matches nothing.
    expect(await lookUpVisibleServer(db, { name: "LS-%" }, asMe)).toBeNull();
  });
});

describe("the Connect form's schema", () => {
  it("asks for a name, and refuses what cannot be a computer name", () => {
    expect(connectSchema.safeParse({ serverName: "  LS-CONTOSO-01 " }).data).toEqual({ serverName: "LS-CONTOSO-01" });
    expect(connectSchema.safeParse({ serverName: "" }).error?.issues[0]?.message).toBe("Enter the name of the license server to connect to");
    expect(connectSchema.safeParse({ serverName: "LS CONTOSO" }).error?.issues[0]?.message).toMatch(/^Enter a computer name/);
    expect(connectSchema.safeParse({ serverName: "LS-%" }).success).toBe(false);
    expect(connectSchema.safeParse({}).success).toBe(false);
  });
});
