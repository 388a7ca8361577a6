import type { ReactNode } from "react";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatDateTime } from "@/lib/format/date";
import type { RequestDetail } from "@/lib/helpdesk/request-detail";
import { DetailList, Section } from "./section";
import { DecisionPanel } from "./decision-panel";
import { GroupedId } from "@/components/ui/grouped-id";

/**
 * The actions while the request awaits review; afterwards, what was decided and what the customer sees.
 * The panel stays mounted when the page refreshes after a decision, so its message stays on screen.
 */
export function Decision({ detail, staffId }: { detail: RequestDetail; staffId: string }) {
  const { request: r } = detail;
  const awaiting = r.status === "AWAITING_REVIEW";
  const pack = r.issuedKeyPack;
  const items: [string, ReactNode][] = [
    ["Decided", r.status === "ISSUED" ? "Issued at once by the Web site" : `${r.decidedAt ? formatDateTime(r.decidedAt) : "—"}${r.decidedBy ? ` by ${r.decidedBy.name}` : ""}`],
  ];
  if (pack) {
    items.push(["License key pack ID", <GroupedId key="k" value={formatKeyPackId(pack.licenseKeyPackId)} />]);
    items.push(["Counts against the purchase", pack.supersededAt ? `No: replaced on ${formatDateTime(pack.supersededAt)}` : "Yes"]);
  }
  if (r.status === "REJECTED") items.push(["Reason the customer sees", r.rejectionReason]);
  return (
    <Section id="decision-heading" title={awaiting ? "Decision" : "Outcome"}>
      <DecisionPanel
        awaiting={awaiting}
        context={{
          requestId: r.id,
          reference: r.reference,
          quantity: r.quantity,
          heldBy: r.assignedTo && r.assignedTo.id !== staffId ? r.assignedTo : null,
          approval: detail.approval,
          hasPurchase: detail.entitlement !== null,
        }}
      >
        <DetailList items={items} />
      </DecisionPanel>
    </Section>
  );
}
