import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { t } from '../i18n.js';
import { duplicateItem, getItem, removeItem, setSharing } from './catalogue-api.js';
import { badges, kindIcon } from './parts.js';
import { duration, languageName, levelsText } from './words.js';
import '../plan/put-in-plan.js';

/**
 * One item of the organisation's catalogue: what it is, for which competency and level, and what a coach
 * can do with it — change it, share it with other organisations, remove it, or (for a read-only copy of
 * another organisation's material) make an own version.
 */
export class CatalogueItem extends LightElement {
  static properties = {
    itemId: { attribute: false },
    course: { attribute: false },
    item: { state: true },
    error: { state: true },
    status: { state: true },
    confirming: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.itemId = null;
    this.course = null;
    this.item = null;
    this.error = null;
    this.status = null;
    this.confirming = false;
    this.busy = false;
  }

  willUpdate(changed) {
    if (changed.has('itemId')) this.#load();
  }

  async #load() {
    this.item = null;
    this.error = null;
    this.confirming = false;
    try {
      this.item = await getItem(this.itemId);
    } catch (error) {
      this.error = error;
    }
  }

  async #toggleShare(event) {
    const on = event.target.checked;
    this.busy = true;
    this.status = null;
    try {
      this.item = await setSharing(this.item.id, on);
      this.status = { kind: 'success', text: t(on ? 'cat.share.on' : 'cat.share.off') };
    } catch (error) {
      event.target.checked = !on;
      this.status = { kind: 'error', text: userMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  async #remove() {
    this.busy = true;
    try {
      await removeItem(this.item.id, { ifMatch: this.item.version });
      sessionStorage.setItem('groeipad.catalogue.notice', t('cat.removed'));
      location.hash = '#/catalogue';
    } catch (error) {
      // Someone else changed it meanwhile: show the newest version before anything is removed.
      if (error instanceof ApiError && error.isStale && error.current) this.item = error.current;
      this.status = { kind: 'error', text: userMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  async #duplicate() {
    this.busy = true;
    try {
      const copy = await duplicateItem(this.item.id);
      location.hash = `#/catalogue/item/${encodeURIComponent(copy.id)}`;
      this.status = { kind: 'success', text: t('cat.duplicated') };
    } catch (error) {
      this.status = { kind: 'error', text: userMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (this.error) {
      return html`<h1>${t('common.material')}</h1>
        <div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>
        <p><a href="#/catalogue">${t('cat.back')}</a></p>`;
    }
    if (!this.item) {
      return html`<h1 class="visually-hidden">${t('common.material')}</h1>
        <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('cat.loading')}</p>`;
    }
    const item = this.item;
    return html`
      <p><a href="#/catalogue">${t('cat.back')}</a></p>
      <div class="item-head">
        <span class="catalogue-item__icon">${kindIcon(item.kind)}</span>
        <h1>${item.title}</h1>
      </div>
      ${badges(item)}
      ${item.readOnly ? html`<div class="message message--info"><p>${t('cat.readOnly', { name: item.sourceName })}</p></div>` : nothing}
      ${item.description ? html`<p class="item-text">${item.description}</p>` : nothing}
      ${item.instructions?.length ? html`
        <h2>${t('cat.item.instructions')}</h2>
        <ol class="item-steps">${item.instructions.map((step) => html`<li>${step}</li>`)}</ol>` : nothing}
      ${item.url ? html`<p><a class="button button--secondary" href=${item.url} target="_blank" rel="noopener noreferrer">
          ${t('cat.detail.open')}<span class="visually-hidden"> ${t('common.opensNew')}</span></a></p>` : nothing}
      <dl class="values">
        ${this.#value('common.kind', t(`material.kind.${item.kind}`))}
        ${this.#value('common.competency', item.competencyTitle ?? item.competencyKey)}
        ${this.#value('common.level', levelsText(item.levels))}
        ${this.#value('cat.detail.styles', item.learningStyles.map((s) => t(`cat.style.${s}`)).join(', '))}
        ${this.#value('cat.detail.duration', duration(item.durationMinutes))}
        ${this.#value('cat.detail.language', languageName(item.language))}
        ${this.#value('cat.detail.source', t(`cat.source.${item.source}`) + (item.sourceName ? ` – ${item.sourceName}` : ''))}
      </dl>
      <div class="button-row">
        ${item.readOnly
          ? html`<button type="button" class="button" @click=${this.#duplicate}>${t('cat.duplicate')}</button>`
          : html`<a class="button" href="#/catalogue/item/${encodeURIComponent(item.id)}/edit">${t('cat.edit')}</a>`}
        <button type="button" class="button button--danger" @click=${() => (this.confirming = true)}>${t('cat.remove')}</button>
      </div>
      ${this.confirming ? this.#confirm() : nothing}
      <put-in-plan .course=${this.course} .item=${item}></put-in-plan>
      ${item.readOnly ? nothing : this.#sharing()}
      <div class="live" aria-live="polite">
        ${this.status ? html`<p class="message message--${this.status.kind}">${this.status.text}</p>` : nothing}
      </div>
    `;
  }

  #value(label, value) {
    return html`<div class="values__item"><dt>${t(label)}</dt><dd>${value || t('cat.detail.none')}</dd></div>`;
  }

  #confirm() {
    return html`
      <div class="message message--error confirm" role="alert">
        <p>${t('cat.remove.confirm', { title: this.item.title })}</p>
        <div class="button-row">
          <button type="button" class="button button--danger-solid" @click=${this.#remove}>${t('cat.remove.yes')}</button>
          <button type="button" class="button button--secondary" @click=${() => (this.confirming = false)}>${t('cat.remove.no')}</button>
        </div>
      </div>
    `;
  }

  #sharing() {
    return html`
      <section class="panel" aria-labelledby="cat-share-title">
        <h2 id="cat-share-title">${t('cat.share.title')}</h2>
        <label class="choice">
          <input type="checkbox" .checked=${this.item.shared} ?disabled=${this.busy} @change=${this.#toggleShare}
            aria-describedby="cat-share-hint">
          <span>
            <span class="choice__label">${t('cat.share.label')}</span>
            <span class="choice__hint" id="cat-share-hint">${t('cat.share.hint')}</span>
          </span>
        </label>
      </section>
    `;
  }
}

customElements.define('catalogue-item', CatalogueItem);
