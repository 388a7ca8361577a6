// A fieldset of radio buttons wired like Field: the legend names the group, the error is read with it, and
// the first radio carries the group's id so the error summary can focus it.
import type { UseFormRegisterReturn } from "react-hook-form";

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  disabled?: boolean;
}

export function RadioGroup({ id, legend, options, registration, error }: { id: string; legend: string; options: readonly RadioOption[]; registration: UseFormRegisterReturn; error?: string }) {
  return (
    <fieldset className="mt-4" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div key={option.value} className="flex items-start gap-2">
              <input
                type="radio"
                id={optionId}
                value={option.value}
                disabled={option.disabled}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                className="mt-1 h-4 w-4"
                {...registration}
              />
              <div>
                <label htmlFor={optionId} className={option.disabled ? "text-muted" : undefined}>{option.label}</label>
                {option.hint ? <p id={`${optionId}-hint`} className="text-sm text-muted">{option.hint}</p> : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
