// Entry point of the app shown after an LTI launch.
import { initSession } from './api.js';

initSession();
// A deep-linked activity opens its own page: the launch names it as "?to=route" (checked on the server too).
const to = new URLSearchParams(location.search).get('to');
if (to !== null) {
  const page = /^[a-z0-9][a-z0-9/._-]{0,120}$/i.test(to) && !to.includes('..') ? `#/${to}` : location.hash;
  history.replaceState(history.state, '', location.pathname + page);
}
// Define the components only after the session token has been taken from the address bar.
await import('./shell/groeipad-app.js');
