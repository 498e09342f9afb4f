import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { searchItems } from '../catalogue/catalogue-api.js';
import { getFramework, listFrameworks } from '../competency/competency-api.js';
import * as api from './intake-api.js';
import { t } from '../i18n.js';
import './messages.js';
import { plural } from '../shared/messages.js';
import { formProblem } from '../shared/form-problem.js';
import { pictogram } from './pictograms.js';

const DEMO_FRAMEWORK_KEY = '33bf07cf-48aa-43c1-b27d-e4900d3d3cba';

/** "omdat je …" → "Omdat je ….": the reasons are sentences of their own on screen. */
export const sentence = (text) => (text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '');

/**
 * The intake section of a participant for their coach: start an intake (framework, optionally some
 * competencies), the participant's answers next to the coach's observation (score 1–5 with a note, saved per
 * behaviour), and the suggestions of where to start, each with its "omdat …" and fitting learning material.
 * API: /api/v1/courses/{courseId}/participants/{userId}/intakes. An observation and the acceptance send the
 * intake's version as shown (ifMatch); when someone else changed the intake meanwhile, the newest one is shown
 * with "Iemand anders heeft dit net veranderd".
 */
export class CoachIntake extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    name: { attribute: false }, // the participant's first name: the coach's screen speaks about them
    intake: { state: true },
    loaded: { state: true },
    error: { state: true },
    frameworks: { state: true },
    chosenFramework: { state: true },
    competencies: { state: true },
    busy: { state: true },
    saved: { state: true },
    formErrors: { state: true },
    rows: { state: true },
    frameworkCompetencies: { state: true },
    accepted: { state: true },
    acceptError: { state: true }, // the sentence above the acceptance (its fields are marked in the form)
    startError: { state: true },
    accepting: { state: true },
    reopening: { state: true },
    reopenError: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.userId = null;
    this.name = null;
    this.intake = null;
    this.loaded = false;
    this.error = null;
    this.frameworks = [];
    this.chosenFramework = null;
    this.competencies = [];
    this.busy = false;
    this.saved = null;
    this.formErrors = {};
    this.rows = [];
    this.frameworkCompetencies = [];
    this.accepted = null;
    this.acceptError = null;
    this.startError = null;
    this.accepting = false;
    this.reopening = false;
    this.reopenError = null;
  }

  /** The course and participant, the first arguments of the intake API's coach functions. */
  get #who() {
    return [this.course?.id ?? '', this.userId ?? ''];
  }

  willUpdate(changed) {
    if ((changed.has('course') || changed.has('userId')) && this.course?.id && this.userId) this.#load();
  }

  async #load() {
    this.loaded = false;
    this.error = null;
    try {
      const list = await api.listIntakes(...this.#who);
      this.intake = list?.length ? await api.getIntake(...this.#who, list[0].id) : null;
      if (!this.intake) await this.#loadFrameworks();
      else await this.#prepareAcceptance();
    } catch (error) {
      this.error = error;
    }
    this.loaded = true;
  }

  async #loadFrameworks() {
    const all = await listFrameworks();
    this.frameworks = (all ?? []).filter((f) => f.published).map((f) => ({ key: f.key, ...f.published }));
    const preferred = this.frameworks.find((f) => f.key === DEMO_FRAMEWORK_KEY) ?? this.frameworks[0];
    await this.#chooseFramework(preferred?.id);
  }

  async #chooseFramework(id) {
    this.chosenFramework = id ?? null;
    this.competencies = id ? (await getFramework(id)).competencies ?? [] : [];
  }

  async #start(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    formProblem(this).clear(event.target);
    this.busy = true;
    this.error = null;
    this.startError = null;
    try {
      this.intake = await api.startIntake(...this.#who, {
        frameworkVersionId: this.chosenFramework,
        competencyKeys: form.getAll('competency'),
      });
      await this.#prepareAcceptance();
    } catch (error) {
      this.startError = formProblem(this).show(event.target, error);
    } finally {
      this.busy = false;
    }
  }

  async #observe(event, question) {
    event.preventDefault();
    const form = new FormData(event.target);
    const score = form.get('score');
    formProblem(this).clear(event.target);
    this.formErrors = { ...this.formErrors, [question.indicatorId]: null };
    this.saved = null;
    try {
      this.intake = await api.observe(
        ...this.#who, this.intake.id, question.indicatorId,
        { score: score ? Number(score) : null, note: form.get('note') || null },
        { ifMatch: this.intake.version },
      );
      this.saved = question.indicatorId;
      this.rows = rowsOf(this.intake.suggestions);
    } catch (error) {
      const form = event.target;
      if (await this.#showNewest(error)) form.reset();
      this.formErrors = { ...this.formErrors, [question.indicatorId]: formProblem(this).show(form, error) };
    }
  }

  /**
   * Someone else changed the intake meanwhile (a stale answer carries the newest one): show it — the
   * observations, the answers and the suggestions — and say so. True when it did.
   */
  async #showNewest(error) {
    if (!(error instanceof ApiError && error.isStale && error.current?.id === this.intake?.id)) return false;
    this.intake = error.current;
    this.rows = rowsOf(this.intake.suggestions);
    await this.updateComplete;
    return true;
  }

  /** The suggestions as editable rows, and the framework's competencies to choose another one. */
  async #prepareAcceptance() {
    this.rows = rowsOf(this.intake.suggestions);
    this.accepted = null;
    try {
      const framework = await getFramework(this.intake.framework.id);
      this.frameworkCompetencies = framework.competencies ?? [];
    } catch {
      this.frameworkCompetencies = [];
    }
  }

  #updateRow(index, change) {
    this.rows = this.rows.map((row, i) => (i === index ? { ...row, ...change } : row));
  }

  /** Another competency or level: the catalogue's items of that competency and level to choose from. */
  async #changeRow(index, change) {
    const row = { ...this.rows[index], ...change, reason: null, chosen: [] };
    if (change.key) row.title = this.frameworkCompetencies.find((c) => c.key === change.key)?.title ?? row.title;
    this.#updateRow(index, { ...row, items: [] });
    try {
      const page = await searchItems({ competency: row.key, level: row.level, limit: 20 });
      this.#updateRow(index, { items: (page?.items ?? []).map((i) => ({ id: i.id, title: i.title, kind: i.kind, durationMinutes: i.durationMinutes })) });
    } catch (error) {
      this.acceptError = userMessage(error);
    }
  }

  #addRow(event) {
    event.preventDefault();
    const key = new FormData(event.target).get('extra');
    if (!key || this.rows.some((r) => r.key === key)) return;
    this.rows = [...this.rows, { key, title: '', level: 'A', reason: null, include: true, items: [], chosen: [] }];
    this.#changeRow(this.rows.length - 1, { key, level: 'A' });
  }

  /**
   * Puts the chosen suggestions in the plan. One request at a time (a double click sends one); the server is
   * idempotent too: goals already in the plan are not added again, and its answer says so (`message`).
   */
  async #accept(event) {
    event.preventDefault();
    if (this.accepting) return;
    this.accepting = true;
    this.acceptError = null;
    this.accepted = null;
    formProblem(this).clear(event.target);
    const included = this.rows.map((r, i) => (r.include ? i : -1)).filter((i) => i >= 0);
    const goals = included.map((i) => this.rows[i]).map((r) => ({ competencyKey: r.key, level: r.level, itemIds: r.chosen }));
    // goals[n] of the answer is the n-th included row: its controls are named after the row
    const aliases = {};
    included.forEach((row, n) => {
      for (const part of ['competencyKey', 'level', 'itemIds']) aliases[`goals[${n}].${part}`] = `goals[${row}].${part}`;
    });
    try {
      const accepted = await api.acceptSuggestions(...this.#who, this.intake.id, { goals },
        { ifMatch: this.intake.version });
      this.accepted = accepted.message || t(plural('coachIntake.accept.done', accepted.goalIds.length), { count: accepted.goalIds.length });
      this.intake = await api.getIntake(...this.#who, this.intake.id);
      if (accepted.goalIds.length) {
        this.dispatchEvent(new CustomEvent('plan-changed', { bubbles: true, composed: true, detail: accepted }));
      }
    } catch (error) {
      await this.#showNewest(error);
      this.acceptError = formProblem(this).show(event.target, error, { aliases });
    } finally {
      this.accepting = false;
    }
  }

  /** Opens the intake again with the coach's reason (optional), which the participant reads. */
  async #reopen(event) {
    event.preventDefault();
    const reason = new FormData(event.target).get('reason')?.trim() || null;
    formProblem(this).clear(event.target);
    this.reopenError = null;
    try {
      this.intake = await api.reopenIntake(...this.#who, this.intake.id, reason ? { reason } : undefined);
      this.reopening = false;
    } catch (error) {
      this.reopenError = formProblem(this).show(event.target, error);
    }
  }

  #reopenForm() {
    if (!this.reopening) {
      return html`<button type="button" class="button button--secondary button--small" aria-expanded="false"
        @click=${async () => { this.reopening = true; await this.updateComplete; this.querySelector('#reopen-reason')?.focus(); }}>${this.name ? t('coachIntake.reopenOf', { name: this.name }) : t('coachIntake.reopen')}</button>`;
    }
    const error = this.reopenError;
    return html`
      <form class="form panel reopen" @submit=${(e) => this.#reopen(e)}>
        <div class="field">
          <label for="reopen-reason">${t('coachIntake.reopen.reason')}</label>
          <p class="field__hint" id="reopen-reason-hint">${t('coachIntake.reopen.hint')}</p>
          <textarea id="reopen-reason" name="reason" rows="2" maxlength="500" aria-describedby="reopen-reason-hint"></textarea>
        </div>
        ${error ? html`<p class="message message--error" role="alert">${error}</p>` : nothing}
        <div class="button-row">
          <button type="submit" class="button button--small">${t('coachIntake.reopen.submit')}</button>
          <button type="button" class="button button--secondary button--small" @click=${() => { this.reopening = false; this.reopenError = null; }}>${t('builder.cancel')}</button>
        </div>
      </form>`;
  }

  render() {
    return html`
      <section class="coach-intake" aria-labelledby="coach-intake-title">
        <h2 id="coach-intake-title">${t('coachIntake.title')}</h2>
        ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
        ${!this.loaded
          ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`
          : this.intake ? this.#intakeView() : this.#startForm()}
      </section>
    `;
  }

  #startForm() {
    return html`
      <p>${this.name ? t('coachIntake.noneOf', { name: this.name }) : t('coachIntake.none')}</p>
      <form class="form panel" @submit=${(e) => this.#start(e)}>
        <h3 class="panel__title">${t('coachIntake.start.title')}</h3>
        <div class="field">
          <label for="intake-framework">${t('common.framework')}</label>
          <select id="intake-framework" name="frameworkVersionId" @change=${(e) => this.#chooseFramework(e.target.value)}>
            ${this.frameworks.map((f) => html`<option value=${f.id} ?selected=${f.id === this.chosenFramework}>${f.title}</option>`)}
          </select>
        </div>
        ${this.competencies.length
          ? html`<fieldset class="choices">
              <legend>${t('coachIntake.start.competencies')}</legend>
              ${this.competencies.map((c, i) => html`
                <label class="choice"><input type="checkbox" name="competency" value=${c.key} data-field=${i === 0 ? 'competencyKeys' : nothing}>
                  <span class="choice__label">${c.code ? `${c.code}. ` : ''}${c.title}</span></label>
              `)}
            </fieldset>`
          : nothing}
        ${this.startError ? html`<p class="message message--error" role="alert">${this.startError}</p>` : nothing}
        <button type="submit" class="button" ?disabled=${this.busy || !this.chosenFramework}>${t('coachIntake.start.submit')}</button>
      </form>
    `;
  }

  #intakeView() {
    const intake = this.intake;
    return html`
      <p class="coach-intake__status">
        <strong>${intake.framework.title}</strong><br>
        ${t(`coachIntake.status.${intake.status}`, { answered: intake.answered, total: intake.total })}
      </p>
      ${intake.status === 'completed' ? this.#reopenForm() : nothing}
      ${intake.status !== 'completed' && intake.reopenReason
        ? html`<p class="message message--info">${t('coachIntake.reopened', { reason: intake.reopenReason })}</p>` : nothing}
      ${this.#suggestions(intake.suggestions)}
      <h3>${t('coachIntake.answers.title')}</h3>
      <p>${this.name ? t('coachIntake.answers.introOf', { name: this.name }) : t('coachIntake.answers.intro')}</p>
      ${groupByCompetency(intake.questions).map(([title, questions]) => html`
        <h4 class="coach-intake__competency">${title}</h4>
        <ul class="observations">${questions.map((q) => this.#observation(q, intake.scale))}</ul>
      `)}
    `;
  }

  #observation(q, scale) {
    const id = q.indicatorId;
    const error = this.formErrors[id];
    return html`
      <li class="observation">
        <p class="observation__behaviour">${q.code ? html`<span class="observation__code">${q.code}</span> ` : nothing}${q.description}</p>
        ${q.levelA ? html`<p class="observation__level"><strong>${t('coachIntake.levelA')}</strong> ${q.levelA}</p>` : nothing}
        <p class="observation__self">
          <span>${this.name ? t('coachIntake.selfOf', { name: this.name }) : t('coachIntake.self')}</span>
          ${q.answer
            ? html`<span class="answer-chip answer-chip--${q.answer}">${pictogram(q.answer)} ${t(`intake.answer.${q.answer}`)}</span>`
            : html`<span class="muted">${t('coachIntake.noAnswer')}</span>`}
        </p>
        <details class="observation__more">
        <summary>${q.observation
          ? t('coachIntake.observe.change', { score: q.observation.score, label: q.observation.label ?? '' })
          : t('coachIntake.observe.add')}<span class="visually-hidden">: ${q.description}</span></summary>
        <form class="observation__form" @submit=${(e) => this.#observe(e, q)}>
          <div class="field">
            <label for="score-${id}">${t('coachIntake.score')}</label>
            <select id="score-${id}" name="score">
              <option value="">${t('coachIntake.score.none')}</option>
              ${scale.map((label, i) => html`<option value=${i + 1} ?selected=${q.observation?.score === i + 1}>${i + 1} – ${label}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="note-${id}">${t('coachIntake.note')}</label>
            <textarea id="note-${id}" name="note" rows="2" maxlength="500">${q.observation?.note ?? ''}</textarea>
          </div>
          <div class="button-row">
            <button type="submit" class="button button--secondary button--small">${t('common.keep')}</button>
            ${this.saved === id ? html`<span class="observation__saved" role="status">${t('coachIntake.saved')}</span>` : nothing}
          </div>
          ${error ? html`<p class="message message--error" role="alert">${error}</p>` : nothing}
        </form>
        </details>
      </li>
    `;
  }

  #suggestions(suggestions) {
    const rows = this.rows;
    const free = this.frameworkCompetencies.filter((c) => !rows.some((r) => r.key === c.key));
    return html`
      <h3>${t('coachIntake.suggestions.title')}</h3>
      ${suggestions?.note ? html`<div class="message message--info"><p>${suggestions.note}</p></div>` : nothing}
      ${rows.length === 0 && !suggestions?.note ? html`<p>${t('coachIntake.suggestions.none')}</p>` : nothing}
      ${rows.length ? html`<p>${t('coachIntake.suggestions.intro')}</p>` : nothing}
      <form class="accept" id="accept-form" @submit=${(e) => this.#accept(e)}>
        <ol class="suggestions">${rows.map((row, i) => this.#row(row, i))}</ol>
      </form>
      ${free.length
        ? html`<form class="accept__extra inline-form" @submit=${(e) => this.#addRow(e)}>
            <div class="field">
              <label for="accept-extra">${t('coachIntake.accept.other')}</label>
              <select id="accept-extra" name="extra">
                ${free.map((c) => html`<option value=${c.key}>${c.code ? `${c.code}. ` : ''}${c.title}</option>`)}
              </select>
            </div>
            <button type="submit" class="button button--secondary button--small">${t('common.add')}</button>
          </form>`
        : nothing}
      ${rows.length
        ? html`<p class="accept__hint">${t('coachIntake.accept.hint')}</p>
          <button type="submit" form="accept-form" class="button" ?disabled=${!rows.some((r) => r.include)}
            aria-disabled=${this.accepting ? 'true' : 'false'}>${t('coachIntake.accept.submit')}</button>`
        : nothing}
      <div class="live" aria-live="polite">
        ${this.accepted ? html`<p class="message message--success accept__done">${this.accepted}</p>` : nothing}
        ${this.acceptError ? html`<p class="message message--error">${this.acceptError}</p>` : nothing}
      </div>
    `;
  }

  #row(row, i) {
    return html`
      <li class="suggestion">
        <h4 class="suggestion__title">${row.title}
          <span class="badge badge--level">${t('common.levelOf', { level: row.level })}</span></h4>
        ${row.reason ? html`<p class="suggestion__reason">${sentence(row.reason)}</p>` : nothing}
        <label class="choice suggestion__include">
          <input type="checkbox" name="goals[${i}].competencyKey" .checked=${row.include} @change=${(e) => this.#updateRow(i, { include: e.target.checked })}>
          <span class="choice__label">${t('coachIntake.accept.include')}</span>
        </label>
        <div class="field suggestion__level">
          <label for="accept-level-${i}">${t('common.level')}</label>
          <select id="accept-level-${i}" name="goals[${i}].level" @change=${(e) => this.#changeRow(i, { level: e.target.value })}>
            ${['A', 'B', 'C'].map((l) => html`<option value=${l} ?selected=${l === row.level}>${t('common.levelOf', { level: l })}</option>`)}
          </select>
        </div>
        ${row.items.length === 0
          ? html`<p class="muted">${t('coachIntake.noItems')}</p>`
          : html`
            <fieldset class="choices suggestion__items">
              <legend>${t('coachIntake.items')}</legend>
              ${row.items.map((item, n) => html`
                <label class="choice">
                  <input type="checkbox" data-field=${n === 0 ? `goals[${i}].itemIds` : nothing} .checked=${row.chosen.includes(item.id)}
                    @change=${(e) => this.#updateRow(i, { chosen: e.target.checked ? [...row.chosen, item.id] : row.chosen.filter((id) => id !== item.id) })}>
                  <span>
                    <span class="choice__label">${item.title}</span>
                    <span class="choice__hint">${t(`material.kind.${item.kind}`)}${item.durationMinutes ? ` · ${t('common.minutes', { minutes: item.durationMinutes })}` : ''}</span>
                    ${item.reason ? html`<span class="choice__hint">${sentence(item.reason)}</span>` : nothing}
                  </span>
                </label>
              `)}
            </fieldset>
          `}
      </li>
    `;
  }
}

/** The suggestions as rows the coach can change: included, their level, the suggested items chosen. */
function rowsOf(suggestions) {
  return (suggestions?.focus ?? []).map((f) => ({
    key: f.competencyKey,
    title: f.competencyTitle,
    level: f.level,
    reason: f.reason,
    include: true,
    items: f.items,
    chosen: f.items.map((i) => i.id),
  }));
}

function groupByCompetency(questions) {
  const groups = new Map();
  for (const q of questions) {
    const title = q.competencyTitle ?? '';
    if (!groups.has(title)) groups.set(title, []);
    groups.get(title).push(q);
  }
  return [...groups.entries()];
}

customElements.define('coach-intake', CoachIntake);
