/**
 * The fake of Office.js (test/taskpane/fake-excel.ts) follows Office.js where the gateway depends on
 * it: range writes are queued and applied at context.sync() (Excel JavaScript API, "Proxy objects
 * and sync": commands are batched and run when sync is called), in order with loads, and a null in
 * a written values grid leaves that cell unchanged ("Blank and null values in Excel add-ins": use null
 * in 2-D arrays to leave specific cells unchanged while updating others). Each test fails on the
 * fake this change replaced (writes at once, null throwing).
 */
import { FakeWorkbookModel, fakeRun } from "./fake-excel";

describe("fake Office.js: range writes", () => {
  it("a write is applied at sync(), not when it is set", async () => {
    const model = new FakeWorkbookModel(["S"]);
    await fakeRun(model)(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.values = [[1, "x"]];
      expect(model.cell("S", "A1")).toBeUndefined();
      await ctx.sync();
      expect(model.cell("S", "A1")?.value).toBe(1);
      expect(model.cell("S", "B1")?.value).toBe("x");
    });
  });

  it("a batch that never syncs writes nothing", async () => {
    const model = new FakeWorkbookModel(["S"]);
    await fakeRun(model)(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[5]];
    });
    expect(model.cell("S", "A1")).toBeUndefined();
  });

  it("a load queued after a write reads the written values at the same sync", async () => {
    const model = new FakeWorkbookModel(["S"]);
    await fakeRun(model)(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A2");
      r.values = [[3], [4]];
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[3], [4]]);
    });
  });

  it("the grid is taken when set: changing the caller's array afterwards does not change what is written", async () => {
    const model = new FakeWorkbookModel(["S"]);
    await fakeRun(model)(async (ctx) => {
      const grid = [[1]];
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = grid;
      grid[0][0] = 2;
      await ctx.sync();
    });
    expect(model.cell("S", "A1")?.value).toBe(1);
  });

  it("null in a written grid leaves that cell unchanged; the others are written", async () => {
    const model = new FakeWorkbookModel(["S"]);
    model.setValues("S", "A1", [["keep", "old"]]);
    await fakeRun(model)(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, "new"]] as unknown[][];
      await ctx.sync();
    });
    expect(model.cell("S", "A1")?.value).toBe("keep");
    expect(model.cell("S", "B1")?.value).toBe("new");
  });

  it("a grid of the wrong shape fails the sync, not the assignment", async () => {
    const model = new FakeWorkbookModel(["S"]);
    await expect(
      fakeRun(model)(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("clear() and formats are queued too, in order with the writes", async () => {
    const model = new FakeWorkbookModel(["S"]);
    model.setValues("S", "A1", [["old"]]);
    await fakeRun(model)(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.clear();
      expect(model.cell("S", "A1")?.value).toBe("old");
      r.values = [["new"]];
      r.format.font.bold = true;
      await ctx.sync();
    });
    expect(model.cell("S", "A1")).toMatchObject({ value: "new", bold: true });
  });
});
