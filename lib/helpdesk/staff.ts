// Staff accounts, managed by supervisors: create, deactivate (ends their sessions), reactivate, reset the
// password (ends their sessions too). Each change and its audit entry in one transaction; password hashes
// never go into the audit log.
import type { StaffRole } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { StaffIdentity } from "@/lib/auth/sessions";
import { isUniqueViolation } from "@/lib/database-errors";

export type StaffOutcome = { ok: true } | { ok: false; field?: string; message: string };

export async function insertStaffUser(db: Database, actor: StaffIdentity, input: { name: string; email: string; role: StaffRole; password: string }): Promise<StaffOutcome & { id?: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.staffUser.create({ data: { name: input.name, email: input.email, role: input.role, passwordHash } });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.email,
        action: "staff.created",
        entityType: "StaffUser",
        entityId: created.id,
        after: { name: created.name, email: created.email, role: created.role, active: true },
      });
      return created;
    });
    return { ok: true, id: user.id };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, field: "email", message: "An account with this e-mail address already exists" };
    }
    throw error;
  }
}

export async function setStaffActive(db: Database, actor: StaffIdentity, userId: string, active: boolean): Promise<StaffOutcome> {
  if (userId === actor.id && !active) return { ok: false, message: "You cannot deactivate your own account." };
  return db.$transaction(async (tx) => {
    const changed = await tx.staffUser.updateMany({ where: { id: userId, active: !active }, data: { active } });
    if (changed.count === 0) return { ok: false, message: `This account is already ${active ? "active" : "deactivated"}.` };
    if (!active) await tx.staffSession.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: active ? "staff.reactivated" : "staff.deactivated",
      entityType: "StaffUser",
      entityId: userId,
      before: { active: !active },
      after: { active },
    });
    return { ok: true };
  });
}

export async function updateStaffPassword(db: Database, actor: StaffIdentity, userId: string, password: string): Promise<StaffOutcome> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const changed = await tx.staffUser.updateMany({ where: { id: userId }, data: { passwordHash } });
    if (changed.count === 0) return { ok: false, message: "This account no longer exists." };
    const ended = await tx.staffSession.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.email,
      action: "staff.password_reset",
      entityType: "StaffUser",
      entityId: userId,
      before: { passwordChanged: false },
      after: { passwordChanged: true, sessionsEnded: ended.count },
    });
    return { ok: true };
  });
}
