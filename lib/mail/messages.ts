// The e-mails a customer gets about a recovery request: filed for review, approved (with the license key pack
// ID and what to do with it), rejected (with the reason); and the one about no request, the customer
// history's one-time link (docs/decisions/035-recovery-kit.md). Pure: the words are tested without a database.
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { calTypeLabel } from "@/lib/helpdesk/labels";
import type { CalType } from "@/lib/licensing/catalog";

export type MailKind = "filed_for_review" | "approved" | "rejected";

export interface MailRequest {
  reference: string;
  firstName: string;
  lastName: string;
  targetLicenseServerId: string;
  calType: CalType;
  quantity: number;
}

export interface Mail {
  subject: string;
  body: string;
}

const SIGNATURE = "\n\nRemote Desktop Services Licensing Clearinghouse (a practice site: no real licenses are issued)";

function opening(r: MailRequest): string {
  return `Dear ${r.firstName} ${r.lastName},\n\nYour request ${r.reference} for ${r.quantity.toLocaleString("en-US")} ${calTypeLabel(r.calType)}s for the license server with Target License Server ID ${formatLicenseServerId(r.targetLicenseServerId)}`;
}

export function composeMail(kind: MailKind, r: MailRequest, extra: { licenseKeyPackId?: string; rejectionReason?: string } = {}): Mail {
  switch (kind) {
    case "filed_for_review":
      return {
        subject: `Request ${r.reference} is being reviewed`,
        body: `${opening(r)} needs a review by our staff before a license key pack ID can be issued. We will write again when it is decided. You can also follow it on the Web site under Check request status, with the reference ${r.reference}.${SIGNATURE}`,
      };
    case "approved":
      return {
        subject: `Request ${r.reference} approved: your license key pack ID`,
        body: `${opening(r)} is approved. Your license key pack ID is:\n\n    ${formatKeyPackId(extra.licenseKeyPackId ?? "")}\n\nWhat to do with it: on the license server, in Remote Desktop Licensing Manager, open Manage RDS CALs and go on to the Obtain Client License Key Pack page, type the license key pack ID in the seven boxes, then click Next. It works only on the license server with the Target License Server ID above. Keep this e-mail with your purchase records.${SIGNATURE}`,
      };
    case "rejected":
      return {
        subject: `Request ${r.reference} could not be approved`,
        body: `${opening(r)} could not be approved, for this reason:\n\n    ${extra.rejectionReason ?? ""}\n\nYou can file a new request on the Web site with corrected purchase details.${SIGNATURE}`,
      };
  }
}

/** The kind of the customer history's link (the outbox's `kind`; one per ask, not tied to a request). */
export const HISTORY_LINK_KIND = "history_link";

export function composeHistoryLinkMail(link: string): Mail {
  return {
    subject: "Your requests on the Remote Desktop Services Licensing Web site",
    body: `Someone (we hope you) asked to see the requests made with this e-mail address. Open this link within 30 minutes, once, to see every license server and license key pack ID issued to it:\n\n    ${link}\n\nIf you did not ask, ignore this e-mail: nothing is shown without the link.${SIGNATURE}`,
  };
}
