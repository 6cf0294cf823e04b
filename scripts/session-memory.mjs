// Opens N signed-in sessions of one screen in headless Chromium, each in a browser context of
// its own (its own cookies, so its own server session), and keeps them open until stdin closes.
// Used by scripts/session-memory.sh. Needs Node 22+ (WebSocket) and Debian's chromium.
import { chromium, connect } from './lib/cdp.mjs';

const base = process.env.BASE;
const sessions = Number(process.env.SESSIONS || 50);
const path = process.env.SCREEN || '/';
const user = process.env.BENCH_USER || 'admin';
const password = process.env.BENCH_PASSWORD;
const port = 9400 + Math.floor(Math.random() * 500);
const chrome = chromium(port);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { send } = await connect(port);
const js = async (s, expr) => (await send('Runtime.evaluate',
  { expression: expr, awaitPromise: true, returnByValue: true }, s)).result?.result?.value;
const until = async (s, expr, ms = 30000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await js(s, expr)) return true; await sleep(100); }
  throw new Error(`timed out: ${expr}`);
};

for (let n = 0; n < sessions; n++) {
  const { browserContextId } = (await send('Target.createBrowserContext')).result;
  const { targetId } = (await send('Target.createTarget', { url: 'about:blank', browserContextId })).result;
  const { sessionId: s } = (await send('Target.attachToTarget', { targetId, flatten: true })).result;
  await send('Page.enable', {}, s);
  await send('Page.navigate', { url: base + '/login' }, s);
  await until(s, `!!document.querySelector("vaadin-password-field[name='password'] input")`);
  await js(s, `document.querySelector("vaadin-text-field[name='username'] input").focus()`);
  await send('Input.insertText', { text: user }, s);
  await js(s, `document.querySelector("vaadin-password-field[name='password'] input").focus()`);
  await send('Input.insertText', { text: password }, s);
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }, s);
  await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 }, s);
  await until(s, `!location.pathname.startsWith('/login')`);
  if (path !== '/') { await send('Page.navigate', { url: base + path }, s); await sleep(500); }
  await until(s, `[...document.querySelectorAll('breakeven-chart')].some((c) => c.renderCount > 0)`);
  process.stdout.write(`session ${n + 1} of ${sessions} open on ${path}\n`);
}
process.stdout.write('ready\n');
// Hold the sessions open until the caller closes stdin.
process.stdin.resume();
process.stdin.on('end', () => { chrome.kill(); process.exit(0); });
