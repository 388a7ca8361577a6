// deleteStaleDrafts (lib/clearinghouse/stale-drafts.ts): old unsubmitted drafts go, recent ones stay.
import { expect, test } from "../fixtures";
import { deleteStaleDrafts } from "@/lib/clearinghouse/stale-drafts";
import { createDraft } from "@/prisma/clearinghouse-factories";

test("removes unsubmitted drafts older than the cut-off, keeps recent ones", async ({ db }) => {
  const old = await createDraft(db);
  const recent = await createDraft(db);
  const longAgo = new Date(Date.now() - 30 * 24 * 60 * 60_000);
  await db.manageCalsDraft.update({ where: { id: old.id }, data: { updatedAt: longAgo } });
  const cutOff = new Date(Date.now() - 7 * 24 * 60 * 60_000);
  expect(await deleteStaleDrafts(db, cutOff)).toBeGreaterThanOrEqual(1);
  expect(await db.manageCalsDraft.findUnique({ where: { id: old.id } })).toBeNull();
  expect(await db.manageCalsDraft.findUnique({ where: { id: recent.id } })).not.toBeNull();
});

test("removes the server flows' unsubmitted drafts too (web site and phone desk), keeps submitted and recent ones", async ({ db }) => {
  const longAgo = new Date(Date.now() - 30 * 24 * 60 * 60_000);
  const [old, submitted, recent] = await Promise.all([
    db.clearinghouseServerDraft.create({ data: { flow: "activate" } }),
    db.clearinghouseServerDraft.create({ data: { flow: "reactivate", recordId: crypto.randomUUID() } }),
    db.clearinghouseServerDraft.create({ data: { flow: "deactivate" } }),
  ]);
  await db.clearinghouseServerDraft.updateMany({ where: { id: { in: [old.id, submitted.id] } }, data: { updatedAt: longAgo } });
  expect(await deleteStaleDrafts(db, new Date(Date.now() - 7 * 24 * 60 * 60_000))).toBeGreaterThanOrEqual(1);
  expect(await db.clearinghouseServerDraft.findUnique({ where: { id: old.id } })).toBeNull();
  expect(await db.clearinghouseServerDraft.findUnique({ where: { id: submitted.id } })).not.toBeNull();
  expect(await db.clearinghouseServerDraft.findUnique({ where: { id: recent.id } })).not.toBeNull();
});
