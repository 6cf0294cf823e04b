// Headless Chromium driven over the DevTools protocol, for the operations scripts: starts the
// browser on a debugging port and opens one connection to it. Needs Node 22+ and Debian's chromium.
import { spawn } from 'node:child_process';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts headless Chromium on {@code port}, with any extra flags. */
export function chromium(port, extraFlags = []) {
  return spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-dev-shm-usage', ...extraFlags, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
}

/**
 * Connects to the browser on {@code port} once it answers: send(method, params, sessionId)
 * resolves with the browser's reply to that command.
 */
export async function connect(port) {
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
  return { send };
}

/**
 * Signs in on the page attached as {@code sessionId}, as a person does: the sign-in page, the two
 * fields typed, Enter. {@code js} evaluates an expression on that page, {@code until} waits for
 * one to hold.
 */
export async function signIn({ send, sessionId, js, until }, base, user, password) {
  await send('Page.navigate', { url: `${base}/login` }, sessionId);
  await until(`!!document.querySelector("vaadin-password-field[name='password'] input")`);
  for (const [selector, text] of [["vaadin-text-field[name='username'] input", user],
    ["vaadin-password-field[name='password'] input", password]]) {
    await js(`document.querySelector(${JSON.stringify(selector)}).focus()`);
    await send('Input.insertText', { text }, sessionId);
  }
  await send('Input.dispatchKeyEvent',
    { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }, sessionId);
  await until(`!location.pathname.startsWith('/login')`);
}
