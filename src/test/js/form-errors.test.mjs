// app/shared/form-errors.js and the plural helper of app/shared/messages.js: a 400 answer's field errors become
// marks next to the fields they name; "1 doel", "3 doelen".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { ApiError } = await import(app('api.js'));
const { fieldMessages, controlNames, markedSentence, problemSummary, labelOf } = await import(app('shared/form-errors.js'));
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

describe('controlNames of the fields the servers name', () => {
  test('a list entry is found at the list\'s control: the first deployment ID, the second situation', () => {
    assert.ok(controlNames('deploymentIds[0]').includes('deploymentIds'));
    assert.ok(controlNames('situations[1]').includes('situations'));
    assert.ok(controlNames('competencyKeys[0]').includes('competencyKeys'));
  });

  test('a goal of the intake\'s acceptance keeps its row: goals[1].level is not the first row\'s level', () => {
    assert.deepEqual(controlNames('goals[1].level'), ['goals[1].level', 'level']);
  });

  test('the n-th sent goal maps onto the row it came from (only the included rows are sent)', () => {
    const aliases = { 'goals[0].level': 'goals[2].level' };
    assert.deepEqual(fieldMessages(problem([{ field: 'goals[0].level', message: 'Kies een niveau.' }]), aliases),
      { 'goals[2].level': 'Kies een niveau.' });
  });
});

describe('problemSummary', () => {
  test('marked fields are named by their labels, never by the server\'s key', () => {
    setLocale('nl');
    const error = problem([{ field: 'title', message: 'Vul een naam in.' }]);
    const text = problemSummary(error, { marked: ['Naam van het raamwerk'] });
    assert.equal(text, 'Kijk naar het gemarkeerde veld. Het gaat om: Naam van het raamwerk.');
    assert.doesNotMatch(text, /title/);
  });

  test('two marked fields: both labels, in the order of the form', () => {
    setLocale('nl');
    const error = problem([{ field: 'issuer', message: 'a' }, { field: 'deploymentIds[0]', message: 'b' }]);
    assert.equal(problemSummary(error, { marked: ['Issuer', "Deployment-ID's"] }),
      "Kijk naar de 2 gemarkeerde velden. Het gaat om: Issuer, Deployment-ID's.");
  });

  test('a label that is a question ends the sentence with its own question mark', () => {
    setLocale('nl');
    assert.equal(problemSummary(problem([{ field: 'reason', message: 'x' }]), { marked: ['Waarom rond je nu al af?'] }),
      'Kijk naar het gemarkeerde veld. Het gaat om: Waarom rond je nu al af?');
  });

  test('a field without a control in the form is said by its message', () => {
    setLocale('nl');
    const error = problem([{ field: 'subject', message: 'Kies route of doel.' }]);
    assert.equal(problemSummary(error, { missing: ['subject'] }), 'Kies route of doel.');
  });

  test('an answer without fields is the plain sentence', () => {
    setLocale('nl');
    assert.equal(problemSummary(new ApiError(404)), 'Dit konden we niet vinden.');
    assert.equal(problemSummary(new TypeError('Failed to fetch')), t('error.network'));
  });

  test('in English too', () => {
    setLocale('en');
    assert.equal(problemSummary(problem([{ field: 'reason', message: 'x' }]), { marked: ['Reason'] }),
      'Look at the marked field. That is: Reason.');
    setLocale('nl');
  });
});

describe('labelOf', () => {
  const legend = (text) => ({ closest: () => ({ querySelector: () => ({ textContent: text }) }) });

  test('a control is named by its label, without extra spaces', () => {
    assert.equal(labelOf({ labels: [{ textContent: '  Reden\n  voor de  keuze ' }], closest: () => null, getAttribute: () => null }),
      'Reden voor de keuze');
  });

  test('a choice in a group by the group\'s legend, not by its own option', () => {
    const box = { type: 'checkbox', labels: [{ textContent: 'Samenwerken' }], getAttribute: () => null, ...legend('Welke competenties?') };
    assert.equal(labelOf(box), 'Welke competenties?');
  });

  test('else its aria-label; nothing known is an empty name', () => {
    assert.equal(labelOf({ labels: [], getAttribute: () => 'Notitie', closest: () => null }), 'Notitie');
    assert.equal(labelOf(null), '');
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
