/**
 * The zh-CN override of the custom-functions metadata URL (Microsoft's "Localize custom functions":
 * a <bt:Override Locale Value> child of the bt:Url the CustomFunctions Metadata points at), in the
 * source manifest and in the production build, and the file it names in dist/.
 */
import * as fs from "fs";
import * as path from "path";
import { checkManifest, metadataOverrides, parseXml } from "./manifest-checks";

const root = path.resolve(__dirname, "..", "..");
const sourceXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const distXml = fs.readFileSync(path.join(root, "dist", "manifest.xml"), "utf8");

it("the source manifest overrides the functions metadata URL for zh-CN with functions.zh-CN.json", () => {
  expect(metadataOverrides(parseXml(sourceXml))).toEqual({
    defaultValue: "https://localhost:3000/functions.json",
    overrides: [{ locale: "zh-CN", value: "https://localhost:3000/functions.zh-CN.json" }],
  });
});

it("the production manifest keeps the override, on the production origin, naming a file dist/ holds", () => {
  const { defaultValue, overrides } = metadataOverrides(parseXml(distXml));
  const origin = defaultValue!.replace(/functions\.json$/, "");
  expect(origin).not.toMatch(/localhost/);
  expect(overrides).toEqual([{ locale: "zh-CN", value: `${origin}functions.zh-CN.json` }]);
  const zh = fs.readFileSync(path.join(root, "dist", "functions.zh-CN.json"), "utf8");
  expect(zh).not.toMatch(/localhost/i);
  expect(zh).toContain(`"helpUrl": "${origin}help/zh-CN/`);
});

it("the checker rejects an override without a locale, with a non-https value, or outside a resource", () => {
  const noLocale = sourceXml.replace('<bt:Override Locale="zh-CN" ', "<bt:Override ");
  expect(checkManifest(noLocale)).toEqual([expect.stringMatching(/bt:Override.*Locale/)]);
  const http = sourceXml.replace('Value="https://localhost:3000/functions.zh-CN.json"', 'Value="http://localhost:3000/functions.zh-CN.json"');
  expect(checkManifest(http).some((p) => /https/.test(p))).toBe(true);
  const misplaced = sourceXml.replace("<Namespace resid=", '<bt:Override Locale="zh-CN" Value="https://localhost:3000/x.json"/><Namespace resid=');
  expect(checkManifest(misplaced).some((p) => /bt:Override/.test(p))).toBe(true);
});
