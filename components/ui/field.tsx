// A labelled form field with its hint and error, wired for screen readers (aria-invalid, aria-describedby).
// Pass the control as children and spread `fieldAria(...)` on it, or use TextField / SelectField.
import type { ComponentProps, ReactNode } from "react";

export function fieldAria(id: string, error?: string, hint?: string) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}

export const inputClass =
  "block w-full rounded border border-[#6b7785] bg-white px-3 py-2 text-ink shadow-inner aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger";

/** A file input drawn like the other fields, its "Choose file" button like a secondary button. */
export const fileInputClass =
  "block w-full max-w-full rounded border border-dashed border-[#6b7785] bg-white p-2 text-sm text-muted file:mr-3 file:cursor-pointer file:rounded file:border file:border-[#6b7785] file:bg-chrome file:px-4 file:py-2 file:font-semibold file:text-ink hover:file:bg-accent-soft aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger";

export function Field(props: { id: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean; children: ReactNode; className?: string }) {
  return (
    <div className={props.className ?? "mt-5"}>
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
        {props.optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </label>
      {props.hint ? <p id={`${props.id}-hint`} className="mt-1 text-sm text-muted">{props.hint}</p> : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="mt-1 text-sm font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {props.error}
        </p>
      ) : null}
      <div className="mt-1">{props.children}</div>
    </div>
  );
}

type TextFieldProps = ComponentProps<"input"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean };

export function TextField({ id, label, hint, error, optional, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      <input {...input} {...fieldAria(id, error, hint ? "hint" : undefined)} className={className ?? inputClass} />
    </Field>
  );
}

type SelectFieldProps = ComponentProps<"select"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string; optional?: boolean };

export function SelectField({ id, label, hint, error, optional, className, children, ...select }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      <select {...select} {...fieldAria(id, error, hint ? "hint" : undefined)} className={className ?? inputClass}>
        {children}
      </select>
    </Field>
  );
}
