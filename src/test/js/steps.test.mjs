// app/plan/steps.js: a pictogram per lesson step, and which web addresses "Begin" may open.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { safeWebAddress, stepPictogram } = await import(app('plan/steps.js'));

describe('stepPictogram', () => {
  test('chooses by the first thing the step asks', () => {
    assert.equal(stepPictogram('Vraag: "Wil je laten zien hoe jij dit doet?"'), 'speech');
    assert.equal(stepPictogram('Kijk goed mee. Vraag wat je niet snapt.'), 'eye');
    assert.equal(stepPictogram('Schrijf of spreek één zin in.'), 'pencil');
    assert.equal(stepPictogram('Controleer je werk.'), 'check');
    assert.equal(stepPictogram('Zet een wekker op je telefoon.'), 'clock');
    assert.equal(stepPictogram('Maak er een foto van.'), 'camera');
  });

  test('"do it" when nothing fits, also for nothing at all', () => {
    assert.equal(stepPictogram('Doe de taak daarna zelf.'), 'hand');
    assert.equal(stepPictogram(''), 'hand');
    assert.equal(stepPictogram(undefined), 'hand');
  });
});

describe('safeWebAddress', () => {
  test('opens http and https addresses only', () => {
    assert.equal(safeWebAddress('https://www.oefenen.nl/'), 'https://www.oefenen.nl/');
    assert.equal(safeWebAddress('http://example.org/les'), 'http://example.org/les');
    assert.equal(safeWebAddress('javascript:alert(1)'), null);
    assert.equal(safeWebAddress('data:text/html,hoi'), null);
    assert.equal(safeWebAddress('/app/'), null);
    assert.equal(safeWebAddress(null), null);
  });
});

const { plainGoalTitle } = await import(app('plan/goal-title.js'));

describe('plainGoalTitle', () => {
  test('shows a generated intake title as the competency in plain words', () => {
    assert.equal(plainGoalTitle('Ik werk aan: Veilig werken (niveau A)'), 'Veilig werken');
    assert.equal(plainGoalTitle('Ik werk aan: Advies vragen en anderen erbij betrekken (niveau C)'),
      'Advies vragen en anderen erbij betrekken');
  });

  test('leaves a title a coach wrote as it is', () => {
    assert.equal(plainGoalTitle('Ik vraag om hulp als ik iets niet weet'), 'Ik vraag om hulp als ik iets niet weet');
    assert.equal(plainGoalTitle(' Ik werk aan: mijn rijbewijs '), 'Ik werk aan: mijn rijbewijs');
    assert.equal(plainGoalTitle(undefined), '');
  });
});
