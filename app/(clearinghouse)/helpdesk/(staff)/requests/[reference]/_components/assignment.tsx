"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { assignRequestForm, releaseRequestForm } from "@/lib/helpdesk/actions/requests";

/** Who has the request, with Assign to me (or Take over, naming the holder seen) and Release. */
export function Assignment({ requestId, holder, mine }: { requestId: string; holder: { id: string; name: string } | null; mine: boolean }) {
  const options = { defaultValues: { requestId, takeOverFrom: mine ? "" : (holder?.id ?? "") }, schema: () => import("@/lib/helpdesk/schemas").then((m) => m.assignSchema), idPrefix: "assign-", carry: ["requestId", "takeOverFrom"] as const };
  const assign = useActionForm<{ requestId: string; takeOverFrom?: string }, { message: string }>({ ...options, action: assignRequestForm });
  const release = useActionForm<{ requestId: string; takeOverFrom?: string }, { message: string }>({ ...options, action: releaseRequestForm });
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 rounded border border-line bg-surface px-3 py-2">
      <ErrorSummary errors={[]} formError={assign.formError ?? release.formError} focusKey={(assign.summary.focusKey ?? 0) + (release.summary.focusKey ?? 0)} />
      <p data-testid="assignee">
        {mine ? <><strong>You</strong> are working on this request.</> : holder ? <><strong>{holder.name}</strong> is working on this request.</> : "Nobody is working on this request."}
      </p>
      {mine ? (
        <form {...release.formProps}>{release.carried}<Button type="submit" variant="secondary" className="!py-1" disabled={release.submitting}>Release</Button></form>
      ) : (
        <form {...assign.formProps}>
          {assign.carried}
          <Button type="submit" variant="secondary" className="!py-1" disabled={assign.submitting}>{holder ? `Take over from ${holder.name}` : "Assign to me"}</Button>
        </form>
      )}
    </div>
  );
}
