import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as downloadEvidence } from "@/app/api/bukti/[id]/route";
import { createPrismaClient } from "@/lib/db/client";
import { changeStageAction } from "@/lib/facilities/actions";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";

// Evidence in an S3-compatible object store (EVIDENCE_S3_BUCKET): a real S3 API
// server (s3rver, from npm) on a free port, not a mock. Aceh Singkil (11.02): no
// other test touches it.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
const BUCKET = "pantau-bukti-uji";
const S3_ENV = [
  "EVIDENCE_S3_BUCKET",
  "EVIDENCE_S3_ENDPOINT",
  "EVIDENCE_S3_REGION",
  "EVIDENCE_S3_ACCESS_KEY_ID",
  "EVIDENCE_S3_SECRET_ACCESS_KEY",
];
let server: S3rver;
let endpoint: string;
let plannerId: string;
let facilityId: string;

beforeAll(async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-s3-"));
  server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  const districtId = (await owner.region.findUniqueOrThrow({ where: { code: "11.02" } })).id;
  plannerId = await ensureUser(owner, "perencana.acehsingkil.uji", "DINKES_PLANNER", districtId);
  const facility = await owner.facility.upsert({
    where: { type_code_districtId: { type: "PUSKESMAS", code: "S3-UJI-1", districtId } },
    create: { districtId, type: "PUSKESMAS", code: "S3-UJI-1", name: "Puskesmas Uji Penyimpanan" },
    update: {},
  });
  facilityId = facility.id;
  Object.assign(process.env, {
    EVIDENCE_S3_BUCKET: BUCKET,
    EVIDENCE_S3_ENDPOINT: endpoint,
    EVIDENCE_S3_REGION: "us-east-1",
    EVIDENCE_S3_ACCESS_KEY_ID: "S3RVER",
    EVIDENCE_S3_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  for (const name of S3_ENV) delete process.env[name];
  await server?.close();
  await owner.$disconnect();
});

function stageForm(fields: Record<string, string | number>, file: File): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, String(value));
  form.set("evidence", file);
  return form;
}

describe("evidence in an S3-compatible object store", () => {
  it("keeps the file in the bucket, not in the row, and serves it back to readers", async () => {
    await actAs(plannerId);
    const facility = await owner.facility.findUniqueOrThrow({ where: { id: facilityId } });
    const bytes = new TextEncoder().encode("%PDF-1.4 SK Tim ILP di object store");
    const result = await changeStageAction(
      stageForm(
        {
          facilityId,
          toStage: facility.currentStage === "PERSIAPAN" ? "UJI_COBA" : "PERSIAPAN",
          effectiveDate: new Date().toISOString().slice(0, 10),
          note: "Bukti di S3",
          version: facility.version,
        },
        new File([bytes], "SK Tim.pdf", { type: "application/pdf" }),
      ),
    );
    expect(result).toMatchObject({ ok: true });

    const row = await owner.evidenceFile.findFirstOrThrow({
      where: { stageChange: { facilityId, note: "Bukti di S3" } },
      orderBy: { createdAt: "desc" },
    });
    expect(row.content).toBeNull();
    expect(row.storageKey).toMatch(new RegExp(`^bukti/${facility.districtId}/`));

    const s3 = new S3Client({
      endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
    const stored = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.storageKey! }));
    expect(Buffer.from(await stored.Body!.transformToByteArray())).toEqual(Buffer.from(bytes));

    const response = await downloadEvidence(new Request(`http://localhost/api/bukti/${row.id}`), {
      params: Promise.resolve({ id: row.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(bytes));
  });

  it("writes nothing when the store refuses the upload", async () => {
    // The decree "Menerapkan ILP" needs, so the refusal comes from the store and not from the rules.
    const DECREE = { decreeIssuer: "BUPATI", decreeNumber: "440/S3/2025", decreeDate: "2025-01-02" };
    await actAs(plannerId);
    process.env.EVIDENCE_S3_BUCKET = "bucket-yang-tidak-ada";
    try {
      const facility = await owner.facility.findUniqueOrThrow({ where: { id: facilityId } });
      const historyBefore = await owner.facilityStageChange.count({ where: { facilityId } });
      const result = await changeStageAction(
        stageForm(
          {
            facilityId,
            toStage: facility.currentStage === "MENERAPKAN" ? "UJI_COBA" : "MENERAPKAN",
            effectiveDate: new Date().toISOString().slice(0, 10),
            note: "Gagal unggah",
            version: facility.version,
            ...DECREE,
          },
          new File([new TextEncoder().encode("%PDF-1.4 x")], "x.pdf"),
        ),
      );
      expect(result).toMatchObject({ ok: false });
      expect(await owner.facility.findUniqueOrThrow({ where: { id: facilityId } })).toEqual(facility);
      expect(await owner.facilityStageChange.count({ where: { facilityId } })).toBe(historyBefore);
    } finally {
      process.env.EVIDENCE_S3_BUCKET = BUCKET;
    }
  });
});
