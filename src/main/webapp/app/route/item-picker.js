import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { searchItems } from '../catalogue/catalogue-api.js';
import { t } from '../i18n.js';
import { badges, kindIcon } from '../catalogue/parts.js';
import '../catalogue/messages.js';
import './messages.js';

let pickers = 0;

/**
 * Finds material in the organisation's catalogue (GET /api/v1/catalogue/items) and offers it: to a route step
 * ("Voeg toe", and for a workplace assignment also "as a suggested workplace assignment") and to a task of a
 * plan (`pickLabel` "Kies", `suggest` off). Fires `pick` with {item, suggested}; the form decides. Each picker
 * has ids of its own, so several may stand on one page.
 */
export class RouteItemPicker extends LightElement {
  static properties = {
    linked: { attribute: false },
    label: {},
    pickLabel: { attribute: false },
    suggest: { type: Boolean },
    page: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.linked = [];
    this.label = '';
    this.pickLabel = null;
    this.suggest = true;
    this.page = null;
    this.error = null;
    this.requestNo = 0;
    this.uid = `item-picker-${++pickers}`;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#search('');
  }

  async #search(q) {
    const number = ++this.requestNo;
    this.error = null;
    try {
      const page = await searchItems({ q, limit: 10 });
      if (number === this.requestNo) this.page = page;
    } catch (error) {
      if (number === this.requestNo) this.error = error;
    }
  }

  /** The search runs on "Zoek" and on Enter; it is no form of its own, so the picker may stand inside another form. */
  #submit(event) {
    event.preventDefault();
    this.#search(this.querySelector(`#${this.uid}-q`).value.trim());
  }

  #key(event) {
    if (event.key === 'Enter') this.#submit(event);
  }

  #pick(item, suggested) {
    this.dispatchEvent(new CustomEvent('pick', { detail: { item, suggested } }));
  }

  render() {
    return html`
      <div class="search" role="search" aria-label=${t('route.material.search')}>
        <div class="field">
          <label for="${this.uid}-q">${t('route.material.search')}<span class="visually-hidden">: ${this.label}</span></label>
          <p class="field__hint" id="${this.uid}-hint">${t('route.material.search.hint')}</p>
          <div class="search__row">
            <input id="${this.uid}-q" type="search" autocomplete="off" aria-describedby="${this.uid}-hint" @keydown=${this.#key}>
            <button class="button" type="button" @click=${this.#submit}>${t('route.material.searchButton')}</button>
          </div>
        </div>
      </div>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      ${this.page ? this.#results() : nothing}
    `;
  }

  #results() {
    if (this.page.items.length === 0) return html`<p>${t('route.material.none')}</p>`;
    return html`
      <ul class="catalogue-list picker-list">
        ${this.page.items.map((item) => {
          const linked = this.linked.includes(item.id);
          return html`
            <li class="catalogue-item">
              <span class="catalogue-item__icon">${kindIcon(item.kind)}</span>
              <div class="catalogue-item__body">
                <p class="catalogue-item__title">${item.title}</p>
                <p class="catalogue-item__meta">${t(`material.kind.${item.kind}`)}${item.competencyTitle ? ` · ${item.competencyTitle}` : ''}</p>
                ${badges(item)}
                ${linked
                  ? html`<p class="muted">${t('route.material.linked')}</p>`
                  : html`<div class="button-row">
                      <button type="button" class="button button--secondary button--small" @click=${() => this.#pick(item, false)}>
                        ${this.pickLabel ?? t('common.add')}<span class="visually-hidden">: ${item.title}</span></button>
                      ${this.suggest && item.kind === 'workplace-assignment' ? html`
                        <button type="button" class="button button--secondary button--small" @click=${() => this.#pick(item, true)}>
                          ${t('route.material.suggest')}<span class="visually-hidden">: ${item.title}</span></button>` : nothing}
                    </div>`}
              </div>
            </li>`;
        })}
      </ul>
    `;
  }
}

customElements.define('route-item-picker', RouteItemPicker);
