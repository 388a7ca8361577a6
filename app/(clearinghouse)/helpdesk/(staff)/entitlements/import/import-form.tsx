"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, fileInputClass } from "@/components/ui/field";
import { TableShell } from "@/components/helpdesk/table-shell";
import { importEntitlements, type ImportState } from "@/lib/helpdesk/actions/entitlements";

const OUTCOME_LABELS = { added: "Added", updated: "Updated", unchanged: "Unchanged", error: "Not imported" } as const;

export function ImportForm() {
  const [state, action, pending] = useActionState<ImportState, FormData>(importEntitlements, { status: "idle" });
  const error = state.status === "error" ? state.message : undefined;
  const counts = state.status === "done" ? countOutcomes(state.lines) : null;
  return (
    <>
      <form action={action} className="mt-6 max-w-xl rounded-lg border border-line bg-surface p-6 shadow-sm">
        <ErrorSummary errors={error ? [{ fieldId: "import-file", message: error }] : []} />
        <Field id="import-file" label="CSV file" error={error} className="mt-0">
          <input {...fieldAria("import-file", error)} name="file" type="file" accept=".csv,text/csv" className={fileInputClass} />
        </Field>
        <Button type="submit" className="mt-4" disabled={pending}>{pending ? "Importing…" : "Import"}</Button>
      </form>
      {state.status === "done" && counts ? (
        <section aria-labelledby="report-heading" className="mt-8">
          <h2 id="report-heading" className="text-lg">Import report for {state.fileName}</h2>
          <p role="status" className="mt-2">
            {counts.added} added, {counts.updated} updated, {counts.unchanged} unchanged, {counts.error} not imported.
          </p>
          <TableShell caption="Import report, row by row" headers={["Line", "Result", "Details"]}>
            {state.lines.map((l) => (
              <tr key={l.line} className="border-t border-line">
                <th scope="row" className="px-3 py-2">{l.line}</th>
                <td className={`px-3 py-2 font-semibold ${l.outcome === "error" ? "text-danger" : "text-success"}`}>{OUTCOME_LABELS[l.outcome]}</td>
                <td className="px-3 py-2">{l.message}</td>
              </tr>
            ))}
          </TableShell>
        </section>
      ) : null}
    </>
  );
}

function countOutcomes(lines: { outcome: keyof typeof OUTCOME_LABELS }[]) {
  const counts = { added: 0, updated: 0, unchanged: 0, error: 0 };
  for (const l of lines) counts[l.outcome]++;
  return counts;
}
