// `npm run eval`: intent quality on our own held-out test set and, when present, on the external benchmark.
// No language hint is passed: the storefront's locale is not always the language the shopper writes in.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  MUST_GO_TO_PERSON,
  mustGoRecall,
  neutralFalsePositives,
  ownTestSet,
} from "../app/domain/understanding/quality.server";
import { STRONG_NEGATIVE_SCORE } from "../app/domain/understanding/sentiment.server";
import { INTENTS, LANGUAGES, type Intent, type Language, type Understanding } from "../app/domain/understanding/types";
import { createUnderstander, type Understander } from "../app/domain/understanding/understand.server";
import { runScenarioChecks } from "./eval-scenarios";
import { evalGrounded } from "./eval-grounded";
import { evalConversations } from "./eval-conversations";

const PROJECT_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
// The shared folder sits next to the project (`../shared`); a git worktree one level deeper finds it one further up.
// SHARED_DIR overrides both.
function sharedDir(): string {
  if (process.env.SHARED_DIR) return resolve(process.env.SHARED_DIR);
  const candidates = [resolve(PROJECT_ROOT, "../shared"), resolve(PROJECT_ROOT, "../../shared")];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}
const BENCH_DIR = resolve(sharedDir(), "benchmarks/intents");

interface Row {
  text: string;
  gold: Intent;
  language?: Language;
}

interface Scored extends Row {
  u: Understanding;
}

export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && content[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((f) => f.length > 0)) rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.length > 0)) rows.push(row);
  return rows;
}

function loadBenchmark(file: string): Row[] {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  const ti = header.indexOf("text");
  const ii = header.indexOf("intent");
  return rows.map((r) => ({ text: r[ti], gold: r[ii] as Intent }));
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : "  n/a");

function report(name: string, scored: Scored[]): Record<string, number> {
  const gold = INTENTS.filter((i) => scored.some((s) => s.gold === i));
  const correct = scored.filter((s) => s.u.intent === s.gold).length;
  const accuracy = correct / scored.length;
  console.log(`\n=== ${name}: ${scored.length} messages ===`);
  console.log(`accuracy ${pct(accuracy)}%`);

  console.log(`\n${"intent".padEnd(22)} prec  recall    f1  support`);
  const f1s: number[] = [];
  for (const i of gold) {
    const tp = scored.filter((s) => s.gold === i && s.u.intent === i).length;
    const predicted = scored.filter((s) => s.u.intent === i).length;
    const support = scored.filter((s) => s.gold === i).length;
    const p = predicted ? tp / predicted : 0;
    const r = support ? tp / support : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    f1s.push(f1);
    console.log(`${i.padEnd(22)} ${pct(p)} ${pct(r)} ${pct(f1)} ${String(support).padStart(8)}`);
  }
  const macroF1 = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(`macro-F1 over ${gold.length} intents: ${pct(macroF1)}%`);

  // Confusion matrix: rows gold, columns predicted (all intents, abbreviated).
  const abbrev = (i: string) => i.slice(0, 6);
  console.log(`\nconfusion (rows gold, cols predicted)`);
  console.log(`${"".padEnd(22)}${INTENTS.map((i) => abbrev(i).padStart(7)).join("")}`);
  for (const g of gold) {
    const cells = INTENTS.map((p) => String(scored.filter((s) => s.gold === g && s.u.intent === p).length || ".").padStart(7));
    console.log(`${g.padEnd(22)}${cells.join("")}`);
  }

  // Reliability table and expected calibration error over the top intent's confidence.
  console.log(`\nreliability (confidence bin: n, mean confidence, accuracy)`);
  let ece = 0;
  for (let b = 0; b < 10; b++) {
    const lo = b / 10;
    const hi = (b + 1) / 10;
    const inBin = scored.filter((s) => s.u.confidence > lo - (b === 0 ? 1e-9 : 0) && s.u.confidence <= hi);
    if (inBin.length === 0) continue;
    const conf = inBin.reduce((a, s) => a + s.u.confidence, 0) / inBin.length;
    const acc = inBin.filter((s) => s.u.intent === s.gold).length / inBin.length;
    ece += (inBin.length / scored.length) * Math.abs(conf - acc);
    console.log(`  ${lo.toFixed(1)}-${hi.toFixed(1)}: ${String(inBin.length).padStart(6)}  ${pct(conf)}%  ${pct(acc)}%`);
  }
  console.log(`ECE ${ece.toFixed(3)}`);

  const must = mustGoRecall(scored);
  const mustRecall = must.recall;
  console.log(
    `\nmust-go-to-a-person recall: ${pct(mustRecall)}% (${must.total - must.missed.length}/${must.total}; ${MUST_GO_TO_PERSON.join(", ")}, sentiment <= ${STRONG_NEGATIVE_SCORE})`,
  );
  for (const m of must.missed) {
    console.log(`  missed: [${m.language ?? "?"}] ${JSON.stringify(m.text)} gold ${m.gold}, got ${m.predicted} ${m.confidence.toFixed(2)}, sentiment ${m.sentiment}`);
  }

  const out: Record<string, number> = { accuracy, macroF1, ece, mustRecall };
  if (scored.some((s) => s.language)) {
    const langAcc = scored.filter((s) => s.u.language === s.language).length / scored.length;
    console.log(`language accuracy ${pct(langAcc)}%`);
    for (const l of LANGUAGES) {
      const sub = scored.filter((s) => s.language === l);
      const a = sub.filter((s) => s.u.intent === s.gold).length / sub.length;
      console.log(`  ${l}: intent accuracy ${pct(a)}% (${sub.length})`);
    }
    out.languageAccuracy = langAcc;
  }
  return out;
}

function neutralReport(understander: Understander) {
  const r = neutralFalsePositives(understander);
  console.log(`\nsentiment false positives on neutral messages (bare email, yes/no, order number; every language hint): ${pct(r.rate)}%`);
  for (const f of r.flagged) console.log(`  flagged upset: [${f.hint}] ${JSON.stringify(f.text)} score ${f.score}`);
}

async function main() {
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  // `npm run eval -- --conversations-only`: just the engine-level conversation scenarios (scripts/eval-conversations.ts).
  if (process.argv.includes("--conversations-only")) {
    await evalConversations({ only, everyTurn: process.argv.includes("--every-turn") });
    return;
  }
  // `npm run eval -- --grounded-only`: just the grounded-answer coverage section (scripts/eval-grounded.ts).
  if (!process.argv.includes("--grounded-only")) intentReports();
  await evalGrounded({ verbose: process.argv.includes("--verbose") });
  if (!process.argv.includes("--grounded-only")) await evalConversations({ only });
}

function intentReports() {
  const understander = createUnderstander();
  const score = (rows: Row[]): Scored[] => rows.map((r) => ({ ...r, u: understander.understand(r.text) }));
  report("own held-out test set (en/es/fr/de)", score(ownTestSet()));
  neutralReport(understander);
  runScenarioChecks(understander);
  for (const f of ["mapped_balanced.csv", "mapped.csv"]) {
    const file = `${BENCH_DIR}/${f}`;
    if (existsSync(file)) report(`benchmark ${f} (evaluation only, never trained on)`, score(loadBenchmark(file)));
    else console.log(`\n(${file} not present; skipped)`);
  }
}

await main();
