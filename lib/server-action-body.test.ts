import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, ACTION_REFERENCE_CHAIN_LIMIT, actionBodyKind, checkActionOrigin, checkDeclaredLength, checkMultipartBody, checkReplyJson, checkTextBody, jsonDepth } from "./server-action-body";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("server-action bodies the proxy refuses (each answered 500 by Next 16)", () => {
  it("takes the two content types a server action's fetch sends", () => {
    expect(actionBodyKind("text/plain;charset=UTF-8")).toBe("text");
    expect(actionBodyKind("multipart/form-data; boundary=----x")).toBe("multipart");
    expect(actionBodyKind("multipart/form-data")).toMatchObject({ ok: false, status: 400 });
    expect(actionBodyKind("application/json")).toMatchObject({ ok: false, status: 415 });
    expect(actionBodyKind(null)).toMatchObject({ ok: false, status: 415 });
  });

  it("refuses non-JSON, empty, deep and over-1-MB bodies, and takes a reply", () => {
    expect(checkTextBody(bytes('[{"reference":"RQ-1","contact":"a@b.example"}]'))).toEqual({ ok: true });
    expect(checkTextBody(bytes("hello{"))).toMatchObject({ status: 400 });
    expect(checkTextBody(bytes(""))).toMatchObject({ status: 400 });
    expect(checkTextBody(bytes("[".repeat(10_000) + "]".repeat(10_000)))).toMatchObject({ status: 400, reason: "JSON nested too deep" });
    expect(checkTextBody(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toMatchObject({ status: 400 });
    expect(checkTextBody(bytes(`["${"a".repeat(ACTION_BODY_LIMIT_BYTES)}"]`))).toMatchObject({ status: 413 });
    expect(checkDeclaredLength(String(ACTION_BODY_LIMIT_BYTES + 1))).toMatchObject({ status: 413 });
    expect(checkDeclaredLength("12")).toEqual({ ok: true });
  });

  it("counts depth outside strings only", () => {
    expect(jsonDepth('[{"a":[1]}]')).toBe(3);
    expect(jsonDepth('["[[[[", "\\"[[["]')).toBe(1);
    expect(checkReplyJson(`["${"[".repeat(500)}"]`)).toEqual({ ok: true });
  });

  it("takes the tags our clients send and refuses those decodeReply cannot revive (each a 500 before)", () => {
    expect(checkReplyJson('[{"a":"$$5 off","b":"$undefined","c":"$D2026-12-01T00:00:00.000Z","d":"$n12"}, "$NaN", "$-0"]')).toEqual({ ok: true });
    expect(checkReplyJson('["$nxyz"]')).toMatchObject({ status: 400 });
    expect(checkReplyJson('["$Q5"]')).toMatchObject({ status: 400 });
    expect(checkReplyJson('["$T"]')).toMatchObject({ status: 400 });
    expect(checkReplyJson('["$Z"]')).toMatchObject({ status: 400 });
    expect(checkReplyJson('["$Q1"]', new Set([1]))).toEqual({ ok: true });
    // The arguments are a list: a number, a string, an object or null at the root is refused, deeper parts are any value.
    for (const root of ["0", '"abc"', "{}", "null", "true"]) expect(checkReplyJson(root), root).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, [["0", "0"]])).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, [["0", '["$1"]'], ["1", '{"a":1}']])).toEqual({ ok: true });
    expect(checkMultipartBody(10, [["0", '["$2"]'], ["1", '{"a":1}']])).toMatchObject({ status: 400 });
  });

  it("checks the numbered parts of a multipart reply and leaves the form's own values alone", () => {
    expect(checkMultipartBody(10, [["0", '["$K1"]'], ["_1_note", "[[[[not json"]])).toEqual({ ok: true });
    expect(checkMultipartBody(10, [["0", "["]])).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, null)).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, [])).toMatchObject({ status: 400 });
    expect(checkMultipartBody(ACTION_BODY_LIMIT_BYTES + 1, [["0", "[]"]])).toMatchObject({ status: 413 });
  });

  // Issue 26: the references between parts, as decodeReply resolves them (each of these was a 500 or a hang).
  const blob = (content: string, name = "a.bin") => new File([content], name);
  it("refuses a reference to a part of the wrong kind, and takes each kind with its own part", () => {
    const refused: [string, unknown][][] = [
      [["0", '["$Q1"]'], ["1", '{"a":1}']],
      [["0", '["$Q1"]'], ["1", blob("[]")]],
      [["0", '["$W1"]'], ["1", '"abc"']],
      [["0", '["$i1"]'], ["1", "1"]],
      [["0", '["$A1"]'], ["1", "[1]"]],
      [["0", '["$B1"]'], ["1", "[]"]],
      [["0", '["$S1"]'], ["1", blob("abc")]],
      [["0", '["$1"]'], ["1", blob("[]")]],
      [["0", '["$@1"]'], ["1", blob("[]")]],
    ];
    for (const parts of refused) expect(checkMultipartBody(10, parts), JSON.stringify(parts[0])).toMatchObject({ ok: false, status: 400 });
    const taken: [string, unknown][][] = [
      [["0", '["$Q1"]'], ["1", '[["k","v"]]']],
      [["0", '["$W1", "$i2"]'], ["1", "[1,2]"], ["2", "[3]"]],
      [["0", '["$A1", "$S2", "$B3"]'], ["1", blob("abc")], ["2", blob("abcd")], ["3", blob("x")]],
      [["0", '["$@1", "$1"]'], ["1", '{"a":1}']],
    ];
    for (const parts of taken) expect(checkMultipartBody(10, parts), JSON.stringify(parts[0])).toEqual({ ok: true });
  });

  it("refuses a part read twice, a part named twice, a server function and a stream", () => {
    expect(checkMultipartBody(10, [["0", '["$Q1", "$W1"]'], ["1", "[]"]])).toMatchObject({ status: 400, reason: "a part read twice" });
    expect(checkMultipartBody(10, [["0", '["$o1", "$o1"]'], ["1", blob("ab")]])).toMatchObject({ status: 400, reason: "a part read twice" });
    expect(checkMultipartBody(10, [["0", '["$1"]'], ["1", "[]"], ["1", "{}"]])).toMatchObject({ status: 400, reason: "a part named twice" });
    for (const tag of ["h", "R", "r", "X", "x"]) expect(checkMultipartBody(10, [["0", `["$${tag}1"]`], ["1", '{"id":"x","bound":null}']]), tag).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, [["0", blob("[]")]])).toMatchObject({ status: 400, reason: "no arguments" });
  });

  it("refuses references that loop or chain longer than the limit, and takes a shared part", () => {
    const chain = (length: number, tag = "") => Array.from({ length }, (_, i): [string, string] => [String(i), i === length - 1 ? "[]" : `["$${tag}${(i + 1).toString(16)}"]`]);
    expect(checkMultipartBody(10, [["0", '["$1"]'], ["1", '["$2"]'], ["2", '["$1"]']])).toMatchObject({ status: 400, reason: "references that loop or run too long" });
    expect(checkMultipartBody(10, [["0", '["$@0"]']])).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, [["0", '["$Q1"]'], ["1", '[["k","$1"]]']])).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, chain(3_000))).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, chain(3_000, "Q"))).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, chain(ACTION_REFERENCE_CHAIN_LIMIT + 1))).toEqual({ ok: true });
    expect(checkMultipartBody(10, chain(ACTION_REFERENCE_CHAIN_LIMIT + 2))).toMatchObject({ status: 400 });
    // A diamond (two references to one part) is no loop.
    expect(checkMultipartBody(10, [["0", '["$1", "$2"]'], ["1", '["$3"]'], ["2", '["$3"]'], ["3", "{}"]])).toEqual({ ok: true });
  });

  it("refuses a file whose name is not storable text", () => {
    expect(checkMultipartBody(10, [["_1_file", blob("x", "a\u0000.csv")], ["0", '["$K1"]']])).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, [["_1_file", blob("x", "\u202Eabc.csv")], ["0", '["$K1"]']])).toMatchObject({ status: 400 });
    expect(checkMultipartBody(10, [["_1_file", blob("x", "entitlements.csv")], ["0", '["$K1"]']])).toEqual({ ok: true });
  });

  it("answers 403 to an Origin that is not the site's, as Next would refuse it with a 500", () => {
    expect(checkActionOrigin(null, "localhost:3000", null)).toEqual({ ok: true });
    expect(checkActionOrigin("http://localhost:3000", "localhost:3000", null)).toEqual({ ok: true });
    expect(checkActionOrigin("https://rdls.example", "10.0.0.5:3000", "rdls.example, proxy.internal")).toEqual({ ok: true });
    for (const origin of ["https://evil.example", "null", "http://[::1", "", "file:///etc/passwd", "http://localhost:3001"]) {
      expect(checkActionOrigin(origin, "localhost:3000", null), origin).toMatchObject({ ok: false, status: 403 });
    }
    expect(checkActionOrigin("http://localhost:3000", null, null)).toMatchObject({ status: 403 });
  });
});

