"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { addNoteForm } from "@/lib/helpdesk/actions/requests";

export function NoteForm({ requestId }: { requestId: string }) {
  const { form, formProps, carried, summary, fieldError, submitting, success } = useActionForm<{ requestId: string; body: string }, { message: string }>({
    action: addNoteForm,
    schema: () => import("@/lib/helpdesk/schemas").then((m) => m.noteSchema),
    defaultValues: { requestId, body: "" },
    idPrefix: "note-",
    carry: ["requestId"],
    onSuccess: () => form.reset({ requestId, body: "" }),
  });
  return (
    <section aria-labelledby="note-heading" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
      <h2 id="note-heading" className="text-lg">Add a note</h2>
      <form {...formProps} className="mt-3">
        {carried}
        <ErrorSummary {...summary} />
        <Field id="note-body" label="Internal note" hint="Only helpdesk staff see notes." error={fieldError("body")} className="mt-0">
          <textarea {...form.register("body")} {...fieldAria("note-body", fieldError("body"), "hint")} rows={3} className={inputClass} />
        </Field>
        <Button type="submit" variant="secondary" className="mt-3" disabled={submitting}>Add note</Button>
        <p role="status" className="mt-2 text-success empty:hidden">{success?.message}</p>
      </form>
    </section>
  );
}
