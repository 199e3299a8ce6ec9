// End-to-end test of the page served by `practice serve`, in Debian's headless Chromium.
// Builds a bank from the corpus, starts the server on a free loopback port, and as a user would:
// searches, filters by region, opens a practice with the keyboard, asks for recommendations for
// a profile; runs axe-core on each state (no serious or critical violations) and saves screenshots.
//
// Environment: PRACTICE_CLI (the program), PRACTICE_CORPUS_DIR, E2E_OUT_DIR (screenshots).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const cli = process.env.PRACTICE_CLI;
const corpus = process.env.PRACTICE_CORPUS_DIR;
const outDir = process.env.E2E_OUT_DIR || path.resolve('e2e-out');
assert.ok(cli && corpus, 'PRACTICE_CLI and PRACTICE_CORPUS_DIR must be set');
fs.mkdirSync(outDir, { recursive: true });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'practice-e2e-'));
const bank = path.join(tmp, 'bank');
const accessLog = path.join(tmp, 'access.log');

function step(name) {
  console.log(`e2e: ${name}`);
}

// Starts `practice serve --port 0` and resolves with the port it printed.
function startServer() {
  const server = spawn(cli, ['serve', '--db', bank, '--port', '0', '--access-log', accessLog],
    { stdio: ['ignore', 'inherit', 'pipe'] });
  server.stderrText = '';
  const port = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${server.stderrText}`)), 60000);
    server.stderr.on('data', (chunk) => {
      server.stderrText += chunk;
      const m = server.stderrText.match(/listening on http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${server.stderrText}`)));
  });
  return { server, port };
}

async function audit(page, state) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(`axe [${state}]: ${result.passes.length} rules passed, ${result.violations.length} violated`);
  for (const v of result.violations) {
    console.log(`axe [${state}] ${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
  assert.deepEqual(bad.map((v) => v.id), [], `axe: serious or critical violations in state "${state}"`);
}

const activeId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

async function main() {
  step('index the corpus and a practice full of markup');
  execFileSync(cli, ['index', '--db', bank, path.join(corpus, 'practices')], { stdio: 'ignore' });
  // Text from the bank must reach the page as text: only the snippet's <b> marks are markup.
  const probe = path.join(tmp, 'markup-probe.jsonl');
  fs.writeFileSync(probe, JSON.stringify({
    id: 'markup-probe',
    title: '<img src=x onerror="window.__injected=1"> Проверка экранирования',
    organization: { name: '<b>Организация</b> & «кавычки»', region: 'Чукотский автономный округ' },
    summary: 'Проверка экранирования: <script>window.__injected=2</script> <img src=y onerror="window.__injected=3">.',
    problem: 'Экранирование разметки.',
    target_groups: ['<i>взрослые</i>'],
  }) + '\n');
  execFileSync(cli, ['index', '--db', bank, probe], { stdio: 'ignore' });
  const { server, port: portPromise } = startServer();
  const port = await portPromise;
  const base = `http://127.0.0.1:${port}`;
  step(`server on ${base}`);

  const context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    bypassCSP: true, // lets the test inject axe-core into a page whose CSP forbids inline scripts
    locale: 'ru-RU',
    viewport: { width: 1280, height: 900 },
  });
  const errors = [];
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.setDefaultTimeout(60000);

    step('open the page');
    await page.goto(base + '/');
    await page.locator('#search-status', { hasText: /В банке \d+ практик/ }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    await audit(page, 'initial');

    step('keyboard: skip link, then the search box');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    assert.ok(await page.locator('.skip-link').isVisible(), 'the focused skip link is visible');
    await page.keyboard.press('Tab');
    assert.equal(await activeId(page), 'q');
    await page.keyboard.type('детей-инвалидов волонтёры');
    await page.keyboard.press('Enter');
    await page.locator('#search-status', { hasText: 'Найдено:' }).waitFor();
    const results = page.locator('#results > li');
    assert.ok(await results.count() > 0, 'results are listed');
    assert.ok(await page.locator('#results mark').count() > 0, 'snippets highlight the matched words');
    assert.equal(await page.locator('#search-status').getAttribute('aria-live'), 'polite');

    step('filter by region');
    const regionOptions = await page.locator('#region option').evaluateAll(
      (opts) => opts.map((o) => ({ value: o.value, text: o.textContent })));
    const facet = regionOptions.find((o) => o.value && /\(\d+\)$/.test(o.text));
    assert.ok(facet, 'the region filter shows facet counts');
    const expected = Number(facet.text.match(/\((\d+)\)$/)[1]);
    await page.selectOption('#region', facet.value);
    await page.locator('#search-status', { hasText: new RegExp(`Найдено: ${expected} `) }).waitFor();
    const metas = await page.locator('#results .meta').allTextContents();
    assert.equal(metas.length, Math.min(expected, 10));
    for (const meta of metas) assert.ok(meta.includes(facet.value), `${meta} is in ${facet.value}`);
    const offered = await page.locator('#region option').count();
    assert.equal(offered, regionOptions.length, 'the other regions stay on offer, with their counts');
    await audit(page, 'results');
    await page.screenshot({ path: path.join(outDir, 'results.png'), fullPage: true });

    step('open a practice with the keyboard');
    const firstLink = page.locator('#results > li a').first();
    const title = await firstLink.textContent();
    await firstLink.focus();
    await page.keyboard.press('Enter');
    await page.locator('#practice-view').waitFor({ state: 'visible' });
    assert.equal(await activeId(page), 'practice-title', 'focus moves to the practice heading');
    assert.equal(await page.locator('#practice-title').textContent(), title);
    const headings = await page.locator('#practice-sections h3').allTextContents();
    assert.equal(headings.length, 16, 'every template section is shown');
    assert.equal(headings[14], '15. Контакты');
    assert.ok(await page.locator('#similar li').count() > 0, 'similar practices are listed');
    await audit(page, 'practice');
    await page.screenshot({ path: path.join(outDir, 'practice.png'), fullPage: true });

    step('back to the results');
    await page.locator('#back').focus();
    await page.keyboard.press('Enter');
    await page.locator('#search-view').waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), title, 'focus returns to the link');

    step('a profile without problem or target groups is refused on the page');
    await page.locator('#match-form button[type=submit]').click();
    await page.locator('#match-error', { hasText: 'Опишите проблему' }).waitFor();

    step('recommendations for a profile');
    const profile = JSON.parse(fs.readFileSync(path.join(corpus, 'profiles/irkutsk-autism-families.json'), 'utf8'));
    await page.fill('#m-organization', profile.organization);
    await page.fill('#m-region', profile.region);
    await page.fill('#m-target-groups', profile.target_groups.join('\n'));
    await page.fill('#m-problem', profile.problem);
    for (const k of ['personnel', 'material', 'financial', 'informational', 'partners']) {
      await page.fill(`#m-${k}`, profile.resources[k]);
    }
    await page.fill('#m-limit', '5');
    await page.locator('#m-limit').press('Enter');
    await page.locator('#match-status', { hasText: 'Подобрано: 5 практик' }).waitFor();
    const recs = page.locator('#recommendations > li');
    assert.equal(await recs.count(), 5);
    assert.ok(await recs.first().locator('h4', { hasText: 'Почему эта практика' }).count() === 1);
    assert.ok(await recs.first().locator('.reasons > li').count() >= 4, 'each signal is explained');
    assert.ok(await page.locator('#recommendations .gaps li').count() > 0, 'resource gaps are listed');
    await audit(page, 'recommendations');
    await page.screenshot({ path: path.join(outDir, 'page.png'), fullPage: true });
    await recs.first().screenshot({ path: path.join(outDir, 'recommendation.png') });

    step('markup in the bank is shown as text');
    await page.fill('#q', 'экранирования');
    await page.selectOption('#region', '');
    await page.selectOption('#target-group', '');
    await page.locator('#search-form button[type=submit]').click();
    await page.locator('#results a', { hasText: 'Проверка экранирования' }).waitFor();
    assert.match(await page.locator('#results a').first().textContent(), /^<img src=x onerror=/);
    assert.equal(await page.locator('#results img, #results script, #results i').count(), 0);
    assert.ok(await page.locator('#results mark').count() > 0, 'the snippet still highlights');
    await page.locator('#results a').first().click();
    await page.locator('#practice-view').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#practice-view img, #practice-view script, #practice-view i').count(), 0);
    assert.match(await page.locator('#practice-sections').textContent(), /<script>window\.__injected=2<\/script>/);
    assert.equal(await page.evaluate(() => window.__injected), undefined, 'no injected script ran');
    await page.locator('#back').click();

    step('200 % zoom: the page reflows without horizontal scrolling');
    await page.setViewportSize({ width: 640, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling at 640 CSS px (overflow ${overflow}px)`);
    await page.screenshot({ path: path.join(outDir, 'page-zoom200.png') });

    step('a bookmarked practice opens directly');
    await page.goto(`${base}/#practice/markup-probe`);
    await page.locator('#practice-view').waitFor({ state: 'visible' });
    assert.match(await page.locator('#practice-title').textContent(), /Проверка экранирования$/);

    assert.deepEqual(errors, [], 'no script errors on the page');
  } finally {
    await context.close();
  }

  step('SIGTERM stops the server cleanly');
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  server.kill('SIGTERM');
  const { code } = await exited;
  assert.equal(code, 0, `exit code after SIGTERM: ${server.stderrText}`);
  assert.match(server.stderrText, /practice serve: stopped/);
  const log = fs.readFileSync(accessLog, 'utf8');
  assert.match(log, /^127\.0\.0\.1 - - \[[^\]]+\] "GET \/api\/search\?[^"]* HTTP\/1\.1" 200 \d+ "[^"]*" "[^"]*Chrom/m);
  assert.match(log, /"POST \/api\/match HTTP\/1\.1" 200 /);
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`e2e: passed; screenshots in ${outDir}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
