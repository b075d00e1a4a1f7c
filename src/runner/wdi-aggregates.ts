/**
 * World Development Indicators aggregates: regions, income groups, lending groups and other
 * country groupings that appear in WDI downloads next to countries. They are not areas to evaluate.
 *
 * Source: the World Bank's country and lending groups (WDI "Aggregates" in the DataBank country
 * list, https://datahelpdesk.worldbank.org/knowledgebase/articles/906519), including the older
 * names still found in downloads ("Sub-Saharan Africa (all income levels)", "North Africa").
 */
export const WDI_AGGREGATES: readonly string[] = [
  "Africa",
  "Africa Eastern and Southern",
  "Africa Western and Central",
  "Arab World",
  "Caribbean small states",
  "Central Europe and the Baltics",
  "Early-demographic dividend",
  "East Asia & Pacific",
  "East Asia & Pacific (IDA & IBRD countries)",
  "East Asia & Pacific (all income levels)",
  "East Asia & Pacific (developing only)",
  "East Asia & Pacific (excluding high income)",
  "Euro area",
  "Europe & Central Asia",
  "Europe & Central Asia (IDA & IBRD countries)",
  "Europe & Central Asia (all income levels)",
  "Europe & Central Asia (developing only)",
  "Europe & Central Asia (excluding high income)",
  "European Union",
  "Fragile and conflict affected situations",
  "Heavily indebted poor countries (HIPC)",
  "High income",
  "High income: OECD",
  "High income: nonOECD",
  "IBRD only",
  "IDA & IBRD total",
  "IDA blend",
  "IDA only",
  "IDA total",
  "Late-demographic dividend",
  "Latin America & Caribbean",
  "Latin America & Caribbean (all income levels)",
  "Latin America & Caribbean (developing only)",
  "Latin America & Caribbean (excluding high income)",
  "Latin America & the Caribbean (IDA & IBRD countries)",
  "Least developed countries: UN classification",
  "Low & middle income",
  "Low income",
  "Lower middle income",
  "Middle East & North Africa",
  "Middle East & North Africa (IDA & IBRD countries)",
  "Middle East & North Africa (all income levels)",
  "Middle East & North Africa (developing only)",
  "Middle East & North Africa (excluding high income)",
  "Middle East, North Africa, Afghanistan & Pakistan",
  "Middle East, North Africa, Afghanistan & Pakistan (IDA & IBRD)",
  "Middle East, North Africa, Afghanistan & Pakistan (excluding high income)",
  "Middle income",
  "North Africa",
  "North America",
  "Not classified",
  "OECD members",
  "Other small states",
  "Pacific island small states",
  "Post-demographic dividend",
  "Pre-demographic dividend",
  "Small states",
  "South Asia",
  "South Asia (IDA & IBRD)",
  "Sub-Saharan Africa",
  "Sub-Saharan Africa (IDA & IBRD countries)",
  "Sub-Saharan Africa (all income levels)",
  "Sub-Saharan Africa (developing only)",
  "Sub-Saharan Africa (excluding high income)",
  "Sub-Saharan Africa excluding South Africa",
  "Sub-Saharan Africa excluding South Africa and Nigeria",
  "Upper middle income",
  "World",
];

/** Words that only aggregate names use; a name that has one but is not in the list needs a look. */
const AGGREGATE_HINT =
  /income|\bIDA\b|\bIBRD\b|dividend|small states|excluding|\bWorld\b|Euro area|European Union|OECD|Fragile|indebted|Least developed|Not classified|\(.*(countries|income|developing).*\)|&|Baltics|^(North|South|East|West|Central)\s(Asia|Africa|America|Europe)$/i;
/** Countries whose names trip the hint. */
const HINT_EXCEPTIONS = new Set(["South Africa", "Central African Republic"]);

/** True when `name` is a WDI aggregate of the list. */
export function isWdiAggregate(name: string): boolean {
  return WDI_AGGREGATES.includes(name.trim());
}

/**
 * Names that look like aggregates but are not in {@link WDI_AGGREGATES} (so a newer download with a
 * new grouping fails the sample build instead of slipping into the panel as a "country").
 */
export function unlistedAggregateLookalikes(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) {
    const t = n.trim();
    if (!isWdiAggregate(t) && !HINT_EXCEPTIONS.has(t) && AGGREGATE_HINT.test(t)) out.push(t);
  }
  return out;
}
