import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fail, ok, zodFieldErrors, type ActionResult } from "./action-result";
import { checkbox } from "./checkbox";
import { formInput, formState } from "./form-state";
import { licenseCodesFromForm } from "@/lib/console/install-licenses-schemas";

function posted(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

describe("a form's post as its schema's input", () => {
  it("joins a field posted once per box, and leaves out Next's own fields", () => {
    const form = posted([["targetLicenseServerId", "12345"], ["targetLicenseServerId", "67890"], ["$ACTION_ID_abc", ""], ["$ACTION_KEY", "k"], ["email", "a@b.example"]]);
    expect(formInput(form)).toEqual({ targetLicenseServerId: "1234567890", email: "a@b.example" });
  });

  it("reads a ticked check box as true and a missing one as false, as react-hook-form's booleans", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    expect(checkbox.parse(true)).toBe(true);
    expect(checkbox.parse(false)).toBe(false);
  });

  it("reads the License Codes list and the code typed but not added as one list", () => {
    expect(licenseCodesFromForm({ licenseCodes: "AAAAA BBBBB", licenseCode: " CCCCC " })).toEqual({ licenseCodes: ["AAAAA", "BBBBB", " CCCCC "] });
    expect(licenseCodesFromForm({ licenseCodes: "", licenseCode: "" })).toEqual({ licenseCodes: [] });
    expect(licenseCodesFromForm({ agreementNumber: "1234567" })).toEqual({ agreementNumber: "1234567" });
  });
});

describe("formState", () => {
  const schema = z.object({ email: z.string().min(1, "Enter the e-mail address"), password: z.string().min(1, "Enter your password") });
  async function signIn(serverId: string, input: unknown): Promise<ActionResult<string>> {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return fail(zodFieldErrors(parsed.error));
    return parsed.data.password === "right" ? ok(`${serverId}:${parsed.data.email}`) : fail({}, "Not right");
  }
  const action = formState(signIn);

  it("passes bound arguments and the posted values to the action", async () => {
    expect(await action("s1", null, posted([["email", "a@b.example"], ["password", "right"]]))).toEqual({ ok: true, data: "s1:a@b.example" });
  });

  it("sends back what was posted with the errors, never a password", async () => {
    const state = await action("s1", null, posted([["email", "a@b.example"], ["password", "wrong"]]));
    expect(state).toEqual({ ok: false, fieldErrors: {}, formError: "Not right", values: { email: "a@b.example" } });
    const empty = await action("s1", null, posted([["email", ""], ["password", ""]]));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { email: ["Enter the e-mail address"], password: ["Enter your password"] }, values: { email: "" } });
  });

  it("an action that answers nothing still changes the state, so the form can post again", async () => {
    const quiet = formState(async (_input: unknown): Promise<void> => undefined);
    expect(await quiet(null, posted([]))).toEqual({ ok: true, data: undefined });
  });
});
