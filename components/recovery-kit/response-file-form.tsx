"use client";
// Obtain Client License Key Pack's "Use a response file" (docs/decisions/035-recovery-kit.md): the file the Web
// site returned for a recovery kit, uploaded or pasted; the server checks it and installs every license key
// pack ID in it at once (lib/console/recovery-kit/actions.ts). Typing the IDs by hand stays above.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/forms/form-state";
import { DocumentField } from "./document-field";

export function ResponseFileForm({ action }: { action: FormAction }) {
  const { form, formProps, summary, fieldError, submitting } = useActionForm<{ response: string }>({ action, schema: () => import("@/lib/recovery-kit/fields").then((m) => m.responseFieldSchema), defaultValues: { response: "" } });
  return (
    <form {...formProps} className="mt-2">
      <ErrorSummary {...summary} />
      <DocumentField
        id="response"
        label="Response file"
        hint="Or paste the whole response file here, from { to }."
        fileLabel="Choose the response file"
        error={fieldError("response")}
        field={form.controlled("response")}
        disabled={submitting}
      />
      <Button type="submit" className="mt-3" disabled={submitting}>
        {submitting ? "Installing…" : "Install the key packs"}
      </Button>
    </form>
  );
}
