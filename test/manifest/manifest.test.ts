/**
 * Offline structural test of manifest.xml and of the production dist/manifest.xml (built by
 * test/global-setup.ts). `office-addin-manifest validate` needs the network; this checks what breaks
 * shared-runtime add-ins in practice, and that the checker itself catches each kind of breakage.
 */
import * as fs from "fs";
import * as path from "path";
import { checkManifest, manifestFacts, parseXml } from "./manifest-checks";

const root = path.resolve(__dirname, "..", "..");
const DEV_ORIGIN = "https://localhost:3000/";
const sourceXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml (source, dev URLs)", () => {
  it("passes every structural check", () => {
    expect(checkManifest(sourceXml)).toEqual([]);
  });

  it("points every URL at the dev server, and each one at a file the build produces", () => {
    const { allUrls } = manifestFacts(parseXml(sourceXml));
    expect(allUrls.length).toBeGreaterThan(0);
    for (const u of allUrls) expect(u.startsWith(DEV_ORIGIN)).toBe(true);
    // The icons come straight from assets/; the rest are build outputs checked on dist/ below.
    for (const u of allUrls.filter((x) => x.includes("/assets/"))) {
      expect(fs.existsSync(path.join(root, u.slice(DEV_ORIGIN.length)))).toBe(true);
    }
  });

  it("uses one resid for Runtime, CustomFunctions Page and FunctionFile: Taskpane.Url", () => {
    const facts = manifestFacts(parseXml(sourceXml));
    expect(facts.runtimeResid).toBe("Taskpane.Url");
    expect(facts.urls.get("Taskpane.Url")).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(facts.strings.get("Functions.Namespace")).toBe("RECC");
  });
});

describe("dist/manifest.xml (production build)", () => {
  const distXml = fs.readFileSync(path.join(root, "dist", "manifest.xml"), "utf8");

  it("passes every structural check", () => {
    expect(checkManifest(distXml)).toEqual([]);
  });

  it("contains no localhost at all, nor does dist/functions.json (help URLs)", () => {
    expect(distXml).not.toMatch(/localhost/i);
    expect(fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8")).not.toMatch(/localhost/i);
  });

  it("is the source manifest with every dev URL rewritten to one production origin", () => {
    const pageUrl = manifestFacts(parseXml(distXml)).urls.get("Taskpane.Url") ?? "";
    expect(pageUrl).toMatch(/^https:\/\/[^/]+\/(.*\/)?taskpane\.html$/);
    const prodOrigin = pageUrl.slice(0, -"taskpane.html".length);
    expect(distXml).toBe(sourceXml.split(DEV_ORIGIN).join(prodOrigin));
  });

  it("points only at files that exist in dist/", () => {
    const facts = manifestFacts(parseXml(distXml));
    const prodOrigin = (facts.urls.get("Taskpane.Url") ?? "").replace(/taskpane\.html$/, "");
    for (const u of facts.allUrls) {
      expect(u.startsWith(prodOrigin)).toBe(true);
      const file = path.join(root, "dist", u.slice(prodOrigin.length));
      if (!fs.existsSync(file)) throw new Error(`dist/manifest.xml points at ${u}, but dist/ has no such file`);
    }
  });
});

describe("the checker catches broken manifests", () => {
  const broken: Array<[string, string, RegExp]> = [
    [
      "FunctionFile resid differs from the runtime's",
      sourceXml.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>'),
      /resid mismatch|does not resolve/,
    ],
    [
      "CustomFunctions Page resid differs from the runtime's",
      sourceXml.replace(
        /(<Page>\s*<SourceLocation resid=")Taskpane\.Url/,
        '$1Functions.Script.Url',
      ),
      /resid mismatch/,
    ],
    ["a resid that resolves to nothing", sourceXml.replace('<Label resid="Group.Label"/>', '<Label resid="Nope.Label"/>'), /does not resolve/],
    ["an http URL", sourceXml.replace(`${DEV_ORIGIN}functions.json`, "http://localhost:3000/functions.json"), /not https/],
    ["a wrong namespace", sourceXml.replace('DefaultValue="RECC"/>', 'DefaultValue="CONTOSO"/>'), /Namespace/],
    ["no SharedRuntime requirement", sourceXml.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /SharedRuntime/],
    ["a weaker permission", sourceXml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"), /Permissions/],
    [
      "elements out of schema order",
      sourceXml.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("  <Hosts>\n    <Host Name", "  <Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name"),
      /out of schema order/,
    ],
    ["malformed XML", sourceXml.replace("</Permissions>", "</Permission>"), /well-formed|closing tag/i],
  ];

  it.each(broken)("%s", (_label, xml, expected) => {
    expect(xml).not.toBe(sourceXml);
    const problems = checkManifest(xml);
    expect(problems.join("\n")).toMatch(expected);
  });
});
