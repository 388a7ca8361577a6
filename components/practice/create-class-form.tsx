"use client";
// The trainer's "Create a class": a name and the scenarios (all ticked to begin with). The page makes the
// new class's id and the form carries it, so a second post makes no second class.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { SCENARIO_IDS, SCENARIOS } from "@/lib/practice/scenarios";

type Values = { requestId: string; name: string } & Record<(typeof SCENARIO_IDS)[number], boolean>;

export function CreateClassForm({ action, requestId }: { action: FormAction; requestId: string }) {
  const { form, formProps, carried, summary, fieldError, submitting } = useActionForm<Values>({
    action,
    schema: () => import("@/lib/practice/classroom-schemas").then((m) => m.createClassSchema),
    defaultValues: { requestId, name: "", ...(Object.fromEntries(SCENARIO_IDS.map((id) => [id, true])) as Record<(typeof SCENARIO_IDS)[number], boolean>) },
    carry: ["requestId"],
    fields: ["name", ...SCENARIO_IDS],
    idPrefix: "class-",
  });
  const scenarioError = fieldError(SCENARIO_IDS[0]);
  return (
    <form {...formProps} className="mt-4 max-w-2xl rounded-lg border border-line bg-surface p-6 shadow-sm">
      {carried}
      <ErrorSummary {...summary} />
      <Field id="class-name" label="Class name" error={fieldError("name")} className="mt-0">
        <input {...form.register("name")} {...fieldAria("class-name", fieldError("name"))} autoComplete="off" className={inputClass} />
      </Field>
      <fieldset className="mt-5" aria-describedby={scenarioError ? "class-rebuild-database-error" : undefined}>
        <legend className="font-semibold">Scenarios</legend>
        {scenarioError ? <p id="class-rebuild-database-error" className="text-sm font-semibold text-danger">{scenarioError}</p> : null}
        {SCENARIO_IDS.map((id) => (
          <div key={id} className="mt-2 flex items-start gap-3">
            <input type="checkbox" id={`class-${id}`} className="mt-1 size-5 shrink-0 accent-accent" {...form.register(id)} />
            <label htmlFor={`class-${id}`}>
              {SCENARIOS[id].title}
              <span className="block text-sm text-muted">Goal: {SCENARIOS[id].goal}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <Button type="submit" className="mt-6" disabled={submitting}>Create class</Button>
    </form>
  );
}
