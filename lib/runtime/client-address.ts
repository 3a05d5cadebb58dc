import net from "node:net";

/**
 * The request header through which our own HTTP server (scripts/next-server.ts)
 * hands the client address to the app. The server overwrites whatever a client
 * sent under this name, so the app can trust it, but only when it runs inside
 * that server (TRUSTED_ADDRESS_ENV is set in its own process, never inherited).
 */
export const CLIENT_ADDRESS_HEADER = "x-pantau-client-address";
export const TRUSTED_ADDRESS_ENV = "PANTAU_CLIENT_ADDRESS_FROM_SERVER";

/** TRUSTED_PROXY_HOPS: a whole number 0–10; anything else is a configuration error. */
export function trustedProxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}".`);
  return hops;
}

/**
 * The client's address as the trusted proxies saw it (Express's "trust proxy N"):
 * with 0 hops the socket's peer; with N hops the Nth X-Forwarded-For entry from
 * the right (each trusted proxy appends the address it received from). Entries
 * further left were written by the client and are never used. A chain shorter
 * than N gives its leftmost entry; an entry that is not an IP address gives the
 * nearest valid one to the right, ending at the socket.
 */
export function clientAddressFrom(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket, then the X-Forwarded-For entries from the right.
  const chain = [socketAddress ?? "", ...forwarded.reverse()];
  const chosen = Math.min(hops, chain.length - 1);
  for (let index = chosen; index >= 0; index--) {
    const address = normalizeAddress(chain[index]!);
    if (address) return address;
  }
  return "unknown-socket";
}

/** An IPv4 or IPv6 address without an IPv4-mapped prefix or a port; null when not an address. */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.toLowerCase().startsWith("::ffff:") && net.isIPv4(address.slice(7))) address = address.slice(7);
  return net.isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client address of a request inside the app, or null when the app is not
 * running inside scripts/next-server.ts (then no header can be trusted).
 */
export function trustedClientAddress(headers: Record<string, unknown> | Headers | undefined): string | null {
  if (process.env[TRUSTED_ADDRESS_ENV] !== "1" || !headers) return null;
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value.length > 0 && value.length <= 64 ? value : null;
}
