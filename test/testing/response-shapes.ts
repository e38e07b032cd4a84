// Stand-ins for the responses of the clients a test may use, built to each
// client's documented shape, for the clients that are not dev dependencies
// (the interop suite runs the real ones).

/** Playwright's APIResponse: status() and headers() are methods, the body comes from body() or text(). */
export function playwrightResponse(status: number, headers: Record<string, string>, body: string) {
  return {
    status: () => status,
    statusText: () => "",
    headers: () => headers,
    headersArray: () => Object.entries(headers).map(([name, value]) => ({ name, value })),
    ok: () => status >= 200 && status <= 299,
    url: () => "http://127.0.0.1/",
    body: async () => Buffer.from(body),
    text: async () => body,
    json: async () => JSON.parse(body) as unknown,
    dispose: async () => undefined,
  };
}

/** A supertest (superagent) response: lower-cased headers in `headers` and `header`, the raw text and the parsed body. */
export function superagentResponse(status: number, headers: Record<string, string>, text: string, body: unknown = {}) {
  return {
    status,
    statusCode: status,
    headers,
    header: headers,
    text,
    body,
    ok: status < 400,
    type: headers["content-type"],
  };
}

/** axios's AxiosHeaders: a case-insensitive get. */
class AxiosHeaders {
  readonly #values = new Map<string, string>();
  constructor(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) this.#values.set(name.toLowerCase(), value);
  }
  get(name: string): string | undefined {
    return this.#values.get(name.toLowerCase());
  }
}

/** An axios response: `data` already parsed, `headers` an AxiosHeaders. */
export function axiosResponse(status: number, headers: Record<string, string>, data: unknown) {
  return { status, statusText: "", headers: new AxiosHeaders(headers), data, config: {}, request: {} };
}

/** An axios error for a response outside validateStatus, which carries the response. */
export function axiosError(response: ReturnType<typeof axiosResponse> | undefined) {
  return Object.assign(new Error(`Request failed with status code ${response?.status ?? "(none)"}`), {
    isAxiosError: true,
    name: "AxiosError",
    code: response === undefined ? "ECONNREFUSED" : "ERR_BAD_RESPONSE",
    response,
  });
}
