"use client";
// Seven boxes of five characters for the IDs people copy by hand (License Server ID, license key pack ID).
// What each edit does is lib/forms/grouped-boxes.ts; this component only wires it to the boxes: a full box
// hands the cursor on, a whole ID typed or pasted into any box fills them from the first, Backspace,
// arrows, Home and End move across boxes, and what was typed before the page became interactive is kept.
// The first box carries `id`, so a label and an error summary link focus it.
import { useEffect, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { GROUP_COUNT as DEFAULT_GROUP_COUNT, GROUP_SIZE, stripSeparators } from "@/lib/licensing/groups";
import { normalizeCrockford } from "@/lib/licensing/crockford";
import { backspaceAtBoxStart, endOfId, splitIntoBoxes, typeIntoFullBox, writeText, type BoxEdit } from "@/lib/forms/grouped-boxes";

type IdAlphabet = "digits" | "crockford";

export interface GroupedIdInputProps {
  id: string;
  /** The field's name: every box posts under it, and the form's action joins them (lib/forms/form-state.ts). */
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
  /** How many boxes of 5: 7 (the default) for License Server IDs and license key pack IDs, 4 for a Product ID. */
  groups?: number;
}

function clean(text: string, alphabet: IdAlphabet): string {
  const stripped = stripSeparators(text);
  return alphabet === "crockford" ? normalizeCrockford(stripped) : stripped;
}

export function GroupedIdInput(props: GroupedIdInputProps) {
  const { id, name, label, value, onChange, onBlur, alphabet, invalid, describedBy, disabled, groups: GROUP_COUNT = DEFAULT_GROUP_COUNT } = props;
  const [boxes, setBoxes] = useState<string[]>(() => splitIntoBoxes(clean(value, alphabet), GROUP_COUNT));
  const [lastValue, setLastValue] = useState(value);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const pendingFocus = useRef<BoxEdit["focus"] | null>(null);

  // A new value from outside (reset, saved draft) replaces the boxes.
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== boxes.join("")) setBoxes(splitIntoBoxes(clean(value, alphabet), GROUP_COUNT));
  }

  // The cursor is placed after React has written the boxes' new values (writing a value moves it).
  useLayoutEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    placeCursor(inputs.current[focus.box], focus.caret);
  });

  // Characters typed into the server-rendered boxes before this script ran are picked up, not lost.
  useEffect(() => {
    const typed = clean(inputs.current.map((input) => input?.value ?? "").join(""), alphabet);
    if (typed && typed !== clean(value, alphabet)) apply({ boxes: splitIntoBoxes(typed, GROUP_COUNT), focus: endOfId(splitIntoBoxes(typed, GROUP_COUNT)) });
    // Once, on hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function apply(edit: BoxEdit) {
    pendingFocus.current = edit.focus;
    setBoxes(edit.boxes);
    const compact = edit.boxes.join("");
    setLastValue(compact);
    // setBoxes always re-renders (a new array), so the layout effect above places the cursor.
    if (compact !== boxes.join("")) onChange(compact);
  }

  function handleChange(index: number, input: HTMLInputElement) {
    const text = clean(input.value, alphabet);
    const before = boxes[index] ?? "";
    const caret = input.selectionStart ?? text.length;
    // One character typed inside a full box: it types over the character after the cursor.
    if (text.length === GROUP_SIZE + 1 && before.length === GROUP_SIZE && caret > 0 && caret <= GROUP_SIZE) {
      return apply(writeText(boxes, index, caret - 1, caret, text.slice(caret - 1, caret), GROUP_COUNT));
    }
    // More at once (a whole ID filled in, dropped or auto-filled): written from the box's start, spilling on.
    if (text.length > GROUP_SIZE) return apply(writeText(boxes, index, 0, before.length, text, GROUP_COUNT));
    const next = [...boxes];
    next[index] = text;
    const at = Math.min(caret, text.length);
    const full = text.length === GROUP_SIZE && at === GROUP_SIZE && index < GROUP_COUNT - 1;
    apply({ boxes: next, focus: full ? { box: index + 1, caret: "all" } : { box: index, caret: at } });
  }

  function handlePaste(index: number, event: ClipboardEvent<HTMLInputElement>) {
    event.preventDefault();
    const box = event.currentTarget;
    const text = clean(event.clipboardData.getData("text"), alphabet);
    apply(writeText(boxes, index, box.selectionStart ?? 0, box.selectionEnd ?? box.value.length, text, GROUP_COUNT));
  }

  function handleKeyDown(index: number, event: KeyboardEvent<HTMLInputElement>) {
    const box = event.currentTarget;
    const start = box.selectionStart ?? 0;
    const collapsed = start === (box.selectionEnd ?? start);
    const move = (focus: BoxEdit["focus"]) => {
      event.preventDefault();
      placeCursor(inputs.current[focus.box], focus.caret);
    };
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const char = clean(event.key, alphabet);
      if (char && collapsed && box.value.length >= GROUP_SIZE && start >= GROUP_SIZE) {
        event.preventDefault();
        const edit = typeIntoFullBox(boxes, index, char, GROUP_COUNT);
        if (edit) apply(edit);
      }
    } else if (event.key === "Backspace" && collapsed && start === 0) {
      const edit = backspaceAtBoxStart(boxes, index);
      if (edit) {
        event.preventDefault();
        apply(edit);
      }
    } else if (event.key === "ArrowLeft" && collapsed && start === 0 && index > 0) {
      move({ box: index - 1, caret: (boxes[index - 1] ?? "").length });
    } else if (event.key === "ArrowRight" && collapsed && start === box.value.length && index < GROUP_COUNT - 1) {
      move({ box: index + 1, caret: 0 });
    } else if (event.key === "Home" && !event.shiftKey) {
      move({ box: 0, caret: 0 });
    } else if (event.key === "End" && !event.shiftKey) {
      move(endOfId(boxes));
    }
  }

  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-1">
      {boxes.map((group, index) => (
        <span key={index} className="inline-flex items-center gap-1">
          <input
            ref={(el) => {
              inputs.current[index] = el;
            }}
            id={index === 0 ? id : `${id}-${index + 1}`}
            aria-label={`${label}, group ${index + 1} of ${GROUP_COUNT}`}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            name={name}
            value={group}
            disabled={disabled}
            onChange={(e) => handleChange(index, e.currentTarget)}
            onPaste={(e) => handlePaste(index, e)}
            onKeyDown={(e) => handleKeyDown(index, e)}
            onBlur={(e) => {
              const next = e.relatedTarget;
              // Left the ID (not moved to another of its boxes). Not for its form's submit button: the submit
              // checks the ID, and an error appearing as the button is pressed moves it and loses the click
              // (docs/decisions/030-forms-on-react-hook-form.md, as the hook does for the other fields).
              if (e.currentTarget.closest("[role=group]")?.contains(next as Node | null)) return;
              if (next instanceof HTMLButtonElement && next.type === "submit" && next.form !== null && next.form === e.currentTarget.form) return;
              onBlur?.();
            }}
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
    </div>
  );
}

function placeCursor(input: HTMLInputElement | null | undefined, caret: BoxEdit["focus"]["caret"]) {
  if (!input) return;
  input.focus();
  if (caret === "all") input.select();
  else input.setSelectionRange(caret, caret);
}
