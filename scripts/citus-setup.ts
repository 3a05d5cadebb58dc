// Prints the statements that distribute a migrated Pantau ILP database over Citus (from
// lib/db/distribution.ts; tests/integration/citus-readiness.test.ts checks them), or with
// --readme rewrites the README's generated block.
import fs from "node:fs";
import { citusReadmeBlock, citusSetupStatements, README_BEGIN, README_END } from "../lib/db/distribution";

if (process.argv.includes("--readme")) {
  const readme = fs.readFileSync("README.md", "utf8");
  const start = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1) throw new Error(`README.md has no ${README_BEGIN} … ${README_END} block`);
  fs.writeFileSync("README.md", readme.slice(0, start) + citusReadmeBlock() + readme.slice(end + README_END.length));
} else {
  console.log(citusSetupStatements().join("\n"));
}
