// After Revoke License (docs/decisions/037): what was revoked, and how many more of its version may be now, or
// when the next revocation is allowed (the real method's RevokableCals and NextRevokeAllowedOn).
import type { getRevocationNotice } from "@/lib/console/queries";
import { calType } from "@/lib/licensing/catalog";
import { formatDateTime } from "@/lib/format/date";

type Notice = NonNullable<Awaited<ReturnType<typeof getRevocationNotice>>>;

export function RevocationNotice({ notice }: { notice: Notice }) {
  const label = calType(notice.calType).label;
  const { remaining, nextAllowedOn } = notice.allowance;
  return (
    <div role="status" className="mt-4 rounded border-l-4 border-success bg-success-soft p-3">
      <p className="font-semibold">
        The license issued to {notice.issuedTo} ({label}, Keypack ID {notice.keypackId}) was revoked and returned to the pool of available licenses.
      </p>
      <p className="mt-1">
        {remaining > 0
          ? `You can revoke ${remaining} more ${label}${remaining === 1 ? "" : "s"} now.`
          : `No more ${label}s can be revoked now${nextAllowedOn ? `: the next revocation is allowed on ${formatDateTime(nextAllowedOn)}` : ""}.`}
      </p>
    </div>
  );
}
