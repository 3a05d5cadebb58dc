import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

// Where evidence files live: PostgreSQL by default (the row's content), or an
// S3-compatible object store (AWS S3, MinIO, Ceph, …) when EVIDENCE_S3_BUCKET is
// set. Either way every app instance sees the same files and a restart loses
// nothing; never one server's local disk.

type ObjectStoreConfig = { bucket: string; client: S3Client };

let cached: { signature: string; config: ObjectStoreConfig } | undefined;

/** The configured object store, or null to keep files in PostgreSQL. Read from the environment on use. */
export function evidenceObjectStore(): ObjectStoreConfig | null {
  const bucket = process.env.EVIDENCE_S3_BUCKET;
  if (!bucket) return null;
  const settings = {
    endpoint: process.env.EVIDENCE_S3_ENDPOINT || undefined,
    region: process.env.EVIDENCE_S3_REGION || "us-east-1",
    accessKeyId: process.env.EVIDENCE_S3_ACCESS_KEY_ID,
    secretAccessKey: process.env.EVIDENCE_S3_SECRET_ACCESS_KEY,
  };
  const signature = JSON.stringify([bucket, settings]);
  if (cached?.signature !== signature) {
    const credentials =
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined;
    // Path-style addressing: what MinIO and most self-hosted stores expect.
    const client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      credentials,
      forcePathStyle: Boolean(settings.endpoint),
    });
    cached = { signature, config: { bucket, client } };
  }
  return cached.config;
}

/** The object key of a stage change's evidence: grouped by district, named by content. */
export function evidenceObjectKey(districtId: string, stageChangeId: string, sha256: string): string {
  return `bukti/${districtId}/${stageChangeId}/${sha256}`;
}

/**
 * Where a checked file goes: into the object store under `key` when one is configured
 * (uploaded before the row is written, so a failed upload rolls the write back), else
 * into the row's content. The row columns to write are returned.
 */
export async function placeEvidence(
  key: string,
  file: { bytes: Uint8Array; contentType: string },
): Promise<{ content: Buffer<ArrayBuffer> | null; storageKey: string | null }> {
  const store = evidenceObjectStore();
  if (!store) return { content: Buffer.from(file.bytes), storageKey: null };
  await putEvidenceObject(store, key, file.bytes, file.contentType);
  return { content: null, storageKey: key };
}

/** A stored file's bytes, from its row or from the object store named by its key. */
export async function evidenceContent(file: {
  content: Uint8Array | null;
  storageKey: string | null;
}): Promise<Uint8Array> {
  if (file.content) return file.content;
  const store = evidenceObjectStore();
  if (!store || !file.storageKey)
    throw new Error("evidence kept in an object store, but EVIDENCE_S3_BUCKET is not set");
  return getEvidenceObject(store, file.storageKey);
}

export async function putEvidenceObject(
  store: ObjectStoreConfig,
  key: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<void> {
  await store.client.send(
    new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: bytes, ContentType: contentType }),
  );
}

export async function getEvidenceObject(store: ObjectStoreConfig, key: string): Promise<Uint8Array> {
  const response = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
  if (!response.Body) throw new Error(`evidence object ${key} has no body`);
  return response.Body.transformToByteArray();
}
