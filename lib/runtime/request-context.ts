import { AsyncLocalStorage } from "node:async_hooks";

/** What the web server knows about the request being handled, for its log line. */
export type RequestContext = { requestId: string; userId?: string };

// Shared through globalThis: scripts/next-server.ts opens the context and the app's
// bundles (the session check, instrumentation.ts) load their own copy of this module.
const KEY = Symbol.for("pantau.requestContext");
type WithStore = { [KEY]?: AsyncLocalStorage<RequestContext> };

export function requestContextStore(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as WithStore;
  holder[KEY] ??= new AsyncLocalStorage<RequestContext>();
  return holder[KEY];
}

/** The request being handled, when running inside scripts/next-server.ts. */
export function currentRequest(): RequestContext | undefined {
  return requestContextStore().getStore();
}

/** Records the signed-in user (checked against the database) for the request's log line. */
export function noteRequestUser(userId: string): void {
  const context = currentRequest();
  if (context) context.userId = userId;
}
