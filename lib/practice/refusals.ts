// The mistakes the app refused, on a class trainee's record (issue 31): every form's refusal passes through
// lib/forms/form-state.ts, which hands it here. A browser without a valid trainee cookie records nothing,
// and recording never changes the refusal itself (an error here is logged and dropped).
import "server-only";
import { getDb } from "@/lib/db";
import type { FieldErrors } from "@/lib/forms/action-result";
import { describeRefusal } from "./classroom";
import { recordMark } from "./classroom-store";
import { readTraineeId } from "./trainee-cookie";

export async function noteRefusal(refusal: { fieldErrors: FieldErrors; formError?: string; values: Record<string, string> }): Promise<void> {
  try {
    const traineeId = await readTraineeId();
    if (!traineeId) return;
    const typedId = refusal.values.targetLicenseServerId?.replace(/\D/g, "") || null;
    await recordMark(await getDb(), traineeId, { kind: "MISTAKE", detail: describeRefusal(refusal.fieldErrors, refusal.formError), licenseServerId: typedId });
  } catch (error) {
    // Outside a request (unit tests) there are no cookies; a failed write must not turn a refusal into a 500.
    if (!(error instanceof Error && /outside a request scope|was called outside/i.test(error.message))) console.error("Recording a practice refusal failed", error);
  }
}
