"use client";
// The recovery kit's form and, once used, the response: the new license key pack IDs, what was filed for the
// helpdesk and why, and the response file to download (a data: link, so it works without the script too) or
// to scan. A kit's QR codes open this page with the kit (or one part of it) after the #: gathered here.
import { useEffect, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { GroupedId } from "@/components/ui/grouped-id";
import { TableScroll } from "@/components/ui/table-scroll";
import { DocumentField } from "@/components/recovery-kit/document-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { redeemRecoveryKitForm, type KitUsed } from "@/lib/clearinghouse/recovery-kit/actions";
import { calType as calTypeInfo, licenseProgram as programInfo } from "@/lib/licensing/catalog";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { joinKitParts, parseKitFragment, type KitPart } from "@/lib/recovery-kit/qr";

const PARTS_KEY = "rdls-recovery-kit-parts";

/** The parts scanned so far (each scan may open a new tab: localStorage is shared), with the one in `hash`. */
async function gatherParts(hash: string): Promise<{ text: string | null; have: number; total: number } | null> {
  const part = parseKitFragment(hash);
  if (!part) return null;
  let parts: KitPart[] = [];
  try {
    parts = (JSON.parse(localStorage.getItem(PARTS_KEY) ?? "[]") as KitPart[]).filter((p) => p.kitTag === part.kitTag);
  } catch {
    parts = [];
  }
  parts = [...parts.filter((p) => p.index !== part.index), part];
  const text = await joinKitParts(parts);
  if (text) localStorage.removeItem(PARTS_KEY);
  else localStorage.setItem(PARTS_KEY, JSON.stringify(parts));
  return { text, have: parts.length, total: part.total };
}

export function KitForm() {
  const { form, formProps, summary, fieldError, submitting, success } = useActionForm<{ kit: string }, KitUsed>({ action: redeemRecoveryKitForm, schema: () => import("@/lib/recovery-kit/fields").then((m) => m.kitFieldSchema), defaultValues: { kit: "" } });
  const field = form.controlled("kit");
  const [scanned, setScanned] = useState("");
  // The address's fragment exists only in the browser, after the server's render: read it once, on mount.
  useEffect(() => {
    void gatherParts(window.location.hash).then((gathered) => {
    if (!gathered) return;
    // The kit stays out of the address bar and the history once read.
    history.replaceState(null, "", window.location.pathname);
    if (gathered.text) {
      field.onChange(gathered.text);
      setScanned("The recovery kit from the QR code is in the box below. Check the list, then select Use the recovery kit.");
    } else {
      setScanned(`Part ${gathered.have} of ${gathered.total} of the recovery kit scanned: scan the next QR code.`);
    }
    });
    // Once, when the page opens from a QR code.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (success) return <KitResponse used={success} />;
  return (
    <form {...formProps} className="mt-6">
      <ErrorSummary {...summary} />
      <p role="status" className="text-success empty:hidden">{scanned}</p>
      <DocumentField
        id="kit"
        label="Recovery kit"
        hint="Or paste the whole recovery kit here, from { to }. On a phone, scan its QR codes with the camera: they open this page with the kit."
        fileLabel="Choose the recovery kit file"
        error={fieldError("kit")}
        field={field}
        disabled={submitting}
      />
      <Button type="submit" className="mt-4" disabled={submitting}>
        {submitting ? "Checking the recovery kit…" : "Use the recovery kit"}
      </Button>
    </form>
  );
}

function KitResponse({ used }: { used: KitUsed }) {
  const { response } = used;
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    // Loaded with the response, not with the page: the QR code library is 8 kB gzip of a page held to a budget.
    import("qrcode")
      .then((QRCode) => QRCode.toString(used.text, { type: "svg", margin: 1, errorCorrectionLevel: "L" }))
      .then(setQr, () => setQr(null));
  }, [used.text]);
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(used.text)}`;
  return (
    <section aria-labelledby="response-heading" className="mt-6">
      <h2 id="response-heading" className="text-xl">Your response file</h2>
      <p role="status" className="mt-2 font-semibold">
        {response.issued.length} license key pack ID{response.issued.length === 1 ? "" : "s"} issued
        {response.notIssued.length ? `, ${response.notIssued.length} key pack${response.notIssued.length === 1 ? "" : "s"} not issued at once` : ""} for the
        license server with License Server ID {formatLicenseServerId(response.licenseServerId)}.
      </p>
      <p className="mt-3 flex flex-wrap gap-2">
        <a href={href} download={used.fileName} className={buttonClass("primary")}>Download the response file</a>
        <CopyButton text={used.text} label="Copy the response file" />
      </p>
      {response.issued.length ? (
        <TableScroll label="License key pack IDs issued" className="mt-4">
          <table className="w-full text-left text-sm">
            <caption className="text-left font-semibold">License key pack IDs issued</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1">License Program</th>
                <th scope="col" className="px-2 py-1">Type of RDS CAL</th>
                <th scope="col" className="px-2 py-1">Quantity</th>
                <th scope="col" className="px-2 py-1">License key pack ID</th>
                <th scope="col" className="px-2 py-1">Request</th>
              </tr>
            </thead>
            <tbody>
              {response.issued.map((pack) => (
                <tr key={pack.licenseKeyPackId} className="border-t border-line">
                  <td className="px-2 py-1">{programInfo(pack.licenseProgram).label}</td>
                  <td className="px-2 py-1">{calTypeInfo(pack.calType).label}</td>
                  <td className="px-2 py-1">{pack.quantity}</td>
                  <td className="px-2 py-1"><GroupedId value={formatKeyPackId(pack.licenseKeyPackId)} /></td>
                  <td className="px-2 py-1">{pack.reference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {response.notIssued.length ? (
        <>
          <h3 className="mt-6 text-lg">Not issued at once</h3>
          <ul className="mt-2 space-y-2">
            {response.notIssued.map((pack) => (
              <li key={pack.licenseKeyPackId} className="rounded border-l-4 border-warning bg-warning-soft p-2">
                <p className="font-semibold">
                  {pack.quantity} {calTypeInfo(pack.calType).label} ({programInfo(pack.licenseProgram).label})
                  {pack.reference ? `: filed for review as request ${pack.reference}` : ": not filed"}
                </p>
                <p>{pack.reason}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {qr ? (
        <figure className="mt-6 text-center sm:text-left">
          <div role="img" aria-label="QR code of the response file" className="h-64 w-64 max-w-full bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="mt-1 text-sm text-muted">The response file as a QR code</figcaption>
        </figure>
      ) : null}
      <p className="mt-6">
        On the license server, on the Obtain Client License Key Pack page of the Manage RDS CALs Wizard, under Use a response file,
        choose this file or paste it, then select Install the key packs. Keep it with your purchase records.
      </p>
    </section>
  );
}
