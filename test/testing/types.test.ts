import { describe, expect, expectTypeOf, it } from "vitest";
import { type ExpectedStatus, matchers, type StatusAssertions, type StatusMatchers } from "../../src/testing/index.js";
import "./vitest-declaration.js";

// Type-level: `npm run typecheck` checks these, and an @ts-expect-error that
// no longer errors fails it.
describe("the types of statuskit/testing", () => {
  it("takes a code, a list of codes or a class, and nothing else", () => {
    expectTypeOf<201>().toExtend<ExpectedStatus>();
    expectTypeOf<readonly [200, 204]>().toExtend<ExpectedStatus>();
    expectTypeOf<"client-error">().toExtend<ExpectedStatus>();
    expectTypeOf<"sucess">().not.toExtend<ExpectedStatus>();
    expectTypeOf<"404">().not.toExtend<ExpectedStatus>();
  });

  it("gives Vitest's expect the matchers through the documented declaration, asking for await", () => {
    const assertion = () => expect(new Response()).toHaveStatus(200);
    expectTypeOf(assertion).returns.toEqualTypeOf<void | Promise<void>>();
    // @ts-expect-error: a misspelt class does not compile
    const misspelt = () => expect(new Response()).toHaveStatus("sucess");
    // @ts-expect-error: toHaveRequiredHeaders takes nothing
    const extra = () => expect(new Response()).toHaveRequiredHeaders(405);
    expectTypeOf(misspelt).toBeFunction();
    expectTypeOf(extra).toBeFunction();
  });

  it("types the matcher functions as expect.extend reads them, received first", () => {
    expectTypeOf(matchers.toHaveStatus).parameters.toEqualTypeOf<[unknown, ExpectedStatus]>();
    expectTypeOf(matchers.toHaveRequiredHeaders).parameters.toEqualTypeOf<[unknown]>();
    expectTypeOf<keyof StatusMatchers>().toEqualTypeOf<keyof typeof matchers>();
  });

  it("types chai's assertions as chaining on", () => {
    expectTypeOf<ReturnType<StatusAssertions["status"]>>().toEqualTypeOf<StatusAssertions>();
  });
});
