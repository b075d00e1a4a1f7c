/**
 * The task pane in headless Chromium: the production build (dist/) served on localhost, opened with
 * playwright-core in Debian's /usr/bin/chromium, with office.js replaced by a stand-in
 * (office-standin.js) over the typed fake workbook of the unit tests (test/taskpane/fake-excel.ts,
 * transpiled). Nothing leaves the machine: every other request is aborted.
 *
 * Shared by the end-to-end tests (test/e2e/*.e2e.test.ts) and `npm run readme-images`, which takes
 * the README's picture of the pane from the same scene the narrow-pane test checks.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import Papa from "papaparse";
import * as ts from "typescript";
import type { Browser, Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const ROOT = path.resolve(__dirname, "../..");

export type Cell = string | number | null;

/** method.md §2: S and P as printed in the paper; "Chongzuo 2012" has no values (a blank, not 0). */
export const PAPER_ROWS: Cell[][] = [
  ["area", "year", "S", "P"],
  ["Bayan Obo", 2012, 0.451, 0.3382],
  ["Bayan Obo", 2019, 0.4188, 0.5253],
  ["Mianning", 2012, 0.4451, 0.2821],
  ["Mianning", 2019, 0.4073, 0.2596],
  ["Longnan", 2012, 0.4894, 0.2729],
  ["Longnan", 2019, 0.5056, 0.4281],
  ["Pingyuan", 2012, 0.4241, 0.1439],
  ["Pingyuan", 2019, 0.4247, 0.1545],
  ["Chongzuo", 2012, null, null],
  ["Chongzuo", 2019, 0.4468, 0.0384],
];

/** The fake workbook the stand-in starts with (see office-standin.js). */
export interface Seed {
  sheets: { name: string; topLeft?: string; rows?: Cell[][] }[];
  selection?: { sheet: string; address: string };
  /** ExcelApi 1.1 … 1.excelApiMax are supported (17 when absent). */
  excelApiMax?: number;
  /** CustomXmlParts already in the workbook (e.g. a saved configuration). */
  parts?: string[];
  /** Office.context.displayLanguage (en-US when absent). */
  displayLanguage?: string;
}

export interface Opened {
  page: Page;
  dialogs: string[];
  problems: string[];
}

export interface Harness {
  /** Opens the pane over a seeded fake workbook, `width` px wide (Excel's task pane: 320–350). */
  openPane(seed: Seed, width?: number): Promise<Opened>;
  close(): Promise<void>;
}

/** Where the e2e tests put their screenshots (gitignored). */
export const ARTIFACTS = path.join(ROOT, "test-artifacts");

/**
 * For an e2e test file: registers beforeAll/afterAll that start and stop one harness, and returns
 * `describe` and the harness. Without Chromium outside CI, `describe.skip` with a message (in CI a
 * missing Chromium is an error).
 */
export function e2eSuite(): { describeE2E: jest.Describe; harness: () => Harness } {
  const have = fs.existsSync(CHROMIUM);
  if (!have && process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: install Debian's chromium (apt-get install -y chromium)`);
  if (!have) console.warn(`[e2e] skipped: ${CHROMIUM} not found (install with: apt-get update && apt-get install -y chromium)`);
  let h: Harness | undefined;
  beforeAll(async () => {
    if (!have) return;
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });
  return {
    describeE2E: have ? describe : describe.skip,
    harness: () => {
      if (!h) throw new Error("the e2e harness is not started");
      return h;
    },
  };
}

function transpiledFake(): string {
  const src = fs.readFileSync(path.join(ROOT, "test/taskpane/fake-excel.ts"), "utf8");
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function(){var exports={};var module={exports:exports};\n${js}\nwindow.__FakeExcel=exports;})();\n`;
}

/** Serves `dist` and launches Chromium. @throws Error when dist/taskpane.html is missing. */
export async function startHarness(dist = path.join(ROOT, "dist")): Promise<Harness> {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) throw new Error(`${dist}/taskpane.html is missing: run the production build (npm run build) first`);
  const standin = transpiledFake() + fs.readFileSync(path.join(ROOT, "test/e2e/office-standin.js"), "utf8");
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "application/octet-stream";
    res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import("playwright-core");
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  } catch (e) {
    server.close();
    throw e;
  }

  async function openPane(seed: Seed, width = 350): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const problems: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: standin });
      if (url.startsWith(baseUrl)) return route.continue();
      return route.abort(); // nothing else leaves the machine
    });
    await page.addInitScript((s) => {
      (window as unknown as { __RECC_SEED: unknown }).__RECC_SEED = s;
    }, seed);
    await page.goto(`${baseUrl}/taskpane.html`);
    await page.waitForFunction(() => document.getElementById("status")?.textContent !== "Loading…");
    return { page, dialogs, problems };
  }

  return {
    openPane,
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** The user selects a range in Excel. */
export async function select(page: Page, sheet: string, address: string): Promise<void> {
  await page.evaluate(([s, a]) => {
    (window as unknown as { __reccModel: { selection: unknown } }).__reccModel.selection = { sheet: s, address: a };
  }, [sheet, address] as const);
}

/** Waits until the pane is idle again (buttons re-enabled). */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute("aria-busy"));
}

/** Runs `fn` (a function body over the fake model `m` and `args`) in the page. */
export async function inBook<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([body, a]) => {
      const m = (window as unknown as { __reccModel: unknown }).__reccModel;
      return new Function("m", "args", body)(m, a);
    },
    [fn, args] as const,
  ) as Promise<T>;
}

/**
 * The bundled World Bank sample (assets/samples, CC BY 4.0; 136 countries × 16 years) as Excel would
 * import it, header first. Its indicator names are long CamelCase words
 * ("ElectricityFromFossilFuelsPerc"), three of them starting "Electricity".
 */
export function worldBankRows(): Cell[][] {
  const text = fs.readFileSync(path.join(ROOT, "assets/samples/worldbank-wdi-2000-2015.csv"), "utf8");
  return Papa.parse<Cell[]>(text, { comments: "#", dynamicTyping: true, skipEmptyLines: true }).data;
}

/**
 * The scene of the README picture: the wizard tab after reading `rows` (worldBankRows() on the
 * sheet "Data"), roles and subsystems as in the sample's configuration, combined weighting, the
 * grid scrolled back to its top.
 */
export async function wizardScene(page: Page, rows: Cell[][]): Promise<void> {
  await page.click("#tab-wizard");
  await page.fill("#wz-table", `Data!A1:J${rows.length}`);
  await page.click("#wz-read");
  await idle(page);
  // As in assets/samples/worldbank-wdi-2000-2015.config.json.
  const subsystems = ["economic development", "resource endowment", "resource endowment", "environmental pollution", "resource consumption", "energy structure", "energy structure", "social pressure"];
  const pressure = [3, 4, 5, 6, 7];
  for (const i of pressure) await page.selectOption(`#wz-role-${i}`, "pressure");
  for (const [i, s] of subsystems.entries()) await page.fill(`#wz-sub-${i}`, s);
  await page.selectOption("#wz-weighting", "combined");
  await page.$eval(".grid-wrap", (g) => g.scrollTo(0, 0));
}
