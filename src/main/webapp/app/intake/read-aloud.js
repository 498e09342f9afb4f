// Read-aloud with the browser's own speech synthesis (Web Speech API): nothing is sent to a third party.
import { getLocale } from '../i18n.js';

/** True when this browser can read text aloud. */
export function canReadAloud() {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/**
 * Reads the text aloud, stopping whatever was being read. `language` is the language of the text (e.g. the
 * framework's "nl"); without it the user's language. Dutch is read as nl-NL, English as en-GB.
 */
export function readAloud(text, language = getLocale()) {
  if (!canReadAloud() || !text) return false;
  const lang = String(language).toLowerCase().startsWith('en') ? 'en-GB' : 'nl-NL';
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.9; // a little slower than normal: easier to follow
  const voice = window.speechSynthesis.getVoices?.().find((v) => v.lang?.replace('_', '-').startsWith(lang.slice(0, 2)));
  if (voice) utterance.voice = voice;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return true;
}

/** Stops reading aloud (e.g. when the question changes). */
export function stopReading() {
  if (canReadAloud()) window.speechSynthesis.cancel();
}
