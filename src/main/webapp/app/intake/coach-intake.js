import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, getJson, postJson, putJson, userMessage } from '../api.js';
import { t } from '../i18n.js';
import './messages.js';
import { pictogram } from './pictograms.js';

const DEMO_FRAMEWORK_KEY = '33bf07cf-48aa-43c1-b27d-e4900d3d3cba';

/** "omdat je …" → "Omdat je ….": the reasons are sentences of their own on screen. */
export const sentence = (text) => (text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '');

/**
 * The intake section of a participant for their coach: start an intake (framework, optionally some
 * competencies), the participant's answers next to the coach's observation (score 1–5 with a note, saved per
 * behaviour), and the suggestions of where to start, each with its "omdat …" and fitting learning material.
 * API: /api/v1/courses/{courseId}/participants/{userId}/intakes.
 */
export class CoachIntake extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    intake: { state: true },
    loaded: { state: true },
    error: { state: true },
    frameworks: { state: true },
    chosenFramework: { state: true },
    competencies: { state: true },
    busy: { state: true },
    saved: { state: true },
    formErrors: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.userId = null;
    this.intake = null;
    this.loaded = false;
    this.error = null;
    this.frameworks = [];
    this.chosenFramework = null;
    this.competencies = [];
    this.busy = false;
    this.saved = null;
    this.formErrors = {};
  }

  get #base() {
    return `/courses/${encodeURIComponent(this.course?.id ?? '')}/participants/${encodeURIComponent(this.userId ?? '')}/intakes`;
  }

  willUpdate(changed) {
    if ((changed.has('course') || changed.has('userId')) && this.course?.id && this.userId) this.#load();
  }

  async #load() {
    this.loaded = false;
    this.error = null;
    try {
      const list = await getJson(this.#base);
      this.intake = list?.length ? await getJson(`${this.#base}/${encodeURIComponent(list[0].id)}`) : null;
      if (!this.intake) await this.#loadFrameworks();
    } catch (error) {
      this.error = error;
    }
    this.loaded = true;
  }

  async #loadFrameworks() {
    const all = await getJson('/frameworks');
    this.frameworks = (all ?? []).filter((f) => f.published).map((f) => ({ key: f.key, ...f.published }));
    const preferred = this.frameworks.find((f) => f.key === DEMO_FRAMEWORK_KEY) ?? this.frameworks[0];
    await this.#chooseFramework(preferred?.id);
  }

  async #chooseFramework(id) {
    this.chosenFramework = id ?? null;
    this.competencies = id ? (await getJson(`/frameworks/${encodeURIComponent(id)}`)).competencies ?? [] : [];
  }

  async #start(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    this.error = null;
    try {
      this.intake = await postJson(this.#base, {
        frameworkVersionId: this.chosenFramework,
        competencyKeys: form.getAll('competency'),
      });
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  async #observe(event, question) {
    event.preventDefault();
    const form = new FormData(event.target);
    const score = form.get('score');
    this.formErrors = { ...this.formErrors, [question.indicatorId]: null };
    this.saved = null;
    try {
      this.intake = await putJson(
        `${this.#base}/${encodeURIComponent(this.intake.id)}/observations/${encodeURIComponent(question.indicatorId)}`,
        { score: score ? Number(score) : null, note: form.get('note') || null },
      );
      this.saved = question.indicatorId;
    } catch (error) {
      const field = error instanceof ApiError ? error.fieldErrors[0] : null;
      this.formErrors = { ...this.formErrors, [question.indicatorId]: field?.message ?? userMessage(error) };
    }
  }

  async #reopen() {
    try {
      this.intake = await postJson(`${this.#base}/${encodeURIComponent(this.intake.id)}/reopening`);
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    return html`
      <section class="coach-intake" aria-labelledby="coach-intake-title">
        <h2 id="coach-intake-title">${t('coachIntake.title')}</h2>
        ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
        ${!this.loaded
          ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('intake.loading')}</p>`
          : this.intake ? this.#intakeView() : this.#startForm()}
      </section>
    `;
  }

  #startForm() {
    return html`
      <p>${t('coachIntake.none')}</p>
      <form class="form panel" @submit=${(e) => this.#start(e)}>
        <h3 class="panel__title">${t('coachIntake.start.title')}</h3>
        <div class="field">
          <label for="intake-framework">${t('coachIntake.start.framework')}</label>
          <select id="intake-framework" @change=${(e) => this.#chooseFramework(e.target.value)}>
            ${this.frameworks.map((f) => html`<option value=${f.id} ?selected=${f.id === this.chosenFramework}>${f.title}</option>`)}
          </select>
        </div>
        ${this.competencies.length
          ? html`<fieldset class="choices">
              <legend>${t('coachIntake.start.competencies')}</legend>
              ${this.competencies.map((c) => html`
                <label class="choice"><input type="checkbox" name="competency" value=${c.key}>
                  <span class="choice__label">${c.code ? `${c.code}. ` : ''}${c.title}</span></label>
              `)}
            </fieldset>`
          : nothing}
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
      ${intake.status === 'completed'
        ? html`<button type="button" class="button button--secondary button--small" @click=${() => this.#reopen()}>${t('coachIntake.reopen')}</button>`
        : nothing}
      ${this.#suggestions(intake.suggestions)}
      <h3>${t('coachIntake.answers.title')}</h3>
      <p>${t('coachIntake.answers.intro')}</p>
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
          <span>${t('coachIntake.self')}</span>
          ${q.answer
            ? html`<span class="answer-chip answer-chip--${q.answer}">${pictogram(q.answer)} ${t(`intake.answer.${q.answer}`)}</span>`
            : html`<span class="muted">${t('coachIntake.noAnswer')}</span>`}
        </p>
        <form class="observation__form" @submit=${(e) => this.#observe(e, q)}>
          <div class="field">
            <label for="score-${id}">${t('coachIntake.score')}</label>
            <select id="score-${id}" name="score" aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? `score-${id}-error` : nothing}>
              <option value="">${t('coachIntake.score.none')}</option>
              ${scale.map((label, i) => html`<option value=${i + 1} ?selected=${q.observation?.score === i + 1}>${i + 1} – ${label}</option>`)}
            </select>
            ${error ? html`<p class="field__error" id="score-${id}-error">${error}</p>` : nothing}
          </div>
          <div class="field">
            <label for="note-${id}">${t('coachIntake.note')}</label>
            <textarea id="note-${id}" name="note" rows="2" maxlength="500">${q.observation?.note ?? ''}</textarea>
          </div>
          <div class="button-row">
            <button type="submit" class="button button--secondary button--small">${t('coachIntake.save')}</button>
            ${this.saved === id ? html`<span class="observation__saved" role="status">${t('coachIntake.saved')}</span>` : nothing}
          </div>
        </form>
      </li>
    `;
  }

  #suggestions(suggestions) {
    const focus = suggestions?.focus ?? [];
    return html`
      <h3>${t('coachIntake.suggestions.title')}</h3>
      ${suggestions?.note ? html`<div class="message message--info"><p>${suggestions.note}</p></div>` : nothing}
      ${focus.length === 0
        ? (suggestions?.note ? nothing : html`<p>${t('coachIntake.suggestions.none')}</p>`)
        : html`
          <p>${t('coachIntake.suggestions.intro')}</p>
          <ol class="suggestions">
            ${focus.map((f) => html`
              <li class="suggestion">
                <h4 class="suggestion__title">${f.competencyTitle}
                  <span class="badge badge--level">${t('coachIntake.level', { level: f.level })}</span></h4>
                <p class="suggestion__reason">${sentence(f.reason)}</p>
                ${f.items.length === 0
                  ? html`<p class="muted">${t('coachIntake.noItems')}</p>`
                  : html`
                    <p class="suggestion__items-title">${t('coachIntake.items')}</p>
                    <ul class="suggestion__items">
                      ${f.items.map((item) => html`
                        <li>
                          <a href="#/catalogue/${encodeURIComponent(item.id)}">${item.title}</a>
                          <span class="muted">· ${t(`coachIntake.kind.${item.kind}`)}${item.durationMinutes
                            ? html` · ${t('coachIntake.minutes', { minutes: item.durationMinutes })}` : nothing}</span>
                          <br><span class="suggestion__item-reason">${sentence(item.reason)}</span>
                        </li>
                      `)}
                    </ul>
                  `}
              </li>
            `)}
          </ol>
        `}
    `;
  }
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

/** The coach's intake page of one participant (#/intake-coach/<userId>). */
export class CoachIntakePage extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
  };

  render() {
    return html`
      <p><a href="#/">${t('coachIntake.back')}</a></p>
      <h1>${t('coachIntake.page')}</h1>
      <coach-intake .course=${this.course} .userId=${this.userId}></coach-intake>
    `;
  }
}

customElements.define('coach-intake-page', CoachIntakePage);
