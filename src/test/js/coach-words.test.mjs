// app/coach/words.js: how the coach's screens name a participant and count things.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { firstName, plural } = await import(app('coach/words.js'));

describe('firstName', () => {
  test('the first word of the name', () => {
    assert.equal(firstName('Sam Jansen'), 'Sam');
    assert.equal(firstName('  Noa   van Dijk '), 'Noa');
  });

  test('no name: the fallback', () => {
    assert.equal(firstName('', 'Deelnemer'), 'Deelnemer');
    assert.equal(firstName(null, 'Deelnemer'), 'Deelnemer');
  });
});

describe('plural', () => {
  test('one has a key of its own, zero and many share one', () => {
    assert.equal(plural('coach.tasks', 1), 'coach.tasksOne');
    assert.equal(plural('coach.tasks', 0), 'coach.tasks');
    assert.equal(plural('coach.tasks', 3), 'coach.tasks');
  });
});
