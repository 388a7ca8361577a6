// Words the Manage CALs pages, the status page and the receipt share. Constants only, so client components
// can import them without pulling in the country list.
import type { RecoveryStatus } from "@/generated/prisma/client";

export const STATUS_LABELS: Record<RecoveryStatus, string> = {
  ISSUED: "Issued",
  AWAITING_REVIEW: "Awaiting review by the Microsoft Clearinghouse",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

/** Step 17's advice, in the document's words. */
export const RETAIN_ADVICE =
  "Retain a copy of the license key pack ID. Having this information with you facilitates communications with the Microsoft Clearinghouse, should you need assistance with recovering RDS CALs.";
