"use client";
import { useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ShortcutsHelp, useShortcuts, type Shortcut } from "@/components/helpdesk/shortcuts";
import { approveRequestForm, rejectRequestForm } from "@/lib/helpdesk/actions/requests";
import { OVERRIDE_REASONS, type ApprovalCheck } from "@/lib/helpdesk/approval-check";

export interface DecisionContext {
  requestId: string;
  reference: string;
  quantity: number;
  /** Someone else holds the request: deciding needs a deliberate take-over. */
  heldBy: { id: string; name: string } | null;
  approval: ApprovalCheck;
  hasPurchase: boolean;
}

type Decided = { message: string; next: string | null };

/**
 * Approve and issue / Reject while the request awaits review, each behind a confirmation dialog (also
 * opened with a and r; n goes to the note). After a decision the next waiting request opens, with the
 * outcome shown on it; when none is left the page stays and shows `children` (the outcome).
 */
export function DecisionPanel({ context: c, awaiting, children }: { context: DecisionContext; awaiting: boolean; children: ReactNode }) {
  const router = useRouter();
  const approveDialog = useRef<HTMLDialogElement>(null);
  const rejectDialog = useRef<HTMLDialogElement>(null);
  const goNext = (data: Decided) => {
    approveDialog.current?.close();
    rejectDialog.current?.close();
    if (data.next) router.push(`/helpdesk/requests/${data.next}?decided=${encodeURIComponent(c.reference)}`);
  };
  const takeOverFrom = c.heldBy?.id ?? "";
  const approve = useActionForm<{ requestId: string; takeOverFrom?: string; justification?: string }, Decided>({
    action: approveRequestForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.decisionSchema),
    defaultValues: { requestId: c.requestId, takeOverFrom, justification: "" },
    idPrefix: "approve-",
    carry: ["requestId", "takeOverFrom"],
    onSuccess: goNext,
  });
  const reject = useActionForm<{ requestId: string; takeOverFrom?: string; rejectionReason: string }, Decided>({
    action: rejectRequestForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.rejectSchema),
    defaultValues: { requestId: c.requestId, takeOverFrom, rejectionReason: "" },
    idPrefix: "reject-",
    carry: ["requestId", "takeOverFrom"],
    onSuccess: goNext,
  });
  const busy = approve.submitting || reject.submitting;
  const override = c.approval.reasons.length > 0;
  const shortcuts: Shortcut[] = awaiting
    ? [
        { keys: ["a"], description: "Approve and issue (asks to confirm)", run: (e) => { e.preventDefault(); approveDialog.current?.showModal(); } },
        { keys: ["r"], description: "Reject (asks for the reason, then to confirm)", run: (e) => { e.preventDefault(); rejectDialog.current?.showModal(); } },
        { keys: ["n"], description: "Write an internal note", run: (e) => { e.preventDefault(); document.getElementById("note-body")?.focus(); } },
      ]
    : [{ keys: ["n"], description: "Write an internal note", run: (e) => { e.preventDefault(); document.getElementById("note-body")?.focus(); } }];
  const { helpOpen, closeHelp } = useShortcuts(shortcuts);
  const holderWarning = c.heldBy ? (
    <p className="mt-3 rounded border-l-4 border-warning bg-warning-soft p-2 font-semibold">
      {c.heldBy.name} is working on this request. Deciding here decides it instead of them.
    </p>
  ) : null;
  return (
    <div>
      <ShortcutsHelp open={helpOpen} onClose={closeHelp} shortcuts={shortcuts} />
      <ErrorSummary errors={[]} formError={approve.formError ?? reject.formError} />
      <p role="status" aria-live="polite" className="mb-3 font-semibold text-success empty:hidden">
        {approve.success?.message ?? reject.success?.message}
      </p>
      {awaiting ? (
        <>
          <PurchaseEffect context={c} />
          {holderWarning}
          <div className="mt-3 flex flex-wrap gap-3">
            <Button type="button" disabled={busy} onClick={() => approveDialog.current?.showModal()}>Approve and issue…</Button>
            <Button type="button" variant="danger" disabled={busy} onClick={() => rejectDialog.current?.showModal()}>Reject…</Button>
          </div>
          <p className="mt-2 text-sm text-muted">Shortcuts: <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>n</kbd> note, <kbd>?</kbd> all.</p>
          <dialog ref={approveDialog} aria-labelledby="approve-heading" className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-line p-5 shadow-lg backdrop:bg-black/40">
            <form {...approve.formProps}>
              {approve.carried}
              <h2 id="approve-heading" className="text-lg">Approve and issue {c.quantity.toLocaleString("en-US")} RDS CALs?</h2>
              <ErrorSummary {...approve.summary} />
              <PurchaseEffect context={c} />
              {holderWarning}
              {override ? (
                <Field id="approve-justification" label="Justification" hint="This approval is an override: say why. It is recorded in the audit log, and supervisors list every override." error={approve.fieldError("justification")}>
                  <textarea {...approve.form.register("justification")} {...fieldAria("approve-justification", approve.fieldError("justification"), "hint")} rows={3} className={inputClass} />
                </Field>
              ) : null}
              <div className="mt-4 flex flex-wrap gap-3">
                <Button type="submit" disabled={busy}>Confirm: approve and issue</Button>
                <Button type="button" variant="secondary" onClick={() => approveDialog.current?.close()}>Cancel</Button>
              </div>
            </form>
          </dialog>
          <dialog ref={rejectDialog} aria-labelledby="reject-heading" className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-line p-5 shadow-lg backdrop:bg-black/40">
            <form {...reject.formProps}>
              {reject.carried}
              <h2 id="reject-heading" className="text-lg">Reject request {c.reference}?</h2>
              <ErrorSummary {...reject.summary} />
              {holderWarning}
              <Field id="reject-rejectionReason" label="Reason for rejecting" hint="The customer sees this on the status page and in the e-mail." error={reject.fieldError("rejectionReason")}>
                <textarea {...reject.form.register("rejectionReason")} {...fieldAria("reject-rejectionReason", reject.fieldError("rejectionReason"), "hint")} rows={3} className={inputClass} />
              </Field>
              <div className="mt-4 flex flex-wrap gap-3">
                <Button type="submit" variant="danger" disabled={busy}>Confirm: reject</Button>
                <Button type="button" variant="secondary" onClick={() => rejectDialog.current?.close()}>Cancel</Button>
              </div>
            </form>
          </dialog>
        </>
      ) : (
        children
      )}
    </div>
  );
}

/** What approving does to the purchase, and why it would be an override. */
function PurchaseEffect({ context: c }: { context: DecisionContext }) {
  const { approval: a } = c;
  const n = (x: number) => x.toLocaleString("en-US");
  return (
    <div className="mt-3 text-sm">
      {c.hasPurchase ? (
        <p>
          Available on the purchase for this license server: <strong>{n(a.availableBefore)}</strong> now,{" "}
          <strong>{a.availableAfter < 0 ? `${n(a.availableAfter)} (over by ${n(-a.availableAfter)})` : n(a.availableAfter)}</strong> after issuing {n(c.quantity)}.
        </p>
      ) : null}
      {a.reasons.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 font-semibold text-danger">
          {a.reasons.map((r) => <li key={r}>{OVERRIDE_REASONS[r]}: approving needs a written justification.</li>)}
        </ul>
      ) : null}
    </div>
  );
}
