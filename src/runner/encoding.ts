/**
 * Text encodings of the files a user gives the runner (CSV and the configuration JSON). Excel on
 * Chinese Windows saves "CSV" in GBK (code page 936), "Unicode text" in UTF-16 LE with a BOM and
 * "CSV UTF-8" with a BOM; Notepad and PowerShell add a BOM to JSON. Decoding uses Node's built-in
 * WHATWG TextDecoder (full ICU since Node 13: "gb18030", "utf-16le", "utf-16be"), no dependency.
 *
 * Detection, without a flag: a BOM first (UTF-8 EF BB BF, UTF-16 LE FF FE, UTF-16 BE FE FF), then
 * strict UTF-8 (a file that decodes as UTF-8 without error is UTF-8: GBK text with two or more
 * Chinese characters almost never does), else GB18030 (a superset of GBK and GB2312).
 */
import { LocalizedError, msg } from "../i18n";

/** The encodings --encoding and import.encoding accept (WHATWG labels; "gbk" and "gb2312" read as GB18030). */
export const ENCODINGS = ["utf-8", "gb18030", "gbk", "gb2312", "utf-16le", "utf-16be"] as const;
export type EncodingName = (typeof ENCODINGS)[number];

/** A decoded file: its text (without a BOM) and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "gb18030" | "utf-16le" | "utf-16be";
  /** True when the encoding came from a byte-order mark. */
  bom: boolean;
}

/** Normalizes a user's encoding name ("UTF8", "GBK", "utf-16") to one of {@link ENCODINGS}, or undefined. */
export function encodingName(name: string): EncodingName | undefined {
  const n = name.trim().toLowerCase().replace(/_/g, "-");
  const alias: Record<string, EncodingName> = { utf8: "utf-8", "utf-16": "utf-16le", utf16le: "utf-16le", utf16be: "utf-16be", cp936: "gbk", "windows-936": "gbk", "gb-18030": "gb18030" };
  const v = alias[n] ?? n;
  return (ENCODINGS as readonly string[]).includes(v) ? (v as EncodingName) : undefined;
}

/** Why a file could not be decoded; the message names the encoding tried and the option. */
export class DecodeError extends LocalizedError {
  constructor(
    readonly encoding: string,
    how: "given" | "bom" | "guessed",
  ) {
    super(msg(how === "given" ? "import.decodeGiven" : how === "bom" ? "import.decodeBom" : "import.decodeGuessed", { encoding, list: ENCODINGS.join(", ") }));
    this.name = "DecodeError";
  }
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a file's bytes: the `given` encoding when there is one (a BOM of that encoding is
 * dropped), else detected (see the module comment).
 * @throws DecodeError when the bytes are not valid in the encoding given or guessed.
 */
export function decodeText(bytes: Uint8Array, given?: string): DecodedText {
  const b = bytes;
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? "utf-8" : b[0] === 0xff && b[1] === 0xfe ? "utf-16le" : b[0] === 0xfe && b[1] === 0xff ? "utf-16be" : undefined;
  const drop = (enc: string) => (bom === enc ? b.subarray(enc === "utf-8" ? 3 : 2) : b);
  if (given !== undefined) {
    const name = encodingName(given);
    if (!name) throw new LocalizedError(msg("import.encodingUnknown", { given, list: ENCODINGS.join(", ") }));
    const enc = name === "gbk" || name === "gb2312" ? "gb18030" : name;
    const text = strict(enc, drop(enc));
    if (text === undefined) throw new DecodeError(name, "given");
    return { text, encoding: enc, bom: bom === enc };
  }
  if (bom) {
    const text = strict(bom, drop(bom));
    if (text === undefined) throw new DecodeError(bom, "bom");
    return { text, encoding: bom, bom: true };
  }
  const utf8 = strict("utf-8", b);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", bom: false };
  const gb = strict("gb18030", b);
  if (gb !== undefined) return { text: gb, encoding: "gb18030", bom: false };
  throw new DecodeError("gb18030", "guessed");
}
