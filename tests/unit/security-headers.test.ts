import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  newNonce,
  servedOverHttps,
  staticSecurityHeaders,
} from "@/lib/runtime/security-headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce, forbids framing, and has no unsafe-eval in production", () => {
    const policy = contentSecurityPolicy("abc123", { dev: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("adds unsafe-eval only in development, and upgrades insecure requests over https", () => {
    expect(contentSecurityPolicy("n", { dev: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("staticSecurityHeaders", () => {
  it("sends nosniff, frame denial, a referrer and a permissions policy; HSTS only over https", () => {
    const plain = new Map(staticSecurityHeaders({ https: false }));
    expect(plain.get("X-Content-Type-Options")).toBe("nosniff");
    expect(plain.get("X-Frame-Options")).toBe("DENY");
    expect(plain.get("Referrer-Policy")).toBeTruthy();
    expect(plain.get("Permissions-Policy")).toContain("camera=()");
    expect(plain.has("Strict-Transport-Security")).toBe(false);
    expect(new Map(staticSecurityHeaders({ https: true })).get("Strict-Transport-Security")).toMatch(/max-age=\d{7,}/);
  });

  it("knows https from the configured public URL", () => {
    expect(servedOverHttps("https://pantau.example.go.id")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});

describe("newNonce", () => {
  it("is fresh every time and long enough not to be guessed", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(atob([...nonces][0]!).length).toBe(16);
  });
});
