// app/catalogue/words.js: how durations, levels and languages of learning material read.
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { KINDS, LANGUAGES, duration, languageName, levelsText } = await import(app('catalogue/words.js'));
const { setLocale, t } = await import(app('i18n.js'));

afterEach(() => setLocale('nl'));

describe('duration', () => {
  test('minutes, hours, or both', () => {
    assert.equal(duration(30), '30 min');
    assert.equal(duration(120), '2 uur');
    assert.equal(duration(90), '1 uur 30 min');
  });

  test('no duration, no text', () => {
    assert.equal(duration(null), '');
    assert.equal(duration(0), '');
  });

  test('in English', () => {
    setLocale('en');
    assert.equal(duration(90), '1 h 30 min');
  });
});

describe('levelsText', () => {
  test('one level or several', () => {
    assert.equal(levelsText(['B']), 'Niveau B');
    assert.equal(levelsText(['A', 'C']), 'Niveau A, C');
    assert.equal(levelsText([]), '');
    assert.equal(levelsText(undefined), '');
  });
});

describe('languageName', () => {
  test('every language of the filter has a name; an unknown code stays a code', () => {
    assert.deepEqual(LANGUAGES.filter((code) => languageName(code) === code), []);
    assert.equal(languageName('ar'), 'Arabisch');
    assert.equal(languageName('xx'), 'xx');
  });
});

test('every kind of material has a name', () => {
  assert.deepEqual(KINDS.filter((kind) => t(`material.kind.${kind}`) === `material.kind.${kind}`), []);
});
