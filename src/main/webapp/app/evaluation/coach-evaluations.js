import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { formatDay, formatMoment } from '../plan/dates.js';
import { getParticipant } from '../plan/plan-api.js';
import { firstName } from '../coach/words.js';
import { t } from '../i18n.js';
import { changeFeedback, getEvaluations, setSchedule, writeFeedback } from './evaluation-api.js';
import { QUESTIONS, answerKey } from './my-evaluation.js';
import './messages.js';

/**
 * The coach's interim evaluations of a participant (#/evaluations/<userId>): the agreed rhythm (versioned), the
 * next one and whether it is due, the participant's reflection, the coach's feedback ("wat gaat goed / wat ga je
 * nog leren", a change keeps the earlier versions) and a link to the plan to adapt goals.
 */
export class CoachEvaluations extends LightElement {
  static properties = {
    course: { attribute: false }, userId: { attribute: false },
    person: { state: true }, state: { state: true }, error: { state: true }, notice: { state: true },
    busy: { state: true }, refused: { state: true },
  };

  get #who() {
    return [this.course?.id ?? '', this.userId ?? ''];
  }

  willUpdate(changed) {
    if ((changed.has('course') || changed.has('userId')) && this.course?.id && this.userId) this.#load();
  }

  async #load() {
    try {
      const [person, state] = await Promise.all([getParticipant(...this.#who), getEvaluations(...this.#who)]);
      this.person = person;
      this.state = state;
    } catch (error) {
      this.error = error;
    }
  }

  get #name() {
    return firstName(this.person?.name, t('common.noName'));
  }

  render() {
    const id = encodeURIComponent(this.userId ?? '');
    return html`
      <p><a class="back" href="#/participants/${id}">${t('observation.back')}</a></p>
      <h1>${t('evaluation.coach.title', { name: this.person?.name || t('common.noName') })}</h1>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      ${this.notice ? html`<div class="message message--success" role="status"><p>${this.notice}</p></div>` : nothing}
      ${this.refused ? html`<div class="message message--error" role="alert"><p>${this.refused}</p></div>` : nothing}
      ${this.state ? html`${this.#rhythm(this.state)}${this.#current(this.state)}${this.#history(this.state)}
        <p><a class="button button--secondary" href="#/participants/${id}">${t('evaluation.coach.goals')}</a></p>`
        : !this.error ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>` : nothing}
    `;
  }

  #rhythm(s) {
    const weeks = s.schedule?.everyWeeks;
    return html`
      <form class="form panel evaluation-rhythm" novalidate @submit=${(e) => this.#saveRhythm(e, s)}>
        <h2 class="panel__title">${t('evaluation.coach.rhythm')}</h2>
        <p>${weeks ? t('evaluation.coach.rhythmNow', { weeks }) : t('evaluation.coach.noRhythm')}</p>
        ${s.nextDueOn ? html`<p>${t('evaluation.coach.next', { date: formatDay(s.nextDueOn, { weekday: false }) })}
          ${s.due ? html`<strong>${t('evaluation.coach.due')}</strong>` : nothing}</p>` : nothing}
        <div class="field">
          <label for="evaluation-weeks">${t('evaluation.coach.every')}</label>
          <input id="evaluation-weeks" name="everyWeeks" type="number" min="1" max="26" inputmode="numeric" .value=${String(weeks ?? 4)}>
        </div>
        <button type="submit" class="button button--secondary">${t('evaluation.coach.save')}</button>
      </form>
    `;
  }

  #current(s) {
    if (!s.schedule?.everyWeeks) return nothing;
    const current = s.current;
    return html`
      <section class="panel evaluation-current" aria-labelledby="evaluation-current-title">
        <h2 class="panel__title" id="evaluation-current-title">${formatDay(s.nextDueOn, { weekday: false })}</h2>
        ${this.#reflection(current)}
        ${current?.feedback ? nothing : this.#feedbackForm(null, s.nextDueOn)}
      </section>
    `;
  }

  #reflection(evaluation) {
    if (!evaluation?.reflection) return html`<p>${t('evaluation.coach.noReflection', { name: this.#name })}</p>`;
    const r = evaluation.reflection;
    return html`
      <h3>${t('evaluation.coach.reflection', { name: this.#name })}</h3>
      <ul>${QUESTIONS.map((q) => html`<li>${t(`evaluation.q.${q}`)} <strong>${t(answerKey(r[q]))}</strong></li>`)}</ul>
      ${r.note ? html`<p>“${r.note}”</p>` : nothing}
    `;
  }

  #feedbackForm(evaluation, dueOn) {
    const prefix = evaluation ? `fb-${evaluation.id}` : 'fb-new';
    return html`
      <form class="form evaluation-feedback" novalidate @submit=${(e) => this.#saveFeedback(e, evaluation, dueOn)}>
        <h3>${evaluation ? t('evaluation.coach.change') : t('evaluation.coach.write')}</h3>
        <div class="field">
          <label for="${prefix}-good">${t('evaluation.goingWell')}</label>
          <textarea id="${prefix}-good" name="goingWell" rows="3" maxlength="1000" .value=${evaluation?.feedback?.goingWell ?? ''}></textarea>
        </div>
        <div class="field">
          <label for="${prefix}-learn">${t('evaluation.toLearn')}</label>
          <textarea id="${prefix}-learn" name="toLearn" rows="3" maxlength="1000" .value=${evaluation?.feedback?.toLearn ?? ''}></textarea>
        </div>
        <button type="submit" class="button button--primary" aria-disabled=${this.busy ? 'true' : 'false'}>${evaluation ? t('evaluation.coach.change') : t('evaluation.coach.send')}</button>
      </form>
    `;
  }

  #history(s) {
    const done = (s.evaluations ?? []).filter((e) => e.feedback);
    if (!done.length) return nothing;
    return html`
      <h2>${t('evaluation.history')}</h2>
      <ul class="evaluation-history">${done.map((e) => html`
        <li class="panel">
          <h3>${formatDay(e.dueOn, { weekday: false })}</h3>
          ${this.#reflection(e)}
          <p><strong>${t('evaluation.goingWell')}:</strong> ${e.feedback.goingWell ?? '–'}</p>
          <p><strong>${t('evaluation.toLearn')}:</strong> ${e.feedback.toLearn ?? '–'}</p>
          ${e.history?.length > 1 ? html`<details><summary>${t('evaluation.coach.versions')}</summary>
            <ul>${e.history.slice(1).map((h) => html`<li>${formatMoment(h.writtenAt)}: ${h.goingWell ?? '–'} / ${h.toLearn ?? '–'}</li>`)}</ul>
          </details>` : nothing}
          <details><summary>${t('evaluation.coach.change')}</summary>${this.#feedbackForm(e, e.dueOn)}</details>
        </li>`)}
      </ul>
    `;
  }

  async #saveRhythm(event, s) {
    event.preventDefault();
    const everyWeeks = Number(event.target.querySelector('#evaluation-weeks').value);
    await this.#run(() => setSchedule(...this.#who, { everyWeeks },
      s.schedule?.everyWeeks ? { ifMatch: s.schedule.version } : undefined), t('evaluation.coach.saved'), event.target);
  }

  async #saveFeedback(event, evaluation, dueOn) {
    event.preventDefault();
    const form = event.target;
    const body = { goingWell: form.elements.goingWell.value || undefined, toLearn: form.elements.toLearn.value || undefined };
    await this.#run(() => (evaluation
      ? changeFeedback(...this.#who, evaluation.id, body, { ifMatch: evaluation.version })
      : writeFeedback(...this.#who, { dueOn, ...body })), t('evaluation.coach.changed'), form);
  }

  /** One change; a refusal marks the fields it names in `form` and says so above (`refused`). */
  async #run(action, done, form) {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.notice = null;
    this.refused = null;
    formProblem(this).clear(form);
    try {
      await action();
      this.notice = done;
    } catch (error) {
      if (error instanceof ApiError && error.isStale) this.notice = t('error.stale');
      else this.refused = formProblem(this).show(form, error);
    } finally {
      this.busy = false;
    }
    this.state = await getEvaluations(...this.#who).catch(() => this.state);
  }
}

customElements.define('coach-evaluations', CoachEvaluations);
