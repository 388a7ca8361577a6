// The one way to write a server action (docs/decisions/031-one-action-client.md). An action declares its
// name, its guard, its input's zod schema (classic or zod/mini), the schemas of the arguments its page binds,
// and the per-address limits it counts; the client runs the guard first, parses the bound arguments and the
// input, and answers a refusal in the one shape (lib/forms/action-result.ts), so the handler only does the
// work. Each action is registered (lib/actions/registry.ts) and is ONE endpoint:
// - formAction: what a <form action={xForm}> posts (lib/forms/form-state.ts's formState: the posted
//   FormData or a script's plain object, what was typed echoed back on a refusal). Export it as `${name}Form`.
// - plainAction: an action called with plain arguments (a button's form bound to an id, a client component's
//   call). Export it as `name`.
// A "use server" module exports nothing else: the registry test fails on any other export.
import "server-only";
import { headers } from "next/headers";
import { safeParseAsync, type $ZodType, type input as In, type output } from "zod/v4/core";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { checkPublicLimit, type PublicLimit } from "@/lib/clearinghouse/public-limits";
import { getDb } from "@/lib/db";
import { z } from "zod";
import { fail, zodFieldErrors, type ActionResult, type FieldErrors } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { formState, type FormState } from "@/lib/forms/form-state";
import { ACTION_ENTRY, registerAction, type ActionEntry, type Endpoint } from "./registry";
import type { Guard } from "./guards";

export type Failure = { ok: false; fieldErrors: FieldErrors; formError?: string };

type Outputs<B extends readonly $ZodType[]> = { -readonly [K in keyof B]: output<B[K]> };
type Inputs<B extends readonly $ZodType[]> = { -readonly [K in keyof B]: In<B[K]> };

/** Counts one use of a declared limit from this request's address; the refusal's message, or null when allowed. */
export type OverLimit<L extends PublicLimit> = (limit: L) => Promise<{ message: string; retryAt: Date } | null>;

export interface ActionSpec<Ctx, GA extends unknown[], B extends readonly $ZodType[], S extends $ZodType | undefined, L extends PublicLimit> {
  /** The action's name: the registry's, the e2e specs', and (with "Form" for a form) the export's. */
  name: string;
  guard: Guard<Ctx, GA>;
  /** Schemas of the arguments the page binds after the guard's own (a form's `returnToVerify`, a report's id). */
  bound?: B;
  /** The input's schema; a function of the guard's context (and the raw input) when the input depends on it. */
  schema?: S | ((ctx: Ctx, bound: Outputs<B>, raw: unknown) => S | Promise<S>);
  /** The summary's message when the schema refuses the input (the fields carry their own). */
  invalid?: string;
  /** The answer when a bound argument is not what the page binds (a client may post anything there). */
  badBound?: () => Failure | Promise<never>;
  /** A limit the client counts after the input parsed, before the handler runs. */
  limit?: L;
  /** Limits the handler counts itself, where it does the limited thing (its `overLimit`). */
  limits?: readonly L[];
}

interface HandlerArgs<Ctx, B extends readonly $ZodType[], S extends $ZodType | undefined, L extends PublicLimit> {
  ctx: Ctx;
  bound: Outputs<B>;
  input: S extends $ZodType ? output<S> : unknown;
  /** The input as posted, for a value its schema does not own (the purchase page's `switchTo` button). */
  raw: unknown;
  overLimit: OverLimit<L>;
}

type Handler<Ctx, B extends readonly $ZodType[], S extends $ZodType | undefined, L extends PublicLimit, R> = (args: HandlerArgs<Ctx, B, S, L>) => Promise<R>;

/** A form action's answer: the ActionResult, with anything else the refusal carries (it lands in `extra`). */
type FormAnswer<T> = (ActionResult<T> & Record<string, unknown>) | void | undefined;

/** A bound id (a report's, a call's): a string a query can take. */
export const idArgument = z.string().refine((value) => isQueryableText(value));

/** A bound yes/no a page sets (a step's `returnToVerify`): anything but `true` is no. */
export const flagArgument = z.unknown().transform((value) => value === true);

const OUT_OF_DATE = "This page is out of date. Reload it and try again.";

async function overLimitFrom(limit: PublicLimit) {
  return checkPublicLimit(await getDb(), limit, clientAddressFrom(await headers()));
}

/**
 * Runs the declared checks on the raw arguments (`args`: the guard's, the bound ones, then the input) and
 * then the handler. A refusal is returned; the guards' redirects (sign-in) are thrown as Next's are.
 */
function runner<Ctx, GA extends unknown[], B extends readonly $ZodType[], S extends $ZodType | undefined, L extends PublicLimit, R>(spec: ActionSpec<Ctx, GA, B, S, L>, handler: Handler<Ctx, B, S, L, R>) {
  const boundSchemas = (spec.bound ?? []) as readonly $ZodType[];
  return async (args: unknown[]): Promise<{ refused: Failure } | { answer: R }> => {
    const guarded = await spec.guard.check(args.slice(0, spec.guard.takes));
    if (!guarded.ok) return { refused: guarded.refusal };
    const rawBound = args.slice(spec.guard.takes, spec.guard.takes + boundSchemas.length);
    const bound: unknown[] = [];
    for (const [i, schema] of boundSchemas.entries()) {
      const parsed = await safeParseAsync(schema, rawBound[i]);
      if (!parsed.success) return { refused: spec.badBound ? await spec.badBound() : fail({}, OUT_OF_DATE) };
      bound.push(parsed.data);
    }
    const raw = args[spec.guard.takes + boundSchemas.length];
    let input: unknown = raw;
    if (spec.schema) {
      const schema = typeof spec.schema === "function" ? await spec.schema(guarded.ctx, bound as Outputs<B>, raw) : spec.schema;
      const parsed = await safeParseAsync(schema as $ZodType, raw);
      if (!parsed.success) return { refused: fail(zodFieldErrors(parsed.error), spec.invalid) };
      input = parsed.data;
    }
    if (spec.limit) {
      const limited = await overLimitFrom(spec.limit);
      if (limited) return { refused: fail({}, limited.message) };
    }
    const declared = new Set<PublicLimit>(spec.limits ?? []);
    const overLimit: OverLimit<L> = async (limit) => {
      // Declared so the registry shows every limit an action counts.
      if (!declared.has(limit)) throw new Error(`${spec.name} counts the undeclared limit ${limit}`);
      return overLimitFrom(limit);
    };
    return { answer: await handler({ ctx: guarded.ctx, bound: bound as Outputs<B>, input: input as HandlerArgs<Ctx, B, S, L>["input"], raw, overLimit }) };
  };
}

function register<F extends (...args: never[]) => unknown>(endpoint: F, spec: ActionSpec<unknown, unknown[], readonly $ZodType[], $ZodType | undefined, PublicLimit>, kind: Endpoint): F {
  const entry: ActionEntry = {
    name: spec.name,
    endpoint: kind,
    exportName: kind === "form" ? `${spec.name}Form` : spec.name,
    guard: spec.guard.kind,
    schema: typeof spec.schema === "function" ? "computed" : (spec.schema ?? null),
    bound: spec.bound ?? [],
    limits: [...(spec.limit ? [spec.limit] : []), ...(spec.limits ?? [])],
  };
  registerAction(entry);
  Object.defineProperty(endpoint, ACTION_ENTRY, { value: entry });
  return endpoint;
}

/**
 * A form's action: `(guard's arguments…, bound…, previous state, FormData or values) → FormState`, what
 * `<form action={xForm}>` posts through components/forms/use-action-form.ts. The handler redirects on
 * success or answers an ActionResult (extra keys of a refusal reach the form as `extra`).
 */
export function formAction<Ctx, GA extends unknown[], const B extends readonly $ZodType[] = [], S extends $ZodType | undefined = undefined, L extends PublicLimit = never, T = undefined>(
  spec: ActionSpec<Ctx, GA, B, S, L>,
  handler: Handler<Ctx, B, S, L, FormAnswer<T>>,
): (...args: [...GA, ...Inputs<B>, previous: unknown, payload: unknown]) => Promise<FormState<T>> {
  const run = runner(spec, handler);
  const endpoint = formState(async (...args: unknown[]): Promise<FormAnswer<T>> => {
    const outcome = await run(args);
    return "refused" in outcome ? outcome.refused : outcome.answer;
  });
  return register(endpoint as (...args: [...GA, ...Inputs<B>, previous: unknown, payload: unknown]) => Promise<FormState<T>>, spec as never, "form");
}

/**
 * A plain action: `(guard's arguments…, bound…, input) → R`. The client's own refusals are ActionResult
 * failures, or what `refusal` makes of them for an action with an answer of its own (the import's state).
 */
export function plainAction<Ctx, GA extends unknown[], const B extends readonly $ZodType[] = [], S extends $ZodType | undefined = undefined, L extends PublicLimit = never, R = void, RF = Failure>(
  spec: ActionSpec<Ctx, GA, B, S, L> & { refusal?: (failure: Failure) => RF },
  handler: Handler<Ctx, B, S, L, R>,
): (...args: [...GA, ...Inputs<B>, input?: S extends $ZodType ? In<S> : unknown]) => Promise<R | RF> {
  const run = runner(spec, handler);
  const toAnswer = spec.refusal ?? ((failure: Failure) => failure as RF);
  return register(
    async (...args: [...GA, ...Inputs<B>, input?: S extends $ZodType ? In<S> : unknown]) => {
      const outcome = await run(args);
      return "refused" in outcome ? toAnswer(outcome.refused) : outcome.answer;
    },
    spec as never,
    "plain",
  );
}
