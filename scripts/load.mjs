// The browser half of scripts/load.sh: SESSIONS signed-in dashboards in headless Chromium,
// each in a browser context of its own, all moving the volume slider at once (MOVES key
// presses each, one at a time, waiting for the chart). Prints each latency, key press to chart
// repainted, as "latency <ms>", and "errors <n>". Needs Node 22+ and Debian's chromium.
import { chromium, connect } from './lib/cdp.mjs';

const { BASE, BENCH_PASSWORD } = process.env;
const sessions = Number(process.env.SESSIONS || 1);
const moves = Number(process.env.MOVES || 40);
const port = 9600 + Math.floor(Math.random() * 150);
const chrome = chromium(port, ['--disable-renderer-backgrounding', '--disable-background-timer-throttling']);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let errors = 0;
const finish = (code) => { console.log(`errors ${errors}`); chrome.kill(); process.exit(code); };
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => { console.log(`failed ${error?.message ?? error}`); errors++; finish(1); });
}
const { send } = await connect(port);

async function dashboard() {
  const { browserContextId } = (await send('Target.createBrowserContext')).result;
  const { targetId } = (await send('Target.createTarget', { url: 'about:blank', browserContextId })).result;
  const { sessionId: s } = (await send('Target.attachToTarget', { targetId, flatten: true })).result;
  const js = async (expr) => (await send('Runtime.evaluate', { expression: expr, awaitPromise: true, returnByValue: true }, s)).result?.result?.value;
  const until = async (expr, ms = 60000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) { const v = await js(expr); if (v) return v; await sleep(50); }
    throw new Error(`timed out: ${expr}`);
  };
  await send('Page.enable', {}, s);
  await send('Page.navigate', { url: `${BASE}/login` }, s);
  await until(`!!document.querySelector("vaadin-password-field[name='password'] input")`);
  for (const [selector, text] of [["vaadin-text-field[name='username'] input", 'admin'],
    ["vaadin-password-field[name='password'] input", BENCH_PASSWORD]]) {
    await js(`document.querySelector(${JSON.stringify(selector)}).focus()`);
    await send('Input.insertText', { text }, s);
  }
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }, s);
  await until(`!location.pathname.startsWith('/login')`);
  await until(`(document.querySelector('breakeven-chart')?.renderCount ?? 0) > 0`);
  // The slider's own range input has the focus; keys go to it.
  await js(`(() => { const h = document.querySelector('#volume-slider');
    const r = (h.shadowRoot && h.shadowRoot.querySelector('input[type=range]')) || h.querySelector('input[type=range]');
    r.focus(); })()`);
  return { s, js, until };
}

const pages = [];
for (let n = 0; n < sessions; n++) pages.push(await dashboard());
console.log(`ready ${sessions}`);
await Promise.all(pages.map(async ({ s, js, until }, n) => {
  for (let i = 0; i < moves; i++) {
    const before = await js(`document.querySelector('breakeven-chart').renderCount`);
    const key = Math.floor(i / 20) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
    const code = key === 'ArrowRight' ? 39 : 37;
    const start = Date.now();
    await send('Input.dispatchKeyEvent', { type: 'keyDown', key, code: key, windowsVirtualKeyCode: code }, s);
    await send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: code }, s);
    try {
      await until(`document.querySelector('breakeven-chart').renderCount > ${before}`, 20000);
      console.log(`latency ${Date.now() - start}`);
    } catch {
      errors++;
    }
  }
}));
finish(errors ? 1 : 0);
