import http from "node:http";
import zlib from "node:zlib";

export type WireSize = { encoding: string; wireBytes: number; bodyBytes: number };

/**
 * One GET as a browser sends it (accepting br and gzip), counting the body's bytes
 * as they arrive on the wire and once decoded. Node's http client does not decode,
 * so what it counts is what crossed the network (headers aside).
 */
export function bytesOnTheWire(url: string, cookie: string): Promise<WireSize> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { cookie, "accept-encoding": "br, gzip, deflate" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}`));
        const body = Buffer.concat(chunks);
        const encoding = String(response.headers["content-encoding"] ?? "identity");
        const decoded =
          encoding === "br"
            ? zlib.brotliDecompressSync(body)
            : encoding === "gzip"
              ? zlib.gunzipSync(body)
              : encoding === "deflate"
                ? zlib.inflateSync(body)
                : body;
        resolve({ encoding, wireBytes: body.length, bodyBytes: decoded.length });
      });
    });
    request.on("error", reject);
  });
}
