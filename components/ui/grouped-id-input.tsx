"use client";
// Seven boxes of five characters for the IDs people copy by hand (License Server ID, license key pack ID).
// Typing moves on to the next box, Backspace in an empty box moves back, and pasting (or filling) a whole
// ID into any box spreads it over the boxes; separators are ignored. The first box carries `id`, so a
// label and an error summary link focus it.
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { GROUP_COUNT, GROUP_SIZE, stripSeparators, toGroups } from "@/lib/licensing/groups";
import { normalizeCrockford } from "@/lib/licensing/crockford";

export type IdAlphabet = "digits" | "crockford";

export interface GroupedIdInputProps {
  id: string;
  /** Name of a hidden input holding the whole ID, for plain form posts. */
  name?: string;
  /** Accessible name of the whole ID, e.g. "Target License Server ID". */
  label: string;
  value: string;
  onChange: (compact: string) => void;
  onBlur?: () => void;
  alphabet: IdAlphabet;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

function clean(text: string, alphabet: IdAlphabet): string {
  const stripped = stripSeparators(text);
  return alphabet === "crockford" ? normalizeCrockford(stripped) : stripped;
}

function split(value: string): string[] {
  const groups = toGroups(value.slice(0, GROUP_COUNT * GROUP_SIZE));
  return Array.from({ length: GROUP_COUNT }, (_, i) => groups[i] ?? "");
}

export function GroupedIdInput(props: GroupedIdInputProps) {
  const { id, name, label, value, onChange, onBlur, alphabet, invalid, describedBy, disabled } = props;
  const [groups, setGroups] = useState<string[]>(() => split(clean(value, alphabet)));
  const [lastValue, setLastValue] = useState(value);
  const boxes = useRef<(HTMLInputElement | null)[]>([]);

  // A new value from outside (reset, saved draft) replaces the boxes.
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== groups.join("")) setGroups(split(clean(value, alphabet)));
  }

  function commit(next: string[]) {
    setGroups(next);
    const compact = next.join("");
    setLastValue(compact);
    onChange(compact);
  }

  /** Writes `text` from box `start` on, spilling into the following boxes. */
  function spread(start: number, text: string) {
    const next = [...groups];
    let rest = text;
    let index = start;
    while (index < GROUP_COUNT && (rest.length > 0 || index === start)) {
      next[index] = rest.slice(0, GROUP_SIZE);
      rest = rest.slice(GROUP_SIZE);
      if (rest.length === 0) break;
      index++;
    }
    commit(next);
    const focusIndex = next[index]!.length === GROUP_SIZE && index < GROUP_COUNT - 1 ? index + 1 : index;
    boxes.current[focusIndex]?.focus();
  }

  function handleChange(index: number, raw: string) {
    const text = clean(raw, alphabet);
    if (text.length > GROUP_SIZE) return spread(index, text);
    const next = [...groups];
    next[index] = text;
    commit(next);
    if (text.length === GROUP_SIZE && index < GROUP_COUNT - 1) boxes.current[index + 1]?.focus();
  }

  function handlePaste(index: number, event: ClipboardEvent<HTMLInputElement>) {
    const text = clean(event.clipboardData.getData("text"), alphabet);
    if (text.length <= GROUP_SIZE) return; // a short paste behaves like typing
    event.preventDefault();
    spread(index, text);
  }

  function handleKeyDown(index: number, event: KeyboardEvent<HTMLInputElement>) {
    const box = event.currentTarget;
    if (event.key === "Backspace" && box.value === "" && index > 0) {
      event.preventDefault();
      boxes.current[index - 1]?.focus();
    } else if (event.key === "ArrowLeft" && box.selectionStart === 0 && index > 0) {
      boxes.current[index - 1]?.focus();
    } else if (event.key === "ArrowRight" && box.selectionStart === box.value.length && index < GROUP_COUNT - 1) {
      boxes.current[index + 1]?.focus();
    }
  }

  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-1">
      {groups.map((group, index) => (
        <span key={index} className="inline-flex items-center gap-1">
          <input
            ref={(el) => {
              boxes.current[index] = el;
            }}
            id={index === 0 ? id : `${id}-${index + 1}`}
            aria-label={`${label}, group ${index + 1} of ${GROUP_COUNT}`}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={group}
            disabled={disabled}
            onChange={(e) => handleChange(index, e.target.value)}
            onPaste={(e) => handlePaste(index, e)}
            onKeyDown={(e) => handleKeyDown(index, e)}
            onBlur={onBlur}
            onFocus={(e) => e.currentTarget.select()}
            inputMode={alphabet === "digits" ? "numeric" : "text"}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            size={GROUP_SIZE}
            className="w-[5.5rem] rounded border border-[#6b7785] bg-white px-2 py-2 text-center font-mono text-lg tracking-widest uppercase aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger"
          />
          {index < GROUP_COUNT - 1 ? <span aria-hidden="true" className="text-muted">-</span> : null}
        </span>
      ))}
      {name ? <input type="hidden" name={name} value={groups.join("")} /> : null}
    </div>
  );
}
