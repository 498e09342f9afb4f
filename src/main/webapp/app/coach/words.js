// How the coach's screens speak about a participant: "Sam heeft nog 2 taken open", not "je". Pure: Node's test
// runner imports it.

/** The first name to speak about a person ("Sam" of "Sam Jansen"); the fallback when there is no name. */
export function firstName(name, fallback = '') {
  const trimmed = String(name ?? '').trim();
  return trimmed ? trimmed.split(/\s+/)[0] : fallback;
}

/** The key for one or for many (shared/messages.js): plural('coach.tasks', 1) → 'coach.tasksOne'. */
export { plural } from '../shared/messages.js';
