/**
 * The zh-CN custom-functions metadata (dist/functions.zh-CN.json, built from the English
 * functions.json and src/functions/help/zh-CN.ts): same functions, names and parameters as the
 * English file, every description in Chinese, the glossary's terms where the English uses them.
 * Oracle: the English metadata the build generates from the JSDoc.
 */
import * as fs from "fs";
import * as path from "path";
import { FUNCTIONS_ZH, localizeMetadata, type MetadataDocument } from "../../src/functions/help/zh-CN";
import { GLOSSARY, type TermKey } from "../../src/i18n/glossary";

const dist = path.resolve(__dirname, "..", "..", "dist");
const read = (name: string): MetadataDocument => JSON.parse(fs.readFileSync(path.join(dist, name), "utf8"));
const en = read("functions.json");
const zh = read("functions.zh-CN.json");
const HAN = /[\u4e00-\u9fff]/;

/** An entry without the two fields the translation changes. */
const strip = (entry: object) => {
  const { description: _d, helpUrl: _h, ...others } = entry as { description?: string; helpUrl?: string };
  return others;
};

it("has every function of the English metadata, in the same order, with the same id and name", () => {
  expect(zh.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
  expect(Object.keys(FUNCTIONS_ZH).sort()).toEqual(en.functions.map((f) => f.id).sort());
});

it("differs from the English only in descriptions and help links (names, types, options unchanged)", () => {
  zh.functions.forEach((f, i) => {
    const e = en.functions[i];
    expect({ ...strip(f), parameters: f.parameters?.map(strip) }).toEqual({ ...strip(e), parameters: e.parameters?.map(strip) });
    expect(f.helpUrl).toBe(e.helpUrl!.replace(/\/help\/([a-z-]+\.html)$/, "/help/zh-CN/$1"));
  });
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
});

it("gives every function and every parameter a Chinese description, none left in English", () => {
  zh.functions.forEach((f, i) => {
    const e = en.functions[i];
    expect({ id: f.id, chinese: HAN.test(f.description ?? "") }).toEqual({ id: f.id, chinese: true });
    expect(f.description).not.toBe(e.description);
    f.parameters!.forEach((p, k) => {
      expect({ id: f.id, param: p.name, chinese: HAN.test(p.description ?? "") }).toEqual({ id: f.id, param: p.name, chinese: true });
      expect(p.description).not.toBe(e.parameters![k].description);
    });
  });
});

it("has no Chinese text for a parameter the function does not have (the table cannot go stale)", () => {
  for (const f of en.functions) {
    expect({ id: f.id, params: Object.keys(FUNCTIONS_ZH[f.id as keyof typeof FUNCTIONS_ZH].parameters).sort() }).toEqual({
      id: f.id,
      params: (f.parameters ?? []).map((p) => p.name).sort(),
    });
  }
});

it("fails (so the build fails) when a function or a parameter has no Chinese text", () => {
  const extraFunction: MetadataDocument = { functions: [...en.functions, { id: "NEWFUNCTION", name: "NEWFUNCTION", parameters: [] }] };
  expect(() => localizeMetadata(extraFunction)).toThrow(/NEWFUNCTION/);
  const first = en.functions[0];
  const extraParam: MetadataDocument = { functions: [{ ...first, parameters: [...(first.parameters ?? []), { name: "extra" }] }] };
  expect(() => localizeMetadata(extraParam)).toThrow(new RegExp(`${first.id} parameter extra`));
});

it("uses the glossary's Chinese term wherever the English description uses the term", () => {
  const keys: TermKey[] = [
    "supportIndex",
    "pressureIndex",
    "reccIndex",
    "entropyWeight",
    "pairwiseMatrix",
    "consistencyRatio",
    "randomIndex",
    "obstacleDegree",
    "couplingRegion",
    "ccd",
    "subjectiveWeight",
    "objectiveWeight",
  ];
  const pairs: Array<[string, string, string]> = [];
  zh.functions.forEach((f, i) => {
    const e = en.functions[i];
    pairs.push([f.id, e.description ?? "", f.description ?? ""]);
    e.parameters?.forEach((p, k) => pairs.push([`${f.id}(${p.name})`, p.description ?? "", f.parameters![k].description ?? ""]));
  });
  let checked = 0;
  for (const [where, english, chinese] of pairs) {
    for (const key of keys) {
      if (!english.toLowerCase().includes(GLOSSARY[key].en.toLowerCase())) continue;
      checked++;
      expect({ where, term: GLOSSARY[key].zh, present: chinese.includes(GLOSSARY[key].zh) }).toEqual({ where, term: GLOSSARY[key].zh, present: true });
    }
  }
  expect(checked).toBeGreaterThanOrEqual(10);
});
