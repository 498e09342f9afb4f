import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { t } from '../i18n.js';
import { routes } from '../shell/routes.js';
import './messages.js';
import './catalogue-search.js';
import './catalogue-item.js';
import './catalogue-form.js';

/**
 * "Leermateriaal" (coaches and admins): the organisation's catalogue and the material other organisations
 * share. Addresses: #/catalogue, #/catalogue/shared, #/catalogue/new, #/catalogue/item/<id>,
 * #/catalogue/item/<id>/edit.
 */
export class CataloguePage extends LightElement {
  static properties = {
    rest: { attribute: false },
    course: { attribute: false },
  };

  constructor() {
    super();
    this.rest = '';
    this.course = null;
  }

  render() {
    const parts = (this.rest || '').split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'new') return html`<catalogue-form .itemId=${null}></catalogue-form>`;
    if (parts[0] === 'item' && parts[1] && parts[2] === 'edit') return html`<catalogue-form .itemId=${parts[1]}></catalogue-form>`;
    if (parts[0] === 'item' && parts[1]) return html`${this.#notice()}<catalogue-item .itemId=${parts[1]} .course=${this.course}></catalogue-item>`;
    const shared = parts[0] === 'shared';
    return html`
      <h1>${t('common.material')}</h1>
      ${this.#notice()}
      <p class="lead">${t(shared ? 'cat.shared.intro' : 'cat.intro')}</p>
      <nav class="tabs" aria-label=${t('cat.tabs')}>
        <a href="#/catalogue" aria-current=${shared ? nothing : 'page'}>${t('cat.tab.own')}</a>
        <a href="#/catalogue/shared" aria-current=${shared ? 'page' : nothing}>${t('cat.tab.shared')}</a>
      </nav>
      ${shared ? nothing : html`<p><a class="button" href="#/catalogue/new">${t('cat.add')}</a></p>`}
      ${shared
        ? html`<catalogue-search mode="shared"></catalogue-search>`
        : html`<catalogue-search mode="own"></catalogue-search>`}
    `;
  }

  /** A message left by the page before (saved, removed), shown once. */
  #notice() {
    let text = null;
    try {
      text = sessionStorage.getItem('groeipad.catalogue.notice');
      sessionStorage.removeItem('groeipad.catalogue.notice');
    } catch {
      // no storage: no notice
    }
    return text ? html`<div class="live" aria-live="polite"><p class="message message--success">${text}</p></div>` : nothing;
  }
}

customElements.define('catalogue-page', CataloguePage);

const page = (me, rest) => html`<catalogue-page .rest=${rest} .course=${me.course}></catalogue-page>`;
routes.push(
  { path: 'catalogue', roles: ['coach', 'admin'], nav: 'common.material', render: page },
  { path: 'catalogue/*', roles: ['coach', 'admin'], render: page },
);
