/**
 * Tester (break3): the AHP input messages of test/functions/ahp-cell-messages.test.ts (same cases,
 * test/functions/support/ahp-message-cases.ts) through the built bundle dist/functions.js, as Excel
 * calls it, in English and Simplified Chinese (Excel's display language).
 */
import { AHP_MESSAGE_CASES } from "../functions/support/ahp-message-cases";
import { CustomFunctionsError, loadFunctionsBundle } from "../support/load-functions-bundle";

const { CASES } = AHP_MESSAGE_CASES;

describe("the built bundle (dist/functions.js) in Excel's display language", () => {
  const fns = loadFunctionsBundle();
  afterEach(() => delete (fns.context as { Office?: unknown }).Office);
  it.each(CASES)("%s", (_label, id, args, en, zh) => {
    for (const [lang, message] of [["en-US", en], ["zh-CN", zh]]) {
      (fns.context as { Office?: unknown }).Office = { context: { displayLanguage: lang } };
      let thrown: unknown;
      try {
        fns.get(id)!(...args);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(CustomFunctionsError);
      expect({ code: (thrown as CustomFunctionsError).code, message: (thrown as Error).message }).toEqual({ code: "#VALUE!", message });
    }
  });
});
