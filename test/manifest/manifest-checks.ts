/**
 * Offline structural checks of an add-in only (XML) manifest for the RECC shared-runtime add-in.
 * `office-addin-manifest validate` needs the network, so this covers what breaks add-ins in
 * practice: element order, resid references, the shared-runtime wiring, https, requirements.
 *
 * checkManifest returns a list of problems (empty = fine), so tests can show them all at once and
 * can also prove each check catches a broken manifest.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function convert(ordered: OrderedNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const entry of ordered) {
    const name = Object.keys(entry).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "#comment" || name.startsWith("?")) continue;
    const kids = (entry[name] as OrderedNode[]) ?? [];
    const text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("")
      .trim();
    out.push({ name, attrs: entry[":@"] ?? {}, children: convert(kids), text });
  }
  return out;
}

export function parseXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    commentPropName: "#comment",
  });
  const roots = convert(parser.parse(xml) as OrderedNode[]);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

export function walk(node: XmlNode, visit: (n: XmlNode, parents: XmlNode[]) => void, parents: XmlNode[] = []): void {
  visit(node, parents);
  for (const c of node.children) walk(c, visit, [...parents, node]);
}

const child = (n: XmlNode | undefined, name: string): XmlNode | undefined => n?.children.find((c) => c.name === name);
const childrenNamed = (n: XmlNode | undefined, name: string): XmlNode[] =>
  n ? n.children.filter((c) => c.name === name) : [];

/** Problems if `node`'s children are not in `order` (names not listed are a problem too). */
function checkOrder(node: XmlNode | undefined, order: string[], where: string, problems: string[]): void {
  if (!node) return;
  let last = -1;
  for (const c of node.children) {
    const i = order.indexOf(c.name);
    if (i < 0) {
      problems.push(`${where}: unexpected element <${c.name}>`);
    } else if (i < last) {
      problems.push(`${where}: <${c.name}> is out of schema order (expected order: ${order.join(", ")})`);
    } else {
      last = i;
    }
  }
}

function requireSet(setsParent: XmlNode | undefined, setsTag: string, setTag: string, name: string, min: string): boolean {
  const sets = child(setsParent, setsTag);
  return childrenNamed(sets, setTag).some((s) => s.attrs.Name === name && s.attrs.MinVersion === min);
}

/** Schema order of OfficeApp (TaskPaneApp) children. */
const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const VERSION_OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const DESKTOP_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];
const CF_ORDER = ["Script", "Page", "Metadata", "Namespace"];
const RESOURCES_ORDER = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"];

export interface ManifestFacts {
  /** resid -> URL of every bt:Url and bt:Image. */
  urls: Map<string, string>;
  /** resid -> text of every bt:String. */
  strings: Map<string, string>;
  /** Every absolute URL the manifest points Office at (attribute values and texts). */
  allUrls: string[];
  runtimeResid?: string;
}

export function manifestFacts(root: XmlNode): ManifestFacts {
  const urls = new Map<string, string>();
  const strings = new Map<string, string>();
  const allUrls: string[] = [];
  walk(root, (n) => {
    if ((n.name === "bt:Url" || n.name === "bt:Image") && n.attrs.id) urls.set(n.attrs.id, n.attrs.DefaultValue);
    if (n.name === "bt:String" && n.attrs.id) strings.set(n.attrs.id, n.attrs.DefaultValue);
    for (const [k, v] of Object.entries(n.attrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue; // namespace names, never fetched
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) allUrls.push(v);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(n.text)) allUrls.push(n.text);
  });
  const runtime = child(child(findHost(root), "Runtimes"), "Runtime");
  return { urls, strings, allUrls, runtimeResid: runtime?.attrs.resid };
}

/** The functions metadata URL (CustomFunctions Metadata's bt:Url) and its locale overrides. */
export function metadataOverrides(root: XmlNode): { defaultValue?: string; overrides: Array<{ locale: string; value: string }> } {
  const cf = childrenNamed(child(findHost(root), "AllFormFactors"), "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
  const resid = child(child(cf, "Metadata"), "SourceLocation")?.attrs.resid;
  const urls = child(child(child(root, "VersionOverrides"), "Resources"), "bt:Urls");
  const url = childrenNamed(urls, "bt:Url").find((u) => u.attrs.id === resid);
  return {
    defaultValue: url?.attrs.DefaultValue,
    overrides: childrenNamed(url, "bt:Override").map((o) => ({ locale: o.attrs.Locale, value: o.attrs.Value })),
  };
}

function findHost(root: XmlNode): XmlNode | undefined {
  const vo = child(root, "VersionOverrides");
  return childrenNamed(child(vo, "Hosts"), "Host").find((h) => h.attrs["xsi:type"] === "Workbook");
}

export function checkManifest(xml: string): string[] {
  const problems: string[] = [];
  let root: XmlNode;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [(e as Error).message];
  }

  // --- OfficeApp ---
  if (root.name !== "OfficeApp") problems.push(`root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") {
    problems.push("OfficeApp xmlns is not the appforoffice 1.1 schema");
  }
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push('OfficeApp xsi:type is not "TaskPaneApp"');
  if (root.attrs["xmlns:bt"] !== "http://schemas.microsoft.com/office/officeappbasictypes/1.0") {
    problems.push("xmlns:bt is not officeappbasictypes/1.0");
  }
  checkOrder(root, OFFICEAPP_ORDER, "OfficeApp", problems);
  for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"]) {
    if (!child(root, required)) problems.push(`OfficeApp: missing <${required}>`);
  }
  const id = child(root, "Id")?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = child(root, "Version")?.text ?? "";
  if (!/^\d+(\.\d+){0,3}$/.test(version)) problems.push(`Version "${version}" is not n.n.n.n`);
  const displayName = child(root, "DisplayName")?.attrs.DefaultValue ?? "";
  if (displayName.length === 0 || displayName.length > 125) problems.push("DisplayName must have 1..125 characters");
  const description = child(root, "Description")?.attrs.DefaultValue ?? "";
  if (description.length === 0 || description.length > 250) problems.push("Description must have 1..250 characters");
  if (!childrenNamed(child(root, "Hosts"), "Host").some((h) => h.attrs.Name === "Workbook")) {
    problems.push('Hosts: no <Host Name="Workbook"/>');
  }
  if (!requireSet(child(root, "Requirements"), "Sets", "Set", "SharedRuntime", "1.1")) {
    problems.push('Requirements: no <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  const permissions = child(root, "Permissions")?.text;
  if (permissions !== "ReadWriteDocument") problems.push(`Permissions is "${permissions}", expected ReadWriteDocument`);
  const supportUrl = child(root, "SupportUrl")?.attrs.DefaultValue ?? "";
  if (!/\/help\/index\.html$/.test(supportUrl)) problems.push(`SupportUrl "${supportUrl}" does not point at help/index.html`);

  // --- VersionOverrides ---
  const vo = child(root, "VersionOverrides");
  if (vo) {
    if (vo.attrs.xmlns !== "http://schemas.microsoft.com/office/taskpaneappversionoverrides" || vo.attrs["xsi:type"] !== "VersionOverridesV1_0") {
      problems.push("VersionOverrides is not taskpaneappversionoverrides VersionOverridesV1_0");
    }
    checkOrder(vo, VERSION_OVERRIDES_ORDER, "VersionOverrides", problems);
    if (!requireSet(child(vo, "Requirements"), "bt:Sets", "bt:Set", "SharedRuntime", "1.1")) {
      problems.push('VersionOverrides/Requirements: no <bt:Set Name="SharedRuntime" MinVersion="1.1"/>');
    }
    checkOrder(child(vo, "Resources"), RESOURCES_ORDER, "Resources", problems);
  }

  const host = findHost(root);
  if (!host) {
    problems.push('VersionOverrides: no <Host xsi:type="Workbook">');
    return problems;
  }
  checkOrder(host, HOST_ORDER, "Host", problems);
  const desktop = child(host, "DesktopFormFactor");
  checkOrder(desktop, DESKTOP_ORDER, "DesktopFormFactor", problems);

  // --- Shared runtime wiring: Runtime, CustomFunctions Page and FunctionFile share one resid ---
  const runtimes = childrenNamed(child(host, "Runtimes"), "Runtime");
  if (runtimes.length !== 1) problems.push(`Runtimes: expected one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime && runtime.attrs.lifetime !== "long") problems.push('Runtime lifetime is not "long"');
  const cf = childrenNamed(child(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
  if (!cf) problems.push('AllFormFactors: no <ExtensionPoint xsi:type="CustomFunctions">');
  checkOrder(cf, CF_ORDER, "CustomFunctions ExtensionPoint", problems);
  const pageResid = child(child(cf, "Page"), "SourceLocation")?.attrs.resid;
  const functionFileResid = child(desktop, "FunctionFile")?.attrs.resid;
  const residOfRuntime = runtime?.attrs.resid;
  if (!residOfRuntime || residOfRuntime !== pageResid || residOfRuntime !== functionFileResid) {
    problems.push(
      `shared runtime resid mismatch: Runtime=${residOfRuntime}, CustomFunctions Page=${pageResid}, FunctionFile=${functionFileResid}`,
    );
  }

  // --- Every resid resolves, to a resource of the right kind ---
  const facts = manifestFacts(root);
  const images = new Set<string>();
  const urlIds = new Set<string>();
  const shortIds = new Set<string>();
  const longIds = new Set<string>();
  const seen = new Set<string>();
  const resources = child(vo, "Resources");
  const collect = (group: string, tag: string, into: Set<string>) => {
    for (const r of childrenNamed(child(resources, group), tag)) {
      const rid = r.attrs.id;
      if (!rid) problems.push(`${group}: <${tag}> without id`);
      else if (seen.has(rid)) problems.push(`resource id "${rid}" defined twice`);
      else {
        seen.add(rid);
        into.add(rid);
      }
      if (rid && rid.length > 32) problems.push(`resource id "${rid}" is longer than 32 characters`);
    }
  };
  collect("bt:Images", "bt:Image", images);
  collect("bt:Urls", "bt:Url", urlIds);
  collect("bt:ShortStrings", "bt:String", shortIds);
  collect("bt:LongStrings", "bt:String", longIds);
  for (const [rid, text] of facts.strings) {
    if (shortIds.has(rid) && text.length > 125) problems.push(`short string "${rid}" is longer than 125 characters`);
    if (longIds.has(rid) && text.length > 250) problems.push(`long string "${rid}" is longer than 250 characters`);
  }

  walk(vo ?? root, (n) => {
    const rid = n.attrs.resid;
    if (rid === undefined) return;
    let kind: Set<string>;
    let kindName: string;
    if (n.name === "bt:Image") {
      [kind, kindName] = [images, "bt:Image"];
    } else if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(n.name)) {
      [kind, kindName] = [urlIds, "bt:Url"];
    } else if (n.name === "Description") {
      [kind, kindName] = [longIds, "bt:LongStrings/bt:String"];
    } else {
      [kind, kindName] = [shortIds, "bt:ShortStrings/bt:String"];
    }
    if (!seen.has(rid)) problems.push(`<${n.name} resid="${rid}"> does not resolve to any resource`);
    else if (!kind.has(rid)) problems.push(`<${n.name} resid="${rid}"> should refer to a ${kindName}`);
  });

  // --- Custom functions ---
  const scriptUrl = facts.urls.get(child(child(cf, "Script"), "SourceLocation")?.attrs.resid ?? "") ?? "";
  if (!/\/functions\.js$/.test(scriptUrl)) problems.push(`CustomFunctions Script URL "${scriptUrl}" is not functions.js`);
  const metadataUrl = facts.urls.get(child(child(cf, "Metadata"), "SourceLocation")?.attrs.resid ?? "") ?? "";
  if (!/\/functions\.json$/.test(metadataUrl)) problems.push(`CustomFunctions Metadata URL "${metadataUrl}" is not functions.json`);
  const pageUrl = facts.urls.get(pageResid ?? "") ?? "";
  if (!/\/taskpane\.html$/.test(pageUrl)) problems.push(`shared runtime page URL "${pageUrl}" is not taskpane.html`);
  const namespace = facts.strings.get(child(cf, "Namespace")?.attrs.resid ?? "");
  if (namespace !== "RECC") problems.push(`CustomFunctions Namespace is "${namespace}", expected RECC`);

  // --- Locale overrides: <bt:Override Locale Value> only inside a bt:Url, bt:Image or bt:String ---
  walk(root, (n, parents) => {
    if (n.name !== "bt:Override") return;
    const parent = parents[parents.length - 1]?.name;
    if (!["bt:Url", "bt:Image", "bt:String"].includes(parent ?? "")) problems.push(`<bt:Override> inside <${parent}>, not a bt:Url, bt:Image or bt:String`);
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(n.attrs.Locale ?? "")) problems.push(`<bt:Override> needs a Locale such as zh-CN, got "${n.attrs.Locale ?? ""}"`);
    if (!n.attrs.Value) problems.push("<bt:Override> without Value");
  });

  // --- A ribbon button opens the shared task pane ---
  let opensPane = false;
  walk(desktop ?? root, (n) => {
    if (n.name === "Action" && n.attrs["xsi:type"] === "ShowTaskpane") {
      if (child(n, "SourceLocation")?.attrs.resid === residOfRuntime && child(n, "TaskpaneId")) opensPane = true;
    }
  });
  if (!opensPane) problems.push("no ribbon button opens the task pane (ShowTaskpane with TaskpaneId and the runtime's page)");

  // --- https only ---
  for (const u of facts.allUrls) {
    if (!u.startsWith("https://")) problems.push(`URL is not https: ${u}`);
  }
  return problems;
}
