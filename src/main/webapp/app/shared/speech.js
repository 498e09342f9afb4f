// Read-aloud with the browser's own speech synthesis (Web Speech API): nothing is sent to a third party.
// One voice at a time in the whole app: starting to read stops whatever was being read, and tells the control
// that started it (onEnd) so it no longer shows that it is speaking.
import { getLocale } from '../i18n.js';

let current = null; // { utterance, onEnd }

/** True when this browser can read text aloud. */
export function canReadAloud() {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

function finished(entry) {
  if (current === entry) current = null;
  entry.onEnd?.();
}

/**
 * Reads the text aloud, stopping whatever was being read. `language` is the language of the text (e.g. the
 * framework's "nl"); without it the user's language. Dutch is read as nl-NL, English as en-GB. `onEnd` is called once
 * when the reading ends, fails or is stopped.
 */
export function readAloud(text, language = getLocale(), onEnd = undefined) {
  if (!canReadAloud() || !text) return false;
  stopReading();
  const lang = String(language ?? getLocale()).toLowerCase().startsWith('en') ? 'en-GB' : 'nl-NL';
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.9; // a little slower than normal: easier to follow
  const voice = window.speechSynthesis.getVoices?.().find((v) => v.lang?.replace('_', '-').startsWith(lang.slice(0, 2)));
  if (voice) utterance.voice = voice;
  const entry = { utterance, onEnd };
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    finished(entry);
  };
  entry.end = end;
  utterance.onend = end;
  utterance.onerror = end;
  current = entry;
  window.speechSynthesis.speak(utterance);
  return true;
}

/** Stops reading aloud (e.g. when the question changes or the person presses Stop). */
export function stopReading() {
  const entry = current;
  current = null;
  if (canReadAloud()) window.speechSynthesis.cancel();
  entry?.end?.();
}
