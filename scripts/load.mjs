// The measuring half of scripts/load.sh. Signed-in dashboard sessions that speak Vaadin's own
// protocol, as a browser does (sign-in, the page's init, the navigation, then one message per
// slider step: the slider's new value and its value-changed event), without a browser's drawing,
// which runs on each user's own machine and not on the server's. Each latency is a slider message
// sent to its answer received, the figures and the chart's new spec included. Needs Node 22+.
//
// Phases, in one run, against BASE (signing in as admin with BENCH_PASSWORD):
//   one      one session alone, MOVES steps                       -> p95 baseline
//   many     SESSIONS sessions at once, MOVES steps each          -> p95 and its ratio to one
//   api      CLIENTS API clients calling evaluate for SECONDS s   -> calls, errors, p95
//   both     SESSIONS sessions and CLIENTS API clients together   -> p95, errors
// Each session waits THINK ms after an answer before its next step: 1000 by default, a person
// stepping a slider and reading the chart; THINK=0 sends the next step as soon as the answer
// arrives, as a browser does while a slider is dragged (Vaadin keeps one message in flight).
// Prints one "result <phase> ..." line a phase and exits 1 on any error.

const BASE = process.env.BASE;
const PASSWORD = process.env.BENCH_PASSWORD;
const SESSIONS = Number(process.env.SESSIONS || 20);
const CLIENTS = Number(process.env.CLIENTS || 50);
const SECONDS = Number(process.env.SECONDS_OF_LOAD || 30);
const MOVES = Number(process.env.MOVES || 60);
const THINK = Number(process.env.THINK ?? 1000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let errors = 0;

/** A signed-in session's cookie: the form sign-in, as the sign-in page posts it. */
async function signIn() {
  const response = await fetch(`${BASE}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    body: new URLSearchParams({ username: 'admin', password: PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const to = response.headers.get('location') || '';
  if (response.status !== 302 || to.includes('error') || !cookie) {
    throw new Error(`sign-in refused: ${response.status} ${to}`);
  }
  return cookie;
}

/** One dashboard, opened as the browser opens it; step(value) sends one slider step. */
async function dashboard() {
  const cookie = await signIn();
  const init = await (await fetch(`${BASE}/?v-r=init&location=&query=`, { headers: { Cookie: cookie } })).json();
  const ui = init.appConfig['v-uiId'];
  const csrfToken = init.appConfig.uidl['Vaadin-Security-Key'];
  let clientId = 0;
  let syncId = init.appConfig.uidl.syncId;
  const send = async (rpc) => {
    const response = await fetch(`${BASE}/?v-r=uidl&v-uiId=${ui}`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json; charset=UTF-8' },
      body: JSON.stringify({ csrfToken, rpc, syncId, clientId }),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`uidl ${response.status}`);
    const answer = JSON.parse(text.startsWith('for(;;);') ? text.slice(8) : text);
    if (answer.meta?.appError || answer.meta?.sessionExpired) throw new Error(`uidl: ${text.slice(0, 200)}`);
    syncId = answer.syncId;
    clientId = answer.clientId;
    return answer;
  };
  const page = await send([{ type: 'event', node: 1, event: 'ui-navigate',
    data: { route: '', query: '', appShellTitle: '', historyState: { idx: 0 }, trigger: '' } }]);
  const slider = page.changes?.find((c) => c.key === 'id' && c.value === 'volume-slider')?.node;
  if (!slider) throw new Error('the dashboard has no volume slider');
  const chartDrawn = (answer) => (answer.execute || []).some((call) => String(call).includes('this.spec'));
  return {
    async step(value) {
      const start = performance.now();
      const answer = await send([
        { type: 'mSync', node: slider, feature: 1, property: 'value', value },
        { type: 'event', node: slider, event: 'value-changed', data: {} },
      ]);
      const ms = performance.now() - start;
      if (!chartDrawn(answer)) throw new Error('a slider step came back without the chart');
      return ms;
    },
  };
}

/**
 * Moves every session's volume slider MOVES steps (log10 of tokens a day, 0.01 a step), each
 * session waiting {@code think} ms after an answer.
 */
async function moveSliders(sessions, think = THINK) {
  const latencies = [];
  await Promise.all(sessions.map(async (session, n) => {
    await sleep((think * n) / sessions.length); // spread, as people do not move in step
    for (let i = 0; i < MOVES; i++) {
      // Up 20 steps from the opening 50M a day (7.70) and back down, never onto 7.70 itself,
      // so each step changes the value.
      const k = i % 38;
      const value = 7.7 + 0.01 * (k < 20 ? k + 1 : 39 - k);
      try {
        latencies.push(await session.step(Number(value.toFixed(2))));
      } catch (e) {
        errors++;
        console.error(`session ${n}: ${e.message}`);
      }
      if (think) await sleep(think);
    }
  }));
  return latencies;
}

/** CLIENTS API clients calling evaluate one call after another, until stop() is called. */
function apiClients(cookie) {
  let running = true;
  const latencies = [];
  const failed = new Map();
  const body = JSON.stringify({ tokensPerDay: 50000000, model: 'DeepSeek V4 Flash', tier: '27-32B', deployment: 'CLOUD' });
  const done = Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (running) {
      const start = performance.now();
      try {
        const response = await fetch(`${BASE}/api/v1/evaluate`, {
          method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body,
        });
        await response.arrayBuffer();
        if (response.status === 200) latencies.push(performance.now() - start);
        else failed.set(response.status, (failed.get(response.status) || 0) + 1);
      } catch (e) {
        failed.set(e.message, (failed.get(e.message) || 0) + 1);
      }
    }
  }));
  return { latencies, failed, stop: async () => { running = false; await done; } };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)] : NaN;
}
const ms = (v) => `${v.toFixed(1)} ms`;
const summary = (l) => `p95 ${ms(percentile(l, 0.95))} (median ${ms(percentile(l, 0.5))}, ${l.length} steps)`;

// Warm-up: five sessions stepping without a pause, so the JIT has compiled what a step runs.
const warmUp = [];
for (let n = 0; n < 5; n++) warmUp.push(await dashboard());
await moveSliders(warmUp, 0);

const one = await moveSliders([await dashboard()]);
console.log(`result one: 1 session alone: ${summary(one)}`);

const sessions = [];
for (let n = 0; n < SESSIONS; n++) sessions.push(await dashboard());
const many = await moveSliders(sessions);
const ratio = percentile(many, 0.95) / percentile(one, 0.95);
console.log(`result many: ${SESSIONS} sessions at once, a step every ${THINK} ms after each answer: ${summary(many)};`
  + ` ${ratio.toFixed(1)}x the single session's p95 (target 3x)`);

const cookie = await signIn();
const api = apiClients(cookie);
await sleep(SECONDS * 1000);
await api.stop();
const apiFailed = [...api.failed.values()].reduce((a, b) => a + b, 0);
errors += apiFailed;
console.log(`result api: ${CLIENTS} API clients for ${SECONDS} s: ${api.latencies.length} evaluate calls`
  + ` (${Math.round(api.latencies.length / SECONDS)}/s), ${apiFailed} not 200`
  + `${apiFailed ? ` (${[...api.failed.entries()].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''};`
  + ` p95 ${ms(percentile(api.latencies, 0.95))}`);

const together = apiClients(cookie);
const both = await moveSliders(sessions);
await together.stop();
const togetherFailed = [...together.failed.values()].reduce((a, b) => a + b, 0);
errors += togetherFailed;
console.log(`result both: ${SESSIONS} sessions with ${CLIENTS} API clients calling throughout: sliders ${summary(both)};`
  + ` ${together.latencies.length} evaluate calls, ${togetherFailed} not 200`);
console.log(`result errors: ${errors}`);
process.exit(errors ? 1 : 0);
