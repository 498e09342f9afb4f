import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { t } from '../i18n.js';
import { createItem, getItem, listCompetencies, updateItem } from './catalogue-api.js';
import { kindIcon } from './parts.js';
import { KINDS, LANGUAGES, LEVELS, STYLES, languageName } from './words.js';
import { formProblem } from '../shared/form-problem.js';

const ONLINE_KINDS = ['online-lesson', 'lms-activity', 'video'];

/**
 * Add or change learning material. Checks the obvious on the spot (a title, a kind, a level when a
 * competency is named); everything else the server checks, and its field errors (problem+json) are shown
 * next to the field they are about — by the one mechanism of every form (shared/form-problem.js), which marks a
 * field again when it comes back with its kind (the web address, the source's name).
 */
export class CatalogueForm extends LightElement {
  static properties = {
    itemId: { attribute: false },
    draft: { state: true },
    summary: { state: true },
    busy: { state: true },
    loadError: { state: true },
    competencies: { state: true },
  };

  constructor() {
    super();
    this.itemId = null;
    this.draft = null;
    this.summary = null;
    this.busy = false;
    this.loadError = null;
    this.competencies = [];
  }

  willUpdate(changed) {
    if (changed.has('itemId')) this.#load();
  }

  connectedCallback() {
    super.connectedCallback();
    listCompetencies().then((list) => (this.competencies = list ?? [])).catch(() => {});
  }

  async #load() {
    formProblem(this).clear(this.querySelector('form'));
    this.summary = null;
    if (!this.itemId) {
      this.draft = { title: '', description: '', kind: '', url: '', competencyTitle: '', competencyKey: null,
        levels: [], learningStyles: [], durationMinutes: '', language: 'nl', source: 'own', sourceName: '', steps: '' };
      return;
    }
    this.draft = null;
    try {
      this.#show(await getItem(this.itemId));
    } catch (error) {
      this.loadError = error;
    }
  }

  /** The stored item in the form (its version is what a save names in If-Match). */
  #show(item) {
    this.draft = { ...item, url: item.url ?? '', competencyTitle: item.competencyTitle ?? '', description: item.description ?? '',
      durationMinutes: item.durationMinutes ?? '', sourceName: item.sourceName ?? '', steps: (item.instructions ?? []).join('\n') };
  }

  #update(changes) {
    this.draft = { ...this.draft, ...changes };
  }

  #toggle(list, value, on) {
    const set = new Set(this.draft[list]);
    if (on) set.add(value);
    else set.delete(value);
    this.#update({ [list]: [...set] });
  }

  /** The obvious, checked before sending, as the field errors of a problem+json answer. */
  #localErrors(body) {
    const errors = [];
    if (!body.title) errors.push({ field: 'title', message: t('cat.form.titleRequired') });
    if (!body.kind) errors.push({ field: 'kind', message: t('cat.form.kindRequired') });
    if (body.competencyTitle && body.levels.length === 0) errors.push({ field: 'levels', message: t('cat.form.levelRequired') });
    return errors;
  }

  async #save(event) {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target;
    const d = this.draft;
    const online = ONLINE_KINDS.includes(d.kind);
    const body = {
      title: d.title.trim(),
      description: d.description.trim() || null,
      kind: d.kind || null,
      url: online ? d.url.trim() || null : null,
      competencyKey: d.competencyKey ?? null,
      competencyTitle: d.competencyTitle.trim() || null,
      levels: LEVELS.filter((l) => d.levels.includes(l)),
      learningStyles: STYLES.filter((s) => d.learningStyles.includes(s)),
      durationMinutes: d.durationMinutes === '' ? null : Number(d.durationMinutes),
      language: d.language || 'nl',
      source: online ? d.source : 'own',
      sourceName: online && d.source === 'external' ? d.sourceName.trim() || null : null,
      instructions: d.steps.split('\n').map((step) => step.trim()).filter(Boolean),
    };
    formProblem(this).clear(form);
    const errors = this.#localErrors(body);
    if (errors.length) {
      this.#refused(form, { errors });
      return;
    }
    this.busy = true;
    this.summary = null;
    try {
      const saved = this.itemId
        ? await updateItem(this.itemId, body, { ifMatch: d.version })
        : await createItem(body);
      sessionStorage.setItem('groeipad.catalogue.notice', t('cat.form.saved'));
      location.hash = `#/catalogue/item/${encodeURIComponent(saved.id)}`;
    } catch (error) {
      // Someone else changed the item meanwhile: the form shows the newest version, and says so.
      if (error instanceof ApiError && error.isStale && error.current) this.#show(error.current);
      await this.updateComplete;
      this.#refused(form, error, { competencyKey: 'competencyTitle' });
    } finally {
      this.busy = false;
    }
  }

  /**
   * A refusal (the server's, or the form's own checks): the fields it names are marked (shared/form-problem.js), the
   * sentence above the form names them by their labels; the focus goes to the first marked field (in view), or to
   * the sentence when nothing could be marked.
   */
  async #refused(form, error, aliases = {}) {
    this.summary = formProblem(this).show(form, error, { aliases, focus: false });
    await this.updateComplete;
    const first = form.querySelector('[data-field-error]:not(p)');
    first?.scrollIntoView?.({ block: 'center' });
    (first ?? this.querySelector('.form-summary'))?.focus({ preventScroll: Boolean(first) });
  }

  render() {
    const heading = html`<h1>${t(this.itemId ? 'cat.form.editTitle' : 'cat.form.addTitle')}</h1>`;
    if (this.loadError) {
      return html`${heading}<div class="message message--error" role="alert"><p>${userMessage(this.loadError)}</p></div>
        <p><a href="#/catalogue">${t('cat.back')}</a></p>`;
    }
    if (!this.draft) {
      return html`${heading}<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('cat.loading')}</p>`;
    }
    const d = this.draft;
    const online = ONLINE_KINDS.includes(d.kind);
    const cancel = this.itemId ? `#/catalogue/item/${encodeURIComponent(this.itemId)}` : '#/catalogue';
    return html`
      ${heading}
      <form class="form" novalidate @submit=${this.#save}>
        ${this.summary ? html`<div class="message message--error form-summary" role="alert" tabindex="-1"><p>${this.summary}</p></div>` : nothing}
        ${this.#text('title', 'cat.form.title', { required: true, maxlength: 200 })}
        ${this.#textarea()}
        ${this.#instructions()}
        <fieldset class="choices choices--grid">
          <legend>${t('cat.form.kind')}</legend>
          ${KINDS.map((kind, index) => html`
            <label class="choice">
              <input type="radio" id="cat-kind-${kind}" name="kind" value=${kind} .checked=${d.kind === kind}
                data-field=${index === 0 ? 'kind' : nothing} @change=${() => this.#update({ kind })}>
              <span class="choice__icon">${kindIcon(kind)}</span>
              <span class="choice__label">${t(`material.kind.${kind}`)}</span>
            </label>`)}
        </fieldset>
        ${online ? this.#sourceFields() : nothing}
        ${this.#text('competencyTitle', 'common.competency', { hint: 'cat.form.competency.hint', list: 'cat-competencies', maxlength: 300 })}
        <datalist id="cat-competencies">
          ${this.competencies.filter((c) => c.title).map((c) => html`<option value=${c.title}></option>`)}
        </datalist>
        ${this.#checks('levels', 'cat.form.levels', LEVELS, (l) => t('common.levelOf', { level: l }), 'cat.form.levels.hint')}
        ${this.#checks('learningStyles', 'cat.form.styles', STYLES, (s) => t(`cat.style.${s}`), null, (s) => t(`cat.style.${s}.hint`))}
        ${this.#text('durationMinutes', 'cat.form.duration', { type: 'number', inputmode: 'numeric', min: 1, max: 6000 })}
        <div class="field">
          <label for="cat-language">${t('cat.form.language')}</label>
          <select id="cat-language" data-field="language"
            @change=${(e) => this.#update({ language: e.target.value })}>
            ${(LANGUAGES.includes(d.language) ? LANGUAGES : [d.language, ...LANGUAGES]).map((l) =>
              html`<option value=${l} ?selected=${d.language === l}>${languageName(l)}</option>`)}
          </select>
        </div>
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t('common.saving') : t('common.save')}
          </button>
          <a class="button button--secondary" href=${cancel}>${t('common.cancel')}</a>
        </div>
      </form>
    `;
  }

  #sourceFields() {
    const d = this.draft;
    return html`
      ${this.#text('url', 'cat.form.url', { type: 'url', hint: 'cat.form.url.hint', inputmode: 'url', placeholder: 'https://' })}
      <fieldset class="choices">
        <legend>${t('cat.form.source')}</legend>
        ${['own', 'external'].map((source) => html`
          <label class="choice">
            <input type="radio" name="source" value=${source} .checked=${d.source === source}
              @change=${() => this.#update({ source })}>
            <span class="choice__label">${t(`cat.form.source.${source}`)}</span>
          </label>`)}
      </fieldset>
      ${d.source === 'external' ? this.#text('sourceName', 'cat.form.sourceName', { hint: 'cat.form.sourceName.hint', maxlength: 200 }) : nothing}
    `;
  }

  #text(field, label, { type = 'text', hint, required = false, list, inputmode, min, max, maxlength, placeholder } = {}) {
    const id = `cat-${field}`;
    return html`
      <div class="field">
        <label for=${id}>${t(label)}</label>
        ${hint ? html`<p class="field__hint" id="${id}-hint">${t(hint)}</p>` : nothing}
        <input id=${id} type=${type} data-field=${field} .value=${String(this.draft[field] ?? '')}
          list=${list ?? nothing} inputmode=${inputmode ?? nothing} min=${min ?? nothing} max=${max ?? nothing}
          maxlength=${maxlength ?? nothing} placeholder=${placeholder ?? nothing} ?required=${required}
          autocomplete="off" aria-describedby=${hint ? `${id}-hint` : nothing}
          @input=${(e) => this.#update({ [field]: e.target.value, ...(field === 'competencyTitle' ? { competencyKey: null } : {}) })}>
      </div>
    `;
  }

  #textarea() {
    const field = 'description';
    return html`
      <div class="field">
        <label for="cat-description">${t('cat.form.description')}</label>
        <p class="field__hint" id="cat-description-hint">${t('cat.form.description.hint')}</p>
        <textarea id="cat-description" data-field="description" rows="5" maxlength="4000" .value=${this.draft.description}
          aria-describedby="cat-${field}-hint"
          @input=${(e) => this.#update({ description: e.target.value })}></textarea>
      </div>
    `;
  }

  /** The instructions: one short step per line, as the participant sees them after "Begin". */
  #instructions() {
    const field = 'instructions';
    return html`
      <div class="field">
        <label for="cat-instructions">${t('cat.form.instructions')}</label>
        <p class="field__hint" id="cat-instructions-hint">${t('cat.form.instructions.hint')}</p>
        <textarea id="cat-instructions" data-field="instructions" rows="6" .value=${this.draft.steps}
          aria-describedby="cat-${field}-hint"
          @input=${(e) => this.#update({ steps: e.target.value })}></textarea>
      </div>
    `;
  }

  #checks(field, legend, values, label, hint, itemHint) {
    return html`
      <fieldset class="choices choices--inline" aria-describedby=${hint ? `cat-${field}-hint` : nothing}>
        <legend>${t(legend)}</legend>
        ${hint ? html`<p class="field__hint" id="cat-${field}-hint">${t(hint)}</p>` : nothing}
        ${values.map((value, index) => html`
          <label class="choice">
            <input type="checkbox" id="cat-${field}-${value}" value=${value} .checked=${this.draft[field].includes(value)}
              data-field=${index === 0 ? field : nothing}
              @change=${(e) => this.#toggle(field, value, e.target.checked)}>
            <span>
              <span class="choice__label">${label(value)}</span>
              ${itemHint ? html`<span class="choice__hint">${itemHint(value)}</span>` : nothing}
            </span>
          </label>`)}
      </fieldset>
    `;
  }
}

customElements.define('catalogue-form', CatalogueForm);
