// The shell's URL: who is here (/api/v1/me): user, role, course, language, organisation with its theme, demo.
import { get } from '../api.js';

export const getMe = () => get('/me');
