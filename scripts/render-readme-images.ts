/**
 * Regenerates the README pictures: runs the demo into a temporary folder and renders its SVG charts
 * to PNG with headless Chromium (Debian's /usr/bin/chromium via playwright-core, a dev dependency).
 * Run: npm run readme-images   → docs/images/coupling-chart.png, trend-chart.png, coupling-chart-seed.png
 * (CHROMIUM_PATH overrides the browser). Dev-only: the add-in and the demo never import it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { runDemo } from "../src/runner/demo-run";

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

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const images = path.join(root, "docs/images");
  fs.mkdirSync(images, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "recc-readme-"));
  const samplesDir = path.join(root, "assets/samples");
  try {
    await runDemo({ sample: "worldbank", out: path.join(tmp, "wb"), log: () => undefined, samplesDir });
    await runDemo({ sample: "seed", out: path.join(tmp, "seed"), log: () => undefined, samplesDir });
    await svgToPng(path.join(tmp, "wb/coupling-chart.svg"), path.join(images, "coupling-chart.png"));
    await svgToPng(path.join(tmp, "wb/trend-chart.svg"), path.join(images, "trend-chart.png"));
    await svgToPng(path.join(tmp, "seed/coupling-chart.svg"), path.join(images, "coupling-chart-seed.png"));
    process.stdout.write(`wrote docs/images/coupling-chart.png, trend-chart.png, coupling-chart-seed.png\n`);
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
