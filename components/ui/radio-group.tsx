// A fieldset of radio buttons for useActionForm's register(): the legend names the group, its error is
// read with it, and the first enabled radio carries the group's id so the error summary's link lands on it.
// Hints sit outside the labels (aria-describedby), so each radio's accessible name is its label alone.
import type { FieldRegistration } from "@/components/forms/use-action-form";

interface RadioOption {
  value: string;
  label: string;
  hint?: string;
  disabled?: boolean;
}

export interface RadioGroupProps {
  id: string;
  legend: string;
  options: readonly RadioOption[];
  registration: FieldRegistration;
  error?: string;
  legendClassName?: string;
}

export function RadioGroup({ id, legend, options, registration, error, legendClassName = "font-semibold" }: RadioGroupProps) {
  // The field's default names the radio checked at first; each radio keeps its own value.
  const { defaultValue, defaultChecked: _checked, value: _value, ...field } = registration;
  const firstEnabled = options.findIndex((o) => !o.disabled);
  return (
    <fieldset className="mt-4" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={legendClassName}>{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {options.map((option, index) => {
          const optionId = index === firstEnabled ? id : `${id}-${index + 1}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                type="radio"
                id={optionId}
                value={option.value}
                disabled={option.disabled}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                className="mt-1 size-5 accent-accent"
                defaultChecked={option.value === defaultValue}
                {...field}
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
