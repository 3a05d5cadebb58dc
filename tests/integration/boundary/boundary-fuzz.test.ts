import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { actAs } from "../../support/act-as";
import { createTenancyFixtures, ensureUser, TEST_PASSWORD, type TenancyFixtures } from "../../support/tenancy-fixtures";
import { ACTION_CASES, HANDLER_CASES, PROBE_HANDLERS, SIGN_IN_HANDLERS, type Actor } from "./cases";

// The boundary fuzz test: every server action and route handler, found the way the
// authorization matrix finds them, gets malformed ids, NUL and other control
// characters in every field and parameter, overlong strings, wrong types and a
// wrong content type. Each must refuse (an ActionFailure, or a 4xx), write nothing,
// and never show database text. A new action or handler without a case here fails.

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
let selfUser = "";
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
  selfUser = await ensureUser(owner, "fuzz.diri", "VIEWER", fixtures.districts.own);
});
afterAll(() => owner.$disconnect());

const ROOT = path.resolve(import.meta.dirname, "../../..");
function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : filesNamed(relative, name);
    return entry.name === name ? [relative] : [];
  });
}

async function discoveredActions(): Promise<string[]> {
  const found: string[] = [];
  for (const file of filesNamed("lib", "actions.ts")) {
    const actions = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(actions)) if (typeof value === "function") found.push(`${file}#${name}`);
  }
  return found.sort();
}
function discoveredHandlers(): string[] {
  const found: string[] = [];
  for (const file of filesNamed("app", "route.ts")) {
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const match of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g))
      found.push(`${file}#${match[1]}`);
    for (const match of source.matchAll(/export \{([^}]*)\}/g))
      for (const verb of match[1]!.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${file}#${verb[1]}`);
  }
  return [...new Set(found)].sort();
}

/** Text that must never reach a user: database and driver errors, stack frames. */
const LEAK =
  /prisma|violates|relation "|syntax error|invalid input|invalid byte sequence|unterminated|duplicate key|ERROR:|\bat .+\.(?:ts|js|mjs):\d+|node_modules|P20\d\d/i;

const CONTROL = ["\u0000", "Nama\u0000Sisip", "\u001b[31m", "Baris\u0085NEL", "\u007f", "\u0008"];
const OVERLONG = "x".repeat(100_000);
const BAD_IDS = [
  "bukan-uuid",
  "00000000-0000-0000-0000-00000000000g",
  "../../etc/passwd",
  "%E0%A4%A",
  "%00",
  "' OR '1'='1",
  '1; DROP TABLE "Staff"--',
];

const auditHigh = async () => (await owner.auditLog.aggregate({ _max: { id: true } }))._max.id ?? BigInt(0);
const counts = async () => ({
  facility: await owner.facility.count(),
  staff: await owner.staff.count(),
  region: await owner.region.count(),
  importBatch: await owner.importBatch.count(),
  user: await owner.user.count(),
  target: await owner.rolloutTarget.count(),
  activity: await owner.activity.count(),
  stageChange: await owner.facilityStageChange.count(),
  assignment: await owner.clusterAssignment.count(),
});

async function signInAs(actor: Actor): Promise<void> {
  if (actor === "self") return void (await actAs(selfUser));
  await actAs(fixtures.users[actor]);
}

/** Every variant of `input`: each string leaf with control characters, overlong text and (ids) malformed ids; each other leaf with a wrong type; the whole input with wrong types. */
function variants(input: unknown): { label: string; value: unknown }[] {
  const out: { label: string; value: unknown }[] = [null, "\u0000", 42, [], OVERLONG].map((value) => ({
    label: `whole input ${JSON.stringify(value)?.slice(0, 20)}`,
    value,
  }));
  const walk = (node: unknown, trail: (string | number)[]) => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, [...trail, index]));
    if (node && typeof node === "object")
      return Object.entries(node).forEach(([key, value]) => walk(value, [...trail, key]));
    const key = String(trail.findLast((part) => typeof part === "string") ?? "");
    // Malformed ids where the well-formed value is one (a field named like "labelId" may hold any text).
    const isId =
      typeof node === "string" &&
      /^id$|Id$|Ids$/.test(key) &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(node);
    const replacements =
      typeof node === "string" ? [...CONTROL, OVERLONG, ...(isId ? BAD_IDS : [])] : ["\u0000", { $ne: null }, [1]];
    for (const value of replacements)
      out.push({
        label: `${trail.join(".")} = ${JSON.stringify(value).slice(0, 24)}`,
        value: replaced(input, trail, value),
      });
  };
  walk(input, []);
  return out;
}
function replaced(input: unknown, trail: (string | number)[], value: unknown): unknown {
  if (trail.length === 0) return value;
  const [head, ...rest] = trail;
  const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, value);
  return copy;
}

describe("the boundary fuzz test", () => {
  it("covers every server action and route handler there is, and nothing else", async () => {
    expect(await discoveredActions()).toEqual(Object.keys(ACTION_CASES).sort());
    expect(discoveredHandlers()).toEqual(
      [...Object.keys(HANDLER_CASES), ...Object.keys(PROBE_HANDLERS), ...SIGN_IN_HANDLERS].sort(),
    );
  });

  const ran = new Set<string>();

  for (const [id, spec] of Object.entries(ACTION_CASES)) {
    it(`${id}: every malformed input is refused, nothing written, no database text`, async () => {
      const [file, name] = id.split("#") as [string, string];
      const action = (
        (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, (input: unknown) => Promise<unknown>>
      )[name]!;
      const base = await spec.input(fixtures);
      await signInAs(spec.as);
      const before = { audit: await auditHigh(), counts: await counts() };
      const problems: string[] = [];
      const cases = [...variants(base), ...(spec.extra?.(fixtures) ?? [])];
      for (const { label, value } of cases) {
        let result: unknown;
        try {
          result = await action(value);
        } catch (error) {
          problems.push(`${label}: threw ${String(error).slice(0, 200)}`);
          continue;
        }
        const refused = spec.returnsNothing
          ? result === undefined
          : (result as { ok?: boolean; code?: string } | undefined)?.ok === false &&
            (result as { code: string }).code !== "ERROR";
        if (!refused) problems.push(`${label}: ${JSON.stringify(result)?.slice(0, 200)}`);
        if (LEAK.test(JSON.stringify(result) ?? ""))
          problems.push(`${label}: database text in ${JSON.stringify(result).slice(0, 200)}`);
      }
      expect(problems).toEqual([]);
      expect(await counts()).toEqual(before.counts);
      expect(await owner.auditLog.count({ where: { id: { gt: before.audit } } })).toBe(0);
      ran.add(id);
      expect(cases.length).toBeGreaterThanOrEqual(5);
    });
  }

  for (const [id, spec] of Object.entries(HANDLER_CASES)) {
    it(`${id}: malformed path segments and a wrong body answer 4xx, bad query parameters never 5xx; nothing written, no database text`, async () => {
      const [file, verb] = id.split("#") as [string, string];
      const handler = (
        (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<
          string,
          (request: Request, context: { params: Promise<unknown> }) => Promise<Response>
        >
      )[verb]!;
      const params = await spec.params(fixtures);
      await signInAs(spec.as);
      const before = { audit: await auditHigh(), counts: await counts() };
      const problems: string[] = [];
      const call = async (
        label: string,
        callParams: Record<string, string>,
        query: Record<string, string>,
        init: RequestInit | undefined,
        expect4xx: boolean,
      ) => {
        const url = `http://test${spec.path(callParams)}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ""}`;
        let response: Response;
        try {
          response = await handler(new Request(url, init), { params: Promise.resolve(callParams) });
        } catch (error) {
          return void problems.push(`${label}: threw ${String(error).slice(0, 200)}`);
        }
        const body = await response.text();
        if (response.status >= 500 || (expect4xx && (response.status < 400 || response.status > 499)))
          problems.push(`${label}: status ${response.status} ${body.slice(0, 120)}`);
        if (response.status >= 400 && LEAK.test(body))
          problems.push(`${label}: database text in ${body.slice(0, 200)}`);
      };
      let calls = 0;
      for (const [param, good] of Object.entries(params)) {
        for (const bad of [...CONTROL, OVERLONG.slice(0, 5_000), ...BAD_IDS]) {
          if (bad === good) continue;
          calls++;
          await call(
            `param ${param} = ${JSON.stringify(bad).slice(0, 24)}`,
            { ...params, [param]: bad },
            {},
            spec.body?.(),
            true,
          );
        }
      }
      for (const key of [...spec.query, "x"]) {
        for (const bad of key === "x"
          ? ["\u0000"]
          : ["\u0000", "\u001b\u0085", OVERLONG.slice(0, 20_000), "%E0%A4%A", "99999999999999999999"]) {
          calls++;
          await call(
            `?${key} = ${JSON.stringify(bad).slice(0, 24)}`,
            params,
            { [key]: bad },
            spec.body?.(),
            !!spec.body,
          );
        }
      }
      for (const [label, init] of Object.entries(spec.wrongBodies?.() ?? {})) {
        calls++;
        await call(label, params, {}, init, true);
      }
      expect(problems).toEqual([]);
      expect(await counts()).toEqual(before.counts);
      expect(await owner.auditLog.count({ where: { id: { gt: before.audit } } })).toBe(0);
      expect(calls).toBeGreaterThanOrEqual(10);
      ran.add(id);
    }, 180_000);
  }

  for (const [id, probePath] of Object.entries(PROBE_HANDLERS)) {
    it(`${id}: any query string answers the probe (200 here, the database is up), signed out, nothing written, no database text`, async () => {
      const [file, verb] = id.split("#") as [string, string];
      const handler = (
        (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<
          string,
          (request: Request) => Promise<Response> | Response
        >
      )[verb]!;
      await actAs(null);
      const before = { audit: await auditHigh(), counts: await counts() };
      const problems: string[] = [];
      const queries = [...CONTROL, OVERLONG.slice(0, 5_000), ...BAD_IDS].map((bad) => `?x=${encodeURIComponent(bad)}`);
      for (const query of [...queries, "?%E0%A4%A", "?\u0000"]) {
        const response = await handler(new Request(`http://test${probePath}${query}`));
        const body = await response.text();
        if (response.status !== 200)
          problems.push(`${query.slice(0, 24)}: status ${response.status} ${body.slice(0, 120)}`);
        if (LEAK.test(body)) problems.push(`${query.slice(0, 24)}: database text in ${body.slice(0, 200)}`);
      }
      expect(problems).toEqual([]);
      expect(await counts()).toEqual(before.counts);
      expect(await owner.auditLog.count({ where: { id: { gt: before.audit } } })).toBe(0);
    });
  }

  it("sign-in fields: NUL, control characters and overlong text are a failed sign-in (counted and audited), never a server error", async () => {
    const { authOptions } = await import("@/lib/server/auth");
    const { CLIENT_ADDRESS_HEADER, TRUSTED_ADDRESS_ENV } = await import("@/lib/runtime/client-address");
    const provider = authOptions.providers[0] as unknown as {
      options: { authorize: (credentials: unknown, request: unknown) => Promise<unknown> };
    };
    process.env[TRUSTED_ADDRESS_ENV] = "1";
    const before = await auditHigh();
    let attempts = 0;
    for (const bad of [...CONTROL, OVERLONG]) {
      for (const credentials of [
        { username: bad, password: TEST_PASSWORD },
        { username: "perencana.rejanglebong", password: bad },
        { username: bad },
        bad,
      ]) {
        // A fresh address per attempt, so the lock-out never answers first.
        const address = `203.0.113.${++attempts}`;
        await expect(
          provider.options.authorize(credentials, { headers: { [CLIENT_ADDRESS_HEADER]: address } }),
        ).resolves.toBeNull();
      }
    }
    const failed = await owner.auditLog.findMany({
      where: { id: { gt: before }, action: "auth.sign_in_failed" },
      select: { after: true },
    });
    expect(failed).toHaveLength(attempts);
    expect(failed.every((row) => (row.after as { malformed?: boolean } | null)?.malformed === true)).toBe(true);
    expect(await owner.auditLog.count({ where: { id: { gt: before }, action: { not: "auth.sign_in_failed" } } })).toBe(
      0,
    );
    for (const id of SIGN_IN_HANDLERS) ran.add(id);
  });

  it("ran a case for every action and handler", () => {
    expect([...ran].sort()).toEqual(
      [...Object.keys(ACTION_CASES), ...Object.keys(HANDLER_CASES), ...SIGN_IN_HANDLERS].sort(),
    );
  });
});
