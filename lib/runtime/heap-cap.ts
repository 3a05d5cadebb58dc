/**
 * The V8 old-space limit the web server runs with. Left alone, V8 sizes its heap
 * from the machine's memory (about 4 GB here) and collects lazily, so a server
 * that needs under 250 MB of live objects grows to 800 MB and more under load
 * (see README, National scale). A cap makes it collect instead.
 */
export const DEFAULT_MAX_HEAP_MB = 256;

/**
 * NODE_OPTIONS for the web server: the caller's own, plus `--max-old-space-size`
 * from PANTAU_MAX_HEAP_MB (default 256) unless they already set one. `0` leaves V8's default.
 */
export function withHeapCap(nodeOptions: string | undefined, maxHeapMb: string | undefined): string {
  const options = (nodeOptions ?? "").trim();
  if (/--max-old-space-size\b/.test(options)) return options;
  const megabytes = maxHeapMb === undefined || maxHeapMb === "" ? DEFAULT_MAX_HEAP_MB : Number(maxHeapMb);
  if (!Number.isInteger(megabytes) || megabytes < 0)
    throw new Error(`PANTAU_MAX_HEAP_MB must be a whole number of megabytes, not "${maxHeapMb}".`);
  if (megabytes === 0) return options;
  return `${options} --max-old-space-size=${megabytes}`.trim();
}
