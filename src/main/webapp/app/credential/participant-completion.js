import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { t } from '../i18n.js';
import { completionOf, issueCertificate, planMoment, recordOutcome } from './credential-api.js';
import { live, longDate } from './parts.js';
import { today as localToday } from '../plan/dates.js';
import './messages.js';

/**
 * "Afronding" on a participant's page for their coach: per route and goal the check against concluded observations
 * ("Oefen nog even door" with what is missing), "Plan afronding", "Leg uitslag vast" (corrections with a reason) and,
 * for a goal that was passed, "Certificaat uitreiken". Fires `completion-changed` with the completion after each load.
 */
export class ParticipantCompletion extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    completion: { state: true },
    error: { state: true },
    message: { state: true },
    open: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.userId = null;
    this.completion = null;
    this.error = null;
    this.message = null;
    this.open = null;
    this.busy = false;
  }

  willUpdate(changed) {
    if ((changed.has('userId') || changed.has('course')) && this.userId && this.course?.id) this.load();
  }

  async load() {
    this.error = null;
    try {
      this.completion = await completionOf(this.course.id, this.userId);
      this.dispatchEvent(new CustomEvent('completion-changed', { detail: this.completion, bubbles: true }));
    } catch (error) {
      this.error = error;
    }
  }

  async #act(event, action) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    const form = event.target instanceof HTMLFormElement ? event.target : null;
    formProblem(this).clear(form);
    try {
      await action(form?.elements);
      this.open = null;
      this.message = { kind: 'success', text: t('common.saved') };
      await this.load();
    } catch (error) {
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    } finally {
      this.busy = false;
    }
  }

  #plan(event, s) {
    return this.#act(event, (f) => planMoment(this.course.id, this.userId, {
      subject: s.subject,
      goalId: s.subject === 'goal' ? s.subjectId : undefined,
      date: f.date.value || null,
      assessor: f.assessor ? f.assessor.value.trim() : undefined,
      note: f.note.value.trim() || undefined,
    }));
  }

  #record(event, moment, correcting) {
    return this.#act(event, (f) => recordOutcome(this.course.id, this.userId, moment, {
      outcome: f.outcome.value,
      note: f.note ? f.note.value.trim() || undefined : undefined,
      corrects: correcting ? moment.outcome.id : undefined,
      reason: correcting ? f.reason.value.trim() : undefined,
    }));
  }

  #issueGoal(s) {
    return this.#act(new Event('submit'), () => issueCertificate(this.course.id, this.userId, { goalId: s.subjectId }));
  }

  render() {
    return html`
      <section class="panel participant-completion" aria-labelledby="participant-completion-title">
        <h2 id="participant-completion-title">${t('completion.title')}</h2>
        ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : this.#body()}
      </section>
    `;
  }

  #body() {
    const c = this.completion;
    if (!c) return nothing;
    const subjects = [...(c.route ? [c.route] : []), ...c.goals];
    return html`
      <p>${t('completion.intro')}</p>
      <p class="hint">${c.rule}</p>
      ${live(this.message)}
      ${subjects.length ? html`<ul class="completion-list">${subjects.map((s) => this.#subject(s))}</ul>`
        : html`<p>${t('completion.none')}</p>`}
    `;
  }

  #subject(s) {
    const key = `${s.subject}-${s.subjectId}`;
    const moment = s.moments[0];
    return html`
      <li class="completion completion--${s.state}" data-subject=${key}>
        <h3>${t(s.subject === 'route' ? 'completion.route' : 'completion.goal', { title: s.title })}</h3>
        <p>${t(`completion.kind.${s.momentKind}`)}</p>
        <p class="completion__state"><strong>${t(`completion.state.${s.state}`)}</strong></p>
        ${s.missing.length ? html`<p>${t('completion.missing')}</p><ul class="completion__missing">${s.missing.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
        <ul class="completion__targets">
          ${s.targets.map((x) => html`<li>${t('completion.target', { title: x.competencyTitle, level: x.level })}:
            ${x.met ? t('completion.met') : t('common.notYet')}${x.evidence.length ? html` (${x.evidence.join(' ')})` : nothing}</li>`)}
        </ul>
        ${moment ? this.#moment(moment) : nothing}
        ${s.state === 'ready' ? this.#planControl(s, key) : nothing}
        ${s.state === 'planned' ? this.#recordForm(moment, key, false) : nothing}
        ${s.state === 'passed' && s.subject === 'goal'
          ? html`<button class="button" type="button" @click=${() => this.#issueGoal(s)}>${t('completion.issueGoal')}</button>` : nothing}
        ${moment?.outcome ? this.#correctControl(moment, key) : nothing}
      </li>
    `;
  }

  #moment(m) {
    return html`
      <p>${m.assessor ? t('completion.plannedWith', { date: longDate(m.date), assessor: m.assessor }) : t('completion.planned', { date: longDate(m.date) })}</p>
      ${m.outcome ? html`<p>${t('completion.recorded', { outcome: m.outcome.outcomeText, name: m.outcome.recordedByName })}</p>
        ${m.outcome.reason ? html`<p>${t('completion.corrected', { reason: m.outcome.reason })}</p>` : nothing}` : nothing}
    `;
  }

  #planControl(s, key) {
    if (this.open !== `plan-${key}`) {
      return html`<button class="button" type="button" @click=${() => (this.open = `plan-${key}`)}>${t('completion.plan')}</button>`;
    }
    const today = localToday();
    return html`
      <form class="form" novalidate @submit=${(e) => this.#plan(e, s)}>
        <div class="field">
          <label for="completion-date-${key}">${t('common.date')}</label>
          <input id="completion-date-${key}" name="date" type="date" required .value=${today}>
        </div>
        ${s.momentKind === 'assessment' ? html`
          <div class="field">
            <label for="completion-assessor-${key}">${t('completion.assessor')}</label>
            <input id="completion-assessor-${key}" name="assessor" type="text" maxlength="200" required>
          </div>` : nothing}
        <div class="field">
          <label for="completion-note-${key}">${t('completion.note')}</label>
          <textarea id="completion-note-${key}" name="note" rows="2" maxlength="1000"></textarea>
        </div>
        <button class="button" type="submit">${t('completion.plan')}</button>
        <button class="button button--secondary" type="button" @click=${() => (this.open = null)}>${t('common.cancel')}</button>
      </form>
    `;
  }

  #recordForm(moment, key, correcting) {
    const id = `${correcting ? 'correct' : 'record'}-${key}`;
    return html`
      <form class="form" novalidate @submit=${(e) => this.#record(e, moment, correcting)}>
        <fieldset class="field">
          <legend>${t('completion.outcome')}</legend>
          <label><input type="radio" name="outcome" value="passed" checked> ${t('completion.outcome.passed')}</label>
          <label><input type="radio" name="outcome" value="not-yet"> ${t('common.notYet')}</label>
        </fieldset>
        ${correcting ? html`
          <div class="field">
            <label for="completion-reason-${id}">${t('completion.reason')}</label>
            <input id="completion-reason-${id}" name="reason" type="text" maxlength="500" required>
          </div>` : html`
          <div class="field">
            <label for="completion-onote-${id}">${t('completion.note')}</label>
            <textarea id="completion-onote-${id}" name="note" rows="2" maxlength="1000"></textarea>
          </div>`}
        <button class="button" type="submit">${correcting ? t('completion.correct') : t('completion.record')}</button>
      </form>
    `;
  }

  #correctControl(moment, key) {
    if (this.open !== `correct-${key}`) {
      return html`<button class="button button--secondary" type="button" @click=${() => (this.open = `correct-${key}`)}>${t('completion.correct')}</button>`;
    }
    return this.#recordForm(moment, key, true);
  }
}

customElements.define('participant-completion', ParticipantCompletion);
