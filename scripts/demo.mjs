// Prints a few lookups with the built package, imported by its own name as a user would.
import * as status from "statuskit";

for (const code of [
  status.HTTP_200_OK,
  status.HTTP_404_NOT_FOUND,
  status.HTTP_418_IM_A_TEAPOT,
  status.HTTP_429_TOO_MANY_REQUESTS,
]) {
  const info = status.statusInfo(code);
  console.log(`${code} ${info.phrase} (${info.category}, ${info.spec?.title}): ${info.description}`);
}
console.log(`statusCodeFor("unprocessable entity") -> ${status.statusCodeFor("unprocessable entity")}`);
console.log(`isClientError(404) -> ${status.isClientError(404)}, isSuccess(299) -> ${status.isSuccess(299)}`);
