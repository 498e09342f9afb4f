import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { t } from '../i18n.js';
import { copySharedItem, listCompetencies, searchItems, searchShared } from './catalogue-api.js';
import { badges, kindIcon } from './parts.js';
import { KINDS, LANGUAGES, LEVELS, SOURCES, STYLES, languageName } from './words.js';

const PAGE_SIZE = 20;
const FILTERS = ['competency', 'level', 'kind', 'place', 'style', 'language', 'source'];
/** Filters named with a word of shared/messages.js; the others are 'cat.filter.<name>'. */
const SHARED_LABELS = { competency: 'common.competency', level: 'common.level', kind: 'common.kind' };

/**
 * Search box, filters and a paged result list of learning material.
 * mode "own": GET /api/v1/catalogue/items (links to the item's page).
 * mode "shared": GET /api/v1/catalogue/shared (other organisations' material, with a copy button).
 */
export class CatalogueSearch extends LightElement {
  static properties = {
    mode: {},
    state: { state: true },
    page: { state: true },
    competencies: { state: true },
    error: { state: true },
    loading: { state: true },
    notice: { state: true },
  };

  constructor() {
    super();
    this.mode = 'own';
    this.state = { q: '', competency: '', level: '', kind: '', place: '', style: '', language: '', source: '', offset: 0 };
    this.page = null;
    this.competencies = [];
    this.error = null;
    this.loading = false;
    this.notice = null;
    this.timer = null;
    this.requestNo = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#search();
    listCompetencies().then((list) => (this.competencies = list ?? [])).catch(() => {});
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  async #search() {
    const number = ++this.requestNo;
    this.loading = true;
    this.error = null;
    const { competency, ...rest } = this.state;
    const query = { ...rest, limit: PAGE_SIZE };
    if (this.mode === 'shared') delete query.source;
    // The competency filter's value is "k:<key>" or "t:<title>" (material not yet linked to a framework).
    if (competency.startsWith('k:')) query.competency = competency.slice(2);
    else if (competency.startsWith('t:')) query.competencyTitle = competency.slice(2);
    try {
      const page = await (this.mode === 'shared' ? searchShared(query) : searchItems(query));
      if (number === this.requestNo) this.page = page;
    } catch (error) {
      if (number === this.requestNo) this.error = error;
    } finally {
      if (number === this.requestNo) this.loading = false;
    }
  }

  #set(changes, { now = true } = {}) {
    this.state = { ...this.state, offset: 0, ...changes };
    this.notice = null;
    clearTimeout(this.timer);
    if (now) this.#search();
    else this.timer = setTimeout(() => this.#search(), 350);
  }

  #submit(event) {
    event.preventDefault();
    this.#set({ q: event.target.elements.q.value.trim() });
  }

  #goTo(offset) {
    this.state = { ...this.state, offset };
    this.#search();
    this.querySelector('.result-count')?.focus();
  }

  async #copy(item) {
    this.notice = null;
    try {
      const copy = await copySharedItem(item.id);
      this.page = { ...this.page, items: this.page.items.map((i) => (i.id === item.id ? { ...i, copyId: copy.id } : i)) };
      this.notice = { kind: 'success', text: t('cat.copy.done', { title: item.title }) };
    } catch (error) {
      this.notice = { kind: 'error', text: userMessage(error) };
    }
  }

  get #activeFilters() {
    return FILTERS.filter((f) => (this.mode !== 'shared' || f !== 'source') && this.state[f]).length;
  }

  render() {
    return html`
      <form class="search" role="search" aria-label=${t('cat.search.label')} @submit=${this.#submit}>
        <div class="field">
          <label for="cat-q">${t('cat.search.label')}</label>
          <p class="field__hint" id="cat-q-hint">${t('cat.search.hint')}</p>
          <div class="search__row">
            <input id="cat-q" name="q" type="search" autocomplete="off" aria-describedby="cat-q-hint"
              .value=${this.state.q} @input=${(e) => this.#set({ q: e.target.value.trim() }, { now: false })}>
            <button class="button" type="submit">${t('cat.search.button')}</button>
          </div>
        </div>
        <details class="filters" ?open=${this.#activeFilters > 0}>
          <summary>${this.#activeFilters ? t('cat.filters.active', { count: this.#activeFilters }) : t('cat.filters')}</summary>
          <div class="filters__grid">
            ${this.#select('competency', this.competencies.map((c) => ({
              value: c.key ? `k:${c.key}` : `t:${c.title}`, label: c.title ?? c.key })))}
            ${this.#select('level', LEVELS.map((l) => ({ value: l, label: t('common.levelOf', { level: l }) })))}
            ${this.#select('kind', KINDS.map((k) => ({ value: k, label: t(`material.kind.${k}`) })))}
            ${this.#select('place', ['online', 'offline'].map((p) => ({ value: p, label: t(`cat.place.${p}`) })))}
            ${this.#select('style', STYLES.map((s) => ({ value: s, label: t(`cat.style.${s}`) })))}
            ${this.#select('language', LANGUAGES.map((l) => ({ value: l, label: languageName(l) })))}
            ${this.mode === 'shared' ? nothing
              : this.#select('source', SOURCES.map((s) => ({ value: s, label: t(`cat.source.${s}`) })))}
          </div>
          ${this.#activeFilters
            ? html`<button type="button" class="button button--secondary"
                @click=${() => this.#set(Object.fromEntries(FILTERS.map((f) => [f, ''])))}>${t('cat.filters.clear')}</button>`
            : nothing}
        </details>
      </form>
      <div class="live" aria-live="polite">
        ${this.notice ? html`<p class="message message--${this.notice.kind}">${this.notice.text}</p>` : nothing}
      </div>
      ${this.#results()}
    `;
  }

  #select(name, options) {
    const id = `cat-filter-${name}`;
    return html`
      <div class="field">
        <label for=${id}>${t(SHARED_LABELS[name] ?? `cat.filter.${name}`)}</label>
        <select id=${id} name=${name} @change=${(e) => this.#set({ [name]: e.target.value })}>
          <option value="" ?selected=${!this.state[name]}>${t('cat.filter.any')}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${this.state[name] === o.value}>${o.label}</option>`)}
        </select>
      </div>
    `;
  }

  #results() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.page) {
      return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('cat.loading')}</p>`;
    }
    const { total, items, offset } = this.page;
    const count = total === 0 ? t('cat.countNone') : total === 1 ? t('cat.countOne') : t('cat.count', { count: total });
    return html`
      <p class="count result-count" role="status" tabindex="-1" aria-busy=${this.loading ? 'true' : 'false'}>${count}</p>
      ${items.length === 0
        ? html`<div class="empty">${kindIcon('online-lesson', 'icon empty__icon')}<p>${t('cat.empty')}</p></div>`
        : html`<ul class="catalogue-list">${items.map((item) => this.#item(item))}</ul>`}
      ${this.#pager(total, offset)}
    `;
  }

  #item(item) {
    const title = this.mode === 'shared'
      ? html`<h2 class="catalogue-item__title">${item.title}</h2>`
      : html`<h2 class="catalogue-item__title"><a href="#/catalogue/item/${encodeURIComponent(item.id)}">${item.title}</a></h2>`;
    return html`
      <li class="catalogue-item">
        <span class="catalogue-item__icon">${kindIcon(item.kind)}</span>
        <div class="catalogue-item__body">
          ${title}
          <p class="catalogue-item__meta">
            <span>${t(`material.kind.${item.kind}`)}</span>${item.competencyTitle ? html` · <span>${item.competencyTitle}</span>` : nothing}
          </p>
          ${badges(item, { shared: this.mode === 'shared' })}
          ${this.mode === 'shared' ? this.#sharedPart(item) : nothing}
        </div>
      </li>
    `;
  }

  #sharedPart(item) {
    return html`
      <p class="catalogue-item__from">${t('cat.from', { name: item.organisation })}</p>
      ${item.description ? html`<p class="catalogue-item__text">${item.description}</p>` : nothing}
      ${item.copyId
        ? html`<p class="catalogue-item__copied"><span class="badge badge--shared">${t('cat.copied')}</span>
            <a href="#/catalogue/item/${encodeURIComponent(item.copyId)}">${t('cat.copied.view')}</a></p>`
        : html`<button type="button" class="button button--secondary" @click=${() => this.#copy(item)}
            aria-label=${t('cat.copy.named', { title: item.title })}>${t('cat.copy')}</button>`}
    `;
  }

  #pager(total, offset) {
    if (total <= PAGE_SIZE) return nothing;
    const pages = Math.ceil(total / PAGE_SIZE);
    const current = Math.floor(offset / PAGE_SIZE) + 1;
    return html`
      <nav class="pager" aria-label=${t('cat.pager')}>
        <button type="button" class="button button--secondary" ?disabled=${current <= 1}
          @click=${() => this.#goTo(Math.max(0, offset - PAGE_SIZE))}>${t('cat.prev')}</button>
        <span>${t('cat.page', { page: current, pages })}</span>
        <button type="button" class="button button--secondary" ?disabled=${current >= pages}
          @click=${() => this.#goTo(offset + PAGE_SIZE)}>${t('cat.next')}</button>
      </nav>
    `;
  }
}

customElements.define('catalogue-search', CatalogueSearch);
