"use client";
// For wizard pages without fields (Welcome, Reinstalling RDS CALs): a form action whose only possible
// answer besides a redirect is a form error.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";

export function useActionForm(action: () => Promise<ActionResult<unknown>>) {
  const [result, formAction, pending] = useActionState<ActionResult<unknown> | null>(async () => action(), null);
  return { formAction, pending, formError: result && !result.ok ? result.formError : undefined };
}
