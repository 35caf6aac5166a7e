// Browser measurements on the production build in Chromium: first-load JS, keystroke latency,
// playback frame rate, JS heap. Everything is driven through the store's test hook (window.__podlab),
// so the editor's debounce is excluded and the worker, the store and React are measured as shipped.
import { chromium } from '@playwright/test';
/* global window, document, MutationObserver, requestAnimationFrame -- these run inside the page (page.evaluate) */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { crashLoopingPod, loggingPod } from './workloads.mjs';

const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** The lazily loaded editor: Monaco, its workers and whatever only they import. */
// Vite preloads a dynamic import's dependencies in parallel, so editor.api is fetched even while the
// editor chunk itself is blocked: it is named here too.
const EDITOR_ONLY = /MonacoManifestEditor|editor\.api|editor\.worker|yaml\.worker|codicon/;

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((xs.length * p) / 100) - 1)];
const median = (xs) => percentile(xs, 50);

async function freshPage(browser, url, { blockEditor = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    if (/\.m?js($|\?)/.test(r.url())) scripts.add(new URL(r.url()).pathname);
  });
  if (blockEditor) await page.route(EDITOR_ONLY, (route) => route.abort());
  await page.goto(url);
  await page.waitForFunction(() => window.__podlab?.getState().trace !== null);
  return { context, page, scripts };
}

/** JS fetched for the first screen with the editor's chunks blocked, gzip-compressed like a server would. */
export async function firstLoad(browser, url, dist) {
  const { context, page, scripts } = await freshPage(browser, url, { blockEditor: true });
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  const files = [];
  for (const p of scripts) {
    if (EDITOR_ONLY.test(p)) continue;
    const file = path.join(dist, decodeURIComponent(p).replace(/^\//, ''));
    const gz = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    bytes += gz;
    files.push(`${path.basename(p)} ${(gz / 1024).toFixed(0)}`);
  }
  // Not part of the first load, but said in the note: what the first edit fetches (the worker).
  const later = fs
    .readdirSync(path.join(dist, 'assets'))
    .filter((f) => /^simulation\.worker-.*\.js$/.test(f))
    .map((f) => zlib.gzipSync(fs.readFileSync(path.join(dist, 'assets', f)), { level: 9 }).length / 1024);
  await context.close();
  return {
    kb: bytes / 1024,
    note: `${files.join(', ')}; the simulation worker (${later.map((k) => k.toFixed(0)).join(', ')} kB) loads on the first edit`,
  };
}

/** The editor's debounce (src/ui/layout/EditorPane.tsx): typed edits reach the store at least this far apart. */
const DEBOUNCE_MS = 250;

/**
 * Time from a text change (what a debounced keystroke hands the store) to the new pod name shown in
 * both the diagram and the `kubectl get pod` row: parse + worker simulate + React render.
 * The session goes as a learner's does: reaching for the editor (the store's warmUp, what a click on
 * the manifest calls), a first change (a paste of `text`, not counted), then changes no closer
 * together than the editor's debounce lets typed edits be.
 */
export async function keystrokes(browser, url, text, count) {
  const { context, page } = await freshPage(browser, url);
  await page.evaluate(() => window.__podlab.getState().warmUp());
  const base = text ?? (await page.evaluate(() => window.__podlab.getState().text));
  const timeOne = (i) =>
    page.evaluate(
      ({ base, i }) =>
        new Promise((resolve, reject) => {
          const name = `bench-${i}`;
          const next = base.replace(/(metadata:\n {2}name: )\S+/, `$1${name}`);
          const shown = () =>
            document.querySelector('[data-testid="node-pod"]')?.textContent?.includes(name) &&
            document.querySelector('[data-testid="pod-row"]')?.textContent?.includes(name);
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          setTimeout(() => reject(new Error('not shown within 20 s')), 20_000);
          window.__podlab.setText(next);
        }),
      { base, i },
    );
  const times = [];
  try {
    await timeOne(0);
    for (let i = 1; i <= count; i++) {
      const asked = Date.now();
      times.push(await timeOne(i));
      await page.waitForTimeout(Math.max(0, DEBOUNCE_MS - (Date.now() - asked)));
    }
  } catch (e) {
    await context.close();
    return { p95: null, note: String(e.message ?? e).split('\n')[0] };
  }
  await context.close();
  return {
    p95: percentile(times, 95),
    note: `${count} changes, median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(0)} ms`,
  };
}

/** Sets the text and waits for the trace of that text (its pod name in the watch rows). */
async function loadText(page, text, timeoutMs = 60_000) {
  const podName = /metadata:\n {2}name: (\S+)/.exec(text)[1];
  await page.evaluate((text) => window.__podlab.setText(text), text);
  await page.waitForFunction(
    (podName) => {
      const s = window.__podlab.getState();
      return !s.stale && s.trace?.watch.some((w) => w.name === podName);
    },
    podName,
    { timeout: timeoutMs },
  );
}

/** Frames per second while playing at 10x: rAF callbacks counted in five one-second windows. */
async function playbackFps(browser, url) {
  const { context, page } = await freshPage(browser, url);
  try {
    await loadText(page, loggingPod(20));
    const perSecond = await page.evaluate(async () => {
      const s = window.__podlab.getState();
      s.setSpeed(10);
      s.toStart();
      s.play();
      const counts = [];
      for (let w = 0; w < 5; w++) {
        let frames = 0;
        const end = performance.now() + 1000;
        await new Promise((resolve) => {
          const frame = () => {
            frames++;
            if (performance.now() < end) requestAnimationFrame(frame);
            else resolve();
          };
          requestAnimationFrame(frame);
        });
        counts.push(frames);
      }
      window.__podlab.getState().pause();
      return counts;
    });
    return { fps: median(perSecond), note: `per second: ${perSecond.join(' ')}` };
  } catch (e) {
    return { fps: null, note: String(e.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** Heap (after a forced GC) once 10 virtual minutes of the 40-container pod have played at 50x. */
async function heapAfterPlayback(browser, url) {
  const { context, page } = await freshPage(browser, url);
  try {
    await loadText(page, crashLoopingPod(40));
    await page.evaluate(() => {
      const s = window.__podlab.getState();
      s.setSpeed(50);
      s.toStart();
      s.play();
    });
    await page.waitForFunction(
      () => window.__podlab.getState().t >= 600_000 || !window.__podlab.getState().playing,
      null,
      { timeout: 60_000, polling: 500 },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const t = await page.evaluate(() => window.__podlab.getState().t);
    return { mb: usedSize / 1024 / 1024, note: `main thread after GC, at t=${Math.round(t / 1000)} s` };
  } catch (e) {
    return { mb: null, note: String(e.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

export async function measureBrowser(url, dist) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const load = await firstLoad(browser, url, dist);
    const seed = await keystrokes(browser, url, null, 40);
    const big = await keystrokes(browser, url, crashLoopingPod(40), 40);
    const fps = await playbackFps(browser, url);
    const heap = await heapAfterPlayback(browser, url);
    return {
      firstLoadKb: load.kb,
      firstLoadNote: load.note,
      keySeedP95: seed.p95,
      keySeedNote: seed.note,
      key40P95: big.p95,
      key40Note: big.note,
      fps: fps.fps,
      fpsNote: fps.note,
      heapMb: heap.mb,
      heapNote: heap.note,
    };
  } finally {
    await browser.close();
  }
}
