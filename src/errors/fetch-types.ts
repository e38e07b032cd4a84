// statuskit/errors returns and takes fetch's Response and Request. Their types
// come from the DOM library or from @types/node; a program with neither still
// type-checks statuskit/errors, against the small stand-ins below.

/** The parts of a `Response` statuskit/errors reads, for programs without the fetch types. */
export interface ResponseShape {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The parts of a `Request` a route handler usually reads, for programs without the fetch types. */
export interface RequestShape {
  readonly url: string;
  readonly method: string;
}

/** fetch's `Response` where the program has its type (DOM library, @types/node, Bun, Deno), else {@link ResponseShape}. */
export type FetchResponse = typeof globalThis extends { Response: { prototype: infer Instance } }
  ? Instance
  : ResponseShape;

/** fetch's `Request` where the program has its type, else {@link RequestShape}. */
export type FetchRequest = typeof globalThis extends { Request: { prototype: infer Instance } }
  ? Instance
  : RequestShape;
