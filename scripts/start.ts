/**
 * The production server (`npm start`, after the database setup): Next.js's own request handler, as `next start` runs
 * it, behind an HTTP server of ours that writes each request's client address from the connection
 * (lib/client-address.ts). `next start` cannot: it hands route handlers no socket, and keeps an X-Forwarded-For the
 * client wrote, which the sign-in rate limit then counted (hardening finding 4).
 *
 *   tsx scripts/start.ts [--hostname 127.0.0.1] [--port 3000]      (or PORT, as `next start` reads it)
 *
 * TRUSTED_PROXIES names the reverse proxies whose X-Forwarded-For is believed (README, "Production").
 */
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`not a port: ${values.port ?? process.env.PORT}`);
// Unset, like `next start`: every interface. Not from HOSTNAME, which a container sets to its own name: the server
// would then not answer on localhost inside it.
const hostname = values.hostname;

// As `next start` does; an inherited "development" or "test" would give the production build the wrong React.
(process.env as Record<string, string>).NODE_ENV = "production";

const { serverSetsClientAddress, setClientAddress, trustedProxies } = await import("../lib/client-address");
const { env } = await import("../lib/env");
const proxies = trustedProxies(env().TRUSTED_PROXIES);
// Before Next.js loads the app (it preloads routes): lib/auth.ts reads the client address header only when this
// process is the one writing it.
serverSetsClientAddress();

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  setClientAddress(req.headers, req.socket.remoteAddress, proxies);
  handle(req, res).catch((e: unknown) => {
    console.error(`Failed to handle ${req.method} ${req.url}`, e);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(
    `▲ Ready on http://${hostname ?? "localhost"}:${shown} (client addresses from the connection${
      env().TRUSTED_PROXIES.length ? `, or X-Forwarded-For from ${env().TRUSTED_PROXIES.join(", ")}` : ""
    })`,
  );
});

// As `next start`: finish the requests in flight, then stop (a container's SIGTERM, Ctrl-C).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => {
      void app.close().finally(() => process.exit(0));
    });
  });
}
