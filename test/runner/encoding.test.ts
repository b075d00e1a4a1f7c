/**
 * Files from Chinese Excel (issue 11): CSV in GBK, UTF-16 LE/BE with a BOM and UTF-8 with or without
 * a BOM read to the same panel without a flag; --encoding / import.encoding override the guess; a
 * configuration JSON with a BOM is read; an undecodable file names the encoding tried and the option.
 * Oracle: test/runner/fixtures/cities-utf8.csv, the UTF-8 twin the other files were encoded from
 * (Python's gbk and utf-16 codecs), and its numbers as written.
 */
import * as fs from "fs";
import * as path from "path";
import { cleanPanel, readTableFile, validateImportOptions, type ImportOptions } from "../../src/runner/import-table";
import { decodeText, encodingName } from "../../src/runner/encoding";
import { loadRunConfig, runDemo, textTable } from "../../src/runner/demo-run";
import { displayWidth } from "../../src/runner/text";
import { SAMPLES, tempDir } from "./helpers";

jest.setTimeout(60000);

const FIX = path.join(__dirname, "fixtures");
const fx = (name: string) => path.join(FIX, name);

async function panelOf(file: string, options: ImportOptions = {}) {
  const { config } = loadRunConfig(fx("cities.config.json"));
  const table = await readTableFile(file, options);
  return { table, panel: cleanPanel(table, config, options) };
}

describe("encoding detection", () => {
  test("the UTF-8 twin reads as written: Chinese areas, indicators and the first row's numbers", async () => {
    const { table, panel } = await panelOf(fx("cities-utf8.csv"));
    expect(table.encoding).toBe("utf-8");
    expect(table.headers).toEqual(["城市", "年份", "人均GDP", "绿化覆盖率", "废水排放量", "能源消耗量"]);
    expect(panel.areas.slice(0, 2)).toEqual(["北京市", "北京市"]);
    expect(panel.values[0]).toEqual([11.8, 48.4, 14.1, 69.6]);
    expect(panel.values).toHaveLength(10);
  });

  test.each([
    ["cities-gbk.csv", "gb18030"],
    ["cities-utf16le.csv", "utf-16le"],
    ["cities-utf16be.csv", "utf-16be"],
    ["cities-utf8-bom.csv", "utf-8"],
  ])("%s (no flag) reads as %s to the same panel as its UTF-8 twin", async (name, encoding) => {
    const twin = await panelOf(fx("cities-utf8.csv"));
    const { table, panel } = await panelOf(fx(name));
    expect(table.encoding).toBe(encoding);
    expect(table.headers).toEqual(twin.table.headers);
    expect(panel).toEqual(twin.panel);
  });

  test("the fixtures really are in the encodings they are named after (bytes of 北 in each)", () => {
    const bei = { gbk: [0xb1, 0xb1], le: [0x17, 0x53], be: [0x53, 0x17] };
    const has = (file: string, bytes: number[]) => fs.readFileSync(fx(file)).includes(Buffer.from(bytes));
    expect(has("cities-gbk.csv", bei.gbk)).toBe(true);
    expect(has("cities-utf16le.csv", bei.le)).toBe(true);
    expect(has("cities-utf16be.csv", bei.be)).toBe(true);
    expect([...fs.readFileSync(fx("cities-utf16le.csv")).subarray(0, 2)]).toEqual([0xff, 0xfe]);
  });

  test("decodeText: BOM first, then valid UTF-8, else GB18030", () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: "a", encoding: "utf-8", bom: true });
    expect(decodeText(Buffer.from("中文", "utf8"))).toEqual({ text: "中文", encoding: "utf-8", bom: false });
    expect(decodeText(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ text: "中文", encoding: "gb18030", bom: false });
    expect(encodingName("GBK")).toBe("gbk");
    expect(encodingName("UTF8")).toBe("utf-8");
    expect(encodingName("latin9")).toBeUndefined();
  });
});

describe("the encoding given overrides the guess", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("UTF-16 LE without a BOM cannot be guessed (the message names --encoding); import.encoding utf-16le reads it to the twin's panel", async () => {
    const f = path.join(dir, "nobom.csv");
    fs.writeFileSync(f, fs.readFileSync(fx("cities-utf16le.csv")).subarray(2));
    await expect(panelOf(f)).rejects.toThrow("nobom.csv: cannot be read: it is not UTF-8 and not gb18030 either (tried UTF-8, then gb18030); give the file's encoding with --encoding");
    const twin = await panelOf(fx("cities-utf8.csv"));
    expect((await panelOf(f, { encoding: "utf-16le" })).panel).toEqual(twin.panel);
  });

  test("--encoding (runDemo's encoding) overrides import.encoding of the configuration", async () => {
    const cfg = JSON.parse(fs.readFileSync(fx("cities.config.json"), "utf8"));
    fs.writeFileSync(path.join(dir, "c.json"), JSON.stringify({ ...cfg, import: { encoding: "utf-8" } }));
    const run = (encoding?: string) => runDemo({ data: fx("cities-gbk.csv"), config: path.join(dir, "c.json"), encoding, out: path.join(dir, "out"), log: () => undefined, samplesDir: SAMPLES });
    await expect(run()).rejects.toThrow("cities-gbk.csv: cannot be read as utf-8 (the encoding given with --encoding or import.encoding)");
    const { run: result } = await run("gbk");
    expect(result!.dataSheet[1][0]).toBe("北京市");
  });

  test("an undecodable file names the encodings tried and the option", async () => {
    await expect(panelOf(fx("undecodable.csv"))).rejects.toThrow(
      "undecodable.csv: cannot be read: it is not UTF-8 and not gb18030 either (tried UTF-8, then gb18030); give the file's encoding with --encoding (utf-8, gb18030, gbk, gb2312, utf-16le, utf-16be), or save it as CSV UTF-8",
    );
  });

  test("import.encoding is checked: an unknown name lists the known ones", () => {
    expect(validateImportOptions({ encoding: "gbk" })).toEqual([]);
    expect(validateImportOptions({ encoding: "big5" })).toEqual([
      'import.encoding is "big5"; use one of utf-8, gb18030, gbk, gb2312, utf-16le, utf-16be (or leave it out: the encoding is detected)',
    ]);
  });
});

test("a configuration JSON saved with a BOM (Notepad, PowerShell) is read like the one without", () => {
  expect(fs.readFileSync(fx("cities-bom.config.json"))[0]).toBe(0xef);
  expect(loadRunConfig(fx("cities-bom.config.json"))).toEqual(loadRunConfig(fx("cities.config.json")));
});

describe("terminal table: display width", () => {
  test("East Asian wide characters count 2 columns, combining marks 0", () => {
    expect(displayWidth("北京市")).toBe(6);
    expect(displayWidth("Beijing")).toBe(7);
    expect(displayWidth("高值超载区")).toBe(10);
    expect(displayWidth("（S）")).toBe(5);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  test("Chinese area names line up: columns start (left-aligned) and end (numbers) at the same terminal column in every row", () => {
    const lines = textTable(["#", "区域", "C"], [["1", "呼和浩特市", "1.0000"], ["2", "Beijing", "12.5000"], ["3", "北京市", "0.5000"]], [2]);
    // Column start = display width of the text before the column's first character.
    const starts = (l: string) => {
      const cells = l.split(/(\s{2,})/);
      const out: number[] = [];
      let w = 0;
      for (const c of cells) {
        if (!/^\s+$/.test(c)) out.push(w);
        w += displayWidth(c);
      }
      return out;
    };
    // Left-aligned columns start together; the right-aligned number column ends together.
    for (const l of lines.slice(2)) expect(starts(l).slice(0, 2)).toEqual(starts(lines[0]).slice(0, 2));
    expect(lines.map((l) => displayWidth(l))).toEqual([22, 22, 22, 22, 22]);
    // String length would misalign them: the same rows differ in .length.
    expect(new Set(lines.slice(2).map((l) => l.length)).size).toBeGreaterThan(1);
  });
});
