import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, zodFieldErrors } from "./action-result";

describe("action results", () => {
  it("keys zod messages by field path", () => {
    const schema = z.object({ name: z.string().min(1, "Enter a name"), inner: z.object({ n: z.number("Enter a number") }) });
    const result = schema.safeParse({ name: "", inner: {} });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error)).toEqual({ name: ["Enter a name"], "inner.n": ["Enter a number"] });
  });

  it("reads string fields of a FormData and drops Next's action fields", () => {
    const form = new FormData();
    form.set("a", "1");
    form.set("$ACTION_ID_x", "");
    expect(formDataToObject(form)).toEqual({ a: "1" });
  });
});
