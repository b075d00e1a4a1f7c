/** Wrap opportunities in indicator names (oracle: the names split by hand at their words). */
import { namePieces } from "../../src/taskpane/name-breaks";

test.each([
  ["ElectricityFromFossilFuelsPerc", ["Electricity", "From", "Fossil", "Fuels", "Perc"]],
  ["GDPPerCapitaUS", ["GDP", "Per", "Capita", "US"]],
  ["CO_2EmissionsPerCapita", ["CO_", "2Emissions", "Per", "Capita"]],
  ["total_gas_supply", ["total_", "gas_", "supply"]],
  ["PM10", ["PM10"]],
  ["人均 GDP", ["人均 GDP"]],
  ["a-b/c.d_", ["a-", "b/", "c.", "d_"]],
  ["", []],
])("%s", (name, pieces) => {
  expect(namePieces(name)).toEqual(pieces);
  expect(namePieces(name).join("")).toBe(name);
});
