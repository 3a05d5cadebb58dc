// For child processes that run the server's code outside Next (tests/support/crash-child.ts):
// "server-only" throws outside React Server Components, as vitest's alias avoids in the tests.
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
