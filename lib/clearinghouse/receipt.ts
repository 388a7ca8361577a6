// The text receipt a visitor downloads from the result and status pages: what was asked, what came of it,
// and step 17's advice. Plain text, so it prints and files anywhere.
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import type { RecoveryStatus } from "@/generated/prisma/client";
import { siteOptionLabel } from "./select-options";
import type { DraftColumns, SiteOption } from "./steps";
import { summarySections } from "./summary";
import { RETAIN_ADVICE, STATUS_LABELS } from "./wording";
import { formatDateTime } from "@/lib/format/date";

export interface ReceiptInput {
  option?: SiteOption;
  reference: string;
  status: RecoveryStatus;
  submittedAt: Date;
  licenseKeyPackId: string | null;
  rejectionReason: string | null;
  details: DraftColumns;
}

const LABEL_WIDTH = 28;

function line(label: string, value: string): string {
  return `${`${label}:`.padEnd(LABEL_WIDTH)}${value}`;
}

export function receiptFileName(reference: string): string {
  return `license-key-pack-${reference}.txt`;
}

export function receiptText(input: ReceiptInput): string {
  const option = input.option ?? "MANAGE_CALS";
  const title = `Remote Desktop Services Licensing - ${siteOptionLabel(option)} receipt`;
  const out = [title, "=".repeat(title.length), ""];
  out.push(line("Reference number", input.reference));
  out.push(line("Submitted", formatDateTime(input.submittedAt)));
  out.push(line("Status", STATUS_LABELS[input.status]));
  if (input.licenseKeyPackId) out.push(line("License key pack ID", formatKeyPackId(input.licenseKeyPackId)));
  if (input.rejectionReason) out.push(line("Reason", input.rejectionReason));
  for (const section of summarySections(input.details, option)) {
    out.push("", section.title, "-".repeat(section.title.length));
    for (const row of section.rows) out.push(line(row.label, row.value));
  }
  out.push("");
  if (input.licenseKeyPackId) {
    out.push(
      `In the ${option === "INSTALL_CALS" ? "Install Licenses Wizard" : "Manage RDS CALs Wizard"}, on the Obtain Client License Key Pack page, enter the license key pack ID`,
      "in the boxes provided, and then click Next.",
      "",
      RETAIN_ADVICE,
    );
  } else {
    out.push("Check the status of this request on the Remote Desktop Services Licensing Web site (Check request status)", "with the reference number and the e-mail address or Target License Server ID you gave.");
  }
  return out.join("\n") + "\n";
}
