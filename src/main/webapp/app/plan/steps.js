// A pictogram for a step of a lesson, chosen from the step's first words, so a reader who reads poorly sees at a glance
// whether to say, look, write, check or do something. Pure: no DOM, testable in Node.
const RULES = [
  ['speech', /\b(vraag|vragen|zeg|zeggen|vertel|vertellen|praat|praten|bel|bellen|spreek|oefen het gesprek|ask|say|tell|talk|call)\b/i],
  ['eye', /\b(kijk|bekijk|lees|luister|zoek|look|watch|read|listen|find)\b/i],
  ['pencil', /\b(schrijf|noteer|write|note)\b/i],
  ['check', /\b(controleer|vinkje|klopt|klaar|check|tick|done)\b/i],
  ['camera', /\b(foto|photo)\b/i],
  ['clock', /\b(hoe laat|wekker|minuten|op tijd|time|alarm|minutes)\b/i],
];

/** The name of the icon (shared/icons.js) that fits this step; "hand" (do it) when nothing else fits. */
export function stepPictogram(step) {
  const text = String(step ?? '');
  const found = RULES.map(([name, pattern]) => [name, text.search(pattern)])
    .filter(([, at]) => at >= 0)
    .sort((a, b) => a[1] - b[1])[0];
  return found ? found[0] : 'hand';
}

/** Only web addresses that start with http:// or https:// are opened; anything else (javascript:, data:) is not. */
export function safeWebAddress(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
