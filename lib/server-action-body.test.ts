import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionBodyKind, checkDeclaredLength, checkMultipartBody, checkReplyJson, checkTextBody, jsonDepth } from "./server-action-body";

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
});
