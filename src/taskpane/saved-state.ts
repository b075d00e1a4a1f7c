/**
 * The add-in's saved state as a CustomXmlPart in our own versioned namespace. Workbook-level, so it
 * travels with the file and does not depend on the add-in id (which differs between store,
 * sideload and dev copies). The payload is JSON inside one XML element, text-escaped.
 */
import { emptyState, SavedState } from "./write-model";

/** Namespace of our CustomXmlPart. A new major version of the format gets a new namespace. */
export const STATE_NAMESPACE = "urn:recc-excel:config:v1";

function escapeXmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** XML document for the state (root `recc` in STATE_NAMESPACE, JSON payload in `state`). */
export function stateToXml(state: SavedState): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<recc xmlns="${STATE_NAMESPACE}" version="1"><state>${escapeXmlText(JSON.stringify(state))}</state></recc>`
  );
}

/**
 * Parses a part written by `stateToXml`. Returns null when the XML is not ours or not readable
 * (a damaged part must not stop the pane; the user can rebuild).
 */
export function stateFromXml(xml: string): SavedState | null {
  if (!xml.includes(STATE_NAMESPACE)) return null;
  const m = /<state>([\s\S]*)<\/state>/.exec(xml);
  if (!m) return null;
  try {
    const raw = JSON.parse(unescapeXmlText(m[1])) as Partial<SavedState>;
    if (raw.version !== 1) return null;
    const base = emptyState();
    return {
      version: 1,
      sheets: Array.isArray(raw.sheets) ? raw.sheets : base.sheets,
      charts: Array.isArray(raw.charts) ? raw.charts : base.charts,
      helperBlocks: Array.isArray(raw.helperBlocks) ? raw.helperBlocks : base.helperBlocks,
      wizard: raw.wizard ?? null,
    };
  } catch {
    return null;
  }
}
