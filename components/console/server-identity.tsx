// The License Server ID (with a copy button) and Product ID, as Properties and Review Configuration show them.
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { GroupedId } from "@/components/ui/grouped-id";
import { formatProductId, PRODUCT_ID_LENGTH } from "@/lib/licensing/product-id";

/** A Product ID as 4 groups of 5; one in an older form (a database from before issue 16) as it is. */
function formatProductIdForDisplay(productId: string): string {
  return /^\d+$/.test(productId) && productId.length === PRODUCT_ID_LENGTH ? formatProductId(productId) : productId;
}

/** `licenseServerId` null: the server is not activated, so it has none yet. */
export function ServerIdentity({ licenseServerId, productId, children }: { licenseServerId: string | null; productId: string; children?: ReactNode }) {
  const formatted = licenseServerId ? formatLicenseServerId(licenseServerId) : null;
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-3 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">License Server ID</dt>
      <dd className="flex flex-wrap items-center gap-2">
        {formatted ? (
          <>
            <GroupedId value={formatted} />
            <CopyButton text={formatted} label="Copy the License Server ID" />
          </>
        ) : (
          <span className="text-muted">None: the license server is not activated</span>
        )}
      </dd>
      <dt className="font-semibold">Product ID</dt>
      <dd className="font-mono">{formatProductIdForDisplay(productId)}</dd>
      {children}
    </dl>
  );
}
