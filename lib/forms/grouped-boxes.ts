// What the seven ID boxes (components/ui/grouped-id-input.tsx) do with each edit, as plain functions of
// the boxes' contents, so every case is unit-tested without a browser. The rules:
// - A box holds up to GROUP_SIZE characters; a full box hands the cursor to the next one.
// - A whole ID (ID_LENGTH characters or more), typed or pasted into any box, fills the boxes from the first.
// - Text longer than the rest of its box spills into the next boxes; past the last box it fills the empty
//   places in front of it first (someone who started typing in box 4) and is otherwise ignored.
// - Backspace at the start of a box deletes the last character of the box before, and nothing else.
// Every function takes the number of boxes last (7 by default; the Product ID has 4, a confirmation code 2).
import { GROUP_COUNT, GROUP_SIZE, toGroups } from "@/lib/licensing/groups";

type Caret = number | "all";
export interface BoxEdit {
  boxes: string[];
  /** Where the cursor goes: a box, and an offset in it ("all" selects the box). */
  focus: { box: number; caret: Caret };
}

export function splitIntoBoxes(compact: string, count = GROUP_COUNT): string[] {
  const groups = toGroups(compact.slice(0, count * GROUP_SIZE));
  return Array.from({ length: count }, (_, i) => groups[i] ?? "");
}

/** The cursor after the last of `length` characters written from the first box. */
function caretAfter(length: number, count: number): BoxEdit["focus"] {
  if (length >= count * GROUP_SIZE) return { box: count - 1, caret: GROUP_SIZE };
  const box = Math.floor(length / GROUP_SIZE);
  return { box, caret: length % GROUP_SIZE === 0 && length > 0 ? "all" : length % GROUP_SIZE };
}

/**
 * `text` (already cleaned) typed or pasted into box `index` in place of its selection [start, end).
 * Used for pastes and for any change that leaves more than one box's worth in a box.
 */
export function writeText(boxes: readonly string[], index: number, start: number, end: number, text: string, count = GROUP_COUNT): BoxEdit {
  const length = count * GROUP_SIZE;
  if (text.length >= length) {
    const whole = text.slice(0, length);
    return { boxes: splitIntoBoxes(whole, count), focus: caretAfter(whole.length, count) };
  }
  const box = boxes[index] ?? "";
  const merged = box.slice(0, start) + text + box.slice(end);
  if (merged.length <= GROUP_SIZE) {
    const next = [...boxes];
    next[index] = merged;
    const caret = start + text.length;
    return caret === GROUP_SIZE && index < count - 1 ? { boxes: next, focus: { box: index + 1, caret: "all" } } : { boxes: next, focus: { box: index, caret } };
  }
  // It spills: what is written from this box on replaces those boxes.
  const written = box.slice(0, start) + text;
  const room = (count - index) * GROUP_SIZE;
  if (written.length > room) {
    const before = boxes.slice(0, index).join("");
    const combined = before + written;
    if (combined.length <= length) return { boxes: splitIntoBoxes(combined, count), focus: caretAfter(combined.length, count) };
  }
  const kept = written.slice(0, room);
  const next = [...boxes.slice(0, index), ...splitIntoBoxes(kept, count).slice(0, count - index)];
  return { boxes: next, focus: caretAfter(index * GROUP_SIZE + kept.length, count) };
}

/**
 * A character typed into a full box with the cursor at its end (and nothing selected). Not the last box:
 * the cursor goes on into the next box and the character takes that box's first place (typing over, as
 * in the boxes of a paper form; nothing else of the next box changes). The last box: the character fills
 * the empty places in front first, or is ignored (null) when the ID is complete.
 */
export function typeIntoFullBox(boxes: readonly string[], index: number, char: string, count = GROUP_COUNT): BoxEdit | null {
  if (index < count - 1) {
    const next = [...boxes];
    next[index + 1] = char + (next[index + 1] ?? "").slice(1);
    return { boxes: next, focus: { box: index + 1, caret: 1 } };
  }
  const combined = boxes.join("") + char;
  if (combined.length > count * GROUP_SIZE) return null;
  return { boxes: splitIntoBoxes(combined, count), focus: caretAfter(combined.length, count) };
}

/** Backspace with the cursor at the start of box `index` (nothing selected). */
export function backspaceAtBoxStart(boxes: readonly string[], index: number): BoxEdit | null {
  if (index === 0) return null;
  const next = [...boxes];
  const previous = next[index - 1] ?? "";
  next[index - 1] = previous.slice(0, -1);
  return { boxes: next, focus: { box: index - 1, caret: Math.max(previous.length - 1, 0) } };
}

/** End: after the last character entered. */
export function endOfId(boxes: readonly string[]): BoxEdit["focus"] {
  const lastFilled = boxes.reduce((last, box, i) => (box.length > 0 ? i : last), 0);
  return { box: lastFilled, caret: (boxes[lastFilled] ?? "").length };
}
