/**
 * The message catalog (src/i18n/messages.ts): both languages for every id with the same arguments,
 * no id unused, no message thrown from src/core or src/functions as a bare string, and a few
 * messages rendered in both languages from the code that throws them.
 */
import * as fs from "fs";
import * as path from "path";
import { MethodError, completePairwiseMatrix, entropyWeights, parseDirection } from "../../src/core";
import { PARAMS } from "../../src/functions/params";
import { coerceArgs } from "../../src/functions/coerce";
import { MESSAGES, msg, placeholders, renderMessage, type MessageId } from "../../src/i18n/messages";

const HAN = /[\u4e00-\u9fff]/;
const root = path.resolve(__dirname, "..", "..");
const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => fs.readFileSync(path.join(root, dir, f), "utf8"));

/** The error a call throws, as a MethodError. */
function thrown(f: () => unknown): MethodError {
  try {
    f();
  } catch (e) {
    if (e instanceof MethodError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

it("has an English and a Chinese text for every id, with the same arguments", () => {
  for (const [id, entry] of Object.entries(MESSAGES)) {
    // Chinese words, or (for frames such as "{place}{detail}；{hint}") no words at all outside the arguments.
    const words = entry.zh.replace(/\{[^}]*\}/g, "");
    expect({ id, en: entry.en.length > 0, zh: HAN.test(words) || !/[A-Za-z]/.test(words) }).toEqual({ id, en: true, zh: true });
    // The one argument a language writes its own way: a date's month (a name in English, a number in Chinese).
    const own = (names: string[]) => names.filter((n) => !(id === "value.date" && (n === "month" || n === "monthName"))).sort();
    expect({ id, args: own(placeholders(entry.zh)) }).toEqual({ id, args: own(placeholders(entry.en)) });
  }
});

it("uses every id somewhere in src/ (no dead entries)", () => {
  const code = [...sources("src/core"), ...sources("src/functions"), ...sources("src/plan"), ...sources("src/runner"), ...sources("src/i18n").filter((s) => !s.includes("export const MESSAGES"))].join("\n");
  const unused = (Object.keys(MESSAGES) as MessageId[]).filter((id) => !code.includes(`"${id}"`));
  expect(unused).toEqual([]);
});

it("throws no bare-string message from src/core or src/functions: every one is keyed", () => {
  const bare = /(invalidInput|new MethodError\([^,()]+,)\(?\s*[`"']/;
  for (const dir of ["src/core", "src/functions"]) {
    const files = fs.readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    for (const f of files) {
      const lines = fs.readFileSync(path.join(root, dir, f), "utf8").split("\n");
      lines.forEach((line, i) => expect({ at: `${dir}/${f}:${i + 1}`, bare: bare.test(line) }).toEqual({ at: `${dir}/${f}:${i + 1}`, bare: false }));
    }
  }
});

it("renders nested messages, plurals and numbers in each language", () => {
  const m = msg("normalize.fewRows", { rows: 1 });
  expect(renderMessage(m, "en")).toBe("data has 1 row; min–max normalization needs a panel of at least 2 rows");
  expect(renderMessage(msg("normalize.fewRows", { rows: 0 }), "en")).toBe("data has 0 rows; min–max normalization needs a panel of at least 2 rows");
  expect(renderMessage(m, "zh-CN")).toBe("data 只有 1 行；极差标准化至少需要 2 行的面板数据");
});

describe("messages of the method and the coercion, in both languages (the English as before)", () => {
  it("a blank pair of an AHP comparison matrix", () => {
    const e = thrown(() => completePairwiseMatrix([[1, null, 2], [null, 1, 3], [0.5, 1 / 3, 1]]));
    expect(e.message).toBe("matrix row 1, column 2 is blank, and so is row 2, column 1");
    expect(renderMessage(e.text, "zh-CN")).toBe("matrix 第 1 行第 2 列为空白，第 2 行第 1 列也为空白");
  });

  it("a date where a judgement should be (46025 = 3 January 2026)", () => {
    const e = thrown(() => coerceArgs(PARAMS.AHP, [[[1, 46025], ["", 1]], null]));
    expect(e.message).toMatch(/^matrix row 1, column 2 is 46025, which looks like a date \(3 January 2026\); Excel turns a typed 1\/3 into a date/);
    expect(renderMessage(e.text, "zh-CN")).toMatch(/^matrix 第 1 行第 2 列为 46025，看起来像日期（2026 年 1 月 3 日）；Excel 会把输入的 1\/3 变成日期/);
  });

  it("a text cell in a data range, and a bad direction word", () => {
    const e = thrown(() => coerceArgs(PARAMS.ENTROPYWEIGHTS, [[[1, 2], [3, "n/a"]], null, null]));
    expect(e.message).toBe("data row 2, column 2 is text 'n/a'; a number is needed");
    expect(renderMessage(e.text, "zh-CN")).toBe("data 第 2 行第 2 列为文本 'n/a'；需要数字");
    const d = thrown(() => parseDirection("up", msg("place.item", { what: "directions", item: 3 })));
    expect(d.message).toBe(`directions item 3 is 'up'; use 1/-1, "+"/"-", "benefit"/"cost" or "positive"/"negative"`);
    expect(renderMessage(d.text, "zh-CN")).toContain("directions 第 3 项为 'up'；请使用 1/-1");
  });

  it("a constant panel for entropy weights", () => {
    const e = thrown(() => entropyWeights({ rows: 2, cols: 1, values: new Float64Array([1, 1]) }));
    expect(renderMessage(e.text, "zh-CN")).toBe("没有指标有变化：每一列都是常数，熵权无定义");
  });
});
