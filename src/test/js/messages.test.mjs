// The words of the front end (shared/messages.js and every feature's messages.js): each text in Dutch and in
// English, every key the code asks for exists, and a word that two features share lives in shared/messages.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { webapp } from './webapp.mjs';

const { messageKeys, t, setLocale } = await import(webapp('app/i18n.js'));

/** Every .js file of the front end, as [path relative to webapp, text]. */
async function sources() {
  const root = fileURLToPath(webapp(''));
  const files = [];
  for (const dir of ['app', 'admin']) {
    for (const entry of await readdir(`${root}${dir}`, { recursive: true })) {
      if (entry.endsWith('.js')) files.push(`${dir}/${entry}`);
    }
  }
  return Promise.all(files.sort().map(async (file) => [file, await readFile(`${root}${file}`, 'utf8')]));
}

/** The Dutch and English entries of one messages file, read from its text: { nl: {key: text}, en: {...} }. */
function entries(text) {
  const [nlPart, enPart] = text.split(/\n {2}en: \{/);
  const read = (part) => Object.fromEntries([...(part ?? '').matchAll(/^ {4}'([\w.-]+)': '((?:[^'\\]|\\.)*)',?$/gm)]
    .map((m) => [m[1], m[2]]));
  return { nl: read(nlPart), en: read(enPart) };
}

let files;
let messageFiles;

before(async () => {
  files = await sources();
  messageFiles = files.filter(([file]) => file.endsWith('/messages.js'));
  for (const [file] of messageFiles) await import(webapp(file));
});

describe('the dictionary', () => {
  test('every messages file is loaded: there are words', () => {
    assert.ok(messageFiles.length >= 10, `${messageFiles.length} messages files`);
    assert.ok(messageKeys('nl').length > 500);
  });

  test('every text exists in Dutch and in English', () => {
    const nl = new Set(messageKeys('nl'));
    const en = new Set(messageKeys('en'));
    assert.deepEqual([...nl].filter((key) => !en.has(key)), [], 'only in Dutch');
    assert.deepEqual([...en].filter((key) => !nl.has(key)), [], 'only in English');
  });

  test('no text is empty', () => {
    for (const lang of ['nl', 'en']) {
      setLocale(lang);
      assert.deepEqual(messageKeys(lang).filter((key) => !t(key).trim()), [], lang);
    }
    setLocale('nl');
  });

  test('every key the code names exists', () => {
    const known = new Set(messageKeys('nl'));
    const missing = [];
    for (const [file, text] of files) {
      if (file.endsWith('messages.js')) continue;
      for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      // keys passed around as values: navigation entries and shared labels
      for (const match of text.matchAll(/'((?:nav|common|material)\.[\w.-]+)'/g)) {
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('every kind of learning material has a name', () => {
    const kinds = ['workplace-assignment', 'conversation', 'video', 'online-lesson', 'lms-activity', 'offline-training'];
    const known = new Set(messageKeys('nl'));
    assert.deepEqual(kinds.filter((kind) => !known.has(`material.kind.${kind}`)), []);
  });

  test('the stale-version sentence of TEAM.md contract 2', () => {
    assert.equal(t('error.stale'), 'Iemand anders heeft dit net veranderd. Je ziet nu de nieuwste versie.');
    setLocale('en');
    assert.equal(t('error.stale'), 'Someone else just changed this. You now see the newest version.');
    setLocale('nl');
  });
});

describe('shared words', () => {
  test('a word two features use in the same meaning (same Dutch, same English) is in shared/messages.js', () => {
    const seen = new Map(); // "nl|en" → files
    for (const [file, text] of messageFiles) {
      if (file === 'app/shared/messages.js') continue;
      const { nl, en } = entries(text);
      for (const [key, dutch] of Object.entries(nl)) {
        const pair = `${dutch} | ${en[key]}`;
        seen.set(pair, new Set([...(seen.get(pair) ?? []), file]));
      }
    }
    const repeated = [...seen].filter(([, where]) => where.size > 1).map(([pair, where]) => `${pair}: ${[...where].join(', ')}`);
    assert.deepEqual(repeated, []);
  });

  test('no feature repeats a shared word', () => {
    const shared = entries(messageFiles.find(([file]) => file === 'app/shared/messages.js')[1]);
    const sharedPairs = new Set(Object.keys(shared.nl).map((key) => `${shared.nl[key]} | ${shared.en[key]}`));
    const repeated = [];
    for (const [file, text] of messageFiles) {
      if (file === 'app/shared/messages.js') continue;
      const { nl, en } = entries(text);
      for (const key of Object.keys(nl)) if (sharedPairs.has(`${nl[key]} | ${en[key]}`)) repeated.push(`${file}: ${key}`);
    }
    assert.deepEqual(repeated, []);
  });
});
