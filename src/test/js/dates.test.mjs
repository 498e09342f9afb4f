// app/plan/dates.js: calendar days ("2026-03-02") as people read them.
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { app } from './webapp.mjs';

const { addDays, formatDay, formatMoment, parseDay, today } = await import(app('plan/dates.js'));
const { setLocale } = await import(app('i18n.js'));

afterEach(() => setLocale('nl'));

const thisYear = new Date().getFullYear();

describe('parseDay', () => {
  test('reads an ISO day as a local date', () => {
    const day = parseDay('2026-03-02');
    assert.deepEqual([day.getFullYear(), day.getMonth(), day.getDate()], [2026, 2, 2]);
  });

  test('anything else is null', () => {
    assert.equal(parseDay('2026-3-2'), null);
    assert.equal(parseDay('2026-03-02T10:00:00Z'), null);
    assert.equal(parseDay(null), null);
  });
});

describe('formatDay', () => {
  test('a day this year: weekday, day and month, without the year', () => {
    const iso = `${thisYear}-03-02`;
    const weekday = new Intl.DateTimeFormat('nl', { weekday: 'long' }).format(parseDay(iso));
    assert.equal(formatDay(iso), `${weekday} 2 maart`);
    assert.equal(formatDay(iso, { weekday: false }), '2 maart');
  });

  test('a day in another year names the year', () => {
    assert.equal(formatDay(`${thisYear + 1}-03-02`, { weekday: false }), `2 maart ${thisYear + 1}`);
  });

  test('in English', () => {
    setLocale('en');
    assert.equal(formatDay(`${thisYear}-03-02`, { weekday: false }), 'March 2');
  });

  test('what is no day is shown as it is', () => {
    assert.equal(formatDay('morgen'), 'morgen');
    assert.equal(formatDay(undefined), '');
  });
});

describe('formatMoment', () => {
  test('the day of a moment, or nothing when it is unreadable', () => {
    assert.match(formatMoment('2026-03-02T10:00:00Z'), /2 maart/);
    assert.equal(formatMoment('soon'), '');
  });
});

describe('addDays', () => {
  test('counts on across months and years', () => {
    assert.equal(addDays('2026-01-30', 3), '2026-02-02');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  });

  test('goes back with a negative number', () => {
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });

  test('without a day it counts from today', () => {
    const today = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    assert.equal(addDays(null, 0), `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
  });
});

describe('today', () => {
  test('is the local calendar day, not the UTC one', () => {
    // 00:30 on 7 December in the device's zone: toISOString() would give 6 December wherever UTC is behind
    assert.equal(today(new Date(2026, 11, 7, 0, 30)), '2026-12-07');
    assert.equal(today(new Date(2027, 0, 1, 23, 59)), '2027-01-01');
  });
});
