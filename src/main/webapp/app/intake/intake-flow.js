import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { answerQuestion, completeMyIntake, getMyIntake, startMyIntake } from './intake-api.js';
import { t } from '../i18n.js';
import './messages.js';
import { pictogram } from './pictograms.js';
import { stopReading } from '../shared/speech.js';
import '../shared/read-aloud-button.js';

export const ANSWERS = ['already', 'a-little', 'not-yet'];

/**
 * "Wat kan ik al?": the participant's intake, one question per screen. Every answer is saved at once with
 * its own request (PUT /me/intake/answers/{indicatorId}), so the participant may stop at any moment; on
 * coming back the flow opens at the first unanswered question. Back and forth between questions is possible
 * until the answers are handed in (POST /me/intake/completion).
 */
export class IntakeFlow extends LightElement {
  static properties = {
    intake: { state: true },
    missing: { state: true },
    error: { state: true },
    screen: { state: true },
    index: { state: true },
    busy: { state: true },
    status: { state: true },
  };

  constructor() {
    super();
    this.intake = null;
    this.missing = false;
    this.error = null;
    this.screen = 'loading'; // loading | start | question | review | done
    this.index = 0;
    this.busy = false;
    this.status = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  disconnectedCallback() {
    stopReading();
    super.disconnectedCallback();
  }

  async #load() {
    try {
      const intake = await getMyIntake();
      if (intake) this.#show(intake);
      else this.screen = 'start';
    } catch (error) {
      this.error = error;
    }
  }

  /** Shows the intake where it stands: the first unanswered question, the check, or the finish screen. */
  #show(intake) {
    this.intake = intake;
    if (intake.status === 'completed') {
      this.screen = 'done';
    } else if (intake.next) {
      this.index = intake.next - 1;
      this.screen = 'question';
    } else {
      this.screen = 'review';
    }
  }

  async #start() {
    this.busy = true;
    this.error = null;
    try {
      const intake = await startMyIntake();
      this.#show(intake);
      this.#focusHeading();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) await this.#load();
      else this.error = error;
    } finally {
      this.busy = false;
    }
  }

  async #answer(question, answer) {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.status = t('intake.saving');
    try {
      const intake = await answerQuestion(question.indicatorId, answer);
      this.intake = intake;
      this.status = t('intake.saved');
      stopReading();
      this.#goTo(this.index + 1, { keepProgressInView: true });
    } catch (error) {
      this.status = '';
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  async #complete() {
    this.busy = true;
    this.error = null;
    try {
      this.intake = await completeMyIntake();
      this.screen = 'done';
      this.#focusHeading();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  /**
   * To question `index`; past the last one: to the first unanswered one, or the check when all are answered. After an
   * answer the question number and the competency stay in view (the page scrolls to them, not past them).
   */
  #goTo(index, { keepProgressInView = false } = {}) {
    const questions = this.intake.questions;
    if (index < questions.length) {
      this.index = Math.max(0, index);
      this.screen = 'question';
    } else {
      const open = questions.findIndex((q) => !q.answer);
      if (open >= 0) {
        this.index = open;
        this.screen = 'question';
      } else {
        this.screen = 'review';
      }
    }
    this.#focusHeading(keepProgressInView);
  }

  async #focusHeading(keepProgressInView = false) {
    await this.updateComplete;
    const heading = this.querySelector('[data-focus]');
    const progress = keepProgressInView ? this.querySelector('.intake-progress') : null;
    heading?.focus(progress ? { preventScroll: true } : undefined);
    if (progress && progress.getBoundingClientRect().top < 0) progress.scrollIntoView({ block: 'start' });
  }

  render() {
    return html`
      <h1 class=${this.screen === 'question' ? 'visually-hidden' : 'intake-title'}>${t('intake.title')}</h1>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      ${this.intake?.reopenReason && this.intake.status !== 'completed'
        ? html`<div class="message message--info intake-reopened"><p><strong>${t('intake.reopened')}</strong> ${this.intake.reopenReason}</p></div>`
        : nothing}
      ${this.#screen()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
    `;
  }

  #screen() {
    switch (this.screen) {
      case 'start':
        return this.#startScreen();
      case 'question':
        return this.#questionScreen(this.intake.questions[this.index]);
      case 'review':
        return this.#reviewScreen();
      case 'done':
        return this.#doneScreen();
      default:
        return this.error ? nothing : html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
    }
  }

  #startScreen() {
    return html`
      <div class="intake-intro">
        <span class="intake-intro__icon">${pictogram('question')}</span>
        <p class="lead">${t('intake.intro')}</p>
        <p>${t('intake.intro.pause')}</p>
      </div>
      <button type="button" class="button intake-big" ?disabled=${this.busy} @click=${() => this.#start()}>
        ${t('intake.start')}
      </button>
    `;
  }

  #questionScreen(question) {
    const total = this.intake.total;
    const number = this.index + 1;
    const language = this.intake.framework?.language;
    const isQuestion = question.question.trim().endsWith('?');
    // Read aloud: the question, the example and the three answers to choose from.
    const spoken = [isQuestion ? '' : t('intake.canYou'), question.question,
      question.example ? `${t('intake.example')} ${question.example}` : '',
      ...ANSWERS.map((answer) => `${t(`intake.answer.${answer}`)}.`)].filter(Boolean).join(' ');
    return html`
      <div class="intake-progress">
        <div class="intake-progress__row">
          <p class="intake-progress__text" id="intake-progress">${t('intake.progress', { number, total })}</p>
          <read-aloud-button class="intake-read" compact .text=${spoken} .language=${language}></read-aloud-button>
        </div>
        <progress class="intake-progress__bar" max=${total} value=${this.intake.answered}
          aria-label=${t('intake.progress.label')}></progress>
      </div>
      <section class="intake-question" aria-labelledby="intake-question">
        ${question.competencyTitle ? html`<p class="intake-question__competency">${question.competencyTitle}</p>` : nothing}
        ${isQuestion ? nothing : html`<p class="intake-question__ask">${t('intake.canYou')}</p>`}
        <h2 class="intake-question__text" id="intake-question" tabindex="-1" data-focus>${question.question}</h2>
        ${question.example
          ? html`<p class="intake-question__example"><strong>${t('intake.example')}</strong> ${question.example}</p>`
          : nothing}
        <div class="intake-answers" role="group" aria-label=${t('intake.answers')}>
          ${ANSWERS.map((answer) => html`
            <button type="button" class="intake-answer intake-answer--${answer}" aria-pressed=${question.answer === answer ? 'true' : 'false'}
              aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#answer(question, answer)}>
              <span class="intake-answer__icon">${pictogram(answer)}</span>
              <span class="intake-answer__text">${t(`intake.answer.${answer}`)}</span>
            </button>
          `)}
        </div>
      </section>
      <div class="button-row intake-nav">
        ${this.index > 0
          ? html`<button type="button" class="button button--secondary" @click=${() => this.#goTo(this.index - 1)}>${t('intake.previous')}</button>`
          : nothing}
        ${question.answer
          ? html`<button type="button" class="button button--secondary" @click=${() => this.#goTo(this.index + 1)}>${t('intake.next')}</button>`
          : nothing}
      </div>
      <p class="intake-pause"><a href="#/">${t('intake.pause')}</a></p>
    `;
  }

  #reviewScreen() {
    return html`
      <section class="intake-review" aria-labelledby="intake-review">
        <h2 id="intake-review" tabindex="-1" data-focus>${t('intake.review.title')}</h2>
        <p>${t('intake.review.text')}</p>
        <div class="button-row">
          <button type="button" class="button intake-big" ?disabled=${this.busy} @click=${() => this.#complete()}>${t('intake.complete')}</button>
          <button type="button" class="button button--secondary" @click=${() => this.#goTo(this.intake.total - 1)}>${t('intake.review.back')}</button>
        </div>
      </section>
    `;
  }

  #doneScreen() {
    return html`
      <section class="intake-done" aria-labelledby="intake-done">
        <span class="intake-done__icon">${pictogram('star')}</span>
        <h2 id="intake-done" tabindex="-1" data-focus>${t('intake.done.title')}</h2>
        <p class="lead">${t('intake.done.text')}</p>
        <a class="button intake-big" href="#/">${t('intake.done.home')}</a>
      </section>
      <details class="intake-mine">
        <summary>${t('intake.done.mine')}</summary>
        <ol class="intake-mine__list">
          ${this.intake.questions.map((q) => html`
            <li>
              <span class="intake-mine__question">${q.question}</span>
              <span class="intake-mine__answer">${q.answer ? html`${pictogram(q.answer)} ${t(`intake.answer.${q.answer}`)}` : '–'}</span>
            </li>
          `)}
        </ol>
      </details>
    `;
  }
}

customElements.define('intake-flow', IntakeFlow);
