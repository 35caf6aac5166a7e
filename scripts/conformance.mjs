#!/usr/bin/env node
// Runs the shared conformance checker on every scenario listed in conformance.txt (the list only
// grows). Exit status is the checker's: 0 when every listed scenario behaves like real Kubernetes.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(root, '..', 'shared');
const checker = path.join(shared, 'tools', 'check-scenario.mjs');
const names = fs
  .readFileSync(path.join(root, 'conformance.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);
const files = names.map((n) => path.join(shared, 'scenarios', n));
for (const f of files) {
  if (!fs.existsSync(f)) {
    console.error(`conformance: listed scenario not found: ${f}`);
    process.exit(1);
  }
}
const args = [checker, ...process.argv.slice(2), ...files];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
