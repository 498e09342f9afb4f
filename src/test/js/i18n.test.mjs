// app/i18n.js: the language, translation with placeholders and fall-backs, and "vandaag / gisteren / …".
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { addMessages, getLocale, relativeDay, setLocale, t } = await import(app('i18n.js'));

addMessages({
  nl: { 'test.hello': 'Hallo {name}!', 'test.onlyDutch': 'Alleen Nederlands' },
  en: { 'test.hello': 'Hello {name}!' },
});

afterEach(() => setLocale('nl'));

describe('setLocale', () => {
  test('takes the language of a locale such as en-GB', () => {
    assert.equal(setLocale('en-GB'), 'en');
    assert.equal(getLocale(), 'en');
    assert.equal(setLocale('NL'), 'nl');
  });

  test('falls back to Dutch for a language Groeipad does not speak, or none', () => {
    assert.equal(setLocale('fr'), 'nl');
    assert.equal(setLocale(undefined), 'nl');
    assert.equal(setLocale(''), 'nl');
  });
});

describe('t', () => {
  test('fills in the placeholders, in the chosen language', () => {
    assert.equal(t('test.hello', { name: 'Sam' }), 'Hallo Sam!');
    setLocale('en');
    assert.equal(t('test.hello', { name: 'Sam' }), 'Hello Sam!');
  });

  test('leaves a placeholder without a value as it is', () => {
    assert.equal(t('test.hello'), 'Hallo {name}!');
  });

  test('an English text that is missing falls back to Dutch, an unknown key to the key', () => {
    setLocale('en');
    assert.equal(t('test.onlyDutch'), 'Alleen Nederlands');
    assert.equal(t('test.unknown'), 'test.unknown');
  });
});

describe('relativeDay', () => {
  const now = new Date(2026, 2, 18, 15, 0); // Wednesday 18 March 2026, 15:00 local time
  const daysAgo = (days, hour = 9) => new Date(2026, 2, 18 - days, hour, 0).toISOString();

  test('counts calendar days, not 24-hour periods', () => {
    assert.equal(relativeDay(daysAgo(0, 1), now), 'vandaag');
    assert.equal(relativeDay(daysAgo(1, 23), now), 'gisteren');
    assert.equal(relativeDay(daysAgo(3), now), '3 dagen geleden');
  });

  test('then weeks, months and years', () => {
    assert.equal(relativeDay(daysAgo(14), now), '2 weken geleden');
    assert.equal(relativeDay(daysAgo(90), now), '3 maanden geleden');
    assert.equal(relativeDay(daysAgo(800), now), '2 jaar geleden');
  });

  test('speaks English when asked', () => {
    setLocale('en');
    assert.equal(relativeDay(daysAgo(1), now), 'yesterday');
  });

  test('a moment in the future counts as today; an unreadable one gives no text', () => {
    assert.equal(relativeDay(new Date(2026, 2, 20).toISOString(), now), 'vandaag');
    assert.equal(relativeDay('not a date', now), '');
  });
});
