// The browser half of scripts/load.sh: SESSIONS signed-in dashboards in headless Chromium,
// each in a browser context of its own, all moving the volume slider at once (MOVES key
// presses each, one at a time, waiting for the chart). Prints each latency, key press to chart
// repainted, as "latency <ms>", and "errors <n>". Needs Node 22+ and Debian's chromium.
import { spawn } from 'node:child_process';

const { BASE, BENCH_PASSWORD } = process.env;
const sessions = Number(process.env.SESSIONS || 1);
const moves = Number(process.env.MOVES || 40);
const port = 9600 + Math.floor(Math.random() * 150);
const chrome = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-dev-shm-usage', '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
  `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let errors = 0;
const finish = (code) => { console.log(`errors ${errors}`); chrome.kill(); process.exit(code); };
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => { console.log(`failed ${error?.message ?? error}`); errors++; finish(1); });
}
let version;
for (let i = 0; i < 100 && !version; i++) {
  try { version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json(); } catch { await sleep(200); }
}
const ws = new WebSocket(version.webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener('open', r));
let id = 0;
const pending = new Map();
ws.addEventListener('message', (e) => {
  const m = JSON.parse(e.data);
  if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
});
const send = (method, params = {}, sessionId) => new Promise((r) => {
  const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params, sessionId }));
});

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
