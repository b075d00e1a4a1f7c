/** The analysis plan shared by the taskpane wizard and the headless runner. */
export * from "./a1";
export * from "./analysis-config";
export * from "./analysis-plan";
export * from "./evaluate-plan";
