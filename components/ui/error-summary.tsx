"use client";
// GOV.UK-style error summary: a list at the top of the form that links to each field in error. It takes
// focus once after each failed submit (`focusKey` changes; useActionForm counts them), so keyboard and
// screen-reader users land on it, and never while the person types (its list follows their corrections).
import { useEffect, useId, useRef } from "react";

export interface SummaryError {
  /** The id of the field to jump to. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: SummaryError[];
  formError?: string;
  /** Changes once per failed submit; the summary takes focus when it does. */
  focusKey?: number;
  title?: string;
}

export function ErrorSummary({ errors, formError, focusKey, title = "There is a problem" }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Its own id: a page can hold two summaries (the helpdesk's dialogs), each labelled by its own heading.
  const titleId = useId();
  const focusedFor = useRef<number | undefined>(undefined);
  // After every render: the key may change a render before the summary is drawn, so focus once it is
  // there, once per key.
  useEffect(() => {
    if (!focusKey || focusedFor.current === focusKey || !ref.current) return;
    focusedFor.current = focusKey;
    ref.current.focus();
  });
  if (errors.length === 0 && !formError) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} className="mb-6 rounded border-4 border-danger bg-white p-4">
      <h2 id={titleId} className="text-lg text-danger">{title}</h2>
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
