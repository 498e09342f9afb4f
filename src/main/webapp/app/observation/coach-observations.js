import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { getFramework, listFrameworks } from '../competency/competency-api.js';
import { getParticipant, getParticipantPlan } from '../plan/plan-api.js';
import { formatDay } from '../plan/dates.js';
import * as api from './observation-api.js';
import { t } from '../i18n.js';
import './messages.js';
import './observer-guide.js';
import './participant-growth.js';

const DEMO_FRAMEWORK_KEY = '33bf07cf-48aa-43c1-b27d-e4900d3d3cba';

/**
 * A participant's observations for their coach (#/observations/<userId>): the list, and a form to start a new one —
 * framework, competencies, level, optional plan goal, period, at least two work situations, and the observer's
 * guide to read and confirm. Starting opens the observation (#/observations/<userId>/<id>).
 */
export class CoachObservations extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    person: { state: true },
    list: { state: true },
    frameworks: { state: true },
    chosenFramework: { state: true },
    periodDays: { state: true },
    competencies: { state: true },
    goals: { state: true },
    situations: { state: true },
    error: { state: true },
    startMessage: { state: true }, // the sentence above the start button after a refusal (fields marked in the form)
    busy: { state: true },
    offline: { state: true },
    offlineMessage: { state: true },
    offlineSaved: { state: true },
  };

  constructor() {
    super();
    this.list = undefined;
    this.frameworks = [];
    this.competencies = [];
    this.periodDays = 21;
    this.goals = [];
    this.situations = ['', ''];
    this.startMessage = null;
    this.offline = [];
    this.offlineMessage = null;
  }

  get #who() {
    return [this.course?.id ?? '', this.userId ?? ''];
  }

  willUpdate(changed) {
    if ((changed.has('course') || changed.has('userId')) && this.course?.id && this.userId) this.#load();
  }

  async #load() {
    this.error = null;
    try {
      const [person, list, frameworks, offline] = await Promise.all([
        getParticipant(...this.#who), api.listObservations(...this.#who), listFrameworks(),
        api.listOfflineResults(...this.#who)]);
      this.person = person;
      this.offline = offline ?? [];
      this.list = list ?? [];
      this.frameworks = (frameworks ?? []).filter((f) => f.published).map((f) => ({ key: f.key, ...f.published }));
      const preferred = this.frameworks.find((f) => f.key === DEMO_FRAMEWORK_KEY) ?? this.frameworks[0];
      await this.#chooseFramework(preferred?.id);
      try {
        this.goals = (await getParticipantPlan(...this.#who))?.goals ?? [];
      } catch {
        this.goals = []; // no plan yet
      }
    } catch (error) {
      this.error = error;
      this.list = this.list ?? [];
    }
  }

  async #chooseFramework(id) {
    this.chosenFramework = id ?? null;
    const framework = id ? await getFramework(id) : null;
    this.competencies = framework?.competencies ?? [];
    // the period starts at the framework version's own setting; the coach may change it
    this.periodDays = framework?.observationPeriodDays ?? 21;
  }

  async #start(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    this.error = null;
    this.startMessage = null;
    formProblem(this).clear(event.target);
    try {
      const started = await api.startObservation(...this.#who, {
        frameworkVersionId: this.chosenFramework,
        competencyKeys: form.getAll('competency'),
        level: form.get('level'),
        goalId: form.get('goal') || null,
        periodDays: Number(form.get('periodDays')) || null,
        situations: form.getAll('situation').map((s) => s.trim()).filter((s) => s),
        guideConfirmed: form.get('guideConfirmed') === 'yes',
      });
      window.location.hash = `#/observations/${encodeURIComponent(this.userId)}/${encodeURIComponent(started.id)}`;
    } catch (error) {
      this.startMessage = formProblem(this).show(event.target, error);
    } finally {
      this.busy = false;
    }
  }

  async #recordOffline(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    this.offlineMessage = null;
    this.offlineSaved = false;
    formProblem(this).clear(form);
    try {
      await api.recordOfflineResult(...this.#who, {
        kind: data.get('kind'),
        achievedOn: data.get('achievedOn') || null,
        competencyKey: data.get('competencyKey'),
        level: data.get('level'),
        note: data.get('note') || null,
      });
      this.offline = await api.listOfflineResults(...this.#who);
      this.offlineSaved = true;
      form.reset();
    } catch (error) {
      this.offlineMessage = formProblem(this).show(form, error);
    }
  }

  get #name() {
    return this.person?.name || t('common.noName');
  }

  render() {
    return html`
      <p><a class="back" href="#/participants/${encodeURIComponent(this.userId ?? '')}">${t('observation.back')}</a></p>
      <h1>${t('observation.list.title', { name: this.#name })}</h1>
      <p><a class="button button--secondary" href="#/evaluations/${encodeURIComponent(this.userId ?? '')}">${t('growth.evaluations')}</a></p>
      <participant-growth .course=${this.course} .userId=${this.userId}></participant-growth>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      ${this.list === undefined
        ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`
        : html`${this.#list()}${this.#startForm()}${this.#offlineResults()}`}
    `;
  }

  #list() {
    if (!this.list.length) return html`<p>${t('observation.list.none')}</p>`;
    return html`
      <ul class="observation-list">
        ${this.list.map((o) => html`
          <li class="observation-list__item">
            <a href="#/observations/${encodeURIComponent(this.userId)}/${encodeURIComponent(o.id)}">
              <strong>${o.competencies.join(', ')}</strong> · ${t('common.levelOf', { level: o.level })}
            </a>
            <span>${o.status === 'open'
              ? t('observation.list.open', { date: formatDay(o.endsOn, { weekday: false }) })
              : t('observation.list.concluded', { date: formatDay(o.concludedAt.slice(0, 10), { weekday: false }) })}
              ${o.early ? html` · <span class="badge">${t('observation.concluded.early')}</span>` : nothing}
              ${o.incomplete ? html` · <span class="badge">${t('observation.concluded.incomplete')}</span>` : nothing}</span>
          </li>`)}
      </ul>
    `;
  }

  #startForm() {
    return html`
      <form class="form panel observation-start" novalidate @submit=${(e) => this.#start(e)}>
        <h2 class="panel__title">${t('observation.start.title')}</h2>
        <div class="field">
          <label for="obs-framework">${t('common.framework')}</label>
          <select id="obs-framework" name="frameworkVersionId" @change=${(e) => this.#chooseFramework(e.target.value)}>
            ${this.frameworks.map((f) => html`<option value=${f.id} ?selected=${f.id === this.chosenFramework}>${f.title}</option>`)}
          </select>
        </div>
        <fieldset class="choices">
          <legend>${t('observation.start.competencies')}</legend>
          ${this.competencies.map((c, i) => html`
            <label class="choice"><input type="checkbox" name="competency" value=${c.key} data-field=${i === 0 ? 'competencyKeys' : nothing}>
              <span class="choice__label">${c.code ? `${c.code}. ` : ''}${c.title}</span></label>`)}
        </fieldset>
        <fieldset class="choices choices--row">
          <legend>${t('observation.start.level')}</legend>
          ${['A', 'B', 'C'].map((level) => html`
            <label class="choice"><input type="radio" name="level" value=${level} ?checked=${level === 'A'}>
              <span class="choice__label">${t('common.levelOf', { level })}</span></label>`)}
        </fieldset>
        ${this.goals.length ? html`
          <div class="field">
            <label for="obs-goal">${t('observation.start.goal')}</label>
            <select id="obs-goal" name="goal" data-field="goalId">
              <option value="">${t('observation.start.noGoal')}</option>
              ${this.goals.map((g) => html`<option value=${g.id}>${g.title}</option>`)}
            </select>
          </div>` : nothing}
        <div class="field">
          <label for="obs-period">${t('observation.start.period')}</label>
          <input id="obs-period" name="periodDays" type="number" min="1" max="365" .value=${String(this.periodDays)} inputmode="numeric"
            aria-describedby="obs-period-hint">
          <p class="field__hint" id="obs-period-hint">${t('observation.start.periodHint', { days: this.periodDays })}</p>
        </div>
        <fieldset class="choices" aria-describedby="obs-situations-hint">
          <legend>${t('observation.start.situations')}</legend>
          <p class="field__hint" id="obs-situations-hint">${t('observation.start.situationHint')}</p>
          ${this.situations.map((value, i) => html`
            <div class="field">
              <label for="obs-situation-${i}">${t('observation.start.situation', { number: i + 1 })}</label>
              <input id="obs-situation-${i}" name="situation" maxlength="80" .value=${value}
                data-field=${i === 0 ? 'situations' : `situations[${i}]`}
                @input=${(e) => { this.situations[i] = e.target.value; }}>
            </div>`)}
          <button type="button" class="button button--secondary button--small"
            @click=${() => { this.situations = [...this.situations, '']; }}>${t('observation.start.moreSituation')}</button>
        </fieldset>
        <observer-guide></observer-guide>
        <label class="choice observation-confirm">
          <input type="checkbox" name="guideConfirmed" value="yes">
          <span class="choice__label">${t('observation.guide.confirm')}</span>
        </label>
        ${this.startMessage ? html`<p class="message message--error" role="alert">${this.startMessage}</p>` : nothing}
        <button type="submit" class="button" ?disabled=${this.busy || !this.chosenFramework}>${t('observation.start.submit')}</button>
      </form>
    `;
  }

  #offlineResults() {
    return html`
      <section class="panel" aria-labelledby="offline-title">
        <h2 id="offline-title" class="panel__title">${t('offline.title')}</h2>
        <p>${t('offline.intro')}</p>
        ${this.offline.length ? html`
          <ul class="observation-list">${this.offline.map((r) => html`
            <li class="observation-list__item"><strong>${r.kindLabel}: ${r.competencyTitle}</strong>
              <span>${formatDay(r.achievedOn, { weekday: false })} · ${t('common.levelOf', { level: r.level })}${r.note ? ` · ${r.note}` : ''}</span>
            </li>`)}</ul>` : html`<p>${t('offline.none')}</p>`}
        <form class="form" novalidate @submit=${(e) => this.#recordOffline(e)}>
          <div class="field">
            <label for="offline-kind">${t('common.kind')}</label>
            <select id="offline-kind" name="kind">
              ${['training', 'test', 'practical-exam'].map((k) => html`<option value=${k}>${t(`offline.kind.${k}`)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="offline-date">${t('common.date')}</label>
            <input id="offline-date" name="achievedOn" type="date">
          </div>
          <div class="field">
            <label for="offline-competency">${t('common.competency')}</label>
            <select id="offline-competency" name="competencyKey">
              ${this.competencies.map((c) => html`<option value=${c.key}>${c.code ? `${c.code}. ` : ''}${c.title}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="offline-level">${t('common.level')}</label>
            <select id="offline-level" name="level">
              ${['A', 'B', 'C'].map((level) => html`<option value=${level}>${t('common.levelOf', { level })}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="offline-note">${t('offline.note')}</label>
            <textarea id="offline-note" name="note" rows="2" maxlength="500"></textarea>
          </div>
          ${this.offlineMessage ? html`<p class="message message--error" role="alert">${this.offlineMessage}</p>` : nothing}
          <button type="submit" class="button button--secondary">${t('offline.submit')}</button>
          <div class="live" aria-live="polite">
            ${this.offlineSaved ? html`<p class="message message--success">${t('offline.saved')}</p>` : nothing}
          </div>
        </form>
      </section>
    `;
  }
}

customElements.define('coach-observations', CoachObservations);
