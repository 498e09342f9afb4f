import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { searchItems } from '../catalogue/catalogue-api.js';
import { t } from '../i18n.js';
import { badges, kindIcon } from '../catalogue/parts.js';
import '../catalogue/messages.js';
import './messages.js';

/**
 * Finds material in the organisation's catalogue (GET /api/v1/catalogue/items) and offers it to a route step:
 * "Voeg toe", and for a workplace assignment also "as a suggested workplace assignment". Fires `pick` with
 * {item, suggested}; the step decides.
 */
export class RouteItemPicker extends LightElement {
  static properties = {
    linked: { attribute: false },
    label: {},
    page: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.linked = [];
    this.label = '';
    this.page = null;
    this.error = null;
    this.requestNo = 0;
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

  #submit(event) {
    event.preventDefault();
    this.#search(event.target.elements.q.value.trim());
  }

  #pick(item, suggested) {
    this.dispatchEvent(new CustomEvent('pick', { detail: { item, suggested } }));
  }

  render() {
    return html`
      <form class="search" role="search" aria-label=${t('route.material.search')} @submit=${this.#submit}>
        <div class="field">
          <label for="route-picker-q">${t('route.material.search')}<span class="visually-hidden">: ${this.label}</span></label>
          <p class="field__hint" id="route-picker-hint">${t('route.material.search.hint')}</p>
          <div class="search__row">
            <input id="route-picker-q" name="q" type="search" autocomplete="off" aria-describedby="route-picker-hint">
            <button class="button" type="submit">${t('route.material.searchButton')}</button>
          </div>
        </div>
      </form>
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
                        ${t('common.add')}<span class="visually-hidden">: ${item.title}</span></button>
                      ${item.kind === 'workplace-assignment' ? html`
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
