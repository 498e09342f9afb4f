import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, problemText, userMessage } from '../api.js';
import { t } from '../i18n.js';
import { createDraft, downloadExport, getFramework, listVersions, publishFramework, removeFramework } from './competency-api.js';
import { statusLabel } from './framework-list.js';

const LEVELS = ['A', 'B', 'C'];

/** A heading of level 3 or 4 (competencies sit one level below their group). */
export function heading(level, content, className = '') {
  return level === 3 ? html`<h3 class=${className}>${content}</h3>` : html`<h4 class=${className}>${content}</h4>`;
}

/** The competencies of a group (or without a group: null), in order. */
export function competenciesIn(framework, groupKey) {
  return framework.competencies.filter((c) => (c.groupKey ?? null) === groupKey);
}

/** The level texts of an indicator as a list: A, B, C (C = mbo-Entree). */
export function levelList(indicator) {
  return html`
    <dl class="levels">
      ${LEVELS.map((level) => {
        const text = indicator[`level${level}`];
        return html`
          <div class="levels__item levels__item--${level.toLowerCase()}">
            <dt>${t('common.levelOf', { level })}${level === 'C' ? html` <span class="levels__hint">(${t('fw.levelC.hint')})</span>` : nothing}</dt>
            <dd>${text || html`<span class="muted">${t('fw.levelEmpty')}</span>`}</dd>
          </div>
        `;
      })}
    </dl>
  `;
}

/**
 * The question before a version is published (a published version never changes): inline, next to the button,
 * the focus on "Ja, publiceer".
 */
export function publishQuestion(onYes, onNo) {
  return html`
    <div class="confirm panel" id="fw-publish-confirm" role="group" aria-labelledby="fw-publish-question">
      <p id="fw-publish-question" class="confirm__question">${t('fw.publish.confirm')}</p>
      <div class="button-row">
        <button type="button" class="button" @click=${onYes}>${t('fw.publish.yes')}</button>
        <button type="button" class="button button--secondary" @click=${onNo}>${t('fw.publish.no')}</button>
      </div>
    </div>`;
}

/**
 * One framework version: the scale, groups → competencies → behavioural indicators with their texts at
 * level A, B and C, what can be done with it (edit the draft, publish, make a new version), downloads and
 * the versions. GET /api/v1/frameworks/{id}.
 */
export class FrameworkView extends LightElement {
  static properties = {
    frameworkId: { attribute: false },
    framework: { state: true },
    versions: { state: true },
    error: { state: true },
    message: { state: true },
    asking: { state: true }, // the publish question is shown
  };

  constructor() {
    super();
    this.framework = null;
    this.versions = [];
    this.error = null;
    this.message = null;
    this.asking = false;
  }

  willUpdate(changed) {
    if (changed.has('frameworkId')) this.#load();
  }

  async #load() {
    this.error = null;
    try {
      const [framework, versions] = await Promise.all([
        getFramework(this.frameworkId),
        listVersions(this.frameworkId),
      ]);
      this.framework = framework;
      this.versions = versions;
    } catch (error) {
      this.error = error;
    }
  }

  async #act(action) {
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiError && error.isStale && error.current?.id === this.framework?.id) {
        this.framework = error.current; // someone else changed the draft: show the newest
      }
      this.message = { kind: 'error', text: problemText(error) };
    }
  }

  /** A published version never changes: ask first, right there. */
  async #ask() {
    this.asking = true;
    await this.updateComplete;
    this.querySelector('#fw-publish-confirm .button')?.focus();
  }

  #publish() {
    this.asking = false;
    return this.#act(async () => {
      this.framework = await publishFramework(this.framework.id, { ifMatch: this.framework.revision });
      this.versions = await listVersions(this.framework.id);
      this.message = { kind: 'success', text: t('fw.publish.done') };
    });
  }

  #newVersion() {
    return this.#act(async () => {
      const draft = await createDraft(this.framework.id);
      location.hash = `#/frameworks/${draft.id}/edit`;
    });
  }

  #discard() {
    if (!confirm(t('fw.discard.confirm'))) return undefined;
    return this.#act(async () => {
      await removeFramework(this.framework.id, { ifMatch: this.framework.revision });
      location.hash = '#/frameworks';
    });
  }

  #download(kind) {
    return this.#act(() => downloadExport(this.framework.id, kind));
  }

  render() {
    if (this.error) {
      return html`<h1>${t('fw.title')}</h1>
        <div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>
        <p><a href="#/frameworks">${t('fw.back')}</a></p>`;
    }
    if (!this.framework) {
      return html`<h1 class="visually-hidden">${t('fw.title')}</h1>
        <p class="loading"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
    }
    const f = this.framework;
    return html`
      <p class="breadcrumb"><a href="#/frameworks">${t('fw.back')}</a></p>
      <h1>${f.title}</h1>
      <p class="framework-card__meta">
        <span class="badge badge--${f.status}">${statusLabel(f.status)}</span> ${t('fw.version', { version: f.version })}
      </p>
      ${f.description ? html`<p class="lead">${f.description}</p>` : nothing}
      <div class="live" role="status" aria-live="polite">
        ${this.message ? html`<div class="message message--${this.message.kind}"><p>${this.message.text}</p></div>` : nothing}
      </div>
      ${this.#actions()}
      <section aria-labelledby="fw-scale">
        <h2 id="fw-scale">${t('fw.scale.title')}</h2>
        <p>${t('fw.scale.intro')}</p>
        <ol class="scale">
          ${f.scale.map((label, i) => html`<li class="scale__item"><span class="scale__score" aria-hidden="true">${i + 1}</span>
            <span><span class="visually-hidden">${i + 1}: </span>${label}</span></li>`)}
        </ol>
        <p>${t('fw.period', { days: f.observationPeriodDays ?? 21 })}</p>
      </section>
      <section aria-labelledby="fw-competencies">
        <h2 id="fw-competencies">${t('fw.competencies.title')}</h2>
        ${this.#tree(f)}
      </section>
      <section class="panel" aria-labelledby="fw-export">
        <h2 id="fw-export">${t('fw.export.title')}</h2>
        <div class="button-row">
          <button type="button" class="button button--secondary" @click=${() => this.#download('case')}>${t('fw.export.case')}</button>
          <button type="button" class="button button--secondary" @click=${() => this.#download('moodle-csv')}>${t('fw.export.moodle')}</button>
        </div>
      </section>
      ${this.versions.length > 1 ? this.#versionList() : nothing}
    `;
  }

  #actions() {
    const f = this.framework;
    const draftOpen = this.versions.some((v) => v.status === 'draft');
    if (f.status === 'draft') {
      return html`
        <div class="button-row actions">
          <a class="button" href="#/frameworks/${f.id}/edit">${t('fw.edit')}</a>
          <button type="button" class="button button--secondary" aria-expanded=${this.asking ? 'true' : 'false'}
            @click=${() => this.#ask()}>${t('fw.publish')}</button>
          <button type="button" class="button button--danger" @click=${() => this.#discard()}>${t('fw.discard')}</button>
        </div>
        ${this.asking ? publishQuestion(() => this.#publish(), () => { this.asking = false; }) : nothing}`;
    }
    if (f.status === 'published') {
      const draft = this.versions.find((v) => v.status === 'draft');
      return html`
        <p>${t('fw.newVersion.hint')}</p>
        <div class="button-row actions">
          ${draftOpen
            ? html`<a class="button" href="#/frameworks/${draft.id}/edit">${t('fw.openDraft', { version: draft.version })}</a>`
            : html`<button type="button" class="button" @click=${() => this.#newVersion()}>${t('fw.newVersion')}</button>`}
        </div>`;
    }
    return nothing;
  }

  #tree(f) {
    if (f.competencies.length === 0) return html`<p>${t('fw.noCompetencies')}</p>`;
    const grouped = f.groups.length > 0;
    const ungrouped = competenciesIn(f, null);
    return html`
      ${f.groups.map((g) => html`
        <section class="fw-group">
          ${heading(3, html`${g.code ? html`<span class="code">${g.code}</span> ` : nothing}${g.title}`, 'fw-group__title')}
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
        ${list.map((c) => html`
          <li class="competency">
            ${heading(level, html`${c.code ? html`<span class="code">${c.code}</span> ` : nothing}${c.title}`, 'competency__title')}
            ${c.description ? html`<p>${c.description}</p>` : nothing}
            ${c.indicators.length === 0
              ? html`<p class="muted">${t('fw.noIndicators')}</p>`
              : html`<ul class="indicators">
                  ${c.indicators.map((i) => html`
                    <li class="indicator">
                      <p class="indicator__text">${i.code ? html`<span class="code">${i.code}</span> ` : nothing}${i.description}</p>
                      ${levelList(i)}
                    </li>`)}
                </ul>`}
          </li>`)}
      </ul>
    `;
  }

  #versionList() {
    return html`
      <section aria-labelledby="fw-versions">
        <h2 id="fw-versions">${t('fw.versions.title')}</h2>
        <ul class="versions">
          ${this.versions.map((v) => html`
            <li>
              ${v.id === this.framework.id
                ? html`<strong>${t('fw.version', { version: v.version })}</strong>`
                : html`<a href="#/frameworks/${v.id}">${t('fw.version', { version: v.version })}</a>`}
              · ${statusLabel(v.status)}
            </li>`)}
        </ul>
      </section>
    `;
  }
}

customElements.define('framework-view', FrameworkView);
