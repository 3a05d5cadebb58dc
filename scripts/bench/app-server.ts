import { spawn } from "node:child_process";

export type AppServer = {
  url: string;
  webPid: number;
  stop: () => Promise<void>;
  /** Everything the server printed on stdout so far (its JSON log lines among it). */
  output: () => string;
};

/**
 * Starts `scripts/serve.ts` (production build, `next start`) on `port` against
 * `databaseUrl`, and resolves once it serves. Its own process group, so stop()
 * ends the web server too.
 */
export async function startAppServer(
  port: number,
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<AppServer> {
  const child = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env: { ...process.env, ...extraEnv, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let output = "";
  const webPid = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/web server process (\d+)/);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`the app exited (${code}) before it served:\n${output}`)));
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  return {
    url: `http://localhost:${port}`,
    webPid,
    output: () => output,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      await exited;
    },
  };
}
