// The web server `npm start`/`demo`/`dev` run (started by scripts/serve.ts): Next.js
// behind a plain Node HTTP server whose only job is to give the app the client's
// address from the socket and TRUSTED_PROXY_HOPS, in a header the client cannot
// set (it is overwritten on every request). `next start` alone cannot do this:
// Next fills X-Forwarded-For from the socket only when the client sent none.
import http from "node:http";
import next from "next";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  TRUSTED_ADDRESS_ENV,
  trustedProxyHops,
} from "../lib/runtime/client-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
// Set here, in this process only: the app trusts the header only inside this server.
process.env[TRUSTED_ADDRESS_ENV] = "1";

const app = next(dev ? { dev, port, turbopack: true } : { dev, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressFrom(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    hops,
  );
  void handle(request, response);
});
server.listen(port, () =>
  console.log(`Ready on port ${port} (${dev ? "dev" : "production"}, trusted proxy hops: ${hops})`),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
