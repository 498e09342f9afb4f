// The catalogue's vocabularies (the values of its filters) and how they read: "30 min", "Niveau A en B",
// "Arabisch". Pure: Node's test runner imports it.
import { t } from '../i18n.js';
import './messages.js';

export const KINDS = ['workplace-assignment', 'conversation', 'video', 'online-lesson', 'lms-activity', 'offline-training'];
export const LEVELS = ['A', 'B', 'C'];
export const STYLES = ['doing', 'watching', 'thinking', 'feeling'];
export const SOURCES = ['own', 'shared-copy', 'external'];
export const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

/** "30 min", "2 uur", "1 uur 30 min". */
export function duration(minutes) {
  if (!minutes) return '';
  if (minutes < 60) return t('common.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? t('cat.hoursMinutes', { hours, minutes: rest }) : t('cat.hours', { hours });
}

export function levelsText(levels) {
  if (!levels?.length) return '';
  return levels.length === 1 ? t('common.levelOf', { level: levels[0] }) : t('cat.levels', { levels: levels.join(', ') });
}

export function languageName(code) {
  const key = `cat.lang.${code}`;
  const name = t(key);
  return name === key ? code : name;
}
