/** The text of `statuskit --help`: usage, options, examples; fits 80 columns. */
export const helpText = `statuskit: look up HTTP status codes by number, name or phrase.

Usage
  statuskit <code | name | phrase | class>...   describe each one
  statuskit search <words>...                   find codes by what they mean
  statuskit serve [options]                     a status server for HTTP tests
  statuskit                                     the whole table, by class

Options
  --json          print JSON: one object for one code, otherwise an array
                  (objects as statusInfo() returns them; see the README)
  -h, --help      show this help
  -v, --version   print the version

Examples
  statuskit 418                      one code
  statuskit "not found"              a reason phrase, in any case
  statuskit TOO_MANY_REQUESTS        a constant name (HTTP_429_... too)
  statuskit 4xx                      every code in a class
  statuskit 200 404 503              several at once
  statuskit 499                      unofficial codes are shown, labelled
  statuskit search gateway timeout   search; a typo is forgiven
  statuskit --json 429               machine-readable

Unofficial codes (nginx's 499, Cloudflare's 522, ...) are always labelled
with their origin, and never replace a registered meaning.

Exit status: 0 all found, 1 something not found, 2 usage error.
Colours only on a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on.
`;
