// Tiny dictionary for UI text. Dutch (B1, plain words) is the default; English when the locale is 'en'.
// This module is only the machinery: the words shared by every feature are in shared/messages.js, each
// feature adds its own (<feature>/messages.js) with addMessages(). Pure: Node's test runner imports it.

const messages = { nl: {}, en: {} };

const SUPPORTED = ['nl', 'en'];
let locale = 'nl';

/** Sets the locale ('nl' or 'en'; anything else falls back to Dutch) and returns it. */
export function setLocale(value) {
  const short = String(value ?? '').toLowerCase().slice(0, 2);
  locale = SUPPORTED.includes(short) ? short : 'nl';
  return locale;
}

export function getLocale() {
  return locale;
}

/** Adds or overrides keys, e.g. addMessages({ nl: {...}, en: {...} }). */
export function addMessages(extra) {
  for (const lang of SUPPORTED) Object.assign(messages[lang], extra[lang] ?? {});
}

/** The keys of a language's dictionary as loaded so far (for tests and checks). */
export function messageKeys(lang = locale) {
  return Object.keys(messages[lang] ?? {});
}

/** Translates a key; {placeholders} are filled from params. Unknown keys fall back to Dutch, then to the key. */
export function t(key, params = {}) {
  const text = messages[locale][key] ?? messages.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/**
 * Friendly relative day for a past moment: "vandaag", "gisteren", "3 dagen geleden", "vorige week" …
 * Counted in calendar days in the user's time zone.
 */
export function relativeDay(isoDate, now = new Date()) {
  const then = new Date(isoDate);
  if (Number.isNaN(then.getTime())) return '';
  const startOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.max(0, Math.round((startOfDay(now) - startOfDay(then)) / 86_400_000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 14) return format.format(-days, 'day');
  if (days < 60) return format.format(-Math.floor(days / 7), 'week');
  if (days < 365) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-Math.floor(days / 365), 'year');
}
