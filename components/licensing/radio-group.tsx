// A set of radio buttons under a legend, with its error, for react-hook-form's register(). The first
// enabled radio carries the field's id, so the error summary's link lands on it.
import type { UseFormRegisterReturn } from "react-hook-form";

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  disabled?: boolean;
}

export function RadioGroup(props: { id: string; legend: string; error?: string; options: readonly RadioOption[]; registration: UseFormRegisterReturn }) {
  const { id, legend, error, options, registration } = props;
  const firstEnabled = options.findIndex((o) => !o.disabled);
  return (
    <fieldset className="mt-5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-lg font-semibold">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {options.map((option, index) => {
          const optionId = index === firstEnabled ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                type="radio"
                id={optionId}
                value={option.value}
                disabled={option.disabled}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                className="mt-1 size-5 accent-accent"
                {...registration}
              />
              <label htmlFor={optionId} className={option.disabled ? "text-muted" : ""}>
                {option.label}
                {option.hint ? (
                  <span id={`${optionId}-hint`} className="block text-sm text-muted">
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
