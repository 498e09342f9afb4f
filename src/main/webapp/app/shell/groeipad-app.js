import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { setLocale, t } from '../i18n.js';
import '../home/participant-home.js';
import '../coach/my-participants.js';
import '../branding/branding-settings.js';
import '../credential/credential-issuers.js';
import '../catalogue/catalogue-page.js';
import '../competency/competency.js';
import '../plan/plan-routes.js';
import '../route/route-pages.js';
import '../intake/intake.js';
import '../observation/observation.js';
import '../evaluation/evaluation.js';
import '../credential/credential-pages.js';
import { match, notFound, routes } from './routes.js';
import { getMe } from './shell-api.js';

const THEME_NAME = /^[a-z0-9-]+$/;

/** Points the <link id="theme"> at the organisation's theme. */
function applyTheme(theme) {
  const name = THEME_NAME.test(theme ?? '') ? theme : 'default';
  const link = document.getElementById('theme');
  const href = `/themes/${name}/theme.css`;
  if (link && link.getAttribute('href') !== href) link.setAttribute('href', href);
}

/**
 * True inside another page's frame (Moodle's "embed" container): Moodle's own header already says where the person
 * is, so the app drops its brand bar and keeps its navigation to one compact row.
 */
function isEmbedded() {
  try {
    return window.top !== window.self;
  } catch {
    return true; // a frame whose parent cannot even be compared is a frame
  }
}

/** Only https (or same-host) logos are shown. */
function safeLogo(url) {
  return typeof url === 'string' && (url.startsWith('https://') || url.startsWith('/')) ? url : null;
}

/**
 * The app shell: asks the server who is here (GET /api/v1/me), applies language and theme,
 * and shows the view that fits the role: a participant's home, or a coach's participants
 * (plus house style settings for an admin).
 */
export class GroeipadApp extends LightElement {
  static properties = {
    me: { state: true },
    error: { state: true },
    hash: { state: true },
    logoFailed: { state: true },
  };

  constructor() {
    super();
    this.me = null;
    this.error = null;
    this.logoFailed = false;
    this.hash = location.hash;
    this.embedded = isEmbedded();
    this.addEventListener('organisation-changed', (event) => this.#organisationChanged(event.detail));
    this.onHashChange = () => {
      this.hash = location.hash;
      this.#updateTitle();
      document.getElementById('main')?.focus();
    };
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  connectedCallback() {
    super.connectedCallback();
    this.classList.toggle('is-embedded', this.embedded);
    window.addEventListener('hashchange', this.onHashChange);
    this.load();
  }

  async load() {
    this.error = null;
    this.me = null;
    try {
      const me = await getMe();
      document.documentElement.lang = setLocale(me.locale);
      applyTheme(me.organisation?.theme);
      this.me = me;
    } catch (error) {
      this.error = error;
    }
    this.#updateTitle();
  }

  #organisationChanged(organisation) {
    if (!this.me || !organisation) return;
    applyTheme(organisation.theme);
    this.logoFailed = false;
    this.me = { ...this.me, organisation };
  }

  get #isCoach() {
    return this.me?.role === 'coach' || this.me?.role === 'admin';
  }

  #updateTitle() {
    const app = t('app.name');
    document.title = this.me && this.#isCoach ? `${t('coach.title')} – ${app}` : app;
  }

  render() {
    return html`
      <a class="skip-link" href="#main" @click=${this.#skip}>${t('nav.skip')}</a>
      ${this.embedded ? nothing : this.#header()}
      ${this.me ? this.#nav() : nothing}
      <main id="main" class="content" tabindex="-1">
        ${this.error ? this.#errorView() : this.me ? this.#roleView() : this.#loadingView()}
      </main>
    `;
  }

  /** The skip link moves the focus to the content; the address (the app's route) stays as it is. */
  #skip(event) {
    event.preventDefault();
    const main = this.querySelector('#main');
    main?.focus();
    main?.scrollIntoView();
  }

  #header() {
    const organisation = this.me?.organisation;
    const logo = this.logoFailed ? null : safeLogo(organisation?.logoUrl);
    return html`
      <header class="app-header">
        <div class="app-header__inner">
          ${logo ? html`<img class="app-header__logo" src=${logo} alt=${organisation.name ?? ''}
                @error=${() => (this.logoFailed = true)}>` : nothing}
          <p class="app-header__brand">
            <span class="app-header__name">${t('app.name')}</span>
            ${organisation?.name && !logo ? html`<span class="app-header__org">${organisation.name}</span>` : nothing}
          </p>
          ${this.me?.demo
            ? html`<p class="demo-banner"><span class="demo-banner__tag" title=${t('app.demo')}>${t('app.demo.tag')}</span>
                <span class="visually-hidden">${t('app.demo')}</span>
                <a href="/demo">${t('app.demo.back')}</a></p>`
            : nothing}
        </div>
      </header>
    `;
  }

  #loadingView() {
    return html`
      <h1 class="visually-hidden">${t('app.name')}</h1>
      <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('app.loading')}</p>
    `;
  }

  #errorView() {
    const expired = this.error instanceof ApiError && this.error.status === 401;
    return html`
      <h1>${t('app.error.heading')}</h1>
      <div class="message message--error" role="alert">
        <p>${userMessage(this.error)}</p>
      </div>
      ${expired ? nothing : html`<button type="button" class="button" @click=${() => this.load()}>${t('app.retry')}</button>`}
    `;
  }

  #nav() {
    const items = routes.filter((r) => r.nav && r.roles.includes(this.me.role));
    if (items.length === 0) return nothing;
    const current = (this.hash || '').replace(/^#\/?/, '');
    const link = (href, key, active) => html`<li><a href=${href} aria-current=${active ? 'page' : nothing}>${t(key)}</a></li>`;
    return html`
      <nav class="app-nav" aria-label=${t('nav.label')}>
        <ul>
          ${link('#/', 'nav.home', current === '')}
          ${items.map((r) => link(`#/${r.path.replace('/*', '')}`, r.nav, current.startsWith(r.path.replace('/*', ''))))}
        </ul>
      </nav>
    `;
  }

  #roleView() {
    const me = this.me;
    const found = match(this.hash, me.role);
    if (found) return found.route ? found.route.render(me, found.rest) : notFound(t);
    if (!this.#isCoach) return html`<participant-home .user=${me.user} .course=${me.course}></participant-home>`;
    return html`
      <my-participants .course=${me.course}></my-participants>
      ${me.role === 'admin' ? html`<branding-settings .organisation=${me.organisation}></branding-settings>` : nothing}
      ${me.role === 'admin' ? html`<credential-issuers .organisation=${me.organisation}></credential-issuers>` : nothing}
    `;
  }
}

customElements.define('groeipad-app', GroeipadApp);
