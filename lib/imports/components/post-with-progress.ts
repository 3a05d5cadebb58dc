/** Upload progress: the share of the file sent (0–1), then null while the server reads and checks it. */
export type UploadProgress = { sent: number | null };

/**
 * Posts a form like fetch() would, reporting how much of the body has been
 * sent (fetch cannot tell upload progress). Resolves with the answer's JSON,
 * or null when the answer was not JSON or the connection failed.
 */
export function postWithProgress(
  url: string,
  body: FormData,
  onProgress: (progress: UploadProgress) => void,
): Promise<unknown> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "text";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress({ sent: event.loaded / event.total });
    };
    request.upload.onload = () => onProgress({ sent: null });
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText));
      } catch {
        resolve(null);
      }
    };
    request.onerror = () => resolve(null);
    request.send(body);
  });
}
