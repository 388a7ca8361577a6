// A customer's history: the one-time link proves the address once, the session shows that address's requests
// and nobody else's, and an old or replayed link shows nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestRecord } from "@/prisma/clearinghouse-factories";
import { uniqueSuffix } from "@/prisma/factories";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { HISTORY_LINK_KIND } from "@/lib/mail/messages";
import { historyCsv, historyFor, LINK_TTL_MS, openHistory, sendHistoryLink, sessionEmail } from "./history";

describe.each(TEST_DATABASES)("a customer's history on $label", ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.drop());

  /** The link's token, read from the e-mail the outbox holds. */
  async function linkFor(email: string, now = new Date()) {
    const { db } = database.opened;
    await sendHistoryLink(db, email, (token) => `https://site.example/licensing/history/open?token=${token}`, now);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: email, kind: HISTORY_LINK_KIND }, orderBy: { createdAt: "desc" } });
    return new URL(/https:\S+/.exec(mail.body)![0]).searchParams.get("token")!;
  }

  it("shows every request of the proved address, and only of that one, after a link used once", async () => {
    const { db } = database.opened;
    const mine = `it-${uniqueSuffix().toLowerCase()}@contoso.example`;
    const theirs = `it-${uniqueSuffix().toLowerCase()}@fabrikam.example`;
    const a = await createRequestRecord(db, { email: mine });
    const b = await createRequestRecord(db, { email: mine });
    await createRequestRecord(db, { email: theirs });

    const token = await linkFor(mine);
    const session = await openHistory(db, token);
    expect(session).toBeTruthy();
    expect(await openHistory(db, token)).toBeNull(); // once
    expect(await sessionEmail(db, session)).toBe(mine);
    const history = await historyFor(db, mine);
    expect(history.flatMap((s) => s.requests.map((r) => r.reference)).sort()).toEqual([a.reference, b.reference].sort());
    expect(history.map((s) => s.licenseServerId).sort()).toEqual([a.targetLicenseServerId, b.targetLicenseServerId].sort());
    expect(historyCsv(history)).toContain(a.reference);
    // The stored rows hold hashes only.
    const stored = await db.historyAccess.findMany({ where: { email: mine } });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(session);
  });

  it("an expired link, a made-up token or session shows nothing", async () => {
    const { db } = database.opened;
    const email = `it-${uniqueSuffix().toLowerCase()}@contoso.example`;
    const old = await linkFor(email, new Date(Date.now() - LINK_TTL_MS - 1000));
    expect(await openHistory(db, old)).toBeNull();
    expect(await openHistory(db, "A".repeat(43))).toBeNull();
    expect(await openHistory(db, "'; DROP TABLE x; --")).toBeNull();
    expect(await sessionEmail(db, "A".repeat(43))).toBeNull();
    expect(await sessionEmail(db, null)).toBeNull();
  });
});
