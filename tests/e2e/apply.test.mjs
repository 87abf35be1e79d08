// End-to-end: complete applications for all eight services in real Chromium, as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitForApp, consoleErrors, By } from './support.mjs';
import { fillStep, addRows, clickLabel, clickLink, heading, nextHeading, attachMissing, fresh } from './person.mjs';

let server;
let driver;
useBrowser((s, d) => {
  server = s;
  driver = d;
});

const KIND = { legal: 'A legal entity (or its branch or representative office)', individual: 'An individual (including an individual entrepreneur)' };
const ACTION = { issue: 'A new license', reissue: 'Reissue (renew) my license after a change' };

/** Opens a fresh page on the service overview and starts its application. */
async function start(slug) {
  await driver.get(server.url + '#/');
  await driver.executeScript('try { localStorage.clear(); } catch (e) {}');
  await driver.navigate().refresh();
  await waitForApp(driver);
  await driver.get(server.url + '#/service/' + slug);
  await driver.wait(async () => (await heading(driver)) !== 'What do you want to do?', 5000);
  await driver.findElement(By.linkText('Start or continue the application')).click();
  await driver.wait(async () => (await heading(driver)) === 'Your application', 5000);
}

/** Walks every form step to the documents step, filling as it goes. */
async function fillForms(kind) {
  let title = await heading(driver);
  await clickLink(driver, 'Continue');
  title = await nextHeading(driver, title);
  while (title !== 'Documents') {
    await addRows(driver);
    await fillStep(driver, kind);
    await driver.findElement(By.xpath("//button[normalize-space(.)='Check this form']")).click();
    const status = await fresh(() => driver.findElement(By.id('error-summary')).getText());
    assert.match(status, /This form is complete/, `${title}: ${status}`);
    await clickLink(driver, 'Continue');
    title = await nextHeading(driver, title);
  }
}

async function verdict() {
  await clickLink(driver, 'Continue');
  await driver.wait(async () => (await heading(driver)) === 'Check your answers', 5000);
  return fresh(() => driver.findElement(By.css('.verdict')).getText());
}

const licences = ['stm-licence', 'crypto-dev-licence', 'leak-channels-licence'];
const variantOf = {
  'stm-licence': 'Development, production of special technical means intended for operational-search activities',
  'leak-channels-licence': 'No: the standard licence (qualification test required)',
};

for (const slug of licences) {
  for (const kind of ['legal', 'individual']) {
    for (const action of ['issue', 'reissue']) {
      test(`${slug}: ${kind} ${action} reaches ready`, async () => {
        await start(slug);
        await clickLabel(driver, KIND[kind]);
        await clickLabel(driver, ACTION[action]);
        if (variantOf[slug]) await clickLabel(driver, variantOf[slug]);
        await fillForms(kind);
        await attachMissing(driver);
        const v = await verdict();
        assert.match(v, /^Ready/, v);
        assert.deepEqual(await consoleErrors(driver), []);
      });
    }
  }
}

const others = [
  { slug: 'stm-import-export', variant: 'Transit', leaveOut: 'Technical documentation', clause: 'Rules 4, Annex 1, row 8, subparagraph 3)' },
  { slug: 'crypto-import-export', variant: 'Temporary import', leaveOut: 'Foreign trade agreement', clause: 'Rules 5, Annex 1, row 8, subparagraph 3)' },
  { slug: 'technical-study', leaveOut: 'Technical documentation', clause: 'Rules 6, Annex 1, row 8, subparagraph 2)' },
  { slug: 'crypto-notification', leaveOut: '*.xls', clause: 'Rules 7, Annex 1, row 8, subparagraph 3)' },
  { slug: 'crypto-sale-permit', leaveOut: 'payment of the fee', clause: 'Rules 8, Annex 1, row 8, subparagraph 3)' },
];

for (const { slug, variant, leaveOut, clause } of others) {
  test(`${slug}: a missing document is named with its clause, then the package is ready`, async () => {
    await start(slug);
    await clickLabel(driver, KIND.legal);
    if (variant) await clickLabel(driver, variant);
    await fillForms('legal');
    await attachMissing(driver, [leaveOut]);
    const v = await verdict();
    assert.match(v, /^Not ready/);
    const line = await fresh(() => driver.findElement(By.css('.verdict li')).getText());
    assert.ok(line.includes(leaveOut), line);
    assert.ok(line.includes(clause), `${line} should cite ${clause}`);
    await fresh(() => driver.findElement(By.css('.verdict li a')).click());
    await driver.wait(async () => (await heading(driver)) === 'Documents', 5000);
    await attachMissing(driver);
    await clickLink(driver, 'Continue');
    await driver.wait(async () => (await heading(driver)) === 'Check your answers', 5000);
    assert.match(await fresh(() => driver.findElement(By.css('.verdict')).getText()), /^Ready/);
  });
}

test('the estimate API is callable from the page', async () => {
  await driver.get(server.url);
  await waitForApp(driver);
  const out = await driver.executeScript(
    'return JSON.parse(window.wasmBindings.estimate(JSON.stringify({service: "stm-licence", action: "issue", submitted_at: "2026-12-03T10:00:00+05:00", paid_on: "2026-12-01"})))',
  );
  assert.equal(out.decision_due, '2026-12-25');
  assert.equal(out.fee.tenge, 86500);
  const bad = await driver.executeScript('return JSON.parse(window.wasmBindings.estimate("nonsense"))');
  assert.equal(bad.error.code, 'invalid_json');
});
