// The shell's URL: who is here (/api/v1/me): user, role, course, language, organisation with its theme, demo.
// The last answer is kept in this tab (sessionStorage, with the token it belongs to), so that the app opens again
// without a connection (a coach observing on the floor, issue 9 §2); an error answer is never replaced by it.
import { ApiError, get, sessionToken } from '../api.js';

const KEPT = 'groeipad.me';

export async function getMe() {
  try {
    const me = await get('/me');
    try {
      globalThis.sessionStorage?.setItem(KEPT, JSON.stringify({ token: sessionToken(), me }));
    } catch {
      // no storage in this frame: nothing kept
    }
    return me;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    let kept = null;
    try {
      kept = JSON.parse(globalThis.sessionStorage?.getItem(KEPT) ?? 'null');
    } catch {
      kept = null;
    }
    if (kept?.me && kept.token && kept.token === sessionToken()) return kept.me;
    throw error;
  }
}
