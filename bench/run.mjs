// PodLab's performance budgets, measured on the production build (Chromium) and in Node.
// Usage: node bench/run.mjs [--no-build] [--no-lighthouse] [--runs N]
// Prints a table (metric, value, budget, PASS/FAIL) and writes bench-results.json. A failed budget is
// reported with its number; the exit code is 1 when any budget fails.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBrowser } from './browser.mjs';
import { measureLighthouse } from './lighthouse.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const dist = process.env.BENCH_DIST ?? path.join(root, 'dist');
const port = Number(process.env.BENCH_PORT ?? 4214);
const nodeRuns = Number(args[args.indexOf('--runs') + 1] || 21);

/** One row of the report: `value` null means the measurement could not be taken (a FAIL). */
const results = [];
function record(metric, value, unit, budget, ok, note = '') {
  results.push({ metric, value, unit, budget, pass: value !== null && ok(value), note });
}

function build() {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

/** Runs one Node workload in its own process with a time and memory limit. */
function simulateMedian(workload) {
  // Node itself (not npx) is the child, so the time limit kills the process that does the work.
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=2048', '--import', 'tsx', 'bench/simulate-bench.ts', workload, String(nodeRuns)],
    { cwd: root, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' },
  );
  const line = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !line) {
    const why = r.error?.code === 'ETIMEDOUT' ? 'no result within 60 s' : `exit ${r.status ?? r.signal}`;
    return { median: null, note: why };
  }
  const out = JSON.parse(line);
  return {
    median: out.median,
    note: `${out.events} events, median of ${out.runs} after warm-up (first, cold run ${Math.round(out.cold)} ms)`,
  };
}

async function withPreview(fn) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        if (i > 100) throw new Error(`preview server did not start on ${url}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return await fn(url);
  } finally {
    process.kill(-server.pid);
  }
}

function printTable() {
  const rows = results.map((r) => [
    r.metric,
    r.value === null ? '—' : `${Number.isInteger(r.value) ? r.value : r.value.toFixed(1)} ${r.unit}`,
    r.budget,
    r.pass ? 'PASS' : 'FAIL',
    r.note,
  ]);
  const head = ['metric', 'value', 'budget', 'result', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  if (!flag('--no-build')) build();

  const seed = simulateMedian('seed');
  record('simulate 1 h, seed pod (Node, median)', seed.median, 'ms', '≤ 5 ms', (v) => v <= 5, seed.note);
  const crash = simulateMedian('crash40');
  record(
    'simulate 1 h, 40 crash-looping containers with probes (Node, median)',
    crash.median,
    'ms',
    '≤ 100 ms',
    (v) => v <= 100,
    crash.note,
  );

  await withPreview(async (url) => {
    const b = await measureBrowser(url, dist);
    record(
      'first-load JS, gzip (all but the lazy editor)',
      b.firstLoadKb,
      'kB',
      '≤ 200 kB',
      (v) => v <= 200,
      b.firstLoadNote,
    );
    record(
      'keystroke → diagram + status, p95, seed pod',
      b.keySeedP95,
      'ms',
      '≤ 40 ms',
      (v) => v <= 40,
      b.keySeedNote,
    );
    record(
      'keystroke → diagram + status, p95, 40 containers',
      b.key40P95,
      'ms',
      '≤ 120 ms',
      (v) => v <= 120,
      b.key40Note,
    );
    record(
      'playback 10x, 20 containers, fps (median over 5 s)',
      b.fps,
      'fps',
      '≥ 55',
      (v) => v >= 55,
      b.fpsNote,
    );
    record(
      'JS heap after 10 virtual minutes, 40 containers',
      b.heapMb,
      'MB',
      '≤ 100 MB',
      (v) => v <= 100,
      b.heapNote,
    );
    if (!flag('--no-lighthouse')) {
      const lh = await measureLighthouse(url);
      record(
        'Lighthouse 12.8 performance, mobile (median of 3)',
        lh.mobile,
        '',
        '≥ 95',
        (v) => v >= 95,
        lh.mobileNote,
      );
      record(
        'Lighthouse 12.8 performance, desktop (median of 3)',
        lh.desktop,
        '',
        '= 100',
        (v) => v >= 100,
        lh.desktopNote,
      );
    }
  });

  printTable();
  fs.writeFileSync(
    path.join(root, 'bench-results.json'),
    JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n',
  );
  process.exitCode = results.every((r) => r.pass) ? 0 : 1;
}

await main();
