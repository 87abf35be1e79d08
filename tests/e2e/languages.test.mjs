// End-to-end: the interface in Russian: a whole application, a switch mid-form that keeps the
// answers, a printed form, and the page's lang attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitForApp, consoleErrors, By, byLabel } from './support.mjs';
import { fillStep, addRows, clickLabel, clickLink, heading, nextHeading, attachMissing, fresh } from './person.mjs';

let server;
let driver;
useBrowser((s, d) => {
  server = s;
  driver = d;
});

async function choose(lang) {
  const select = await driver.findElement(By.id('language'));
  for (const option of await select.findElements(By.css('option'))) {
    if ((await option.getAttribute('value')) === lang) await option.click();
  }
}

async function fresh_start(hash) {
  await driver.get(server.url + '#/');
  await driver.executeScript('localStorage.clear();');
  await driver.get(server.url + hash);
  await driver.navigate().refresh();
  await waitForApp(driver);
}

const WORDS = {
  ru: { title: /^Выдача заключения по техническому исследованию/, start: 'Начать или продолжить заявление', setup: 'Ваше заявление', legal: 'Юридическое лицо (или его филиал либо представительство)',
        next: 'Далее', documents: 'Документы', addRow: 'Добавить строку', check: 'Проверить эту форму', complete: /Форма заполнена полностью/,
        missing: 'Отсутствует', attached: 'Приложен', review: 'Проверьте ответы', ready: /^Готово:/ },
  kk: { title: /^Тауарларды ақпаратты криптографиялық қорғау құралдарына/, start: 'Өтінішті бастау немесе жалғастыру', setup: 'Сіздің өтінішіңіз', legal: 'Заңды тұлға (немесе оның филиалы не өкілдігі)',
        next: 'Әрі қарай', documents: 'Құжаттар', addRow: 'Жол қосу', check: 'Осы нысанды тексеру', complete: /Нысан толық толтырылды/,
        missing: 'Жоқ', attached: 'Тіркелді', review: 'Жауаптарды тексеріңіз', ready: /^Дайын:/ },
};

for (const lang of ['kk', 'ru']) {
  test(`a complete application in ${lang} reaches "ready"`, async () => {
    const w = WORDS[lang];
    await fresh_start('#/service/technical-study');
    await choose(lang);
    await driver.wait(async () => (await driver.executeScript('return document.documentElement.lang')) === lang, 3000);
    assert.match(await heading(driver), w.title);
    await clickLink(driver, w.start);
    await driver.wait(async () => (await heading(driver)) === w.setup, 5000);
    await clickLabel(driver, w.legal);
    let title = w.setup;
    for (;;) {
      await clickLink(driver, w.next);
      title = await nextHeading(driver, title);
      if (title === w.documents) break;
      await addRows(driver, w.addRow);
      await fillStep(driver, 'legal');
      await driver.findElement(By.xpath(`//button[normalize-space(.)='${w.check}']`)).click();
      assert.match(await fresh(() => driver.findElement(By.id('error-summary')).getText()), w.complete, title);
    }
    await attachMissing(driver, [], { missing: w.missing, attached: w.attached });
    await clickLink(driver, w.next);
    await driver.wait(async () => (await heading(driver)) === w.review, 5000);
    const verdict = await fresh(() => driver.findElement(By.css('.verdict')).getText());
    assert.match(verdict, w.ready, verdict);
    assert.deepEqual(await consoleErrors(driver), []);
  });
}

test('switching language mid-form keeps every answer', async () => {
  await fresh_start('#/apply/crypto-sale-permit/annex-2');
  await (await byLabel(driver, 'Full name of the legal entity')).sendKeys('TOO Bilingual');
  await (await byLabel(driver, 'E-mail')).sendKeys('two@example.kz');
  await choose('ru');
  await driver.wait(async () => (await heading(driver)).startsWith('Заявление юридического лица'), 3000);
  assert.equal(await (await byLabel(driver, 'Полное наименование юридического лица')).getAttribute('value'), 'TOO Bilingual');
  assert.equal(await (await byLabel(driver, 'Электронная почта')).getAttribute('value'), 'two@example.kz');
  // The choice is kept after a reload.
  await driver.navigate().refresh();
  await waitForApp(driver);
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'ru');
  await choose('en');
  assert.equal(await (await byLabel(driver, 'E-mail')).getAttribute('value'), 'two@example.kz');
});

test('a form printed in Russian', async () => {
  await fresh_start('#/apply/stm-import-export/annex-3');
  await choose('ru');
  await (await byLabel(driver, 'Полное наименование либо фамилия, имя, отчество (при его наличии) заявителя')).sendKeys('ТОО «Пример»');
  await driver.get(server.url + '#/apply/stm-import-export/print');
  await driver.wait(async () => (await heading(driver)) === 'Печатные формы', 5000);
  const text = await driver.findElement(By.css('.print-view')).getText();
  assert.match(text, /Приложение 3 к Правилам оказания государственной услуги/);
  assert.match(text, /Кому Комитет национальной безопасности Республики Казахстан/);
  assert.match(text, /от ТОО «Пример»/);
  assert.match(text, /Прошу выдать заключение \(разрешительный документ\) на/);
  assert.match(text, /Настоящим подтверждается, что:/);
  assert.match(text, /Дата заполнения/);
});
