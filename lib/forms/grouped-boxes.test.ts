import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { backspaceAtBoxStart, endOfId, splitIntoBoxes, typeIntoFullBox, writeText } from "./grouped-boxes";
import { GROUP_COUNT, GROUP_SIZE, ID_LENGTH } from "@/lib/licensing/groups";

const ID = "ABCDEFGHJKMNPQRSTVWXYZ0123456789ABC"; // 35 characters
const empty = splitIntoBoxes("");

describe("writeText (paste, or a box holding more than it should)", () => {
  it("a whole ID pasted into any box fills the boxes from the first", () => {
    for (let box = 0; box < GROUP_COUNT; box++) {
      const edit = writeText(empty, box, 0, 0, ID);
      expect(edit.boxes.join("")).toBe(ID);
      expect(edit.focus).toEqual({ box: GROUP_COUNT - 1, caret: GROUP_SIZE });
    }
  });

  it("a whole ID pasted into a box that already holds text still fills from the first, text beyond 35 ignored", () => {
    const edit = writeText(splitIntoBoxes("ZZZZZYYYYY"), 1, 5, 5, ID + "EXTRA");
    expect(edit.boxes.join("")).toBe(ID);
  });

  it("part of an ID spills into the following boxes", () => {
    const edit = writeText(empty, 2, 0, 0, "ABCDEFG");
    expect(edit.boxes).toEqual(["", "", "ABCDE", "FG", "", "", ""]);
    expect(edit.focus).toEqual({ box: 3, caret: 2 });
  });

  it("text that would run past the last box fills the empty boxes in front of it first", () => {
    const edit = writeText(empty, 4, 0, 0, ID.slice(0, 20));
    expect(edit.boxes).toEqual(splitIntoBoxes(ID.slice(0, 20)));
    expect(edit.focus).toEqual({ box: 4, caret: "all" });
  });

  it("past the last box with no room in front, the rest is ignored and never throws", () => {
    const full = splitIntoBoxes(ID);
    const edit = writeText(full, 6, 0, 5, "12345678");
    expect(edit.boxes.slice(0, 6)).toEqual(full.slice(0, 6));
    expect(edit.boxes[6]).toBe("12345");
    expect(edit.boxes).toHaveLength(GROUP_COUNT);
  });

  it("a short paste replaces the selection and keeps the rest of the box", () => {
    const edit = writeText(splitIntoBoxes("ABCDE"), 0, 1, 3, "X");
    expect(edit.boxes[0]).toBe("AXDE");
    expect(edit.focus).toEqual({ box: 0, caret: 2 });
  });

  it("never throws and always leaves seven boxes of at most five (any box, any selection, any text)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Z0-9]{0,5}$/), { minLength: GROUP_COUNT, maxLength: GROUP_COUNT }),
        fc.integer({ min: 0, max: GROUP_COUNT - 1 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.stringMatching(/^[A-Z0-9]{0,50}$/),
        (boxes, index, a, b, text) => {
          const box = boxes[index]!;
          const start = Math.min(a, b, box.length);
          const end = Math.min(Math.max(a, b), box.length);
          const edit = writeText(boxes, index, start, end, text);
          expect(edit.boxes).toHaveLength(GROUP_COUNT);
          for (const b2 of edit.boxes) expect(b2.length).toBeLessThanOrEqual(GROUP_SIZE);
          expect(edit.focus.box).toBeGreaterThanOrEqual(0);
          expect(edit.focus.box).toBeLessThan(GROUP_COUNT);
          expect(edit.boxes.join("").length).toBeLessThanOrEqual(ID_LENGTH);
        },
      ),
    );
  });
});

describe("typeIntoFullBox", () => {
  it("goes on into the next box, typing over its first place only", () => {
    const edit = typeIntoFullBox(splitIntoBoxes("ABCDEFGHJK"), 0, "Z");
    expect(edit?.boxes.slice(0, 2)).toEqual(["ABCDE", "ZGHJK"]);
    expect(edit?.focus).toEqual({ box: 1, caret: 1 });
  });

  it("typing a whole ID from box 4 on ends with every character in place from the first box", () => {
    let boxes = empty;
    let focus = { box: 3, caret: 0 as number | "all" };
    for (const char of ID) {
      const box = boxes[focus.box]!;
      const caret = focus.caret === "all" ? 0 : focus.caret;
      const selectedAll = focus.caret === "all";
      const edit =
        box.length === GROUP_SIZE && !selectedAll && caret === GROUP_SIZE
          ? typeIntoFullBox(boxes, focus.box, char)
          : writeText(boxes, focus.box, selectedAll ? 0 : caret, selectedAll ? box.length : caret, char);
      if (!edit) continue;
      boxes = edit.boxes;
      focus = edit.focus;
    }
    expect(boxes.join("")).toBe(ID);
  });

  it("is ignored past the end of a complete ID", () => {
    expect(typeIntoFullBox(splitIntoBoxes(ID), GROUP_COUNT - 1, "Z")).toBeNull();
  });
});

describe("backspaceAtBoxStart and End", () => {
  it("deletes the last character of the box before, and only that", () => {
    const edit = backspaceAtBoxStart(splitIntoBoxes("ABCDEFG"), 1);
    expect(edit?.boxes.slice(0, 2)).toEqual(["ABCD", "FG"]);
    expect(edit?.focus).toEqual({ box: 0, caret: 4 });
  });

  it("does nothing in the first box", () => {
    expect(backspaceAtBoxStart(splitIntoBoxes("ABC"), 0)).toBeNull();
  });

  it("End goes after the last character entered", () => {
    expect(endOfId(splitIntoBoxes("ABCDEFG"))).toEqual({ box: 1, caret: 2 });
    expect(endOfId(empty)).toEqual({ box: 0, caret: 0 });
  });
});

describe("fewer boxes (a Product ID's 4, a confirmation code's 2)", () => {
  it("fills 4 boxes from a whole Product ID pasted anywhere and drops the rest", () => {
    const edit = writeText(["", "", "", ""], 2, 0, 0, "1234567890123456789012345", 4);
    expect(edit.boxes).toEqual(["12345", "67890", "12345", "67890"]);
    expect(edit.focus).toEqual({ box: 3, caret: 5 });
  });
  it("hands the cursor on from a full box but not past the last", () => {
    expect(typeIntoFullBox(["12345", ""], 0, "6", 2)).toEqual({ boxes: ["12345", "6"], focus: { box: 1, caret: 1 } });
    expect(typeIntoFullBox(["12345", "67890"], 1, "1", 2)).toBeNull();
    expect(splitIntoBoxes("1234567890123", 2)).toEqual(["12345", "67890"]);
  });
});
