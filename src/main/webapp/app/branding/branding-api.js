// The house style's URL (/api/v1/organisation/branding): the organisation's theme and logo (admins only).
import { put } from '../api.js';

/** Saves { theme, logoUrl }; answers the organisation as it is now. */
export const saveBranding = (body, options) => put('/organisation/branding', body, options);
