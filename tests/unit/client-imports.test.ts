import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Zod is about 25 KB gzip: a page whose browser code reaches it (a client component
// importing a schemas module for an option list, say) pays that in its first load.
// Forms validate with zod on the server, in their actions; the browser needs none of it.

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    parsed.set(file, source);
  }
  return source;
}

function directive(file: string): "use client" | "use server" | null {
  const source = parse(file);
  const first = source.statements[0];
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) {
    const text = first.expression.text;
    if (text === "use client" || text === "use server") return text;
  }
  return null;
}

/** The modules `file` loads at once: static imports and re-exports that bring a value (type-only ones vanish). */
function valueImports(file: string): string[] {
  const source = parse(file);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause &&
        !clause.name &&
        bindings &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (onlyTypes) continue;
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return null;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Each package a client component loads at once, with the chain of modules that leads to it. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    // A server action file is a reference in the browser, not its code.
    if (chain.length > 0 && directive(file) === "use server") return;
    for (const specifier of valueImports(file)) {
      const local = resolveLocal(file, specifier);
      const here = [...chain, path.relative(ROOT, file)];
      if (local) visit(local, here);
      else if (!specifier.startsWith(".") && !specifier.startsWith("@/") && !reached.has(specifier))
        reached.set(specifier, here);
    }
  };
  visit(entry, []);
  return reached;
}

describe("browser code", () => {
  it("loads no zod: no client component reaches a module that imports it", () => {
    const clients = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter(
      (file) => directive(file) === "use client",
    );
    expect(clients.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const client of clients)
      for (const [name, chain] of packagesReachedFrom(client))
        if (name === "zod" || name.startsWith("zod/")) offenders.push(`${[...chain, name].join(" → ")}`);
    expect(offenders).toEqual([]);
  });

  it("would notice one that does", () => {
    const staffSchemas = path.join(ROOT, "lib/staffing/schemas.ts");
    expect(packagesReachedFrom(staffSchemas).has("zod")).toBe(true);
  });
});
