"use client";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { useActionForm } from "@/components/forms/use-action-form";
import { selectOptionForm } from "@/lib/clearinghouse/actions";
import { SELECT_OPTIONS } from "@/lib/clearinghouse/select-options";
import type { SelectOptionInput } from "@/lib/clearinghouse/schemas";

const OPTIONS = SELECT_OPTIONS.map((o) => ({ value: o.value, label: o.label, disabled: !o.available, hint: o.available ? undefined : "Not available yet" }));

/** `option`: preselected from the console's link (`?option=install`), if it names an available option. */
export function SelectOptionForm({ licenseServerId, option }: { licenseServerId: string; option?: string }) {
  const preselected = SELECT_OPTIONS.find((o) => o.value === option && o.available)?.value;
  const { form, formProps, summary, fieldError, submitting } = useActionForm<SelectOptionInput>({
    action: selectOptionForm,
    schema: () => import("@/lib/clearinghouse/schemas").then((m) => m.selectOptionFormSchema),
    defaultValues: { licenseServerId, ...(preselected ? { option: preselected } : {}) } as SelectOptionInput,
    fields: ["option"],
  });
  return (
    <form {...formProps} className="mt-6 max-w-2xl">
      <ErrorSummary {...summary} />
      <input type="hidden" {...form.register("licenseServerId")} />
      <RadioGroup id="option" legend="Select Option" legendClassName="text-lg font-semibold" error={fieldError("option")} options={OPTIONS} registration={form.register("option")} />
      <Button type="submit" className="mt-6" disabled={submitting}>
        Next
      </Button>
    </form>
  );
}
