"use client";
// GOV.UK-style error summary: a list at the top of the form that links to each field in error. It takes
// focus when it appears, so keyboard and screen-reader users land on it.
import { useEffect, useRef } from "react";

export interface SummaryError {
  /** The id of the field to jump to. */
  fieldId: string;
  message: string;
}

export function ErrorSummary({ errors, formError, title = "There is a problem" }: { errors: SummaryError[]; formError?: string; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.fieldId + e.message).join("|") + (formError ?? "");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0 && !formError) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 rounded border-4 border-danger bg-white p-4">
      <h2 id="error-summary-title" className="text-lg text-danger">{title}</h2>
      {formError ? <p className="mt-2">{formError}</p> : null}
      {errors.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {errors.map((e) => (
            <li key={e.fieldId + e.message}>
              <a
                href={`#${e.fieldId}`}
                className="font-semibold text-danger"
                onClick={(event) => {
                  const target = document.getElementById(e.fieldId);
                  if (target) {
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: "center" });
                  }
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
