import { statusLabel, type RecoveryStatus } from "@/lib/helpdesk/labels";

const STYLES: Record<RecoveryStatus, string> = {
  AWAITING_REVIEW: "border-warning bg-warning-soft text-warning",
  ISSUED: "border-line bg-white text-ink",
  APPROVED: "border-success bg-success-soft text-success",
  REJECTED: "border-danger bg-danger-soft text-danger",
};

export function StatusBadge({ status }: { status: RecoveryStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${STYLES[status]}`}>{statusLabel(status)}</span>;
}
