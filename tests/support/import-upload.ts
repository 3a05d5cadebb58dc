import { POST } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";
import { POST as POST_ROSTER } from "@/app/api/impor/puskesmas/[id]/tenaga/route";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseRegionCode } from "@/lib/regions/codes";
import { ensureUser } from "./tenancy-fixtures";

export type UploadBody = {
  ok: boolean;
  messageKey?: string;
  values?: Record<string, string | number>;
  /** The column-mapping step a refusal for missing columns offers. */
  mapping?: { header: string[]; required: string[]; matched: Record<string, string> };
  mode?: string;
  batchId?: string;
  counts?: { create: number; update: number; unchanged: number; rejected: number };
  preview?: {
    counts: { create: number; update: number; unchanged: number; rejected: number };
    issues: { row: number; column: string; messageKey: string; values?: Record<string, string | number> }[];
    previous: { id: string } | null;
    sha256: string;
    format: string;
    rowCount: number;
  };
};

type Content = string | Uint8Array | Blob;

/** The multipart body the browser's import form sends. */
function uploadForm(content: Content, mode: string, name: string, mapping?: string): FormData {
  const form = new FormData();
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart]);
  form.set("file", new File([blob], name));
  form.set("mode", mode);
  if (mapping !== undefined) form.set("mapping", mapping);
  return form;
}

/** Posts a file to the district import route handler as the browser's form does, as the user signed in with actAs(). */
export async function upload(
  code: string,
  kind: string,
  content: Content,
  mode = "dryRun",
  name = "berkas.csv",
  /** The column-mapping step's field, as the page sends it (JSON: template column → file header). */
  mapping?: string,
): Promise<{ status: number; body: UploadBody }> {
  const request = new Request(`http://test/api/impor/kabupaten/${code}/${kind}`, {
    method: "POST",
    body: uploadForm(content, mode, name, mapping),
  });
  const response = await POST(request, { params: Promise.resolve({ code, jenis: kind }) });
  return { status: response.status, body: (await response.json()) as UploadBody };
}

/** The same for a puskesmas head's roster import route. */
export async function uploadRoster(
  puskesmasId: string,
  content: Content,
  mode = "dryRun",
  name = "tenaga.csv",
): Promise<{ status: number; body: UploadBody }> {
  const request = new Request(`http://test/api/impor/puskesmas/${puskesmasId}/tenaga`, {
    method: "POST",
    body: uploadForm(content, mode, name),
  });
  const response = await POST_ROSTER(request, { params: Promise.resolve({ id: puskesmasId }) });
  return { status: response.status, body: (await response.json()) as UploadBody };
}

/**
 * Readies a district for import tests: makes sure the demo seed left it without
 * kecamatan and desa (so what a test imports is new to it), adds `places` (real
 * Kemendagri codes and names, parents first) and a planner of the district.
 */
export async function prepareImportDistrict(
  owner: PrismaClient,
  districtCode: string,
  plannerUsername: string,
  places: { code: string; name: string }[] = [],
) {
  const district = await owner.region.findUniqueOrThrow({
    where: { code: districtCode },
    select: { id: true, provinceId: true },
  });
  const seeded = await owner.region.count({
    where: {
      districtId: district.id,
      level: { in: ["KECAMATAN", "DESA"] },
      code: { notIn: places.map((place) => place.code) },
    },
  });
  if (seeded > 0)
    throw new Error(
      `${districtCode} already has ${seeded} kecamatan/desa: import tests need a district the demo seed leaves without them`,
    );
  const regionIds: Record<string, string> = {};
  for (const place of places) {
    const parsed = parseRegionCode(place.code);
    if (!parsed || parsed.districtCode !== districtCode || parsed.level === "PROVINSI" || parsed.level === "KABUPATEN")
      throw new Error(`${place.code} is no kecamatan or desa of ${districtCode}`);
    const parentId = parsed.level === "KECAMATAN" ? district.id : regionIds[parsed.parentCode!];
    if (!parentId) throw new Error(`${place.code}: list its kecamatan first`);
    const region = await owner.region.upsert({
      where: { code: place.code },
      update: {},
      create: {
        code: place.code,
        name: place.name,
        level: parsed.level,
        kind: parsed.kind,
        parentId,
        provinceId: district.provinceId,
        districtId: district.id,
      },
      select: { id: true },
    });
    regionIds[place.code] = region.id;
  }
  const planner = await ensureUser(owner, plannerUsername, "DINKES_PLANNER", district.id);
  return { districtId: district.id, regionIds, planner };
}
