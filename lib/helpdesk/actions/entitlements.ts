"use server";
// Entitlements: supervisors only.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { fail, ok, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { requireSupervisor } from "@/lib/auth/guards";
import { MAX_IMPORT_BYTES, parseEntitlementCsv } from "../entitlement-csv";
import { insertEntitlement, updateEntitlementQuantity, importEntitlementRows, type ImportLine } from "../entitlements";
import { entitlementQuantitySchema, entitlementSchema } from "../schemas";
import { formState } from "@/lib/forms/form-state";

export async function addEntitlement(input: unknown): Promise<ActionResult | undefined> {
  const { staff } = await requireSupervisor();
  const parsed = entitlementSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await insertEntitlement(await getDb(), staff, parsed.data);
  if (!outcome.ok) return fail(outcome.field ? { [outcome.field]: [outcome.message] } : {}, outcome.field ? undefined : outcome.message);
  redirect(`/helpdesk/entitlements/${outcome.id}?added=1`);
}

export async function changeEntitlementQuantity(input: unknown): Promise<ActionResult<{ message: string }>> {
  const { staff } = await requireSupervisor();
  const parsed = entitlementQuantitySchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await updateEntitlementQuantity(await getDb(), staff, parsed.data.entitlementId, parsed.data.quantity);
  refresh();
  if (!outcome.ok) return fail(outcome.field ? { [outcome.field]: [outcome.message] } : {}, outcome.field ? undefined : outcome.message);
  return ok({ message: `Quantity saved: ${parsed.data.quantity}.` });
}

export type ImportState = { status: "idle" } | { status: "error"; message: string } | { status: "done"; fileName: string; lines: ImportLine[] };

/** useActionState action: the file arrives as multipart form data. */
export async function importEntitlements(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const { staff } = await requireSupervisor();
  // A client can post anything in place of the form; only a file in a FormData is a file.
  const file = formData instanceof FormData ? formData.get("file") : null;
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: "Choose a CSV file to import" };
  if (file.size > MAX_IMPORT_BYTES) return { status: "error", message: "The file is larger than 900 KB; split it and import the parts" };
  const parsed = parseEntitlementCsv(await file.text());
  if (!parsed.ok) return { status: "error", message: parsed.error };
  const lines = await importEntitlementRows(await getDb(), staff, parsed.rows);
  return { status: "done", fileName: file.name, lines };
}

// The forms' actions (lib/forms/form-state.ts): what each page's <form> posts to.
export const addEntitlementForm = formState(addEntitlement);
export const changeEntitlementQuantityForm = formState(changeEntitlementQuantity);
