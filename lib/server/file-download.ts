/** A stored file (stage evidence, activity attachment) as a private download that the browser never sniffs. */
export function fileDownload(file: { content: Uint8Array; contentType: string; fileName: string }): Response {
  return new Response(Buffer.from(file.content), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
