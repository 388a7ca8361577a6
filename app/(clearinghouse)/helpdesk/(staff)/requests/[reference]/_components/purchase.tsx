import type { ReactNode } from "react";
import Link from "next/link";
import { formatCredential } from "@/lib/licensing/credentials";
import type { RequestDetail } from "@/lib/helpdesk/request-detail";
import { DetailList, Section } from "./section";

/** The purchase the request matches and how much of it is issued already. */
export function Purchase({ detail, canManage }: { detail: RequestDetail; canManage: boolean }) {
  const { entitlement: e, request } = detail;
  const awaiting = request.status === "AWAITING_REVIEW";
  return (
    <Section id="purchase-heading" title="Matching purchase">
      {e ? (
        <>
          <DetailList
            items={[
              ["Customer", canManage ? <Link key="l" href={`/helpdesk/entitlements/${e.id}`}>{e.customerName}</Link> : e.customerName],
              ["Credential", <span key="c" className="font-mono">{formatCredential(e.licenseProgram, e.credential)}</span>],
              ["Quantity purchased", e.quantity.toLocaleString("en-US")],
              ...(awaiting
                ? ([
                    ["Already issued", `${e.activeIssued.toLocaleString("en-US")} (of which ${e.activeForThisServer.toLocaleString("en-US")} to this license server, replaced if this request is issued)`],
                    ["Available for this request", e.available.toLocaleString("en-US")],
                  ] as [string, ReactNode][])
                : ([["Issued now", e.activeIssued.toLocaleString("en-US")]] as [string, ReactNode][])),
            ]}
          />
          {awaiting ? (
            <p className={`mt-3 font-semibold ${e.covered ? "text-success" : "text-danger"}`}>
              {e.covered
                ? `The purchase covers the ${request.quantity.toLocaleString("en-US")} CALs requested.`
                : `The ${request.quantity.toLocaleString("en-US")} CALs requested are more than the ${e.available.toLocaleString("en-US")} the purchase still covers.`}
            </p>
          ) : null}
        </>
      ) : (
        <p>
          No purchase the Clearinghouse knows matches this license program, credential and type of RDS CAL.
          {canManage ? <> <Link href="/helpdesk/entitlements/new">Add an entitlement</Link> if the customer has proved the purchase.</> : null}
        </p>
      )}
    </Section>
  );
}
