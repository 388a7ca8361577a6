"use client";
// "Start a practice rebuild": makes (or opens) this browser's practice server, and opens the Procedure panel
// so the guide is beside the screens from the first step.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { useProcedure } from "@/components/procedure/procedure-provider";
import type { ActionResult } from "@/lib/forms/action-result";
import { startPracticeRebuild } from "@/lib/practice/actions";

export function StartPracticeForm({ ttlHours, own }: { ttlHours: number; own: string | null }) {
  const procedure = useProcedure();
  const [result, formAction, pending] = useActionState<ActionResult | null, FormData>(async (_previous, form) => startPracticeRebuild(form.get("notActivated") === "on"), null);
  const error = result && !result.ok ? result.formError : undefined;
  return (
    <form action={formAction} onSubmit={() => procedure?.setOpen(true)} className="mt-6 border-t border-line pt-4" aria-describedby="practice-hint">
      {own ? null : (
        <div className="mb-3 flex items-start gap-2">
          <input type="checkbox" id="practice-not-activated" name="notActivated" className="mt-1 size-5 accent-accent" />
          <label htmlFor="practice-not-activated">Start with the license server not activated (practise Activate Server first)</label>
        </div>
      )}
      <Button type="submit" disabled={pending}>Start a practice rebuild</Button>
      <p id="practice-hint" className="mt-2 text-sm text-muted">
        {own
          ? `Your practice license server is ${own}.`
          : `A license server of your own, with its own RDS CALs and purchases, removed after ${ttlHours} hours.`}
      </p>
      {error ? <p role="alert" className="mt-2 text-sm text-danger">{error}</p> : null}
    </form>
  );
}
