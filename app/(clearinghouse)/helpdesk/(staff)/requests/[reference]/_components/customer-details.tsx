import type { ReactNode } from "react";
import { credentialKind, formatCredential } from "@/lib/licensing/credentials";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { calTypeLabel, programLabel } from "@/lib/helpdesk/labels";
import { countryName } from "@/lib/countries/names";
import { formatDateTime } from "@/lib/format/date";
import type { RequestDetail } from "@/lib/helpdesk/request-detail";
import { DetailList, Section } from "./section";
import { GroupedId } from "@/components/ui/grouped-id";

/** Everything the customer entered on the Manage CALs pages, in their order and with their labels. */
export function CustomerDetails({ request: r }: { request: RequestDetail["request"] }) {
  const credential: [string, React.ReactNode][] = (() => {
    switch (credentialKind(r.licenseProgram)) {
      case "licenseCode":
        return [["License code", <GroupedId key="c" value={formatCredential(r.licenseProgram, r.credential)} />]];
      case "openLicense":
        return [["License number", <span key="n" className="font-mono">{r.licenseNumber}</span>], ["Authorization number", <span key="a" className="font-mono">{r.authorizationNumber}</span>]];
      case "enrollmentNumber":
        return [["Enrollment number", <span key="e" className="font-mono">{r.agreementNumber}</span>]];
      case "agreementNumber":
        return [["Agreement number", <span key="g" className="font-mono">{r.agreementNumber}</span>]];
    }
  })();
  return (
    <Section id="customer-heading" title="What the customer entered">
      <DetailList
        items={[
          ["Received", r.channel === "TELEPHONE" ? `${formatDateTime(r.createdAt)}, by telephone (taken by ${r.takenBy?.name ?? "a former agent"})` : `${formatDateTime(r.createdAt)}, on the Web site`],
          ["Target License Server ID", <GroupedId key="id" value={formatLicenseServerId(r.targetLicenseServerId)} />],
          ["Reason for recovery", r.reasonForRecovery ?? "None: a request to install client access licenses"],
          // A migration (docs/decisions/025-migrate-rds-cals.md): the source's pack stops counting when this one is issued.
          ...(r.sourceLicenseServerId
            ? ([["Migration from Source License Server ID", <GroupedId key="source" value={formatLicenseServerId(r.sourceLicenseServerId)} />]] as [string, ReactNode][])
            : []),
          ["License Program", programLabel(r.licenseProgram)],
          ["Last name or surname", r.lastName],
          ["First name or given name", r.firstName],
          ["Company name", r.companyName],
          ["Country/region", countryName(r.countryRegion)],
          ["Company address", r.companyAddress],
          ["E-mail address", r.email],
          ["Phone number", r.phone],
          ["Organizational unit", r.organizationalUnit],
          ...credential,
          ["Type of RDS CAL", calTypeLabel(r.calType)],
          ["Quantity", r.quantity.toLocaleString("en-US")],
        ]}
      />
    </Section>
  );
}
