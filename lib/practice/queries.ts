// Practice server reads: the card on the owner's server page, the owner's live server, and the trainer's list
// with how far each trainee got (lib/procedure/progress.ts decides that from the facts read here).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { firstIncompleteStep } from "@/lib/clearinghouse/progress";
import { practiceProgress, runFollows, type RunFacts, type WebFacts } from "@/lib/procedure/progress";
import { readPracticeOwner } from "./owner-cookie";
import type { VisibleServer } from "./visibility";

/** The owner's practice server with its purchases; null for a shared server (visible, but not this browser's own). */
export async function getPracticeCard(server: VisibleServer, now = new Date()) {
  const owner = await readPracticeOwner();
  if (!owner) return null;
  const db = await getDb();
  return db.licenseServer.findFirst({
    where: { id: server.id, practiceOwner: owner, practiceExpiresAt: { gt: now } },
    select: {
      id: true,
      name: true,
      practiceExpiresAt: true,
      practiceScenario: true,
      practiceAccess: true,
      entitlements: { orderBy: { licenseProgram: "asc" }, select: { id: true, licenseProgram: true, credential: true, calType: true, quantity: true } },
    },
  });
}

export type PracticeCard = NonNullable<Awaited<ReturnType<typeof getPracticeCard>>>;

/** This browser's live practice server, if it has one. */
export async function getOwnPracticeServer(now = new Date()) {
  const owner = await readPracticeOwner();
  if (!owner) return null;
  const db = await getDb();
  return db.licenseServer.findFirst({ where: { practiceOwner: owner, practiceExpiresAt: { gt: now } }, select: { id: true, name: true } });
}

/**
 * Every live practice server (`where`: of one class's trainees, lib/practice/classroom-store.ts) with its
 * latest run and the latest web site activity for its License Server ID.
 */
export async function listPracticeProgress(now = new Date(), where: Prisma.LicenseServerWhereInput = {}) {
  const db = await getDb();
  const servers = await db.licenseServer.findMany({
    // A failed source (a migration scenario's) is no run of its own.
    where: { ...where, practiceOwner: { not: null }, practiceExpiresAt: { gt: now }, practiceSourceFor: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      licenseServerId: true,
      createdAt: true,
      practiceExpiresAt: true,
      practiceScenario: true,
      traineeId: true,
      connectionMethod: true,
      // The latest runs of every wizard: the rebuild's (not a migration's) for practiceProgress, and the one
      // of each scenario's procedure for procedureProgress (lib/procedure/progress.ts). A practice server has few.
      wizardRuns: {
        orderBy: { startedAt: "desc" },
        take: 20,
        select: { kind: true, action: true, status: true, step: true, updatedAt: true, _count: { select: { installedKeyPacks: true } } },
      },
    },
  });
  const ids = servers.map((s) => s.licenseServerId).filter((id): id is string => id !== null);
  const drafts = ids.length
    ? await db.manageCalsDraft.findMany({
        where: { targetLicenseServerId: { in: ids } },
        orderBy: { updatedAt: "desc" },
        include: { request: { select: { status: true, updatedAt: true } } },
      })
    : [];
  return servers.map((server) => {
    const latestRun = server.wizardRuns.find((r) => runFollows("rebuild-web", r));
    const run: RunFacts | null = latestRun ? { status: latestRun.status, step: latestRun.step as RunFacts["step"], installedInRun: latestRun._count.installedKeyPacks, updatedAt: latestRun.updatedAt } : null;
    const draft = server.licenseServerId ? drafts.find((d) => d.targetLicenseServerId === server.licenseServerId) : undefined;
    let web: WebFacts | null = null;
    if (draft?.request) {
      const { status, updatedAt } = draft.request;
      web = { page: "result", at: updatedAt, outcome: status === "ISSUED" || status === "APPROVED" ? "issued" : status === "REJECTED" ? "rejected" : "review" };
    } else if (draft) {
      web = { page: firstIncompleteStep(draft), at: draft.updatedAt };
    }
    return {
      id: server.id,
      name: server.name,
      licenseServerId: server.licenseServerId,
      startedAt: server.createdAt,
      expiresAt: server.practiceExpiresAt!,
      scenario: server.practiceScenario,
      traineeId: server.traineeId,
      progress: practiceProgress(run, web),
      /** For the position in another procedure than the Web rebuild (lib/procedure/progress.ts procedureProgress). */
      facts: { runs: server.wizardRuns, web, connectionMethod: server.connectionMethod },
    };
  });
}

export type PracticeRow = Awaited<ReturnType<typeof listPracticeProgress>>[number];
