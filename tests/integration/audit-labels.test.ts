import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createActivityAction, correctActivityAction, deleteActivityAction } from "@/lib/activities/actions";
import { actionKey, AUDIT_ACTIONS, AUDIT_ENTITIES, entityKey } from "@/lib/audit/labels";
import { listAuditLog } from "@/lib/audit/queries";
import { ZAuditFilters } from "@/lib/audit/schemas";
import { createPrismaClient } from "@/lib/db/client";
import { withScope } from "@/lib/server/scoped-db";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

const label = (messages: typeof id, group: "actions" | "entities", key: string) =>
  (messages.audit[group] as Record<string, string>)[key];

/** Every `action: "…"` and `entity: "…"` literal the services pass to writeAudit. */
function literalsInSource(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated") walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(file, "utf8");
        if (!text.includes("writeAudit(")) continue;
        for (const match of text.matchAll(/action: "([a-z_.]+)"/g)) actions.add(match[1]!);
        for (const match of text.matchAll(/entity: "([A-Za-z]+)"/g)) entities.add(match[1]!);
        for (const match of text.matchAll(/= "([a-z]+\.[a-z_]+)";/g)) actions.add(match[1]!);
      }
    }
  };
  walk(path.resolve("lib"));
  return { actions, entities };
}

describe("audit labels", () => {
  it("label every action and entity in both catalogues, including every audited table and service literal", async () => {
    for (const action of AUDIT_ACTIONS) {
      expect(label(id, "actions", actionKey(action)!), action).toBeTruthy();
      expect(label(en, "actions", actionKey(action)!), action).toBeTruthy();
    }
    for (const entity of AUDIT_ENTITIES) {
      expect(label(id, "entities", entityKey(entity)!), entity).toBeTruthy();
      expect(label(en, "entities", entityKey(entity)!), entity).toBeTruthy();
    }
    const triggered = await owner.$queryRaw<{ table: string }[]>`
      SELECT DISTINCT c.relname::text AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE t.tgname = 'audit_change'`;
    expect(triggered.length).toBeGreaterThan(5);
    for (const { table } of triggered) expect(entityKey(table), table).not.toBeNull();
    const { actions, entities } = literalsInSource();
    expect(actions.has("user.create")).toBe(true);
    for (const action of actions) expect(actionKey(action), action).not.toBeNull();
    for (const entity of entities) expect(entityKey(entity), entity).not.toBeNull();
    // Each catalogue's audit labels are the same set of keys.
    expect(Object.keys(id.audit.fields).sort()).toEqual(Object.keys(en.audit.fields).sort());
  });

  it("show an activity's edit and delete with names, readable before → after, and filters by person and object", async () => {
    await actAs(fixtures.users.planner);
    const title = `Pendampingan audit ${Date.now()}`;
    const created = await createActivityAction({
      districtCode: "17.02",
      type: "PENDAMPINGAN",
      title,
      date: "2024-04-02",
      facilityIds: [fixtures.facilities.ownPuskesmas],
    });
    expect(created).toMatchObject({ ok: true });
    const activityId = created.ok ? created.data.id : "";
    expect(
      await correctActivityAction({
        id: activityId,
        version: 1,
        type: "LAINNYA",
        typeNote: "Kunjungan lapangan",
        title,
        date: "2024-04-03",
        participantCount: 12,
        facilityIds: [fixtures.facilities.ownPuskesmas],
      }),
    ).toMatchObject({ ok: true });
    expect(await deleteActivityAction({ id: activityId, version: 2 })).toMatchObject({ ok: true });

    const admin = (await actAs(fixtures.users.districtAdmin))!;
    const page = await withScope(admin.scope, (ctx) =>
      listAuditLog(ctx, ZAuditFilters.parse({ objek: title.slice(-13), entitas: "Activity" })),
    );
    // Deleted, the activity is still named, from the row's last image.
    expect(page.rows.map((row) => row.action)).toEqual(["delete", "update", "insert"]);
    for (const row of page.rows) {
      expect(row.objectName).toBe(title);
      expect(row.actor).toContain("(perencana.rejanglebong)");
    }
    const update = page.rows[1]!;
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: "type", before: "PENDAMPINGAN", after: "LAINNYA" },
        { field: "typeNote", before: null, after: "Kunjungan lapangan" },
        { field: "date", before: "2024-04-02", after: "2024-04-03" },
        { field: "participantCount", before: null, after: 12 },
      ]),
    );
    // Bookkeeping stays out; ids never appear as values.
    expect(update.changes.map((change) => change.field)).not.toContain("version");
    expect(JSON.stringify(page.rows.map((row) => row.changes))).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const links = await withScope(admin.scope, (ctx) =>
      listAuditLog(ctx, ZAuditFilters.parse({ entitas: "ActivityFacility", pelaku: "perencana" })),
    );
    const link = links.rows.find((row) => (row.after as { activityId?: string } | null)?.activityId === activityId);
    expect(link?.changes).toEqual(
      expect.arrayContaining([{ field: "facilityId", before: undefined, after: { name: "Puskesmas Sumber Urip" } }]),
    );

    // Sign-ins live in their own tab; data changes never appear there.
    const signIns = await withScope(admin.scope, (ctx) => listAuditLog(ctx, ZAuditFilters.parse({ tampil: "masuk" })));
    expect(signIns.rows.every((row) => row.entity === "auth")).toBe(true);
    const changes = await withScope(admin.scope, (ctx) => listAuditLog(ctx, ZAuditFilters.parse({})));
    expect(changes.rows.some((row) => row.entity === "auth")).toBe(false);

    // Another person's name matches nothing of it.
    const nobody = await withScope(admin.scope, (ctx) =>
      listAuditLog(ctx, ZAuditFilters.parse({ objek: title.slice(-13), pelaku: "kepala.sumberurip" })),
    );
    expect(nobody.total).toBe(0);
  });
});
