// The web server `npm start`/`demo`/`dev` run (started by scripts/serve.ts): Next.js
// behind a plain Node HTTP server whose only job is to give the app the client's
// address from the socket and TRUSTED_PROXY_HOPS, in a header the client cannot
// set (it is overwritten on every request). `next start` alone cannot do this:
// Next fills X-Forwarded-For from the socket only when the client sent none.
// It also writes one JSON log line per request (lib/runtime/logger.ts).
import crypto from "node:crypto";
import http from "node:http";
import next from "next";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  TRUSTED_ADDRESS_ENV,
  trustedProxyHops,
} from "../lib/runtime/client-address";
import { logger } from "../lib/runtime/logger";
import { requestContextStore, type RequestContext } from "../lib/runtime/request-context";
import { durationMs, isRoutine, routeOf, type RequestLogLine } from "../lib/runtime/request-log";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
// Set here, in this process only: the app trusts the header only inside this server.
process.env[TRUSTED_ADDRESS_ENV] = "1";

const app = next(dev ? { dev, port, turbopack: true } : { dev, port });
await app.prepare();
const handle = app.getRequestHandler();

const log = logger();
const contexts = requestContextStore();

const server = http.createServer((request, response) => {
  const started = process.hrtime.bigint();
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressFrom(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    hops,
  );
  // The app notes the signed-in user in this context (lib/server/session.ts); errors name the request id.
  const context: RequestContext = { requestId: crypto.randomUUID() };
  response.setHeader("x-request-id", context.requestId);
  let logged = false;
  const logLine = (aborted: boolean) => {
    if (logged) return;
    logged = true;
    const route = routeOf(request.url);
    const line: RequestLogLine = {
      requestId: context.requestId,
      method: request.method ?? "?",
      route,
      status: response.statusCode,
      durationMs: durationMs(started, process.hrtime.bigint()),
      ...(context.userId ? { userId: context.userId } : {}),
      ...(aborted ? { aborted: true as const } : {}),
    };
    log[isRoutine(route) && !aborted && response.statusCode < 500 ? "debug" : "info"](line, "request");
  };
  response.on("finish", () => logLine(false));
  response.on("close", () => logLine(!response.writableFinished));
  contexts.run(context, () => void handle(request, response));
});
server.listen(port, () =>
  log.info(
    { port, mode: dev ? "dev" : "production", trustedProxyHops: hops },
    `Ready on port ${port} (${dev ? "dev" : "production"}, trusted proxy hops: ${hops})`,
  ),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
