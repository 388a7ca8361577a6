// Searches match `%`, `_` and `\` literally (issue 26): each query that matches part of a text, or a text
// ignoring case, on both databases. Before lib/like.ts, "_" and "%" matched every row (Prisma puts the value
// into LIKE or ILIKE as it is) and an address "\" failed the query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { createEntitlement } from "@/prisma/factories";
import { listAudit } from "@/lib/helpdesk/audit-query";
import { listEntitlements } from "@/lib/helpdesk/entitlements";
import { listOutboxMessages, listReceivedMail, parseMailboxFilter } from "@/lib/mail/queries";
import { equalsIgnoringCase } from "./like";

describe.each(TEST_DATABASES)("literal searches on $label", ({ open }) => {
  let database: TestDatabase;
  const tag = `lk${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    database = await open();
    const { db } = database.opened;
    await db.auditLog.createMany({
      data: [
        { actorLabel: `${tag} 100%_off`, action: `${tag}_a.done`, entityType: "StaffUser", entityId: "x" },
        { actorLabel: `${tag} 100ab off`, action: `${tag}xa.done`, entityType: "StaffUser", entityId: "y" },
        { actorLabel: `${tag} back\\slash`, action: `${tag}\\b.done`, entityType: "StaffUser", entityId: "z" },
      ],
    });
    await db.receivedMail.createMany({
      data: [
        { fromAddress: "f@x.example", toAddress: `${tag}_1@contoso.example`, subject: "s", text: "t" },
        { fromAddress: "f@x.example", toAddress: `${tag}a1@contoso.example`, subject: "s", text: "t" },
      ],
    });
    await db.outboxMessage.createMany({
      data: [
        { kind: "approved", toAddress: `${tag}_1@contoso.example`, subject: "s", body: "b" },
        { kind: "approved", toAddress: `${tag}a1@contoso.example`, subject: "s", body: "b" },
      ],
    });
    await createEntitlement(db, { licenseProgram: "OTHER_AGREEMENT", calType: "WS2022_PER_USER", quantity: 1, credential: `${Date.now()}`.slice(-7), customerName: `${tag} 100% Ltd` });
    await createEntitlement(db, { licenseProgram: "OTHER_AGREEMENT", calType: "WS2022_PER_USER", quantity: 1, credential: `${Date.now() + 1}`.slice(-7), customerName: `${tag} 1000 Ltd` });
  });
  afterAll(() => database?.drop());

  it("the audit log's actor and action", async () => {
    const { db } = database.opened;
    const actors = async (actor: string) => (await listAudit(db, { actor })).rows.map((r) => r.actorLabel);
    expect(await actors(`${tag} 100%_`)).toEqual([`${tag} 100%_off`]);
    expect(await actors(`${tag} 100__`)).toEqual([]);
    expect(await actors(`${tag} back\\`)).toEqual([`${tag} back\\slash`]);
    expect((await listAudit(db, { actor: "_" })).rows.every((r) => r.actorLabel.includes("_"))).toBe(true);
    expect((await listAudit(db, { action: `${tag}_` })).rows.map((r) => r.action)).toEqual([`${tag}_a.done`]);
    expect((await listAudit(db, { action: `${tag}\\` })).rows.map((r) => r.action)).toEqual([`${tag}\\b.done`]);
  });

  it("the entitlements' search", async () => {
    const { db } = database.opened;
    expect((await listEntitlements(db, { q: `${tag} 100%` })).rows.map((r) => r.customerName)).toEqual([`${tag} 100% Ltd`]);
    expect((await listEntitlements(db, { q: `${tag} 10_0` })).rows).toEqual([]);
    expect((await listEntitlements(db, { q: "\\" })).rows).toEqual([]);
  });

  it("the mailbox's address, contained or equal ignoring case", async () => {
    const { db } = database.opened;
    expect((await listReceivedMail(`${tag}_`, db)).map((m) => m.toAddress)).toEqual([`${tag}_1@contoso.example`]);
    expect((await listOutboxMessages(`${tag.toUpperCase()}_1@CONTOSO.EXAMPLE`, db)).map((m) => m.toAddress)).toEqual([`${tag}_1@contoso.example`]);
    expect(await listOutboxMessages(`${tag}%`, db)).toEqual([]);
    expect(await listOutboxMessages("\\", db)).toEqual([]);
    expect(await listReceivedMail("\\", db)).toEqual([]);
    // A NUL, or a lone surrogate, cannot reach the query at all.
    expect(parseMailboxFilter("a\u0000b")).toBeUndefined();
    expect(parseMailboxFilter("\uD800")).toBeUndefined();
    expect(parseMailboxFilter(["a", "b"])).toBeUndefined();
    expect(parseMailboxFilter(" Ada@Contoso.example ")).toBe("Ada@Contoso.example");
  });

  it("equalsIgnoringCase matches one text, whatever its case, and nothing else", async () => {
    const { db } = database.opened;
    const count = (text: string) => db.receivedMail.count({ where: { toAddress: equalsIgnoringCase(text) } });
    expect(await count(`${tag.toUpperCase()}A1@contoso.example`)).toBe(1);
    expect(await count(`${tag}_1@contoso.example`)).toBe(1);
    expect(await count("%")).toBe(0);
    expect(await count("\\")).toBe(0);
  });
});
