// The server-side write paths of the web server, run in a child process that the crash
// test kills with SIGKILL in the middle of its transaction (tests/integration/crash-safety.test.ts).
// Run as: node --import ./tests/support/server-only-hooks.mjs --import tsx tests/support/crash-child.ts <operation> <json>
// with APP_DATABASE_URL set (the app role, as the web server connects).
import { checkEvidence } from "@/lib/facilities/evidence";
import { changeFacilityStage } from "@/lib/facilities/stage-service";
import { ZChangeStage } from "@/lib/facilities/stage-schemas";
import { importFile } from "@/lib/imports/service";
import { withScope } from "@/lib/server/scoped-db";
import { loadScope } from "@/lib/auth/load-scope";
import { saveBoard } from "@/lib/staffing/board-service";
import { ZSaveBoard } from "@/lib/staffing/schemas";

type Job =
  | { operation: "import"; userId: string; districtCode: string; csv: string; fileName: string }
  | { operation: "board"; userId: string; input: unknown }
  | { operation: "stage"; userId: string; input: unknown; evidence: { fileName: string; base64: string } };

const job = JSON.parse(process.argv[2] ?? "{}") as Job;
const scope = await loadScope(job.userId);
let result: unknown;
if (job.operation === "import") {
  const file = new Blob([job.csv], { type: "text/csv" });
  result = await importFile(scope, { districtCode: job.districtCode }, "kader", file, job.fileName, "all");
} else if (job.operation === "board") {
  const input = ZSaveBoard.parse(job.input);
  result = await withScope(scope, (ctx) => saveBoard(ctx, input));
} else {
  const input = ZChangeStage.parse(job.input);
  const evidence = checkEvidence(job.evidence.fileName, Buffer.from(job.evidence.base64, "base64"));
  result = await withScope(scope, (ctx) => changeFacilityStage(ctx, input, evidence));
}
console.log(`done ${JSON.stringify(result)}`);
process.exit(0);
