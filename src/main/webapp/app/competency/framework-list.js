import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { problemText, userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { t } from '../i18n.js';
import { createFramework, importCase, importMoodleCsv, listFrameworks } from './competency-api.js';

export function statusLabel(status) {
  return t(`fw.status.${status}`);
}

/**
 * "Competenties": the organisation's frameworks with the version in use and any draft; start a new
 * framework; import one from a CASE package or a Moodle CSV. GET/POST /api/v1/frameworks.
 */
export class FrameworkList extends LightElement {
  static properties = {
    frameworks: { state: true },
    error: { state: true },
    message: { state: true },
    createMessage: { state: true }, // what "Maak raamwerk" answered, shown under its form
    busy: { state: true },
  };

  constructor() {
    super();
    this.frameworks = null;
    this.error = null;
    this.message = null;
    this.createMessage = null;
    this.busy = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  async #load() {
    try {
      this.frameworks = await listFrameworks();
    } catch (error) {
      this.error = error;
    }
  }

  /** "Maak raamwerk": an empty or refused name is marked at the field itself, in view, with the focus on it. */
  async #create(event) {
    event.preventDefault();
    const form = event.target;
    formProblem(this).clear(form);
    this.createMessage = null;
    const title = form.elements.title.value.trim();
    if (!title) {
      this.createMessage = { kind: 'error', text: formProblem(this).show(form, { errors: [{ field: 'title', message: t('fw.new.required') }] }) };
      return;
    }
    try {
      const created = await createFramework({ title });
      location.hash = `#/frameworks/${created.id}/edit`;
    } catch (error) {
      this.createMessage = { kind: 'error', text: formProblem(this).show(form, error) };
    }
  }

  async #import(event) {
    event.preventDefault();
    const file = event.target.elements.file.files?.[0];
    if (!file) {
      this.message = { kind: 'error', text: t('fw.import.none') };
      return;
    }
    this.busy = true;
    this.message = { kind: 'info', text: t('fw.import.busy') };
    try {
      const text = await file.text();
      const csv = file.name.toLowerCase().endsWith('.csv') || !text.trimStart().startsWith('{');
      const imported = csv
        ? await importMoodleCsv(text)
        : await importCase(text);
      this.message = { kind: 'success', text: t('fw.import.done', { title: imported.title }) };
      location.hash = `#/frameworks/${imported.id}`;
    } catch (error) {
      this.message = { kind: 'error', text: problemText(error) };
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`
      <h1>${t('fw.title')}</h1>
      <p class="lead">${t('fw.intro')}</p>
      <div class="live" role="status" aria-live="polite">
        ${this.message
          ? html`<div class="message message--${this.message.kind}"><p>${this.message.text}</p></div>`
          : nothing}
      </div>
      ${this.#list()}
      <section class="panel" aria-labelledby="fw-new-title">
        <h2 id="fw-new-title">${t('fw.new.title')}</h2>
        <form class="form" @submit=${this.#create} novalidate>
          <div class="field">
            <label for="fw-new-name">${t('fw.new.name')}</label>
            <input id="fw-new-name" name="title" type="text" maxlength="300" autocomplete="off" required>
          </div>
          <button class="button" type="submit">${t('fw.new.submit')}</button>
        </form>
        ${this.createMessage ? html`<p class="message message--${this.createMessage.kind} feedback" role="alert">${this.createMessage.text}</p>` : nothing}
      </section>
      <section class="panel" aria-labelledby="fw-import-title">
        <h2 id="fw-import-title">${t('fw.import.title')}</h2>
        <p>${t('fw.import.intro')}</p>
        <form class="form" @submit=${this.#import} novalidate>
          <div class="field">
            <label for="fw-import-file">${t('fw.import.file')}</label>
            <p class="field__hint" id="fw-import-hint">${t('fw.import.hint')}</p>
            <input id="fw-import-file" name="file" type="file" accept=".json,.csv,application/json,text/csv"
              aria-describedby="fw-import-hint">
          </div>
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('fw.import.submit')}</button>
        </form>
      </section>
    `;
  }

  #list() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.frameworks) return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
    if (this.frameworks.length === 0) return html`<div class="empty">${icon('plan', 'icon empty__icon')}<p>${t('fw.empty')}</p></div>`;
    return html`
      <ul class="frameworks">
        ${this.frameworks.map((f) => {
          const main = f.published ?? f.draft;
          return html`
            <li class="framework-card">
              <h2 class="framework-card__title">
                <a href="#/frameworks/${main.id}">${f.title}</a>
              </h2>
              <p class="framework-card__meta">
                <span class="badge badge--${main.status}">${statusLabel(main.status)}</span>
                ${t('fw.version', { version: main.version })}
              </p>
              <p class="framework-card__counts">${t('fw.counts', { competencies: main.competencies, indicators: main.indicators })}</p>
              ${f.published && f.draft
                ? html`<p><a href="#/frameworks/${f.draft.id}">${t('fw.openDraft', { version: f.draft.version })}</a></p>`
                : nothing}
            </li>
          `;
        })}
      </ul>
    `;
  }
}

customElements.define('framework-list', FrameworkList);
