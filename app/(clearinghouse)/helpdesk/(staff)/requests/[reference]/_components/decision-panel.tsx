"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { approveRequest, rejectRequest } from "@/lib/helpdesk/actions/requests";

/** Approve and issue / Reject while the request awaits review; then `children` (the outcome). */
export function DecisionPanel({ requestId, awaiting, children }: { requestId: string; awaiting: boolean; children: ReactNode }) {
  const approve = useActionForm<{ requestId: string }, { message: string }>({
    action: approveRequest,
    defaultValues: { requestId },
    idPrefix: "approve-",
  });
  const reject = useActionForm<{ requestId: string; rejectionReason: string }, { message: string }>({
    action: rejectRequest,
    defaultValues: { requestId, rejectionReason: "" },
    idPrefix: "reject-",
  });
  const busy = approve.submitting || reject.submitting;
  return (
    <div>
      <ErrorSummary
        errors={awaiting ? reject.summary.errors : []}
        formError={approve.formError ?? reject.formError}
        focusKey={(approve.summary.focusKey ?? 0) + (reject.summary.focusKey ?? 0)}
      />
      <p role="status" aria-live="polite" className="mb-3 font-semibold text-success empty:hidden">
        {approve.success?.message ?? reject.success?.message}
      </p>
      {awaiting ? (
        <>
          <form onSubmit={approve.onSubmit} noValidate>
            <p>Issue a license key pack ID for this request. The customer sees it on the status page.</p>
            <Button type="submit" className="mt-3" disabled={busy}>Approve and issue</Button>
          </form>
          <form onSubmit={reject.onSubmit} noValidate className="mt-6 border-t border-line pt-4">
            <Field id="reject-rejectionReason" label="Reason for rejecting" hint="The customer sees this on the status page." error={reject.fieldError("rejectionReason")} className="mt-0">
              <textarea
                {...reject.form.register("rejectionReason")}
                {...fieldAria("reject-rejectionReason", reject.fieldError("rejectionReason"), "hint")}
                rows={3}
                className={inputClass}
              />
            </Field>
            <Button type="submit" variant="danger" className="mt-3" disabled={busy}>Reject</Button>
          </form>
        </>
      ) : (
        children
      )}
    </div>
  );
}
