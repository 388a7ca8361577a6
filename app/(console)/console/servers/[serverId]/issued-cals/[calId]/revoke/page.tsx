// Revoke License (an issued RDS CAL's context menu, docs/decisions/037): which CAL, how many more of its version
// may be revoked, and Yes / No as the real tool's question. A Per User CAL, or a version at its limit, says why
// and offers no Revoke; the action refuses them too. A CAL revoked already (another tab) says so.
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { buttonClass } from "@/components/ui/button";
import { PowerShellDisclosure } from "@/components/console/powershell-disclosure";
import { getRevokeView } from "@/lib/console/queries";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { revokeLicenseForm } from "@/lib/console/revoke/revoke-actions";
import { limitReachedMessage, PER_USER_NOT_REVOCABLE } from "@/lib/console/revoke/revoke-rule";
import { consoleServerHref, revokedHref } from "@/lib/console/urls";
import { calType } from "@/lib/licensing/catalog";
import { isQueryableText } from "@/lib/forms/text";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { ConfirmForm } from "@/components/console/confirm-form";

export const metadata = { title: "Revoke License" };

export default async function RevokeLicensePage({ params }: { params: Promise<{ serverId: string; calId: string }> }) {
  await connection();
  const { serverId, calId } = await params;
  // The 404 page for a server this browser may not see (lib/practice/visibility.ts), as every console page.
  const server = await requireVisibleServer(serverId);
  if (!isQueryableText(calId)) notFound();
  const view = { server, ...(await getRevokeView(server, calId)) };
  const back = consoleServerHref(view.server.name);
  const { cal, allowance } = view;
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="mx-auto max-w-2xl rounded border border-line bg-surface p-6 shadow-md">
        <h1 className="text-2xl">Revoke License</h1>
        {!cal ? (
          <div role="status" className="mt-4 rounded border-l-4 border-warning bg-warning-soft p-3">
            {view.revocationId ? (
              <p>
                This license was revoked already. <Link href={revokedHref(view.server.name, view.revocationId)}>See what was revoked</Link>.
              </p>
            ) : (
              <p>This license is no longer issued by {view.server.name}.</p>
            )}
          </div>
        ) : (
          <>
            <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">License server</dt>
              <dd>{view.server.name}</dd>
              <dt className="font-semibold">Issued to</dt>
              <dd className="break-all">{cal.issuedTo}</dd>
              <dt className="font-semibold">License Version and Type</dt>
              <dd>{calType(cal.installedKeyPack.calType).label}</dd>
              <dt className="font-semibold">Keypack ID</dt>
              <dd>{cal.installedKeyPack.keypackId}</dd>
              <dt className="font-semibold">Issued on</dt>
              <dd>{formatDate(cal.issuedOn)}</dd>
              <dt className="font-semibold">Expires on</dt>
              <dd>{cal.expiresOn ? formatDate(cal.expiresOn) : "Does not expire"}</dd>
            </dl>
            {!allowance ? (
              <p role="status" className="mt-4 rounded border-l-4 border-danger bg-danger-soft p-3">{PER_USER_NOT_REVOCABLE}</p>
            ) : allowance.remaining === 0 ? (
              <p role="status" className="mt-4 rounded border-l-4 border-danger bg-danger-soft p-3">{limitReachedMessage(cal.installedKeyPack.calType, allowance, formatDateTime)}</p>
            ) : (
              <>
                <p className="mt-4">
                  The license returns to the pool of available licenses at once, and the computer gets a new one the next time it
                  connects. At most 20% of the {calType(cal.installedKeyPack.calType).label}s installed ({allowance.limit} of{" "}
                  {allowance.installed}) may stand revoked at a time; {allowance.standing} do now, so you can revoke{" "}
                  {allowance.remaining} more.
                </p>
                <p className="mt-4 font-semibold">Do you want to revoke this license?</p>
              </>
            )}
            <PowerShellDisclosure action="revoke" values={{ issuedTo: cal.issuedTo }} />
          </>
        )}
        {cal && allowance && allowance.remaining > 0 ? (
          <ConfirmForm label="Revoke License" action={revokeLicenseForm.bind(null, view.server.id, cal.id)} cancelHref={back} />
        ) : (
          <div className="mt-8 flex justify-end border-t border-line pt-4">
            <Link href={back} className={buttonClass("primary")}>OK</Link>
          </div>
        )}
      </div>
    </main>
  );
}
