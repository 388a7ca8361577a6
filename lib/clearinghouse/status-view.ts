// What the Check request status page shows for a request, as plain data a client component can render.
import type { RecoveryStatus } from "@/generated/prisma/client";
import type { RequestView } from "./queries";
import { summarySections, type SummarySection } from "./summary";
import { STATUS_LABELS } from "./wording";

export interface StatusView {
  reference: string;
  status: RecoveryStatus;
  statusLabel: string;
  submittedAt: string;
  rejectionReason: string | null;
  licenseKeyPackId: string | null;
  /** The license server and purchase sections (the company's details stay out of a lookup). */
  sections: SummarySection[];
}

export function toStatusView(request: RequestView): StatusView {
  return {
    reference: request.reference,
    status: request.status,
    statusLabel: STATUS_LABELS[request.status],
    submittedAt: request.submittedAt.toISOString(),
    rejectionReason: request.rejectionReason,
    licenseKeyPackId: request.licenseKeyPackId,
    sections: summarySections(request.details).filter((s) => s.step !== "company"),
  };
}
