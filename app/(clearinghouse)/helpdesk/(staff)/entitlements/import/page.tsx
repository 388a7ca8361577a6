import Link from "next/link";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { CSV_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/helpdesk/entitlement-csv";
import { ImportForm } from "./import-form";

export const metadata = { title: "Import entitlements from CSV" };

export default async function ImportEntitlementsPage() {
  await connection();
  await requireSupervisor();
  return (
    <>
      <p className="text-sm"><Link href="/helpdesk/entitlements">Entitlements</Link></p>
      <h1 className="text-2xl">Import entitlements from CSV</h1>
      <div className="mt-3 max-w-3xl space-y-2">
        <p>
          The first line names the columns <code className="font-mono wrap-anywhere">{CSV_COLUMNS.join(",")}</code> (an exported file has them).
          License programs and types of RDS CAL may be written as on the Web site (&ldquo;Select License&rdquo;) or as exported (SELECT_LICENSE).
        </p>
        <p>
          Each row is imported on its own: a new purchase is added; one that exists already gets the row&rsquo;s quantity. Rows with a mistake are
          listed with the reason and change nothing. At most {MAX_IMPORT_ROWS.toLocaleString("en-US")} rows per file.
        </p>
      </div>
      <ImportForm />
    </>
  );
}
