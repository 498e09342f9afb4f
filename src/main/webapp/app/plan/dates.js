// Calendar days ("2026-03-02") as people read them, in the chosen language.
import { getLocale } from '../i18n.js';

/** The local date of an ISO day, or null. */
export function parseDay(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** "maandag 2 maart" (or with the year when it is not this year). */
export function formatDay(iso, { weekday = true } = {}) {
  const day = parseDay(iso);
  if (!day) return iso ?? '';
  const options = { day: 'numeric', month: 'long' };
  if (weekday) options.weekday = 'long';
  if (day.getFullYear() !== new Date().getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat(getLocale(), options).format(day);
}

/** The calendar day of a moment (ISO instant), as a readable day. */
export function formatMoment(isoInstant) {
  const moment = new Date(isoInstant);
  if (Number.isNaN(moment.getTime())) return '';
  return new Intl.DateTimeFormat(getLocale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(moment);
}

/** Today as an ISO day in the device's own time zone (toISOString would give the UTC day, a day early just after midnight in the Netherlands). */
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO day some days after another. */
export function addDays(iso, days) {
  const day = parseDay(iso) ?? new Date();
  day.setDate(day.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
