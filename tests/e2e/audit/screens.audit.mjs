// The axe-core audit of every screen: the finder, each service's overview, and every step of an
// application in each service, forms shown with their errors. Any violation fails, with its rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitForApp, axeViolations, By } from '../support.mjs';
import { heading, nextHeading, clickLink, fresh } from '../person.mjs';

let server;
let driver;
useBrowser((s, d) => {
  server = s;
  driver = d;
});

async function audit(name) {
  const violations = await axeViolations(driver);
  assert.deepEqual(violations, [], `axe violations on ${name}:\n${violations.join('\n')}`);
}

const services = ['stm-licence', 'crypto-dev-licence', 'leak-channels-licence', 'stm-import-export', 'crypto-import-export', 'technical-study', 'crypto-notification', 'crypto-sale-permit'];

test('axe: the finder, with and without a search', async () => {
  await driver.get(server.url);
  await waitForApp(driver);
  await audit('finder');
  await driver.findElement(By.id('service-search')).sendKeys('import');
  await audit('finder with a search');
});

for (const slug of services) {
  test(`axe: ${slug}, overview and every step`, async () => {
    await driver.get(server.url + '#/service/' + slug);
    await driver.navigate().refresh();
    await waitForApp(driver);
    await audit(`${slug} overview`);
    await driver.findElement(By.linkText('Start or continue the application')).click();
    await driver.wait(async () => (await heading(driver)) === 'Your application', 5000);
    let title = 'Your application';
    await audit(`${slug} set-up`);
    while (title !== 'Check your answers') {
      await clickLink(driver, 'Continue');
      title = await nextHeading(driver, title);
      const check = await driver.findElements(By.xpath("//button[normalize-space(.)='Check this form']"));
      if (check.length) {
        await fresh(() => driver.findElement(By.xpath("//button[normalize-space(.)='Check this form']")).click());
        await driver.findElement(By.id('error-summary'));
      }
      await audit(`${slug}: ${title}`);
    }
  });
}

test('axe: a set-up change previewed before it applies', async () => {
  await driver.get(server.url + '#/apply/crypto-dev-licence/setup');
  await driver.navigate().refresh();
  await waitForApp(driver);
  await driver.get(server.url + '#/apply/crypto-dev-licence/annex-2');
  await driver.findElement(By.id('f-email')).sendKeys('a@b.kz');
  await driver.findElement(By.id('f-applicant-bin')).sendKeys('150440012344');
  await driver.get(server.url + '#/apply/crypto-dev-licence/setup');
  await driver.findElement(By.xpath("//label[normalize-space(.)='An individual (including an individual entrepreneur)']")).click();
  const impact = await fresh(() => driver.findElement(By.css('.impact')).getText());
  assert.match(impact, /no longer apply/);
  assert.match(impact, /Business identification number \(BIN\)/);
  await audit('set-up change preview');
});

test('axe: drafts list, printed forms, read-back and reference card', async () => {
  await driver.get(server.url + '#/apply/technical-study/annex-3');
  await driver.navigate().refresh();
  await waitForApp(driver);
  await driver.findElement(By.id('f-email')).sendKeys('audit@example.kz');
  await driver.get(server.url + '#/drafts');
  await driver.wait(async () => (await heading(driver)) === 'My drafts', 5000);
  await driver.findElement(By.xpath("//button[starts-with(@aria-label, 'Rename: ')]")).click();
  await audit('drafts list with a rename field');
  await driver.get(server.url + '#/apply/technical-study/print');
  await driver.wait(async () => (await heading(driver)) === 'Printed forms', 5000);
  await audit('printed forms');
  await driver.findElement(By.id('helpdesk-mode')).click();
  await driver.get(server.url + '#/apply/technical-study/read-back');
  await driver.wait(async () => (await heading(driver)) === 'Read-back', 5000);
  await audit('read-back');
  await driver.get(server.url + '#/service/technical-study/card');
  await driver.wait(async () => (await heading(driver)).startsWith('Reference card'), 5000);
  await audit('reference card');
});

test('axe: the assistant embedded in the example host page', async () => {
  await driver.get(server.url + 'examples/embed.html');
  await driver.wait(() => driver.executeScript('const h = document.getElementById("assistant"); return Boolean(h && h.shadowRoot && h.shadowRoot.querySelector("h1"))'), 15000);
  await audit('embedded');
});

for (const [lang, checkWord] of [['ru', 'Проверить эту форму'], ['kk', 'Осы нысанды тексеру']]) {
  test(`axe: the screens in ${lang}`, async () => {
    await driver.get(server.url + '#/');
    await driver.executeScript('localStorage.setItem("knb-assistant.lang", arguments[0]);', lang);
    await driver.navigate().refresh();
    await waitForApp(driver);
    assert.equal(await driver.executeScript('return document.documentElement.lang'), lang);
    await audit(`finder (${lang})`);
    for (const [hash, name] of [
      ['#/service/stm-licence', 'overview'],
      ['#/apply/stm-licence/setup', 'set-up'],
      ['#/apply/stm-licence/annex-2', 'form'],
      ['#/apply/stm-import-export/annex-3', 'goods form'],
      ['#/apply/stm-licence/documents', 'documents'],
      ['#/apply/stm-licence/check', 'check'],
      ['#/drafts', 'drafts'],
    ]) {
      await driver.get(server.url + hash);
      await driver.sleep(150);
      const check = await driver.findElements(By.xpath(`//button[normalize-space(.)='${checkWord}']`));
      if (check.length) await fresh(() => check[0].click());
      await audit(`${name} (${lang})`);
    }
    await driver.executeScript('localStorage.removeItem("knb-assistant.lang");');
  });
}
