import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export type FirstLoadJs = { files: number; rawBytes: number; gzipBytes: number };

/**
 * The JavaScript a browser loads for `route` on its first visit, from the production
 * build in .next: the framework's root chunks (build-manifest.json `rootMainFiles`)
 * and every chunk the route's segments need at once (the route's client reference
 * manifest, `entryJSFiles` of its layouts, page, loading and error files), each file
 * counted once, gzip-compressed (level 9, as a server or CDN would send it).
 * `route` is the manifest's name, e.g. "/(app)/nasional/page".
 */
export function firstLoadJs(route: string, nextDir = ".next"): FirstLoadJs {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const manifestFile = path.join(nextDir, "server", "app", `${route}_client-reference-manifest.js`);
  const holder: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  new Function("globalThis", fs.readFileSync(manifestFile, "utf8"))(holder);
  const manifest = holder.__RSC_MANIFEST?.[route];
  if (!manifest?.entryJSFiles) throw new Error(`no client reference manifest for ${route} in ${manifestFile}`);
  const files = new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(path.join(nextDir, file));
    rawBytes += content.length;
    gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
  }
  return { files: files.size, rawBytes, gzipBytes };
}
