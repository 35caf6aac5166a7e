// Lighthouse 12.8 performance scores (mobile and desktop presets), median of three runs each.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import fs from 'node:fs';

const chromePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function score(url, config) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' },
      config,
    );
    const lhr = result.lhr;
    const audit = (id) => lhr.audits[id]?.displayValue ?? '';
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      detail: `FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}`,
    };
  } finally {
    chrome.kill();
  }
}

async function medianOf3(url, config) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await score(url, config));
  runs.sort((a, b) => a.score - b.score);
  return {
    score: runs[1].score,
    note: `runs ${runs.map((r) => r.score).join('/')}; median run: ${runs[1].detail}`,
  };
}

export async function measureLighthouse(url) {
  const mobile = await medianOf3(url, undefined);
  const desktop = await medianOf3(url, desktopConfig);
  return { mobile: mobile.score, mobileNote: mobile.note, desktop: desktop.score, desktopNote: desktop.note };
}
