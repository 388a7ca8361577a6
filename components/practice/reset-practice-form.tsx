"use client";
// Reset: back to the starting state in one transaction (the action redirects back with a confirmation).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/forms/action-result";

export function ResetPracticeForm({ action }: { action: () => Promise<ActionResult> }) {
  const [result, formAction, pending] = useActionState<ActionResult | null>(async () => action(), null);
  const error = result && !result.ok ? result.formError : undefined;
  return (
    <form action={formAction} className="mt-4 flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={pending} aria-describedby="reset-practice-hint">Reset practice server</Button>
      <p id="reset-practice-hint" className="text-sm text-muted">
        Reinstalls the starting RDS CALs and forgets this server&apos;s rebuilds and Web site requests. The License Server ID and
        the purchases stay the same.
      </p>
      {error ? <p role="alert" className="w-full text-sm text-danger">{error}</p> : null}
    </form>
  );
}
