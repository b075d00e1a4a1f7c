/**
 * src/core/method-error.ts: the one error type of the method core. Oracle: its contract (module
 * docstring and ../shared/method.md §4): the kind the adapters map to an Excel error, the keyed
 * message kept for other languages, `message` in English, and a name that says what it is in logs
 * and stack traces ("MethodError: …", not a bare "Error: …").
 */
import { invalidInput, MethodError } from "../../src/core/method-error";
import { msg, renderMessage } from "../../src/i18n/messages";

describe("MethodError", () => {
  it("keeps its kind and keyed message; message is the English rendering; named MethodError", () => {
    const text = msg("entropy.fewRows", { rows: 1 });
    const e = new MethodError("notAvailable", text);
    expect(e).toBeInstanceOf(Error);
    expect(e.kind).toBe("notAvailable");
    expect(e.text).toBe(text);
    expect(e.message).toBe("entropy needs at least 2 rows; got 1");
    expect(renderMessage(e.text, "zh-CN")).toBe("信息熵至少需要 2 行；实际为 1 行");
    expect(e.name).toBe("MethodError");
    expect(String(e)).toBe("MethodError: entropy needs at least 2 rows; got 1");
  });

  it("invalidInput is a value error (#VALUE!) with the text as given", () => {
    const e = invalidInput("plain text");
    expect([e.kind, e.text, e.message, e.name]).toEqual(["value", "plain text", "plain text", "MethodError"]);
  });
});
