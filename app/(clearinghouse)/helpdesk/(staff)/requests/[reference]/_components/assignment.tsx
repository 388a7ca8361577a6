"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/helpdesk/use-action-form";
import { assignRequestAction, releaseRequestAction } from "@/lib/helpdesk/actions/requests";
import { assignSchema } from "@/lib/helpdesk/schemas";

/** Who has the request, with Assign to me (or Take over, naming the holder seen) and Release. */
export function Assignment({ requestId, holder, mine }: { requestId: string; holder: { id: string; name: string } | null; mine: boolean }) {
  const options = { schema: assignSchema, defaultValues: { requestId, takeOverFrom: mine ? "" : (holder?.id ?? "") }, idPrefix: "assign-" };
  const assign = useActionForm<{ requestId: string; takeOverFrom?: string }, { message: string }>({ ...options, action: assignRequestAction });
  const release = useActionForm<{ requestId: string; takeOverFrom?: string }, { message: string }>({ ...options, action: releaseRequestAction });
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 rounded border border-line bg-surface px-3 py-2">
      <ErrorSummary errors={[]} formError={assign.formError ?? release.formError} />
      <p data-testid="assignee">
        {mine ? <><strong>You</strong> are working on this request.</> : holder ? <><strong>{holder.name}</strong> is working on this request.</> : "Nobody is working on this request."}
      </p>
      {mine ? (
        <form onSubmit={release.onSubmit}><Button type="submit" variant="secondary" className="!py-1" disabled={release.submitting}>Release</Button></form>
      ) : (
        <form onSubmit={assign.onSubmit}>
          <Button type="submit" variant="secondary" className="!py-1" disabled={assign.submitting}>{holder ? `Take over from ${holder.name}` : "Assign to me"}</Button>
        </form>
      )}
    </div>
  );
}
