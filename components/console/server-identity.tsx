// The License Server ID (with a copy button) and Product ID, as Properties and Review Configuration show them.
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { GroupedId } from "@/components/ui/grouped-id";

export function ServerIdentity({ licenseServerId, productId, children }: { licenseServerId: string; productId: string; children?: ReactNode }) {
  const formatted = formatLicenseServerId(licenseServerId);
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-3 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">License Server ID</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <GroupedId value={formatted} />
        <CopyButton text={formatted} label="Copy the License Server ID" />
      </dd>
      <dt className="font-semibold">Product ID</dt>
      <dd className="font-mono">{productId}</dd>
      {children}
    </dl>
  );
}
