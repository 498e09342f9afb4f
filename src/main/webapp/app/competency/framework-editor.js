import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { t } from '../i18n.js';
import * as api from './competency-api.js';
import { competenciesIn, heading, levelList, publishQuestion } from './framework-view.js';
import { formProblem } from '../shared/form-problem.js';

const LEVELS = ['A', 'B', 'C'];
const value = (form, name) => form.elements[name]?.value ?? '';

/**
 * The observation period as typed: a whole number goes to the server as a number (which checks 1–365 and names
 * the field otherwise); anything else (empty, "abc", "2.5") is sent as 0, so the server's answer marks the field.
 */
const periodDays = (text) => (/^\s*\d+\s*$/.test(text) ? Number(text) : 0);

/**
 * The editor of a framework draft: name, description and scale labels; groups; competencies (add, change,
 * move, remove); behavioural indicators with their texts at level A, B and C; publish. Every change is saved
 * at once through /api/v1/frameworks/{id}/...; only drafts can be changed. Every change but an addition sends
 * the draft's revision as shown (ifMatch); when someone else changed the draft meanwhile, the answer carries the
 * newest draft, which is shown at once (in an open form too) with "Iemand anders heeft dit net veranderd".
 */
export class FrameworkEditor extends LightElement {
  static properties = {
    frameworkId: { attribute: false },
    framework: { state: true },
    editing: { state: true },
    error: { state: true },
    message: { state: true },
    asking: { state: true }, // the publish question is shown
  };

  constructor() {
    super();
    this.framework = null;
    this.editing = null;
    this.error = null;
    this.message = null;
    this.asking = false;
  }

  willUpdate(changed) {
    if (changed.has('frameworkId')) this.#load();
  }

  async #load() {
    try {
      this.framework = await api.getFramework(this.frameworkId);
    } catch (error) {
      this.error = error;
    }
  }

  /** Runs one change, reloads the draft and says how it went. */
  async #change(event, action, done = t('common.saved')) {
    event?.preventDefault();
    const form = event?.target instanceof HTMLFormElement ? event.target : null;
    formProblem(this).clear(form);
    try {
      await action(form);
      this.editing = null;
      await this.#load();
      this.message = { kind: 'success', text: done };
    } catch (error) {
      if (error instanceof ApiError && error.isStale && error.current?.id === this.framework?.id) {
        this.framework = error.current;
      }
      // A field the answer names is marked in the form (message under it, focus on it); else the message says it.
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    }
  }

  async #ask() {
    this.asking = true;
    await this.updateComplete;
    this.querySelector('#fw-publish-confirm .button')?.focus();
  }

  /** The revision this editor shows, for a change to name (If-Match). */
  #seen() {
    return { ifMatch: this.framework.revision };
  }

  #remove(name, action) {
    if (!confirm(t('common.removeConfirm', { name }))) return;
    this.#change(null, action);
  }

  render() {
    if (this.error) {
      return html`<h1>${t('fw.title')}</h1><div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    }
    if (!this.framework) {
      return html`<h1 class="visually-hidden">${t('fw.title')}</h1>
        <p class="loading"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
    }
    const f = this.framework;
    return html`
      <p class="breadcrumb"><a href="#/frameworks/${f.id}">${t('fw.editor.view')}</a></p>
      <h1>${t('fw.editor.title', { title: f.title })}</h1>
      <div class="live" role="status" aria-live="polite">
        ${this.message ? html`<div class="message message--${this.message.kind}"><p>${this.message.text}</p></div>` : nothing}
      </div>
      ${f.status !== 'draft'
        ? html`<div class="message message--info"><p>${t('fw.editor.notDraft')}</p></div>`
        : html`
          ${this.#about(f)}
          <section aria-labelledby="fw-ed-competencies">
            <h2 id="fw-ed-competencies">${t('fw.competencies.title')}</h2>
            ${this.#tree(f)}
          </section>
          ${this.#addCompetency(f)}
          ${this.#addGroup()}
          <section class="panel" aria-labelledby="fw-ed-publish">
            <h2 id="fw-ed-publish">${t('fw.publish')}</h2>
            <p>${t('fw.editor.publishHint')}</p>
            <button type="button" class="button" aria-expanded=${this.asking ? 'true' : 'false'} @click=${() => this.#ask()}>${t('fw.publish')}</button>
            ${this.asking ? publishQuestion(() => { this.asking = false; this.#change(null,
              () => api.publishFramework(f.id, this.#seen()), t('fw.publish.done')); }, () => { this.asking = false; }) : nothing}
          </section>`}
    `;
  }

  #about(f) {
    const save = (event) => this.#change(event, (form) => api.updateFramework(f.id, {
      title: value(form, 'title'),
      description: value(form, 'description') || null,
      language: f.language,
      scale: [1, 2, 3, 4, 5].map((n) => value(form, `scale${n}`)),
      observationPeriodDays: periodDays(value(form, 'observationPeriodDays')),
    }, this.#seen()));
    return html`
      <section class="panel" aria-labelledby="fw-ed-about">
        <h2 id="fw-ed-about">${t('fw.editor.about')}</h2>
        <form class="form" @submit=${save} novalidate>
          ${this.#input('fw-ed-title', 'title', t('common.name'), f.title, { required: true, max: 300 })}
          ${this.#textarea('fw-ed-description', 'description', t('fw.editor.description'), f.description)}
          <fieldset class="choices">
            <legend>${t('fw.editor.scale')}</legend>
            ${f.scale.map((label, i) => this.#input(`fw-ed-scale${i + 1}`, `scale${i + 1}`,
              t('fw.editor.scaleLabel', { score: i + 1 }), label, { required: true, max: 60 }))}
          </fieldset>
          <div class="field">
            <label for="fw-ed-period">${t('fw.editor.period')}</label>
            <input id="fw-ed-period" name="observationPeriodDays" type="number" min="1" max="365" inputmode="numeric"
              .value=${String(f.observationPeriodDays ?? 21)} aria-describedby="fw-ed-period-hint" required>
            <p class="field__hint" id="fw-ed-period-hint">${t('fw.editor.periodHint')}</p>
          </div>
          <button class="button" type="submit">${t('common.save')}</button>
        </form>
      </section>
    `;
  }

  #tree(f) {
    if (f.groups.length === 0 && f.competencies.length === 0) return html`<p>${t('fw.noCompetencies')}</p>`;
    const grouped = f.groups.length > 0;
    const ungrouped = competenciesIn(f, null);
    return html`
      ${f.groups.map((g) => html`
        <section class="fw-group">
          ${this.editing === `group:${g.id}`
            ? this.#groupForm(g)
            : html`
              ${heading(3, g.title, 'fw-group__title')}
              <div class="button-row tools">
                ${this.#tool(t('common.change'), g.title, () => (this.editing = `group:${g.id}`))}
                ${this.#tool(t('common.remove'), g.title, () => this.#remove(g.title, () => api.removeGroup(f.id, g.id, this.#seen())), 'danger')}
              </div>`}
          ${this.#competencies(competenciesIn(f, g.key), 4)}
        </section>`)}
      ${ungrouped.length > 0
        ? html`<section class="fw-group">
            ${grouped ? heading(3, t('fw.noGroup'), 'fw-group__title') : nothing}
            ${this.#competencies(ungrouped, grouped ? 4 : 3)}
          </section>`
        : nothing}
    `;
  }

  #competencies(list, level) {
    return html`
      <ul class="competencies">
        ${list.map((c, index) => html`
          <li class="competency">
            ${this.editing === `competency:${c.id}`
              ? this.#competencyForm(c)
              : html`
                ${heading(level, html`${c.code ? html`<span class="code">${c.code}</span> ` : nothing}${c.title}`, 'competency__title')}
                ${c.description ? html`<p>${c.description}</p>` : nothing}
                <div class="button-row tools">
                  ${this.#tool(t('common.change'), c.title, () => (this.editing = `competency:${c.id}`))}
                  ${index > 0 ? this.#tool(t('common.up'), c.title, () => this.#move(() => api.moveCompetency(this.frameworkId, c.id, index - 1, this.#seen()))) : nothing}
                  ${index < list.length - 1 ? this.#tool(t('common.down'), c.title, () => this.#move(() => api.moveCompetency(this.frameworkId, c.id, index + 1, this.#seen()))) : nothing}
                  ${this.#tool(t('common.remove'), c.title, () => this.#remove(c.title, () => api.removeCompetency(this.frameworkId, c.id, this.#seen())), 'danger')}
                </div>`}
            <ul class="indicators">
              ${c.indicators.map((i, n) => html`
                <li class="indicator">
                  ${this.editing === `indicator:${i.id}`
                    ? this.#indicatorForm(c, i)
                    : html`
                      <p class="indicator__text">${i.code ? html`<span class="code">${i.code}</span> ` : nothing}${i.description}</p>
                      ${levelList(i)}
                      <div class="button-row tools">
                        ${this.#tool(t('common.change'), i.description, () => (this.editing = `indicator:${i.id}`))}
                        ${n > 0 ? this.#tool(t('common.up'), i.description, () => this.#move(() => api.moveIndicator(this.frameworkId, c.id, i.id, n - 1, this.#seen()))) : nothing}
                        ${n < c.indicators.length - 1 ? this.#tool(t('common.down'), i.description, () => this.#move(() => api.moveIndicator(this.frameworkId, c.id, i.id, n + 1, this.#seen()))) : nothing}
                        ${this.#tool(t('common.remove'), i.description, () => this.#remove(i.description, () => api.removeIndicator(this.frameworkId, c.id, i.id, this.#seen())), 'danger')}
                      </div>`}
                </li>`)}
            </ul>
            ${this.editing === `new-indicator:${c.id}`
              ? this.#indicatorForm(c, null)
              : html`<button type="button" class="button button--secondary button--small"
                  @click=${() => (this.editing = `new-indicator:${c.id}`)}>
                  ${t('fw.editor.addIndicator')}<span class="visually-hidden">: ${c.title}</span></button>`}
          </li>`)}
      </ul>
    `;
  }

  #move(action) {
    this.#change(null, action);
  }

  #groupForm(g) {
    const save = (event) => this.#change(event, (form) => api.updateGroup(this.frameworkId, g.id, {
      title: value(form, 'title'), code: g.code, parentKey: g.parentKey,
    }, this.#seen()));
    return html`
      <form class="form inline-form" @submit=${save} novalidate>
        ${this.#input(`g-${g.id}-title`, 'title', t('fw.editor.groupName'), g.title, { required: true, max: 300 })}
        ${this.#formButtons()}
      </form>
    `;
  }

  #competencyForm(c) {
    const save = (event) => this.#change(event, (form) => api.updateCompetency(this.frameworkId, c.id, this.#competencyBody(form), this.#seen()));
    return html`
      <form class="form inline-form" @submit=${save} novalidate>
        ${this.#competencyFields(`c-${c.id}`, c)}
        ${this.#formButtons()}
      </form>
    `;
  }

  #competencyBody(form) {
    return {
      title: value(form, 'title'),
      description: value(form, 'description') || null,
      code: value(form, 'code') || null,
      groupKey: value(form, 'groupKey') || null,
    };
  }

  #competencyFields(prefix, c) {
    const groups = this.framework.groups;
    return html`
      ${this.#input(`${prefix}-title`, 'title', t('fw.editor.competencyName'), c?.title, { required: true, max: 300 })}
      ${this.#textarea(`${prefix}-description`, 'description', t('common.plainExplanation'), c?.description)}
      ${this.#input(`${prefix}-code`, 'code', t('fw.editor.code'), c?.code, { max: 200 })}
      ${groups.length > 0
        ? html`<div class="field">
            <label for="${prefix}-group">${t('fw.editor.group')}</label>
            <select id="${prefix}-group" name="groupKey">
              <option value="" ?selected=${!c?.groupKey}>${t('fw.noGroup')}</option>
              ${groups.map((g) => html`<option value=${g.key} ?selected=${c?.groupKey === g.key || (!c && g === groups.at(-1))}>${g.title}</option>`)}
            </select>
          </div>`
        : nothing}
    `;
  }

  #indicatorForm(c, i) {
    const prefix = i ? `i-${i.id}` : `i-new-${c.id}`;
    const body = (form) => ({
      description: value(form, 'description'),
      code: value(form, 'code') || null,
      levelA: value(form, 'levelA') || null,
      levelB: value(form, 'levelB') || null,
      levelC: value(form, 'levelC') || null,
    });
    const save = (event) => this.#change(event, (form) => (i
      ? api.updateIndicator(this.frameworkId, c.id, i.id, body(form), this.#seen())
      : api.addIndicator(this.frameworkId, c.id, body(form))));
    return html`
      <form class="form inline-form" @submit=${save} novalidate>
        ${this.#textarea(`${prefix}-description`, 'description', t('fw.editor.indicator'), i?.description, { required: true })}
        ${this.#input(`${prefix}-code`, 'code', t('fw.editor.code'), i?.code, { max: 200 })}
        ${LEVELS.map((level) => this.#textarea(`${prefix}-level${level}`, `level${level}`, t(level === 'C' ? 'common.levelC' : 'common.levelOf', { level }), i?.[`level${level}`]))}
        ${this.#formButtons()}
      </form>
    `;
  }

  #addCompetency(f) {
    const save = (event) => this.#change(event, async (form) => {
      await api.addCompetency(this.frameworkId, this.#competencyBody(form));
      form.reset();
    });
    return html`
      <section class="panel" aria-labelledby="fw-ed-add-competency">
        <h2 id="fw-ed-add-competency">${t('fw.editor.addCompetency')}</h2>
        <form class="form" @submit=${save} novalidate>
          ${this.#competencyFields('c-new', null)}
          <button class="button" type="submit">${t('fw.editor.addCompetency')}</button>
        </form>
      </section>
    `;
  }

  #addGroup() {
    const save = (event) => this.#change(event, async (form) => {
      await api.addGroup(this.frameworkId, { title: value(form, 'title') });
      form.reset();
    });
    return html`
      <section class="panel" aria-labelledby="fw-ed-add-group">
        <h2 id="fw-ed-add-group">${t('fw.editor.addGroup')}</h2>
        <form class="form" @submit=${save} novalidate>
          ${this.#input('g-new-title', 'title', t('fw.editor.groupName'), '', { required: true, max: 300 })}
          <button class="button" type="submit">${t('fw.editor.addGroup')}</button>
        </form>
      </section>
    `;
  }

  #tool(label, about, action, kind = 'secondary') {
    return html`<button type="button" class="button button--${kind} button--small" @click=${action}>
      ${label}<span class="visually-hidden">: ${about}</span></button>`;
  }

  #formButtons() {
    return html`
      <div class="button-row">
        <button class="button" type="submit">${t('common.save')}</button>
        <button class="button button--secondary" type="button" @click=${() => (this.editing = null)}>${t('common.cancel')}</button>
      </div>
    `;
  }

  #input(id, name, label, current, { required = false, max = 2000 } = {}) {
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input id=${id} name=${name} type="text" .value=${current ?? ''} maxlength=${max} ?required=${required} autocomplete="off">
      </div>
    `;
  }

  #textarea(id, name, label, current, { required = false } = {}) {
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <textarea id=${id} name=${name} rows="3" .value=${current ?? ''} ?required=${required}></textarea>
      </div>
    `;
  }
}

customElements.define('framework-editor', FrameworkEditor);
