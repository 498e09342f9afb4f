// app/shared/form-errors.js and the plural helper of app/shared/messages.js: a 400 answer's field errors become
// marks next to the fields they name; "1 doel", "3 doelen".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { ApiError } = await import(app('api.js'));
const { fieldMessages, controlNames, markedSentence } = await import(app('shared/form-errors.js'));
const { plural } = await import(app('shared/messages.js'));
const { t, setLocale } = await import(app('i18n.js'));

const problem = (errors) => new ApiError(400, { title: 'Controleer de gemarkeerde velden.', errors });

describe('fieldMessages', () => {
  test('a problem+json answer names its fields with their messages', () => {
    assert.deepEqual(fieldMessages(problem([{ field: 'title', message: 'Vul dit in.' }, { field: 'day', message: 'Kies een datum.' }])),
      { title: 'Vul dit in.', day: 'Kies een datum.' });
  });

  test('the first message of a field wins', () => {
    assert.deepEqual(fieldMessages(problem([{ field: 'title', message: 'Eerste' }, { field: 'title', message: 'Tweede' }])),
      { title: 'Eerste' });
  });

  test('a field of the server may be shown at another control', () => {
    assert.deepEqual(fieldMessages(problem([{ field: 'competencyKey', message: 'Kies er een.' }]), { competencyKey: 'competency' }),
      { competency: 'Kies er een.' });
  });

  test('a plain body, an answer without fields, a network error: what is there, else nothing', () => {
    assert.deepEqual(fieldMessages({ errors: [{ field: 'endsOn', message: 'Later.' }] }), { endsOn: 'Later.' });
    assert.deepEqual(fieldMessages(new ApiError(409, { title: 'Bestaat al' })), {});
    assert.deepEqual(fieldMessages(new TypeError('Failed to fetch')), {});
    assert.deepEqual(fieldMessages(problem([{ message: 'zonder veld' }, null, { field: '', message: 'leeg' }])), {});
  });
});

describe('controlNames', () => {
  test('a nested path may be the control itself or its last part', () => {
    assert.deepEqual(controlNames('title'), ['title']);
    assert.deepEqual(controlNames('tasks[0].title'), ['tasks[0].title', 'title']);
    assert.deepEqual(controlNames('create.request.items[2]'), ['create.request.items[2]', 'items[2]', 'items']);
  });
});

describe('plural', () => {
  test('one takes the One key, none and many the plain key', () => {
    assert.equal(plural('common.goals', 1), 'common.goalsOne');
    assert.equal(plural('common.goals', 0), 'common.goals');
    assert.equal(plural('common.goals', 3), 'common.goals');
  });

  test('the words say 1 doel and 3 doelen, 1 taak and 2 taken', () => {
    setLocale('nl');
    assert.equal(t(plural('common.goals', 1), { count: 1 }), '1 doel');
    assert.equal(t(plural('common.goals', 3), { count: 3 }), '3 doelen');
    assert.equal(t(plural('common.tasks', 1), { count: 1 }), '1 taak');
    assert.equal(t(plural('common.tasks', 2), { count: 2 }), '2 taken');
    setLocale('en');
    assert.equal(t(plural('common.goals', 1), { count: 1 }), '1 goal');
    assert.equal(t(plural('common.tasks', 2), { count: 2 }), '2 tasks');
    setLocale('nl');
  });

  test('the sentence above marked fields counts them', () => {
    setLocale('nl');
    assert.equal(markedSentence(1), 'Kijk naar het gemarkeerde veld.');
    assert.equal(markedSentence(2), 'Kijk naar de 2 gemarkeerde velden.');
  });
});
