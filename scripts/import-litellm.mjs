// Imports a LiteLLM price file into a running app as an analyst does, in headless Chromium: signs
// in, opens the catalogue, uploads the file, ticks "Select all shown" (the preview shows the text
// models by default) and imports. Prints the preview's summary, the time to the closed dialog and
// the result message. Used by scripts/session-memory.sh (CATALOGUE=...); on its own:
//   BASE=http://127.0.0.1:8080 BENCH_PASSWORD=... node scripts/import-litellm.mjs <file.json>
// Needs Node 22+ and Debian's chromium.
import { resolve } from 'node:path';
import { chromium, connect, signIn } from './lib/cdp.mjs';

const { BASE, BENCH_PASSWORD } = process.env;
const file = resolve(process.argv[2]);
const port = 9900 + Math.floor(Math.random() * 90);
const chrome = chromium(port);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fail = (message) => { console.log(`import failed: ${message}`); chrome.kill(); process.exit(1); };
const { send } = await connect(port);

const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })).result;
const { sessionId: s } = (await send('Target.attachToTarget', { targetId, flatten: true })).result;
const evaluate = (expression) => send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, s);
const js = async (expression) => (await evaluate(expression)).result?.result?.value;
const until = async (expression, ms = 120000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await js(expression)) return; await sleep(100); }
  fail(`timed out waiting for ${expression}`);
};

await send('Page.enable', {}, s);
await send('DOM.enable', {}, s);
await signIn({ send, sessionId: s, js, until }, BASE, 'admin', BENCH_PASSWORD);
await send('Page.navigate', { url: `${BASE}/catalogue` }, s);
await until(`!!document.querySelector('#litellm-import')`);

const input = (await send('Runtime.evaluate', { expression: `(() => { const u = document.querySelector('#litellm-import');
  return (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]')) || u.querySelector('input[type=file]'); })()` }, s)).result.result;
const previewStart = Date.now();
await send('DOM.setFileInputFiles', { files: [file], objectId: input.objectId }, s);
await until(`!!document.querySelector('#litellm-summary') && !!document.querySelector('#litellm-select-shown')`);
console.log(`import: preview open after ${Date.now() - previewStart} ms: ${await js(`document.querySelector('#litellm-summary').textContent`)}`);
await js(`document.querySelector('#litellm-select-shown').click()`);
await until(`!document.querySelector('#litellm-apply').hasAttribute('disabled')`);
console.log(`import: ${await js(`document.querySelector('#litellm-selected').textContent`)}`);
const importStart = Date.now();
await js(`document.querySelector('#litellm-apply').click()`);
await until(`!document.querySelector('#litellm-preview') && !document.querySelector('#litellm-summary')`, 300000);
await sleep(300);
const notices = await js(`[...document.querySelectorAll('vaadin-notification-card')].map((c) => c.textContent).join(' | ')`);
console.log(`import: dialog closed after ${Date.now() - importStart} ms: ${notices}`);
chrome.kill();
process.exit(/imported/.test(notices) ? 0 : 1);
