import { describe, expect, it } from "vitest";
import {
  isForeignActionPost,
  isSaneSegment,
  paramsAreSane,
  refuseUnhygienicRequest,
  requestHygieneProblem,
} from "@/lib/server/request-hygiene";
import { hasControlCharacters, zSearch, zText } from "@/lib/validation/text";

const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("zText", () => {
  it("trims, keeps ordinary text (also non-Latin letters) and enforces the length limit", () => {
    expect(zText({ max: 11 }).parse("  Sumber Urip  ")).toBe("Sumber Urip");
    expect(zText({ max: 20 }).parse(" Désa Ñusa – ٣ ")).toBe("Désa Ñusa – ٣");
    expect(firstIssue(zText({ max: 5 }).safeParse("enam!!"))).toBe("errors.tooLong");
    expect(firstIssue(zText({ max: 5, min: 1 }).safeParse("   "))).toBe("errors.required");
  });

  it("refuses NUL, other C0 controls, DEL and C1 controls; newlines and tabs only where multiline", () => {
    for (const bad of ["a\u0000b", "\u0000", "a\u001bb", "a\u007fb", "a\u0085b", "a\u009fb", "a\u0008b"]) {
      expect(firstIssue(zText({ max: 100 }).safeParse(bad)), JSON.stringify(bad)).toBe("errors.controlCharacters");
      expect(firstIssue(zText({ max: 100, multiline: true }).safeParse(bad)), JSON.stringify(bad)).toBe(
        "errors.controlCharacters",
      );
    }
    expect(firstIssue(zText({ max: 100 }).safeParse("baris\ndua"))).toBe("errors.controlCharacters");
    expect(firstIssue(zText({ max: 100 }).safeParse("a\tb"))).toBe("errors.controlCharacters");
    expect(zText({ max: 100, multiline: true }).parse("baris\r\ndua\rtiga\tempat")).toBe("baris\ndua\ntiga\tempat");
  });

  it("keeps a password's spaces but still refuses control characters", () => {
    expect(zText({ max: 200, keepSpaces: true }).parse(" sandi ")).toBe(" sandi ");
    expect(firstIssue(zText({ max: 200, keepSpaces: true }).safeParse("sandi\u0000"))).toBe("errors.controlCharacters");
  });

  it("a search box falls back to no search for control characters, overlong text or a wrong type", () => {
    const search = zSearch(100);
    expect(search.parse("urip")).toBe("urip");
    expect(search.parse(["urip", "lain"])).toBe("urip");
    expect(search.parse("ur\u0000ip")).toBe("");
    expect(search.parse("x".repeat(101))).toBe("");
    expect(search.parse(undefined)).toBe("");
    expect(search.parse({ $ne: null })).toBe("");
  });

  it("hasControlCharacters", () => {
    expect(hasControlCharacters("Puskesmas Sumber Urip")).toBe(false);
    expect(hasControlCharacters("a\nb")).toBe(true);
    expect(hasControlCharacters("a\nb", true)).toBe(false);
  });
});

describe("request hygiene", () => {
  it("a path segment: control characters (also percent-encoded), malformed escapes and overlong ones are not sane", () => {
    expect(isSaneSegment("17.02")).toBe(true);
    expect(isSaneSegment("3f2b8c1e-7a4d-4e2b-9c3a-5d6e7f809a1b")).toBe(true);
    expect(isSaneSegment("Sumber%20Urip")).toBe(true);
    for (const bad of ["\u0000", "17.02%00", "%1b", "%C2%85", "%E0%A4%A", "%", "x".repeat(201)])
      expect(isSaneSegment(bad), bad).toBe(false);
    expect(paramsAreSane({ code: "17.02", rest: ["a", "b"] })).toBe(true);
    expect(paramsAreSane({ code: "17.02", rest: ["a", "%00"] })).toBe(false);
  });

  it("a request: 400 for a control byte in the path or query, a malformed escape or an overlong query", () => {
    const problem = (url: string) => requestHygieneProblem(new URL(url));
    expect(problem("http://x/kabupaten/17.02/fasilitas?q=sumber+urip&page=2")).toBeNull();
    expect(problem("http://x/kabupaten/17.02/fasilitas?q=%C3%A9")).toBeNull();
    expect(problem("http://x/kabupaten/17.02%00")).toBe("path");
    expect(problem("http://x/puskesmas/%E0%A4%A")).toBe("path");
    expect(problem("http://x/kabupaten/17.02/fasilitas?q=a%00b")).toBe("query");
    expect(problem("http://x/kabupaten/17.02/fasilitas?q=%1b")).toBe("query");
    expect(problem("http://x/kabupaten/17.02/fasilitas?q=%E0%A4%A")).toBe("query");
    expect(problem(`http://x/audit?actor=${"x".repeat(5_000)}`)).toBe("query too long");
  });
});

describe("server action origin", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/kabupaten/17.02", { method: "POST", headers });
  it("a foreign Origin on a server action post is refused; the same origin, other posts and a missing Origin pass", () => {
    expect(
      isForeignActionPost(post({ "next-action": "abc", origin: "https://jahat.test", host: "localhost:3000" })),
    ).toBe(true);
    expect(isForeignActionPost(post({ "next-action": "abc", origin: "null", host: "localhost:3000" }))).toBe(true);
    expect(
      isForeignActionPost(post({ "next-action": "abc", origin: "http://localhost:3000", host: "localhost:3000" })),
    ).toBe(false);
    expect(isForeignActionPost(post({ origin: "https://jahat.test", host: "localhost:3000" }))).toBe(false);
    expect(isForeignActionPost(post({ "next-action": "abc", host: "localhost:3000" }))).toBe(false);
    expect(
      refuseUnhygienicRequest(post({ "next-action": "abc", origin: "https://jahat.test", host: "localhost:3000" }))
        ?.status,
    ).toBe(403);
    expect(refuseUnhygienicRequest(new Request("http://localhost:3000/kabupaten/17.02%00"))?.status).toBe(400);
    expect(refuseUnhygienicRequest(new Request("http://localhost:3000/kabupaten/17.02?q=urip"))).toBeNull();
  });
});
