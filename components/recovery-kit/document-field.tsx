"use client";
// The field of the forms that take a recovery kit (the Web site) or a response file (the console): choose the
// file, or paste its contents. The file is read in the browser into the text box, which is what the form
// posts, so the same field works without the script (paste) and the server checks one thing (the text).
import { useId, useState } from "react";
import { Field, fieldAria, fileInputClass, inputClass } from "@/components/ui/field";
import { MAX_FILE_CHARS } from "@/lib/recovery-kit/file-limit";

export interface DocumentFieldProps {
  id: string;
  label: string;
  hint: string;
  fileLabel: string;
  error?: string;
  field: { name: string; value: string; onChange: (next: string) => void; onBlur: () => void };
  disabled?: boolean;
}

export function DocumentField({ id, label, hint, fileLabel, error, field, disabled }: DocumentFieldProps) {
  const fileId = useId();
  const [fileNote, setFileNote] = useState("");
  return (
    <>
      <div className="mt-4">
        <label htmlFor={fileId} className="block font-semibold">{fileLabel}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json,text/plain"
          disabled={disabled}
          className={`mt-1 ${fileInputClass}`}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            if (file.size > MAX_FILE_CHARS * 4) {
              setFileNote(`${file.name} is too large to be one of these files.`);
              return;
            }
            field.onChange(await file.text());
            setFileNote(`${file.name} is in the box below.`);
          }}
        />
        <p aria-live="polite" className="mt-1 min-h-5 text-sm text-success">{fileNote}</p>
      </div>
      <Field id={id} label={label} hint={hint} error={error} className="mt-2">
        <textarea
          {...fieldAria(id, error, hint)}
          name={field.name}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          rows={6}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          disabled={disabled}
          className={`${inputClass} font-mono text-xs`}
        />
      </Field>
    </>
  );
}
