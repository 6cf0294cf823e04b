// How long a scenario's studio takes to draw in headless Chromium at 1,400 x 900, page load
// included: to the first chart in view (the monthly chart) and to the every-model charts further
// down (drawn once the page has been still for 400 ms, or when scrolled to), then the every-model
// table from scrolling to it (it is built when the user scrolls near). Signs in as admin.
//   BASE=http://127.0.0.1:8080 BENCH_PASSWORD=... node scripts/studio-draw.mjs [scenario id, default 2]
// Prints the two times of each of RUNS (3) openings. Needs Node 22+ and Debian's chromium.
import { chromium, connect, signIn } from './lib/cdp.mjs';

const { BASE, BENCH_PASSWORD } = process.env;
const scenario = process.argv[2] || '2';
const runs = Number(process.env.RUNS || 3);
const port = 9800 + Math.floor(Math.random() * 90);
const chrome = chromium(port, ['--window-size=1400,900']);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const { send } = await connect(port);

const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })).result;
const { sessionId: s } = (await send('Target.attachToTarget', { targetId, flatten: true })).result;
const js = async (expression) =>
  (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, s)).result?.result?.value;
const until = async (expression, ms = 120000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await js(expression)) return; await sleep(20); }
  throw new Error(`timed out waiting for ${expression}`);
};

await send('Page.enable', {}, s);
await send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 900, deviceScaleFactor: 1, mobile: false }, s);
await signIn({ send, sessionId: s, js, until }, BASE, 'admin', BENCH_PASSWORD);

for (let run = 1; run <= runs; run++) {
  await send('Page.navigate', { url: 'about:blank' }, s);
  await sleep(500);
  const start = Date.now();
  await send('Page.navigate', { url: `${BASE}/scenarios/${scenario}` }, s);
  await until(`(document.querySelector('#monthly-chart')?.renderCount ?? 0) > 0`);
  const first = Date.now() - start;
  await until(`[...document.querySelectorAll('#models breakeven-chart')].length > 0
    && [...document.querySelectorAll('#models breakeven-chart')].every((c) => c.renderCount > 0)`);
  const models = Date.now() - start;
  // The every-model table is built when the user scrolls near it: timed from the scroll.
  const scrolled = Date.now();
  await js(`document.querySelector('#models-search').scrollIntoView()`);
  await until(`[...document.querySelectorAll('#models-grid vaadin-grid-cell-content')]
    .some((c) => c.textContent.includes('/M'))`);
  const table = Date.now() - scrolled;
  const rows = await js(`document.querySelector('#models')?.textContent.match(/([\\d,]+) models/)?.[1] ?? '?'`);
  console.log(`studio-draw: run ${run}: first chart in view ${first} ms, every-model charts ${models} ms (${rows} models named); table ${table} ms after scrolling to it`);
}
chrome.kill();
process.exit(0);
