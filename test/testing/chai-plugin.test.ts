import * as chai from "chai";
import { describe, it, expect as vitestExpect } from "vitest";
import { type StatusAssertions, statuskitChai } from "../../src/testing/index.js";
import { failureOf } from "./failure.js";
import { axiosResponse, playwrightResponse, superagentResponse } from "./response-shapes.js";

declare global {
  namespace Chai {
    interface Assertion extends StatusAssertions {}
  }
}

chai.use(statuskitChai);
const { expect } = chai;

describe("the chai plugin", () => {
  it("passes on the status, a list holding it, and its class, and chains on", () => {
    const response = superagentResponse(404, { "content-type": "text/plain" }, "no such user");
    expect(response).to.have.status(404).and.to.have.property("text", "no such user");
    expect(response).to.have.status([404, 410]);
    expect(response).to.have.status("client-error");
    expect(response).not.to.have.status(200);
    expect(response).to.not.have.status("success");
  });

  it("fails with the same message as the matchers, body included, as chai's AssertionError", async () => {
    const response = superagentResponse(500, { "content-type": "text/plain" }, "stack trace here");
    const thrown = (() => {
      try {
        expect(response).to.have.status(200);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    vitestExpect(thrown).toBeInstanceOf(chai.AssertionError);
    vitestExpect((thrown as Error).message).toBe(
      "expected 200 OK, received 500 Internal Server Error\nbody (text/plain):\n  stack trace here",
    );
  });

  it("says what .not expected when it fails", async () => {
    const response = superagentResponse(503, {}, "down");
    vitestExpect(await failureOf(() => expect(response).not.to.have.status(503))).toBe(
      "expected a status other than 503 Service Unavailable, received 503 Service Unavailable\nbody:\n  down",
    );
  });

  it("keeps a body's #{...} as the server sent it", async () => {
    const response = superagentResponse(500, {}, "#{this} #{act} #{exp}");
    vitestExpect(await failureOf(() => expect(response).to.have.status(200))).toContain("  #{this} #{act} #{exp}");
  });

  it("fails at once on a fetch Response, saying that it did not read the body, and leaves the body", async () => {
    const response = new Response("the body", { status: 500 });
    vitestExpect(() => expect(response).to.have.status(200)).toThrow(
      "expected 200 OK, received 500 Internal Server Error\nbody not shown: a fetch Response's body can only be read by awaiting it",
    );
    vitestExpect(await response.text()).toBe("the body");
    vitestExpect(() => expect(playwrightResponse(500, {}, "")).to.have.status(200)).toThrow(
      "body not shown: a Playwright APIResponse's body can only be read by awaiting it",
    );
  });

  it("checks the required headers, with .not", async () => {
    expect(axiosResponse(405, { Allow: "GET" }, "")).to.have.requiredHeaders();
    expect(new Response(null, { status: 405 })).not.to.have.requiredHeaders();
    vitestExpect(await failureOf(() => expect(new Response(null, { status: 401 })).to.have.requiredHeaders())).toBe(
      "expected 401 Unauthorized to carry WWW-Authenticate, which its status requires; missing: WWW-Authenticate",
    );
  });

  it("refuses what is not a response and a bad expectation, with and without .not", () => {
    vitestExpect(() => expect(undefined).to.have.status(200)).toThrow("received undefined");
    vitestExpect(() => expect(undefined).not.to.have.status(200)).toThrow("received undefined");
    vitestExpect(() => expect(new Response()).to.have.status("sucess" as never)).toThrow('received "sucess"');
  });
});
