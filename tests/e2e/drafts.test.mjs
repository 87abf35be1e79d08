// End-to-end: drafts are never lost: autosave and reload, export and import, damaged files,
// drafts from the first release, storage faults, printed forms and the help-desk read-back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, waitForApp, By, byLabel } from './support.mjs';
import { heading, fresh, sampleFiles } from './person.mjs';

let server;
let driver;
useBrowser((s, d) => {
  server = s;
  driver = d;
});

async function freshApp(hash = '#/') {
  await driver.get(server.url + '#/');
  await driver.executeScript('localStorage.clear();');
  await driver.get(server.url + hash);
  await driver.navigate().refresh();
  await waitForApp(driver);
}

async function value(label) {
  return fresh(async () => (await byLabel(driver, label)).getAttribute('value'));
}

async function setHelpdesk(on) {
  const toggle = await byLabel(driver, 'Help-desk mode');
  if ((await toggle.isSelected()) !== on) await toggle.click();
}

async function draftCode() {
  return fresh(() => driver.findElement(By.css('.draft-code strong')).getText());
}

test('half a form survives a reload and continues where it was', async () => {
  await freshApp('#/apply/technical-study/annex-3');
  await (await byLabel(driver, 'Full name, or surname, name and patronymic (if any), of the applicant')).sendKeys('TOO Half Done');
  await (await byLabel(driver, 'E-mail')).sendKeys('half@example.kz');
  await driver.navigate().refresh();
  await waitForApp(driver);
  assert.match(await driver.getCurrentUrl(), /#\/apply\/technical-study\/annex-3$/);
  assert.equal(await value('Full name, or surname, name and patronymic (if any), of the applicant'), 'TOO Half Done');
  assert.equal(await value('E-mail'), 'half@example.kz');
});

test('export, clear storage, import: same answers and the same draft code', async () => {
  await freshApp('#/apply/crypto-sale-permit/annex-2');
  await (await byLabel(driver, 'Full name of the legal entity')).sendKeys('TOO Export Test');
  await (await byLabel(driver, 'Business identification number (BIN)')).sendKeys('150440012344');
  // One attachment travels as its name, size and digest.
  const files = await sampleFiles();
  await driver.get(server.url + '#/apply/crypto-sale-permit/documents');
  await (await byLabel(driver, 'Attach a file for: Information confirming payment of the fee to the budget')).sendKeys(files.pdf);
  await driver.wait(async () => /checked against the file in this browser/.test(await driver.findElement(By.css('.files')).getText()), 5000);
  await driver.get(server.url + '#/apply/crypto-sale-permit/annex-2');
  await setHelpdesk(true);
  const code = await draftCode();
  assert.match(code, /^[0-9A-F]{8}$/);
  const before = new Set(await readdir(driver.downloadDir));
  await driver.findElement(By.xpath("//button[normalize-space(.)='Export this draft']")).click();
  let file;
  await driver.wait(async () => {
    file = (await readdir(driver.downloadDir)).find((f) => !before.has(f) && f.endsWith('.json'));
    return Boolean(file);
  }, 5000, 'the export was not downloaded');
  const exported = join(driver.downloadDir, file);
  assert.match(await readFile(exported, 'utf8'), /"app": "knb-assistant"/);

  await driver.executeScript('localStorage.clear();');
  await driver.get(server.url + '#/drafts');
  await driver.navigate().refresh();
  await waitForApp(driver);
  assert.match(await driver.findElement(By.css('main')).getText(), /No drafts yet/);
  await (await byLabel(driver, 'Choose a draft file (.json)')).sendKeys(exported);
  await driver.wait(async () => /Imported/.test(await driver.findElement(By.id('import-status')).getText()), 5000);
  await driver.findElement(By.xpath("//button[starts-with(@aria-label, 'Open: ')]")).click();
  await driver.wait(async () => (await heading(driver)) === 'Your application', 5000);
  await driver.get(server.url + '#/apply/crypto-sale-permit/annex-2');
  assert.equal(await value('Full name of the legal entity'), 'TOO Export Test');
  await setHelpdesk(true);
  assert.equal(await draftCode(), code);
  // The imported attachment is listed; attaching the same file again checks it, without a copy.
  await driver.get(server.url + '#/apply/crypto-sale-permit/documents');
  assert.match(await fresh(() => driver.findElement(By.css('.files')).getText()), /listed only: attach the same file again/);
  await (await byLabel(driver, 'Attach a file for: Information confirming payment of the fee to the budget')).sendKeys(files.pdf);
  await driver.wait(async () => /checked against the file in this browser/.test(await driver.findElement(By.css('.files')).getText()), 5000);
  assert.equal((await driver.findElements(By.css('.files li'))).length, 1);
});

test('a damaged, foreign or newer file is refused with a message and changes nothing', async () => {
  await freshApp('#/apply/technical-study/annex-3');
  await (await byLabel(driver, 'E-mail')).sendKeys('keep@example.kz');
  await driver.get(server.url + '#/drafts');
  await waitForApp(driver);
  const rowsBefore = (await driver.findElements(By.css('table.drafts tbody tr'))).length;
  const dir = join(driver.downloadDir, 'bad');
  await mkdir(dir, { recursive: true });
  const cases = [
    ['damaged.json', '{"app": "knb-assistant", "format": 2, "id": "x", "name": "Half', /damaged or not complete/],
    ['other.json', '{"type": "invoice", "total": 12}', /not a draft of this assistant/],
    ['newer.json', '{"app": "knb-assistant", "format": 7, "id": "x", "name": "n", "changed_at": "", "draft": {}}', /newer version of the assistant \(format 7\)/],
  ];
  for (const [name, content, message] of cases) {
    const path = join(dir, name);
    await writeFile(path, content);
    await (await byLabel(driver, 'Choose a draft file (.json)')).sendKeys(path);
    await driver.wait(async () => message.test(await driver.findElement(By.id('import-status')).getText()), 5000, `${name}: no message`);
  }
  assert.equal((await driver.findElements(By.css('table.drafts tbody tr'))).length, rowsBefore);
  await driver.get(server.url + '#/apply/technical-study/annex-3');
  assert.equal(await value('E-mail'), 'keep@example.kz');
});

test('a draft stored by the first release (format 1) opens', async () => {
  await freshApp('#/');
  const old = JSON.stringify({ format: 1, service: 'stm-licence', action: 'reissue', kind: 'legal_entity', variants: ['repair-sale'], answers: { 'applicant-name': 'TOO Old Format' }, tables: {}, attachments: [], waived: [], paid_on: null, submit_at: null });
  await driver.executeScript('localStorage.setItem("knb-assistant", arguments[0]);', old);
  await driver.get(server.url + '#/apply/stm-licence/annex-5');
  await driver.navigate().refresh();
  await waitForApp(driver);
  assert.equal(await heading(driver), 'Application of a legal entity to renew the license');
  assert.equal(await value('Full name of the legal entity'), 'TOO Old Format');
});

test('drafts are listed, renamed, duplicated, deleted and restored with undo', async () => {
  await freshApp('#/apply/crypto-notification/annex-2');
  await (await byLabel(driver, 'Name of goods (products)')).sendKeys('Router X');
  await driver.get(server.url + '#/drafts');
  const first = await fresh(() => driver.findElement(By.css('table.drafts tbody tr')).getText());
  assert.match(first, /Registration of a notification on encryption goods/);
  assert.match(first, /Not ready/);
  await driver.findElement(By.xpath("//button[starts-with(@aria-label, 'Rename: ')]")).click();
  const name = await driver.findElement(By.css('.rename input'));
  await name.clear();
  await name.sendKeys('Router notification\n');
  await driver.wait(async () => /Router notification/.test(await driver.findElement(By.css('table.drafts')).getText()), 3000);
  await driver.findElement(By.xpath("//button[@aria-label='Duplicate: Router notification']")).click();
  await driver.wait(async () => (await driver.findElements(By.css('table.drafts tbody tr'))).length === 2, 3000);
  await driver.findElement(By.xpath("//button[@aria-label='Delete: Router notification']")).click();
  await driver.wait(async () => (await driver.findElements(By.css('table.drafts tbody tr'))).length === 1, 3000);
  assert.match(await driver.findElement(By.css('main .notice')).getText(), /deleted/);
  await driver.findElement(By.xpath("//button[normalize-space(.)='Undo']")).click();
  await driver.wait(async () => (await driver.findElements(By.css('table.drafts tbody tr'))).length === 2, 3000);
  // The list survives a reload.
  await driver.navigate().refresh();
  await waitForApp(driver);
  assert.equal((await driver.findElements(By.css('table.drafts tbody tr'))).length, 2);
});

test('a full storage is shown plainly and the answers stay', async () => {
  await freshApp('#/apply/technical-study/annex-3');
  // Fill the browser's storage to its quota with other data.
  await driver.executeScript(`
    const chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 20; i++) { try { localStorage.setItem('filler-' + i, chunk); } catch (e) { break; } }
    for (let size = 512 * 1024; size >= 16; size = Math.floor(size / 2)) {
      for (let j = 0; j < 4; j++) { try { localStorage.setItem('small-' + size + '-' + j, 'y'.repeat(size)); } catch (e) { break; } }
    }`);
  await (await byLabel(driver, 'E-mail')).sendKeys('full@example.kz');
  const banner = await fresh(() => driver.findElement(By.css('.storage-problem')).getText());
  assert.match(banner, /storage is full/);
  assert.equal(await value('E-mail'), 'full@example.kz');
  await driver.executeScript('localStorage.clear();');
});

test('printed forms: one page per kind of form rendered to PNG', async () => {
  const dir = join(process.cwd(), 'tests/e2e/artifacts');
  await mkdir(dir, { recursive: true });
  await freshApp('#/apply/stm-import-export/annex-3');
  await (await byLabel(driver, 'Full name, or surname, name and patronymic (if any), of the applicant')).sendKeys('TOO <b>Bold</b> & Co');
  await driver.findElement(By.xpath("//button[normalize-space(.)='Add a row']")).click();
  await (await byLabel(driver, 'Product name indicating its composition, Item 1')).sendKeys('Receiver (antenna, unit)');
  await driver.get(server.url + '#/apply/stm-import-export/print');
  await driver.wait(async () => (await heading(driver)) === 'Printed forms', 5000);
  const text = await driver.findElement(By.css('.print-view')).getText();
  assert.match(text, /To National Security Committee of the Republic of Kazakhstan/);
  assert.match(text, /from TOO <b>Bold<\/b> & Co/);
  assert.match(text, /I ask to issue a conclusion \(a permit\) for/);
  assert.match(text, /It is hereby confirmed that:/);
  assert.match(text, /Date of filling/);
  await driver.sendAndGetDevToolsCommand('Emulation.setEmulatedMedia', { media: 'print' });
  await writeFile(join(dir, 'print-goods-application.png'), await driver.takeScreenshot(), 'base64');
  await driver.sendAndGetDevToolsCommand('Emulation.setEmulatedMedia', { media: '' });
  await driver.get(server.url + '#/apply/stm-licence/print');
  await driver.wait(async () => (await heading(driver)) === 'Printed forms', 5000);
  await driver.sendAndGetDevToolsCommand('Emulation.setEmulatedMedia', { media: 'print' });
  await writeFile(join(dir, 'print-licence-application.png'), await driver.takeScreenshot(), 'base64');
  await driver.sendAndGetDevToolsCommand('Emulation.setEmulatedMedia', { media: '' });
});

test('help-desk mode: reference card and a numbered read-back', async () => {
  await freshApp('#/apply/technical-study/annex-3');
  await (await byLabel(driver, 'E-mail')).sendKeys('caller@example.kz');
  await setHelpdesk(true);
  await driver.findElement(By.linkText('Read-back')).click();
  await driver.wait(async () => (await heading(driver)) === 'Read-back', 5000);
  const items = await driver.findElements(By.css('.read-back li'));
  assert.ok(items.length > 10);
  assert.match(await items[0].getText(), /^Service — Issuance of a conclusion on technical study/);
  assert.match(await driver.findElement(By.css('.read-back')).getText(), /E-mail — caller@example.kz/);
  await driver.findElement(By.linkText('Reference card')).click();
  await driver.wait(async () => (await heading(driver)).startsWith('Reference card'), 5000);
  assert.match(await driver.findElement(By.css('main')).getText(), /8 \(7172\) 76-49-49/);
});
