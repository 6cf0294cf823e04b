// The browser half of scripts/several-instances.sh: drives headless Chromium over CDP through
// the load balancer and directly against each instance, and prints one line per check
// ("ok ..." or "FAIL ..."). Needs Node 22+ (WebSocket) and Debian's chromium.
import { chromium, connect } from './lib/cdp.mjs';

const { LB, A, B, ADMIN_PASSWORD } = process.env;
const port = 9800 + Math.floor(Math.random() * 150);
const chrome = chromium(port);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const finish = (code) => { chrome.kill(); console.log('done'); process.exit(code); };
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => { console.log(`FAIL the browser steps stopped: ${error?.message ?? error}`); finish(1); });
}
const { send } = await connect(port);
let failures = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAIL'} ${what}`); if (!ok) failures++; };

/** A browser context of its own (its own cookies): a person at their own computer. */
async function person() {
  const { browserContextId } = (await send('Target.createBrowserContext')).result;
  const { targetId } = (await send('Target.createTarget', { url: 'about:blank', browserContextId })).result;
  const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })).result;
  await send('Page.enable', {}, sessionId);
  const js = async (expr) => (await send('Runtime.evaluate',
    { expression: expr, awaitPromise: true, returnByValue: true }, sessionId)).result?.result?.value;
  const until = async (expr, ms = 30000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) { const v = await js(expr); if (v) return v; await sleep(100); }
    throw new Error(`timed out waiting for ${expr}`);
  };
  const type = async (selector, text) => {
    await until(`!!document.querySelector(${JSON.stringify(selector)})`);
    await js(`(() => { const e = document.querySelector(${JSON.stringify(selector)}); e.focus(); e.select && e.select(); })()`);
    await send('Input.insertText', { text }, sessionId);
    // The field tells the server on change, as leaving it would.
    await js(`document.querySelector(${JSON.stringify(selector)}).dispatchEvent(new Event('change', {bubbles: true}))`);
    await sleep(200);
  };
  const enter = async () => {
    await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }, sessionId);
    await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 }, sessionId);
  };
  const go = async (url) => { await send('Page.navigate', { url }, sessionId); await sleep(300); };
  const signIn = async (base, user, password) => {
    await go(`${base}/login`);
    await until(`!!document.querySelector("vaadin-password-field[name='password'] input")`);
    await type("vaadin-text-field[name='username'] input", user);
    await type("vaadin-password-field[name='password'] input", password);
    await enter();
    await until(`!location.pathname.startsWith('/login')`);
  };
  const route = async () => {
    const { cookies } = (await send('Network.getCookies', {}, sessionId)).result ?? { cookies: [] };
    return cookies.find((c) => c.name === 'breakeven_route')?.value;
  };
  await send('Network.enable', {}, sessionId);
  return { js, until, type, enter, go, signIn, route };
}

const api = async (base, path, token, body) => {
  const response = await fetch(base + path, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: response.status === 200 ? await response.json() : await response.text() };
};

{
  // An admin (also analyst and planner) through the load balancer.
  const admin = await person();
  await admin.signIn(LB, 'admin', ADMIN_PASSWORD);
  const home = await admin.route();
  check(!!home, `the load balancer pinned the admin's session to ${home}`);

  // An API token, issued on whichever instance serves the admin.
  await admin.go(`${LB}/admin/accounts`);
  await admin.until(`document.querySelectorAll('#accounts-grid vaadin-grid-cell-content').length > 0`);
  await admin.js(`[...document.querySelectorAll('#accounts-grid vaadin-grid-cell-content')].find(c => c.textContent.trim() === 'admin').click()`);
  await admin.until(`!!document.querySelector('#token-name input')`);
  await admin.type('#token-name input', 'several instances');
  await admin.js(`document.querySelector('#token-issue').click()`);
  const token = await admin.until(`document.querySelector('#accounts-secret input')?.value`);
  console.log(`token ${token}`);
  for (const [name, base] of [['A', A], ['B', B]]) {
    const r = await api(base, '/api/v1/catalogue', token);
    check(r.status === 200, `the API token works on instance ${name} (${r.status})`);
  }

  // A price saved on one instance is what the other computes with.
  const price = (1 + Math.floor(Math.random() * 900) / 1000).toFixed(3);
  await admin.go(`${LB}/catalogue`);
  await admin.until(`!!document.querySelector('#models-search input')`);
  await admin.type('#models-search input', 'Qwen3-8B');
  await admin.until(`document.querySelector('#models-grid').size === 1`);
  await admin.js(`[...document.querySelectorAll('#models-grid vaadin-grid-cell-content')].find(c => c.textContent.trim() === 'Qwen3-8B').click()`);
  await admin.until(`!!document.querySelector('#field-output_per_million input')`);
  await admin.type('#field-output_per_million input', price);
  await admin.js(`document.querySelector('#editor-save').click()`);
  await admin.until(`!document.querySelector('#models-editor')`);
  // 100M tokens a day, all output (input share 0), 30 days: 3,000M tokens × price per 1M.
  const expected = 3000 * Number(price);
  for (const [name, base] of [['A', A], ['B', B]]) {
    const r = await api(base, '/api/v1/evaluate', token, {
      tokensPerDay: 100_000_000, model: 'Qwen3-8B', tier: '7-9B', deployment: 'CLOUD',
      utilization: 1, inputShare: 0, daysPerMonth: 30,
    });
    const got = r.json?.apiMonthly;
    check(r.status === 200 && Math.abs(got - expected) < 0.005,
      `instance ${name} prices Qwen3-8B at the saved $${price}/1M: API ${got} a month, expected ${expected.toFixed(2)}`);
  }

  // A board link made on one instance opens on both.
  await admin.go(`${LB}/scenarios/new`);
  await admin.until(`!!document.querySelector('#save')`);
  await admin.js(`document.querySelector('#save').click()`);
  await admin.until(`/\\/scenarios\\/\\d+/.test(location.pathname)`);
  await admin.until(`!!document.querySelector('#share-create')`);
  await admin.js(`document.querySelector('#share-create').click()`);
  const link = await admin.until(`document.querySelector('#share-url')?.value`);
  const path = new URL(link, LB).pathname;
  for (const [name, base] of [['A', A], ['B', B]]) {
    const board = await person();
    await board.go(base + path);
    const figure = await board.until(`document.querySelector('#shared-api .figure')?.textContent`, 30000).catch(() => null);
    check(!!figure, `the board link opens on instance ${name} (API per month ${figure})`);
  }

  // The admin stays on the dashboard while the other instance is killed.
  await admin.go(`${LB}/`);
  const before = await admin.until(`document.querySelector('#headline-api .figure')?.textContent`);
  console.log(`KILL the instance other than ${home}`);
  await new Promise((resolve) => process.stdin.once('data', resolve));

  // Untouched: the same session, no new sign-in, still computes (a typed volume redraws).
  await admin.type('#volume-field input', '200M');
  await admin.enter();
  const after = await admin.until(
    `(() => { const f = document.querySelector('#headline-api .figure')?.textContent; return f !== ${JSON.stringify(before)} && f; })()`,
    15000).catch(() => null);
  check(!!after && (await admin.js(`!location.pathname.startsWith('/login')`)),
    `the admin's open session on the survivor goes on after the kill (API per month ${before} -> ${after})`);
  const newcomer = await person();
  await newcomer.signIn(LB, 'admin', ADMIN_PASSWORD);
  check((await newcomer.route()) === home, `a new sign-in after the kill lands on the survivor ${home}`);
  await newcomer.go(`${LB}/`);
  const figure = await newcomer.until(`document.querySelector('#headline-api .figure')?.textContent`).catch(() => null);
  check(!!figure, `the newcomer's dashboard works (API per month ${figure})`);
}
finish(failures ? 1 : 0);
