import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { formatDay } from '../plan/dates.js';
import { getLocale, t } from '../i18n.js';
import { pictogram } from '../intake/pictograms.js';
import { getMyEvaluations, reflect } from './evaluation-api.js';
import '../shared/read-aloud-button.js';
import './messages.js';

export const QUESTIONS = ['work', 'learning', 'help'];
export const ANSWERS = ['good', 'sometimes', 'not-yet'];
/** The message key of an answer ("Nog niet" is a shared word). */
export const answerKey = (a) => (a === 'not-yet' ? 'common.notYet' : `evaluation.a.${a}`);
/** The intake's pictograms: a thumb up, a so-so hand, a seedling (still growing). */
const PICTOGRAM = { good: 'already', sometimes: 'a-little', 'not-yet': 'not-yet' };

/** What is read aloud for a question: the question and its three answers. */
export function spokenQuestion(question, translate = t) {
  return `${translate(`evaluation.q.${question}`)} ${ANSWERS.map((a) => translate(answerKey(a))).join(', ')}.`;
}

/**
 * The participant's interim evaluation (#/evaluation): three simple questions with pictograms, each readable aloud,
 * an optional note, then the coach's feedback on earlier ones ("Wat gaat goed", "Wat ga je nog leren").
 */
export class MyEvaluation extends LightElement {
  static properties = {
    state: { state: true }, answers: { state: true }, error: { state: true }, busy: { state: true },
    done: { state: true }, missing: { state: true },
    refused: { state: true }, // the sentence after a refusal; the fields it names are marked in the form
  };

  constructor() {
    super();
    this.answers = {};
    this.missing = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  async #load() {
    try {
      this.state = await getMyEvaluations();
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    return html`
      <h1>${t('evaluation.title')}</h1>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      ${!this.state && !this.error ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>` : nothing}
      ${this.state ? this.#body(this.state) : nothing}
    `;
  }

  #body(s) {
    const status = this.done ? html`<div class="message message--success" role="status"><p>${t('evaluation.sent')}</p></div>`
      : !s.schedule?.everyWeeks ? html`<p class="message message--info">${t('evaluation.none')}</p>`
      : s.canReflect ? this.#form(s)
      : s.due && s.current?.reflection ? html`<p class="message message--info">${t('evaluation.waiting')}</p>`
      : html`<p class="lead">${t('evaluation.dueOn', { date: formatDay(s.nextDueOn, { weekday: false }) })}</p>`;
    const earlier = (s.evaluations ?? []).filter((e) => e.feedback || e.reflection);
    return html`
      ${status}
      ${earlier.length ? html`
        <h2>${t('evaluation.history')}</h2>
        <ul class="evaluation-history">${earlier.map((e) => html`
          <li class="panel">
            <p><strong>${formatDay(e.dueOn, { weekday: false })}</strong></p>
            ${e.reflection ? html`<p>${t('evaluation.yourAnswers')}: ${QUESTIONS.map((q) => `${t(`evaluation.q.${q}`)} ${t(answerKey(e.reflection[q]))}`).join(' · ')}</p>` : nothing}
            ${e.feedback?.goingWell ? html`<p><strong>${t('evaluation.goingWell')}:</strong> ${e.feedback.goingWell}</p>` : nothing}
            ${e.feedback?.toLearn ? html`<p><strong>${t('evaluation.toLearn')}:</strong> ${e.feedback.toLearn}</p>` : nothing}
          </li>`)}
        </ul>` : nothing}
    `;
  }

  #form(s) {
    return html`
      <p class="lead">${s.late ? t('evaluation.late', { date: formatDay(s.nextDueOn, { weekday: false }) }) : t('evaluation.dueNow')}</p>
      <p>${t('evaluation.intro')}</p>
      <form class="form evaluation-form" novalidate @submit=${(e) => this.#send(e, s)}>
        ${QUESTIONS.map((q) => html`
          <fieldset class="evaluation-question panel">
            <legend class="evaluation-question__text" id="evaluation-q-${q}">${t(`evaluation.q.${q}`)}</legend>
            <read-aloud-button compact .text=${spokenQuestion(q)} .language=${getLocale()}></read-aloud-button>
            <div class="intake-answers" role="group" aria-labelledby="evaluation-q-${q}">
              ${ANSWERS.map((a) => html`
                <button type="button" class="intake-answer intake-answer--${PICTOGRAM[a]}" data-question=${q} data-answer=${a}
                  data-field=${a === ANSWERS[0] ? q : nothing}
                  aria-pressed=${this.answers[q] === a ? 'true' : 'false'}
                  @click=${() => { this.answers = { ...this.answers, [q]: a }; this.missing = false; }}>
                  <span class="intake-answer__icon">${pictogram(PICTOGRAM[a])}</span>
                  <span class="intake-answer__text">${t(answerKey(a))}</span>
                </button>`)}
            </div>
          </fieldset>`)}
        <div class="field">
          <label for="evaluation-note">${t('evaluation.note')}</label>
          <textarea id="evaluation-note" name="note" rows="3" maxlength="500"></textarea>
        </div>
        ${this.missing ? html`<p class="message message--error" role="alert">${t('evaluation.chooseAll')}</p>` : nothing}
        ${this.refused ? html`<p class="message message--error" role="alert">${this.refused}</p>` : nothing}
        <button type="submit" class="button button--primary button--big" aria-disabled=${this.busy ? 'true' : 'false'}>${t('evaluation.send')}</button>
      </form>
    `;
  }

  async #send(event, s) {
    event.preventDefault();
    if (this.busy) return;
    if (QUESTIONS.some((q) => !this.answers[q])) {
      this.missing = true;
      return;
    }
    this.busy = true;
    this.error = null;
    this.refused = null;
    formProblem(this).clear(event.target);
    try {
      const note = event.target.querySelector('#evaluation-note').value;
      await reflect({ dueOn: s.nextDueOn, ...this.answers, note: note || undefined });
      this.done = true;
      this.state = await getMyEvaluations();
    } catch (error) {
      this.refused = formProblem(this).show(event.target, error);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('my-evaluation', MyEvaluation);
