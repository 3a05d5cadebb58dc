import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFrom,
  normalizeAddress,
  TRUSTED_ADDRESS_ENV,
  trustedClientAddress,
  trustedProxyHops,
} from "@/lib/runtime/client-address";

describe("clientAddressFrom", () => {
  it("with 0 hops takes the socket's address and ignores X-Forwarded-For entirely", () => {
    expect(clientAddressFrom("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientAddressFrom("::ffff:203.0.113.7", "198.51.100.1, 10.0.0.1", 0)).toBe("203.0.113.7");
  });

  it("with N hops takes the Nth entry from the right, never the client's own entries on the left", () => {
    // The client wrote "1.1.1.1"; our one proxy appended the address it saw.
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.3", 2)).toBe("203.0.113.9");
    // Several header lines count as one list.
    expect(clientAddressFrom("10.0.0.2", ["1.1.1.1", "203.0.113.9"], 1)).toBe("203.0.113.9");
  });

  it("a chain shorter than the hops gives its leftmost entry, and no header the socket", () => {
    expect(clientAddressFrom("10.0.0.2", "203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientAddressFrom("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddressFrom("10.0.0.2", "", 1)).toBe("10.0.0.2");
  });

  it("an entry that is not an address falls back to the nearest valid one on the right", () => {
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, <script>", 1)).toBe("10.0.0.2");
    expect(clientAddressFrom("10.0.0.2", "unknown, 203.0.113.9, x", 2)).toBe("203.0.113.9");
  });
});

describe("normalizeAddress", () => {
  it("accepts IPv4 and IPv6, strips ports, brackets and the IPv4-mapped prefix", () => {
    expect(normalizeAddress("203.0.113.7:5123")).toBe("203.0.113.7");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("not-an-ip")).toBeNull();
    expect(normalizeAddress("999.1.1.1")).toBeNull();
  });
});

describe("trustedProxyHops", () => {
  it("defaults to 0 and refuses anything but a whole number from 0 to 10", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops("1.5")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops("all")).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("trustedClientAddress", () => {
  afterEach(() => {
    delete process.env[TRUSTED_ADDRESS_ENV];
  });

  it("trusts the header only inside our server, where it is overwritten on every request", () => {
    const headers = { [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.1.1.1" };
    expect(trustedClientAddress(headers)).toBeNull();
    process.env[TRUSTED_ADDRESS_ENV] = "1";
    expect(trustedClientAddress(headers)).toBe("203.0.113.7");
    expect(trustedClientAddress(new Headers(headers))).toBe("203.0.113.7");
    expect(trustedClientAddress({ "x-forwarded-for": "1.1.1.1" })).toBeNull();
  });
});
