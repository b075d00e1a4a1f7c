/** Languages, the field's glossary and the message catalog: the bottom layer every layer may import. */
export * from "./locale";
export * from "./glossary";
export * from "./messages";
export * from "./pane-text";
export * from "./sheet-text";
export * from "./localized-error";
