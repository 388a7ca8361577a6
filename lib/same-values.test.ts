// Type tests, checked by `tsc` (npm run typecheck): SameValues tells a mismatch in either direction, so the
// checks in lib/licensing/catalog.ts and lib/helpdesk/labels.ts fail when a list and its Prisma enum part.
import { expectTypeOf, it } from "vitest";
import type * as Db from "@/generated/prisma/enums";
import type { CalType, ConnectionMethod, LicenseProgram } from "@/lib/licensing/catalog";
import type { SameValues } from "./same-values";

it("is true only for the same set of values", () => {
  expectTypeOf<SameValues<"A" | "B", "B" | "A">>().toEqualTypeOf<true>();
  expectTypeOf<SameValues<"A", "A" | "B">>().toEqualTypeOf<false>();
  expectTypeOf<SameValues<"A" | "B", "A">>().toEqualTypeOf<false>();
  expectTypeOf<SameValues<"A" | "C", "A" | "B">>().toEqualTypeOf<false>();
});

it("holds for the catalog and the Prisma enums", () => {
  expectTypeOf<SameValues<LicenseProgram, Db.LicenseProgram>>().toEqualTypeOf<true>();
  expectTypeOf<SameValues<CalType, Db.CalType>>().toEqualTypeOf<true>();
  expectTypeOf<SameValues<ConnectionMethod, Db.ConnectionMethod>>().toEqualTypeOf<true>();
});
