import { POST } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";

export type UploadBody = {
  ok: boolean;
  messageKey?: string;
  values?: Record<string, string | number>;
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

/** Posts a file to the import route handler as the browser's form does, as the user signed in with actAs(). */
export async function upload(code: string, kind: string, content: string | Uint8Array | Blob, mode = "dryRun", name = "berkas.csv"): Promise<{ status: number; body: UploadBody }> {
  const form = new FormData();
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart]);
  form.set("file", new File([blob], name));
  form.set("mode", mode);
  const response = await POST(new Request(`http://test/api/impor/kabupaten/${code}/${kind}`, { method: "POST", body: form }), { params: Promise.resolve({ code, jenis: kind }) });
  return { status: response.status, body: (await response.json()) as UploadBody };
}
