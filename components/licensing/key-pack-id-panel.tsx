// The license key pack ID as the console asks for it, with Copy, Print and a text receipt to download, and
// step 17's advice to retain a copy.
import type { ReactNode } from "react";
import { RETAIN_ADVICE } from "@/lib/clearinghouse/wording";
import { formatKeyPackId } from "@/lib/licensing/key-pack-id-format";
import { IssuedIdPanel } from "./issued-id-panel";

export function KeyPackIdPanel({ licenseKeyPackId, receipt }: { licenseKeyPackId: string; receipt: ReactNode }) {
  return <IssuedIdPanel id="key-pack-id" heading="License key pack ID" formatted={formatKeyPackId(licenseKeyPackId)} copyLabel="Copy license key pack ID" advice={RETAIN_ADVICE} extra={receipt} />;
}
