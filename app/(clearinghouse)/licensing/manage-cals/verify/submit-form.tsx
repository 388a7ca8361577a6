"use client";
// Next on the verify page submits the draft. The button is disabled while the request is on its way; the
// server answers a repeated submit with the first result anyway (lib/clearinghouse/submit.ts).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { submitManageCals } from "@/lib/clearinghouse/actions";

export function SubmitForm() {
  const [state, action, pending] = useActionState(async () => (await submitManageCals()) ?? null, null);
  return (
    <form action={action} className="mt-8" onSubmit={(event) => pending && event.preventDefault()}>
      {state && !state.ok ? <ErrorSummary errors={[]} formError={state.formError} /> : null}
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Submitting…" : "Next"}
      </Button>
    </form>
  );
}
