/**
 * Range fields as the Analysis ToolPak asks for them (pure): "Input range" style boxes, "Labels in
 * first row", output to a new worksheet or a chosen place. The current selection goes to the field
 * that has focus, else to the first empty field (required fields first, in order).
 */
import { paneText, type Locale } from "../i18n";

export interface RangeField {
  id: string;
  label: string;
  required: boolean;
  value: string;
}

/**
 * Where a selected address goes.
 * @returns the id of the field to fill, or null when every field is filled and none has focus.
 */
export function targetField(fields: readonly RangeField[], focusedId?: string | null): string | null {
  if (focusedId && fields.some((f) => f.id === focusedId)) return focusedId;
  const empty = (f: RangeField) => f.value.trim() === "";
  return (fields.find((f) => f.required && empty(f)) ?? fields.find(empty))?.id ?? null;
}

/** The fields with `address` put into the target field (a new array; the input is not changed). */
export function applySelection(
  fields: readonly RangeField[],
  address: string,
  focusedId?: string | null,
): { fields: RangeField[]; filled: string | null } {
  const id = targetField(fields, focusedId);
  return { fields: fields.map((f) => (f.id === id ? { ...f, value: address } : { ...f })), filled: id };
}

/** Plain-words problems with the fields (missing required ones). */
export function missingFields(fields: readonly RangeField[], locale: Locale = "en"): string[] {
  return fields.filter((f) => f.required && f.value.trim() === "").map((f) => paneText("err.fillIn", locale, { label: f.label }));
}

/** Output choice: a new worksheet, or a chosen top-left cell. */
export type OutputChoice = { kind: "newSheet" } | { kind: "place"; address: string };

/** Validates the output choice; a chosen place needs a cell address. */
export function outputChoice(kind: string, place: string, locale: Locale = "en"): OutputChoice | string {
  if (kind !== "place") return { kind: "newSheet" };
  const t = place.trim();
  if (!/^(('[^']*(?:''[^']*)*'|[^!]+)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(t)) {
    return paneText("err.outputPlace", locale);
  }
  return { kind: "place", address: t };
}
