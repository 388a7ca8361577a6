"use server";
// Entitlements: supervisors only.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainAction } from "@/lib/actions/client";
import { supervisor } from "@/lib/actions/guards";
import { getDb } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import { MAX_IMPORT_BYTES, parseEntitlementCsv } from "../entitlement-csv";
import { insertEntitlement, updateEntitlementQuantity, importEntitlementRows, type ImportLine } from "../entitlements";
import { entitlementQuantitySchema, entitlementSchema } from "../schemas";

export const addEntitlementForm = formAction({ name: "addEntitlement", guard: supervisor, schema: entitlementSchema }, async ({ ctx: { staff }, input }) => {
  const outcome = await insertEntitlement(await getDb(), staff, input);
  if (!outcome.ok) return fail(outcome.field ? { [outcome.field]: [outcome.message] } : {}, outcome.field ? undefined : outcome.message);
  redirect(`/helpdesk/entitlements/${outcome.id}?added=1`);
});

export const changeEntitlementQuantityForm = formAction(
  { name: "changeEntitlementQuantity", guard: supervisor, schema: entitlementQuantitySchema },
  async ({ ctx: { staff }, input }): Promise<ActionResult<{ message: string }>> => {
    const outcome = await updateEntitlementQuantity(await getDb(), staff, input.entitlementId, input.quantity);
    refresh();
    if (!outcome.ok) return fail(outcome.field ? { [outcome.field]: [outcome.message] } : {}, outcome.field ? undefined : outcome.message);
    return ok({ message: `Quantity saved: ${input.quantity}.` });
  },
);

export type ImportState = { status: "idle" } | { status: "error"; message: string } | { status: "done"; fileName: string; lines: ImportLine[] };

/** The import form's useActionState action: (previous state, the multipart form with the file). */
export const importEntitlements = plainAction(
  // A client can post anything in place of the form; only a file in a FormData is a file.
  {
    name: "importEntitlements",
    guard: supervisor,
    bound: [z.unknown()],
    refusal: (failure): ImportState => ({ status: "error", message: failure.formError ?? "The file could not be imported." }),
  },
  async ({ ctx: { staff }, input: formData }): Promise<ImportState> => {
    const file = formData instanceof FormData ? formData.get("file") : null;
    if (!(file instanceof File) || file.size === 0) return { status: "error", message: "Choose a CSV file to import" };
    if (file.size > MAX_IMPORT_BYTES) return { status: "error", message: "The file is larger than 900 KB; split it and import the parts" };
    const parsed = parseEntitlementCsv(await file.text());
    if (!parsed.ok) return { status: "error", message: parsed.error };
    const lines = await importEntitlementRows(await getDb(), staff, parsed.rows);
    return { status: "done", fileName: file.name, lines };
  },
);
