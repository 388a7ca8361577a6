"use client";
// The one hook between a form and its server action, for every form of the three sites.
// - Validation is the server's: the action parses the raw values with the form's zod schema (lib/*/schemas)
//   and answers with lib/forms/action-result.ts's shape, so the browser ships neither zod nor the tables
//   behind the schemas (docs/decisions/012-forms-validated-on-the-server.md has the figures). Checks that
//   must answer as a person types (the ID boxes' check digits) are plain functions of lib/licensing.
// - The fields are the browser's own (uncontrolled, `register` gives name, default and change handler), read
//   from the page at submit, so what was typed before the script ran is sent too; `watch` re-renders on a
//   field's change only for the fields a form shows as they are typed, `controlled` serves the ID boxes.
//   No form library: with validation on the server this is all a form needs, and react-hook-form was
//   13.7 kB (gzip) of every form page (docs/decisions/012-forms-validated-on-the-server.md, point 4).
// - Field errors land on their fields; `_form` and `formError` at the summary's top. A field's error
//   clears as soon as the person changes that field; Next checks it again.
// - The error summary lists the fields in error in page order (`fields`, else the keys of
//   `defaultValues`) and takes focus once per failed submit (`focusKey`), never on a keystroke, so
//   everything typed after an error lands where it was typed.
// - A ref refuses a second submit while one is in flight (double click, Enter held down), and the
//   transition keeps the form pending while a successful action's redirect loads the next page.
import { useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import type { ErrorSummaryProps, SummaryError } from "@/components/ui/error-summary";
import type { ActionResult } from "@/lib/forms/action-result";

/** A form's values: strings from its fields, booleans from check boxes, and values it only carries. */
export type FormValues = Record<string, unknown>;
type FieldName<T> = Extract<keyof T, string>;
type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Spread on an <input>, <select> or <textarea> (RadioGroup takes it whole). */
export interface FieldRegistration {
  name: string;
  ref: (element: FieldElement | null) => void;
  onChange: (event: ChangeEvent<FieldElement>) => void;
  defaultValue?: string;
  defaultChecked?: boolean;
  value?: string;
}

export interface ActionFormOptions<TInput extends FormValues, TData> {
  /** Parses the values with the form's schema; returns an ActionResult, or nothing when it redirected. */
  action: (input: TInput) => Promise<ActionResult<TData> | void>;
  defaultValues: TInput;
  /** The fields in page order, for the summary; defaults to the keys of `defaultValues`. */
  fields?: readonly FieldName<TInput>[];
  /** Prefix of the fields' element ids (two forms on one page), so the summary links to them. */
  idPrefix?: string;
  onSuccess?: (data: TData) => void;
  /** Told the names of the fields in error after a failed submit (e.g. to open the tab they are on). */
  onInvalid?: (fields: string[]) => void;
}

export function useActionForm<TInput extends FormValues, TData = unknown>(options: ActionFormOptions<TInput, TData>) {
  const { action, defaultValues, idPrefix = "", onSuccess, onInvalid } = options;
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [success, setSuccess] = useState<TData>();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [, rerender] = useState(0);
  const inFlight = useRef(false);
  const values = useRef<FormValues>({ ...defaultValues });
  const elements = useRef(new Map<string, Set<FieldElement>>());
  const watched = useRef(new Set<string>());
  const order = (options.fields ?? Object.keys(defaultValues)) as readonly string[];

  function changed(name: string, value: unknown) {
    values.current[name] = value;
    setFieldErrors((errors) => {
      if (!(name in errors)) return errors;
      const { [name]: _cleared, ...rest } = errors;
      return rest;
    });
    if (watched.current.has(name)) rerender((n) => n + 1);
  }

  /** What the page holds now for each registered field (radios: the checked one's value, else ""). */
  function readPage(): TInput {
    for (const [name, set] of elements.current) {
      const first = [...set][0];
      if (!first) continue;
      if (first instanceof HTMLInputElement && first.type === "checkbox") values.current[name] = first.checked;
      else if (first instanceof HTMLInputElement && first.type === "radio") values.current[name] = [...set].find((e) => (e as HTMLInputElement).checked)?.value ?? "";
      else values.current[name] = first.value;
    }
    return { ...values.current } as TInput;
  }

  const form = {
    /** A field; for one radio button of a group, its `radioValue` (checked at first when it is the default). */
    register(name: FieldName<TInput>, radioValue?: string): FieldRegistration {
      const initial = defaultValues[name];
      const start =
        radioValue !== undefined
          ? { value: radioValue, defaultChecked: initial === radioValue }
          : typeof initial === "boolean"
            ? { defaultChecked: initial }
            : { defaultValue: initial == null ? "" : String(initial) };
      return {
        name,
        ...start,
        ref: (element) => {
          if (!element) return;
          const set = elements.current.get(name) ?? new Set();
          set.add(element);
          elements.current.set(name, set);
          // Unmounted fields leave: a field that is no longer on the page sends its last value.
          return () => {
            set.delete(element);
          };
        },
        onChange: (event) => {
          const target = event.target;
          if (target instanceof HTMLInputElement && target.type === "checkbox") changed(name, target.checked);
          else changed(name, target.value);
        },
      };
    },
    /** The field's value now; the form re-renders when it changes. */
    watch<K extends FieldName<TInput>>(name: K): TInput[K] {
      watched.current.add(name);
      return values.current[name] as TInput[K];
    },
    /** For a field the form draws itself (the ID boxes): its value and the function that sets it. */
    controlled(name: FieldName<TInput>) {
      watched.current.add(name);
      return { value: String(values.current[name] ?? ""), onChange: (value: string) => changed(name, value) };
    },
    getValues: readPage,
    /** Back to these values (e.g. an emptied note box after it was added), errors cleared. */
    reset(next: TInput = defaultValues) {
      values.current = { ...next };
      for (const [name, set] of elements.current) {
        for (const element of set) {
          const value = next[name];
          if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
            element.checked = element.type === "checkbox" ? value === true : element.value === value;
          } else element.value = String(value ?? "");
        }
      }
      setFieldErrors({});
      rerender((n) => n + 1);
    },
  };

  function onSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setFormError(undefined);
    setSuccess(undefined);
    const input = readPage();
    startTransition(async () => {
      try {
        const result = await action(input);
        if (!result) return; // redirected: the transition stays pending until the next page shows
        if (result.ok) {
          setFieldErrors({});
          setSuccess(result.data);
          onSuccess?.(result.data);
          return;
        }
        const errors: Record<string, string> = {};
        for (const [name, messages] of Object.entries(result.fieldErrors)) {
          if (name !== "_form" && messages?.[0]) errors[name] = messages[0];
        }
        setFieldErrors(errors);
        setFormError(result.formError ?? result.fieldErrors._form?.[0]);
        setFailedSubmits((n) => n + 1);
        onInvalid?.(Object.keys(result.fieldErrors));
      } finally {
        inFlight.current = false;
      }
    });
  }

  const fieldError = (name: FieldName<TInput>): string | undefined => fieldErrors[name];
  const inError = Object.keys(fieldErrors);
  const names = [...order.filter((name) => name in fieldErrors), ...inError.filter((name) => !order.includes(name))];
  const errors: SummaryError[] = names.map((name) => ({ fieldId: `${idPrefix}${name}`, message: fieldErrors[name]! }));
  /** Spread on <ErrorSummary>. */
  const summary: ErrorSummaryProps = { errors, formError, focusKey: failedSubmits };

  return { form, onSubmit, summary, formError, fieldError, fieldsInError: inError, success, submitting: pending };
}
