import { html } from 'lit';

/**
 * The app's pages besides the home page, one entry per feature. Each feature adds its own entries
 * (and imports its component here), so the shell itself never changes for a new page.
 *
 *   path   – the part after "#/" in the address, e.g. "catalogue" for #/catalogue (may end in "/*"
 *            to take the rest as `rest`, e.g. "plans/*" for #/plans/<id>)
 *   roles  – who sees it: 'participant', 'coach', 'admin'
 *   nav    – i18n key of the link in the main navigation (omit for pages reached by links only)
 *   render – (me, rest) => template
 */
export const routes = [];

/** The route matching a hash like "#/catalogue" or "#/plans/123" for this role, with the rest of the path. */
export function match(hash, role) {
  const path = (hash || '').replace(/^#\/?/, '').split('?')[0];
  if (path === '') return null;
  for (const route of routes) {
    if (!route.roles.includes(role)) continue;
    if (route.path === path) return { route, rest: '' };
    if (route.path.endsWith('/*')) {
      const prefix = route.path.slice(0, -1);
      if (path.startsWith(prefix)) return { route, rest: path.slice(prefix.length) };
    }
  }
  return { route: null, rest: path };
}

export const notFound = (t) => html`<h1>${t('app.notFound')}</h1><p><a href="#/">${t('nav.home')}</a></p>`;
