// Entry point of the app shown after an LTI launch.
import { initSession } from './api.js';

initSession();
// Define the components only after the session token has been taken from the address bar.
await import('./shell/groeipad-app.js');
