/**
 * Regenerates the README pictures: runs the demo into a temporary folder and renders its SVG charts
 * to PNG with headless Chromium (Debian's /usr/bin/chromium via playwright-core, a dev dependency),
 * then builds dist/ and photographs the task pane at 350 px in the scene the narrow-pane e2e test
 * checks (test/e2e/pane-harness.ts: the World Bank sample read into the wizard).
 * Run: npm run readme-images   → docs/images/coupling-chart.png, trend-chart.png,
 * coupling-chart-seed.png, coupling-chart.zh-CN.png, trend-chart.zh-CN.png (the demo with --lang zh-CN),
 * taskpane-wizard.png and taskpane-wizard.zh-CN.png (the pane with Office's display language Chinese);
 * the Chinese pictures need a CJK font on the machine, e.g. Debian's fonts-noto-cjk or
 * fonts-wqy-microhei (CHROMIUM_PATH overrides the browser).
 * Dev-only: the add-in and the demo never import it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { runDemo } from "../src/runner/demo-run";
import { startHarness, wizardScene, worldBankRows } from "../test/e2e/pane-harness";
import { buildDist } from "../test/support/build-dist";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function svgToPng(svgFile: string, pngFile: string): Promise<void> {
  const svg = fs.readFileSync(svgFile, "utf8");
  const m = /<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/.exec(svg);
  const width = m ? Number(m[1]) : 900;
  const height = m ? Number(m[2]) : 700;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    await page.locator("svg").first().screenshot({ path: pngFile });
  } finally {
    await browser.close();
  }
}

/**
 * The task pane's wizard after reading the World Bank sample, 350 px wide (the production build),
 * with Office's display language `displayLanguage` (the stand-in's Office.context.displayLanguage).
 */
export async function paneToPng(pngFile: string, displayLanguage = "en-US"): Promise<void> {
  const harness = await startHarness();
  try {
    const rows = worldBankRows();
    const { page, problems } = await harness.openPane({ sheets: [{ name: "Data", rows }], displayLanguage }, 350);
    await wizardScene(page, rows);
    if (problems.length > 0) throw new Error(`the pane reported: ${problems.join("; ")}`);
    await page.screenshot({ path: pngFile, fullPage: true });
  } finally {
    await harness.close();
  }
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const images = path.join(root, "docs/images");
  fs.mkdirSync(images, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "recc-readme-"));
  const samplesDir = path.join(root, "assets/samples");
  try {
    await runDemo({ sample: "worldbank", out: path.join(tmp, "wb"), log: () => undefined, samplesDir });
    await runDemo({ sample: "seed", out: path.join(tmp, "seed"), log: () => undefined, samplesDir });
    await runDemo({ sample: "worldbank", out: path.join(tmp, "zh"), log: () => undefined, samplesDir, lang: "zh-CN" });
    await svgToPng(path.join(tmp, "wb/coupling-chart.svg"), path.join(images, "coupling-chart.png"));
    await svgToPng(path.join(tmp, "wb/trend-chart.svg"), path.join(images, "trend-chart.png"));
    await svgToPng(path.join(tmp, "seed/coupling-chart.svg"), path.join(images, "coupling-chart-seed.png"));
    await svgToPng(path.join(tmp, "zh/coupling-chart.svg"), path.join(images, "coupling-chart.zh-CN.png"));
    await svgToPng(path.join(tmp, "zh/trend-chart.svg"), path.join(images, "trend-chart.zh-CN.png"));
    buildDist();
    await paneToPng(path.join(images, "taskpane-wizard.png"));
    await paneToPng(path.join(images, "taskpane-wizard.zh-CN.png"), "zh-CN");
    process.stdout.write(
      `wrote docs/images/coupling-chart.png, trend-chart.png, coupling-chart-seed.png, coupling-chart.zh-CN.png, trend-chart.zh-CN.png, taskpane-wizard.png, taskpane-wizard.zh-CN.png\n`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
