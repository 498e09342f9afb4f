// The front end's structure, as rules (like ArchitectureTest for the Java side): one HTTP helper, URLs only in the
// features' API modules, styles listed in app.css that use nothing but the themes' design tokens.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { webapp } from './webapp.mjs';

const root = fileURLToPath(webapp(''));
const themes = fileURLToPath(new URL('../../../themes/', import.meta.url));

/** The files under a folder of the web app ending in `ending`: [path relative to webapp, text]. */
async function files(dir, ending) {
  const names = (await readdir(`${root}${dir}`, { recursive: true })).filter((name) => name.endsWith(ending));
  return Promise.all(names.sort().map(async (name) => [`${dir}/${name}`, await readFile(`${root}${dir}/${name}`, 'utf8')]));
}

const isApiModule = (file) => file === 'app/api.js' || file.endsWith('-api.js');

let scripts;
let styles;

before(async () => {
  scripts = [...(await files('app', '.js')), ...(await files('admin', '.js'))];
  styles = await files('app', '.css');
});

describe('one data layer', () => {
  test('only app/api.js calls fetch and builds the Authorization header', () => {
    const offenders = scripts.filter(([file, text]) => file !== 'app/api.js'
      && (/\bfetch\(/.test(text) || /Authorization/.test(text) || /Bearer /.test(text)));
    assert.deepEqual(offenders.map(([file]) => file), []);
  });

  test('only the API modules name API paths; components call them', () => {
    const path = /['`]\/(api|me|courses|tasks|goals|plans|routes|frameworks|catalogue|admin|organisation|session)\b/;
    const offenders = scripts.filter(([file, text]) => !isApiModule(file) && path.test(text.replace(/['`]#\/[^'`]*['`]/g, '')));
    assert.deepEqual(offenders.map(([file]) => file), []);
  });

  test("components do not call request() or its short forms, only their feature's API module", () => {
    const direct = /import \{[^}]*\b(request|get|post|put|del|download|objectUrl)\b[^}]*\} from '[./]*(app\/)?api\.js'/;
    const offenders = scripts.filter(([file, text]) => !isApiModule(file) && direct.test(text));
    assert.deepEqual(offenders.map(([file]) => file), []);
  });

  test('each feature with URLs has exactly one API module', () => {
    const apiModules = scripts.map(([file]) => file).filter((file) => file.endsWith('-api.js'));
    const folders = apiModules.map((file) => file.split('/').slice(0, -1).join('/'));
    assert.equal(new Set(folders).size, folders.length, apiModules.join(', '));
    for (const file of apiModules) {
      const folder = file.split('/').at(-2);
      assert.ok(file.endsWith(`/${folder}-api.js`), `${file} is named after its feature`);
    }
  });
});

describe('styles', () => {
  test('app.css lists every style sheet of the app, each once, and nothing that is not there', async () => {
    const list = [...(await readFile(`${root}app/app.css`, 'utf8')).matchAll(/@import url\('([^']+)'\);/g)].map((m) => m[1]);
    const present = styles.map(([file]) => file.slice('app/'.length)).filter((file) => file !== 'app.css');
    assert.deepEqual([...list].sort(), [...present].sort());
    assert.equal(new Set(list).size, list.length);
  });

  test('every theme defines the same design tokens', async () => {
    const names = (await readdir(themes, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((e) => e.name);
    assert.ok(names.includes('default') && names.includes('high-contrast'));
    const tokens = await Promise.all(names.map(async (name) => defined(await readFile(`${themes}${name}/theme.css`, 'utf8'))));
    for (const [index, name] of names.entries()) assert.deepEqual(tokens[index], tokens[0], `${name} has the tokens of ${names[0]}`);
  });

  test('the style sheets use only design tokens the themes define, and define none themselves', async () => {
    const tokens = new Set(defined(await readFile(`${themes}default/theme.css`, 'utf8')));
    for (const [file, text] of styles) {
      const unknown = [...text.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]).filter((name) => !tokens.has(name));
      assert.deepEqual(unknown, [], `${file} uses a token no theme defines`);
      assert.deepEqual(defined(text), [], `${file} defines its own custom properties`);
    }
  });

  test('the style sheets name no colours of their own (only a var() fallback may)', () => {
    for (const [file, text] of styles) {
      const withoutFallbacks = text.replace(/\/\*.*?\*\//gs, '').replace(/var\(--[\w-]+,[^;]*\)/g, '');
      assert.doesNotMatch(withoutFallbacks, /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i, file);
    }
  });
});

/** The custom properties a style sheet defines, sorted. */
function defined(css) {
  return [...css.replace(/\/\*.*?\*\//gs, '').matchAll(/^\s*(--[\w-]+)\s*:/gm)].map((m) => m[1]).sort();
}
