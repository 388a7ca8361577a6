// The customer's history on a request's page (docs/decisions/035-recovery-kit.md): every request made with its
// e-mail address, by license server, as the customer sees it on the Web site after proving the address.
import { CustomerHistoryTables } from "@/components/licensing/customer-history-table";
import { getDb } from "@/lib/db";
import { historyFor } from "@/lib/clearinghouse/customer-history/history";
import { Section } from "./section";

export async function CustomerHistory({ email }: { email: string | null }) {
  const history = email ? await historyFor(await getDb(), email) : [];
  return (
    <Section id="customer-history-heading" title="Customer's history">
      {!email ? (
        <p>No e-mail address was given with this request, so no history can be shown.</p>
      ) : (
        <>
          <p className="mb-3 break-words">Every request made with <span className="break-all">{email}</span>, as the customer sees it under Your requests on the Web site.</p>
          <CustomerHistoryTables history={history} requestHref={(reference) => `/helpdesk/requests/${reference}`} headingLevel={3} />
        </>
      )}
    </Section>
  );
}
