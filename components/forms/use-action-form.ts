"use client";
// The one hook between a form and its server action, for every form of the three sites, on react-hook-form
// (docs/decisions/030-forms-on-react-hook-form.md).
// - The form posts itself: spread `formProps` on the <form> (`action` is the server action through
//   useActionState, lib/forms/form-state.ts). Before the page's script has run, or without JavaScript, the
//   browser POSTs it, Next runs the action and renders the page again with its answer: the server's field
//   errors and the values sent are this hook's first state, so they show beside their fields. No field
//   value ever travels in a URL.
// - With the script, `schema` (the form's zod schema, from the module the action parses with, in zod/mini)
//   checks in the browser through zodResolver: a field left with something wrong in it shows its error when
//   the person leaves it (an empty one waits for the submit), every field's on submit, before any round
//   trip. A form passes it as a loader, `() => import("@/lib/…").then((m) => m.xSchema)`: the schema and zod
//   load once the page is up (an effect starts it; the first check waits for it), not with the page's first
//   JavaScript, which stays within its budget (bench/pages.ts). Forms without `schema` are checked by the
//   server only (the decision record lists them).
// - The server stays authoritative: its field errors land on the same fields, its `_form`/`formError` at
//   the summary's top. An error, the server's or the browser's, clears as soon as the person changes
//   that field, and the field is checked again when it is left (not when left for the form's own submit
//   button, which checks it anyway) or submitted.
// - The error summary lists the fields in error in page order (`fields`, else the keys of
//   `defaultValues`) and takes focus once per failed submit (`focusKey`), never on a keystroke, so
//   everything typed after an error lands where it was typed (react-hook-form's own focus is off).
// - A failed submit in a class trainee's browser is reported for the trainer (browser-mistakes.ts: the
//   field names and error codes only).
// - A ref refuses a second submit while one is in flight (double click, Enter held down); useActionState's
//   pending stays on while a successful action's redirect loads the next page.
import { createElement, Fragment, useActionState, useEffect, useRef, useState, startTransition, type FormEvent, type ReactNode } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { $ZodType } from "zod/v4/core";
import type { ErrorSummaryProps, SummaryError } from "@/components/ui/error-summary";
import type { FieldErrors } from "@/lib/forms/action-result";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { noteBrowserMistake } from "./browser-mistakes";

/** A schema loaded after the page: a dynamic import of the module the action parses with. */
export type SchemaLoader = () => Promise<$ZodType>;

/** A form's values: strings from its fields, booleans from check boxes, and values it only carries. */
export type FormValues = Record<string, unknown>;
type FieldName<T> = Extract<keyof T, string>;
type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Spread on an <input>, <select> or <textarea> (RadioGroup takes it whole). */
export interface FieldRegistration {
  name: string;
  ref: (element: FieldElement | null) => void;
  onChange: (event: { target: unknown; type?: unknown }) => unknown;
  onBlur: (event: { target: unknown; type?: unknown }) => unknown;
  defaultValue?: string;
  defaultChecked?: boolean;
  value?: string;
}

export interface ActionFormOptions<TInput extends FormValues, TData> {
  /** The form's server action (lib/forms/form-state.ts's `formState` of an action, bound to its page's arguments). */
  action: FormAction<TData>;
  /** The form's zod schema, or its loader (see above), checked in the browser before the action runs; the action parses it again. */
  schema?: $ZodType | SchemaLoader;
  defaultValues: TInput;
  /** Values the form only carries (an id, the page to return to): posted from hidden inputs, `carried`. */
  carry?: readonly FieldName<TInput>[];
  /** The fields in page order, for the summary; defaults to the keys of `defaultValues`. */
  fields?: readonly FieldName<TInput>[];
  /** Prefix of the fields' element ids (two forms on one page), so the summary links to them. */
  idPrefix?: string;
  onSuccess?: (data: TData) => void;
  /** Told the names of the fields in error after a failed submit (e.g. to open the tab they are on). */
  onInvalid?: (fields: string[]) => void;
}

function serverErrorsOf(state: FormState<unknown>): Record<string, string> {
  if (!state || state.ok) return {};
  return firstMessages(state.fieldErrors);
}

function firstMessages(fieldErrors: FieldErrors): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [name, messages] of Object.entries(fieldErrors)) if (name !== "_form" && messages?.[0]) errors[name] = messages[0];
  return errors;
}

/** The form's values at first: its defaults, or what was sent when the page shows a refused post. */
function startingValues<TInput extends FormValues>(defaultValues: TInput, state: FormState<unknown>): TInput {
  if (!state || state.ok) return defaultValues;
  const out: FormValues = { ...defaultValues };
  for (const [name, initial] of Object.entries(defaultValues)) {
    // A clear check box sends nothing; a field the form did not show keeps its default.
    if (typeof initial === "boolean") out[name] = state.values[name] === "on";
    else if (name in state.values) out[name] = state.values[name];
  }
  for (const [name, value] of Object.entries(state.values)) if (!(name in out)) out[name] = value;
  return out as TInput;
}

/** Whether a field's blur hands focus to a submit button of the field's own form. */
function toSubmitOf(event: { target: unknown }): boolean {
  const next = (event as unknown as FocusEvent).relatedTarget;
  const field = event.target as { form?: HTMLFormElement | null } | null;
  return next instanceof HTMLButtonElement && next.type === "submit" && Boolean(field?.form) && next.form === field?.form;
}

export function useActionForm<TInput extends FormValues, TData = unknown>(options: ActionFormOptions<TInput, TData>) {
  const { action, schema, defaultValues, idPrefix = "", onSuccess, onInvalid } = options;
  const [state, dispatch, pending] = useActionState<FormState<TData>, FormData>(action, null);
  const [initialValues] = useState(() => startingValues(defaultValues, state));
  const submitted = useRef(false);
  // The schema itself, once loaded (at once when the form passed it rather than its loader).
  const loaded = useRef<Promise<Resolver<FieldValues>> | null>(null);
  const checker = (): Promise<Resolver<FieldValues>> => {
    if (!schema) throw new Error("no schema");
    loaded.current ??= (typeof schema === "function" ? schema() : Promise.resolve(schema)).then(
      (zod) => zodResolver(zod as never) as unknown as Resolver<FieldValues>,
    );
    return loaded.current;
  };
  useEffect(() => {
    // Start loading the schema as soon as the page is up, so the first check rarely waits for it.
    if (schema) void checker().catch(() => (loaded.current = null));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per form: a form's schema does not change
  }, []);
  const rhf = useForm<FieldValues>({
    resolver: schema
      ? async (values, context, resolverOptions) => {
          let check: Resolver<FieldValues>;
          try {
            check = await checker();
          } catch {
            // The schema could not load (the network dropped): the server checks the post as it always does.
            loaded.current = null;
            return { values, errors: {} };
          }
          const result = await check(values, context, resolverOptions);
          if (submitted.current) return result;
          // Before the first submit, a field left empty is not called out yet (tabbing through a form is no
          // mistake, and an error appearing under the pointer as it leaves a field moves the button it was
          // about to click); a field left with something wrong in it is.
          const errors = { ...result.errors };
          for (const name of resolverOptions.names ?? []) if (values[name] === "" || values[name] == null) delete errors[name];
          return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
        }
      : undefined,
    defaultValues: initialValues,
    // Checked when a field is left and on submit; a change clears the field's error until then (as the
    // server's, docs/decisions/012), so an error never comes and goes under the person's typing.
    mode: "onBlur",
    reValidateMode: "onBlur",
    shouldFocusError: false,
  });
  const clientErrors = rhf.formState.errors;
  // The server's answer, shown until the person changes the field (also on the server-rendered page).
  const [answered, setAnswered] = useState(state);
  const [serverErrors, setServerErrors] = useState(() => serverErrorsOf(state));
  const [failedSubmits, setFailedSubmits] = useState(() => (state && !state.ok ? 1 : 0));
  if (answered !== state) {
    setAnswered(state);
    setServerErrors(serverErrorsOf(state));
    if (state && !state.ok) setFailedSubmits((n) => n + 1);
  }
  const inFlight = useRef(false);
  const callbacks = useRef({ onSuccess, onInvalid });
  callbacks.current = { onSuccess, onInvalid };
  useEffect(() => {
    inFlight.current = false;
    if (!state) return;
    if (state.ok) callbacks.current.onSuccess?.(state.data);
    else callbacks.current.onInvalid?.(Object.keys(state.fieldErrors));
  }, [state]);

  const order = (options.fields ?? Object.keys(defaultValues)) as readonly string[];

  function clearServerError(name: string) {
    setServerErrors((errors) => {
      if (!(name in errors)) return errors;
      const { [name]: _cleared, ...rest } = errors;
      return rest;
    });
  }

  const form = {
    /** A field; for one radio button of a group, its `radioValue` (checked at first when it is the default). */
    register(name: FieldName<TInput>, radioValue?: string): FieldRegistration {
      const initial = initialValues[name];
      const start =
        radioValue !== undefined
          ? { value: radioValue, defaultChecked: initial === radioValue }
          : typeof initial === "boolean"
            ? { defaultChecked: initial }
            : { defaultValue: initial == null ? "" : String(initial) };
      const field = rhf.register(name);
      return {
        ...start,
        name: field.name,
        ref: field.ref,
        onBlur: (event) => {
          // Leaving the field for this form's submit button: the submit checks every field. Checking here
          // would show the error as the button is pressed, move the button, and lose the click.
          if (toSubmitOf(event)) return;
          return field.onBlur(event);
        },
        onChange: (event) => {
          clearServerError(name);
          rhf.clearErrors(name);
          return field.onChange(event);
        },
      };
    },
    /** The field's value now; the form re-renders when it changes. */
    watch<K extends FieldName<TInput>>(name: K): TInput[K] {
      // react-hook-form's watch re-renders this form on the field's change; the compiler leaves the hook unmemoized.
      // eslint-disable-next-line react-hooks/incompatible-library
      return rhf.watch(name) as TInput[K];
    },
    /** For a field the form draws itself (the ID boxes): its name, value and setter; it posts from a hidden input. */
    controlled(name: FieldName<TInput>) {
      const value = rhf.watch(name);
      return {
        name,
        value: String(value ?? ""),
        onChange: (next: string) => {
          clearServerError(name);
          rhf.clearErrors(name);
          rhf.setValue(name, next as never, { shouldDirty: true });
        },
        onBlur: () => {
          // The boxes are one field: it counts as left when focus leaves the group.
          rhf.setValue(name, rhf.getValues(name) as never, { shouldTouch: true, shouldValidate: true });
        },
      };
    },
    getValues: () => rhf.getValues() as TInput,
    /** Back to these values (e.g. an emptied note box after it was added), errors cleared. */
    reset(next: TInput = defaultValues) {
      rhf.reset(next);
      setServerErrors({});
    },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // The script is here: check in the browser first, then post the form's own data to the action.
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    submitted.current = true;
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
    void rhf.handleSubmit(
      () => {
        const payload = new FormData(element, submitter);
        // A default the page has no field for is sent as it was (as the form held it before it posted itself).
        for (const [name, value] of Object.entries(defaultValues)) if (typeof value === "string" && !payload.has(name)) payload.set(name, value);
        startTransition(() => dispatch(payload));
      },
      (errors) => {
        inFlight.current = false;
        setFailedSubmits((n) => n + 1);
        noteBrowserMistake(errors);
        callbacks.current.onInvalid?.(Object.keys(errors));
      },
    )().catch(() => {
      inFlight.current = false;
    });
  }

  const messages: Record<string, string> = { ...serverErrors };
  for (const [name, error] of Object.entries(clientErrors)) {
    const message = error?.message;
    if (typeof message === "string" && message) messages[name] = message;
  }
  const formError = state && !state.ok ? (state.formError ?? state.fieldErrors._form?.[0]) : undefined;
  const fieldError = (name: FieldName<TInput>): string | undefined => messages[name];
  const inError = Object.keys(messages);
  const names = [...order.filter((name) => name in messages), ...inError.filter((name) => !order.includes(name))];
  // The summary lists the fields in error once a submit has failed (GOV.UK's pattern: before that, a field's
  // error shows beside it only, and nothing at the form's top moves the page while the person fills it in).
  const errors: SummaryError[] = failedSubmits > 0 ? names.map((name) => ({ fieldId: `${idPrefix}${name}`, message: messages[name]! })) : [];
  /** Spread on <ErrorSummary>. */
  const summary: ErrorSummaryProps = { errors, formError, focusKey: failedSubmits };
  /** Inside the <form>: the carried values, so a post without the script sends them too. */
  const carried: ReactNode = createElement(
    Fragment,
    null,
    ...(options.carry ?? []).map((name) => createElement("input", { key: name, type: "hidden", name, value: String(defaultValues[name] ?? "") })),
  );
  /** Spread on the <form>: it posts to the action with or without the page's script. */
  const formProps = { action: dispatch, onSubmit, noValidate: true } as const;
  const success = state?.ok ? state.data : undefined;
  /** What the last refusal carried besides its errors (lib/forms/form-state.ts `extra`). */
  const refusal = state && !state.ok ? state.extra : undefined;

  return { form, formProps, carried, summary, formError, fieldError, fieldsInError: inError, success, refusal, submitting: pending };
}
