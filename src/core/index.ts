/** The RECC method: pure TypeScript, no Office types (../shared/method.md §1). */
export * from "./matrix";
export * from "./method-error";
export * from "./direction";
export * from "./normalize";
export * from "./entropy";
export * from "./pairwise-matrix";
export * from "./random-index";
export * from "./ahp-weights";
export * from "./ahp-consistency";
export * from "./weights";
export * from "./combine-weights";
export * from "./weighted-index";
export * from "./carrying-capacity-index";
export * from "./grade";
export * from "./coupling-region";
export * from "./obstacle-degree";
export * from "./group-sum";
