import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { ENUM_LABEL_NAMESPACES, PROFESSIONS, ROLE_OPTIONS, ROLES, enumValues } from "@/lib/enums";
import { IlpStage, Profession, Role } from "@/lib/generated/prisma/enums";
import { STAGES } from "@/lib/rollout/stages";

/** The catalogue entry at a dotted path, or undefined. */
function lookUp(catalogue: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      catalogue,
    );
}

describe("enum lists from the Prisma enums", () => {
  it("lists every value of a Prisma enum once, in schema order", () => {
    expect(enumValues(Profession)).toEqual(Object.keys(Profession));
    expect(PROFESSIONS).toContain("BIDAN");
    expect(ROLES).toEqual(Object.keys(Role));
  });

  it.each([
    ["STAGES", STAGES, Object.values(IlpStage)],
    ["ROLE_OPTIONS", ROLE_OPTIONS, Object.values(Role)],
  ] as const)("the display order %s covers every enum value exactly once", (_name, order, values) => {
    expect(new Set(order).size).toBe(order.length);
    expect([...order].sort()).toEqual([...values].sort());
  });

  it("keeps the stage order from nothing yet to implementing", () => {
    expect(STAGES[0]).toBe("BELUM");
    expect(STAGES.at(-1)).toBe("MENERAPKAN");
  });
});

describe("enum labels in both catalogues", () => {
  const lists = { ...ENUM_LABEL_NAMESPACES, stage: STAGES };
  for (const [name, catalogue] of [
    ["id", id],
    ["en", en],
  ] as const) {
    it.each(Object.entries(lists))(`${name}: every value of %s has a label`, (namespace, values) => {
      const missing = values.filter((value) => {
        const label = lookUp(catalogue, `${namespace}.${value}`);
        return typeof label !== "string" || label.trim() === "";
      });
      expect(missing).toEqual([]);
      expect(values.length).toBeGreaterThan(0);
    });
  }
});
