// A check box in a form's schema. A posted form sends "on" for a ticked box and nothing for a clear one;
// react-hook-form hands the browser-side check a boolean. Both read as a boolean here.
import * as z from "zod/mini";

export const checkbox = z.pipe(
  z.transform((value: unknown) => value === true || value === "on"),
  z.boolean(),
);
