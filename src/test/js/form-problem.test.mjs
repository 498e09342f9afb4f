// app/shared/form-problem.js: a refused form keeps its marks when Lit draws it again — the controller marks the form
// again after its component's update until the form is sent again, and forgets a form that is no longer drawn.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { FormProblem, formKey } = await import(app('shared/form-problem.js'));

/** A form as the controller sees it: its attributes, whether it is drawn, and whether its marks are there. */
function form(attributes = {}) {
  return { attributes, isConnected: true, marked: false, getAttribute: (name) => attributes[name] ?? null };
}

/** A component that draws `forms`; `dom` records what was marked, cleared and asked. */
function component(...forms) {
  const root = {
    forms,
    querySelectorAll: (selector) => (selector === 'form' ? root.forms.filter((f) => f.isConnected) : []),
    querySelector: (selector) => root.forms.find((f) => f.isConnected && formKey(f) === selector) ?? null,
  };
  const host = { renderRoot: root, controllers: [], addController(c) { this.controllers.push(c); } };
  const dom = {
    shown: [],
    show(f, error, options) { dom.shown.push({ form: f, error, options }); if (f) f.marked = true; return 'Kijk naar het gemarkeerde veld.'; },
    clear(f) { if (f) f.marked = false; },
    lost: (f) => !f.marked,
  };
  return { host, root, dom, problem: new FormProblem(host, dom) };
}

const refusal = { errors: [{ field: 'title', message: 'Vul een titel in.' }] };

describe('formKey', () => {
  test('a form is found again by its data-form, else its id, else its name', () => {
    assert.equal(formKey(form({ 'data-form': 'goal-new', id: 'x' })), 'form[data-form="goal-new"]');
    assert.equal(formKey(form({ id: 'correct-a1' })), 'form[id="correct-a1"]');
    assert.equal(formKey(form({ name: 'start' })), 'form[name="start"]');
  });

  test('a form without any of them has no key (its position among the forms is used)', () => {
    assert.equal(formKey(form()), null);
    assert.equal(formKey(null), null);
  });
});

describe('FormProblem', () => {
  test('the component owns it: it is one of its controllers', () => {
    const { host, problem } = component();
    assert.deepEqual(host.controllers, [problem]);
  });

  test('a refusal marks the form and answers the sentence for above it', () => {
    const goal = form({ 'data-form': 'goal-new' });
    const { problem, dom } = component(goal);
    assert.equal(problem.show(goal, refusal), 'Kijk naar het gemarkeerde veld.');
    assert.equal(dom.shown.length, 1);
    assert.equal(goal.marked, true);
    assert.equal(problem.has(goal), true);
  });

  test('the form Lit draws again after the answer is marked again, without taking the focus', () => {
    const first = form({ 'data-form': 'goal-new' });
    const { root, problem, dom } = component(first);
    problem.show(first, refusal);
    first.isConnected = false;
    const again = form({ 'data-form': 'goal-new' });
    root.forms = [again];
    problem.hostUpdated();
    assert.equal(again.marked, true);
    assert.equal(dom.shown.at(-1).form, again);
    assert.equal(dom.shown.at(-1).options.focus, false);
  });

  test('marks that are still there are left alone', () => {
    const goal = form({ id: 'goal' });
    const { problem, dom } = component(goal);
    problem.show(goal, refusal);
    problem.hostUpdated();
    problem.hostUpdated();
    assert.equal(dom.shown.length, 1);
  });

  test('a form without key is found again at its place among the forms, also when it was gone when the answer came', () => {
    const other = form();
    const sent = form();
    const { root, problem } = component(other, sent);
    problem.clear(sent); // sending: the controller notes where the form stands
    sent.isConnected = false;
    const again = form();
    root.forms = [other, again];
    problem.show(sent, refusal);
    assert.equal(again.marked, true);
    assert.equal(other.marked, false);
  });

  test('the form marked is kept while it is drawn, even when another form now stands at its place', () => {
    const sent = form();
    const { root, problem } = component(sent);
    problem.clear(sent);
    problem.show(sent, refusal);
    const before = form();
    root.forms = [before, sent]; // a form came before it: the marked form's place (0) is another form's now
    sent.marked = false; // and its marks went
    problem.hostUpdated();
    assert.equal(sent.marked, true);
    assert.equal(before.marked, false);
  });

  test('sending the form again forgets the refusal: no marks come back', () => {
    const goal = form({ 'data-form': 'goal-new' });
    const { problem } = component(goal);
    problem.show(goal, refusal);
    problem.clear(goal);
    assert.equal(goal.marked, false);
    assert.equal(problem.has(goal), false);
    problem.hostUpdated();
    assert.equal(goal.marked, false);
  });

  test('a form that is no longer drawn is forgotten: opened again later, it is clean', () => {
    const goal = form({ 'data-form': 'goal-new' });
    const { root, problem } = component(goal);
    problem.show(goal, refusal);
    goal.isConnected = false;
    root.forms = [];
    problem.hostUpdated();
    const later = form({ 'data-form': 'goal-new' });
    root.forms = [later];
    problem.hostUpdated();
    assert.equal(later.marked, false);
  });

  test('an answer without fields marks nothing and keeps nothing', () => {
    const goal = form({ id: 'goal' });
    const { problem } = component(goal);
    problem.show(goal, { status: 409 });
    assert.equal(problem.has(goal), false);
  });

  test('each form keeps its own refusal', () => {
    const a = form({ id: 'a' });
    const b = form({ id: 'b' });
    const { problem } = component(a, b);
    problem.show(a, refusal);
    problem.show(b, refusal);
    problem.clear(a);
    assert.equal(problem.has(a), false);
    assert.equal(problem.has(b), true);
  });
});
