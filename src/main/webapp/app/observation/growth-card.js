import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { getMyProgress } from './observation-api.js';
import { getLocale, t } from '../i18n.js';
import '../shared/read-aloud-button.js';
import './messages.js';

const LEVELS = ['A', 'B', 'C'];

/** How many steps of A, B, C are climbed (the level reached counts, the ones below it too). */
export function stepsClimbed(levelReached) {
  return levelReached ? LEVELS.indexOf(levelReached) + 1 : 0;
}

/** The latest feedback the coach gave in a concluded observation, or null. */
export function lastFeedback(progress) {
  return (progress?.observations ?? []).find((o) => o.feedbackGood || o.feedbackNext) ?? null;
}

/**
 * "Mijn voortgang" on the participant's home: per competency the steps A, B, C climbed (levels reached by concluded
 * observations or a test or practical exam from elsewhere, never task counts), the step being worked on, a word of encouragement only when something was
 * reached, and the coach's last feedback; everything can be read aloud.
 */
export class GrowthCard extends LightElement {
  static properties = { progress: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    getMyProgress().then((p) => { this.progress = p; }, (error) => { this.error = error; });
  }

  render() {
    if (this.error) return html`<p class="message message--error">${userMessage(this.error)}</p>`;
    if (!this.progress) return html`<p class="card__text" role="status">${t('app.loading')}</p>`;
    const competencies = this.progress.competencies ?? [];
    const feedback = lastFeedback(this.progress);
    const spoken = this.#spoken(competencies, feedback);
    return html`
      <read-aloud-button class="growth-card__read" compact .text=${spoken} .language=${getLocale()}></read-aloud-button>
      ${competencies.length === 0
        ? html`<p class="card__text">${t('growth.empty')}</p>`
        : html`<ul class="growth-card__list">${competencies.map((c) => this.#competency(c))}</ul>`}
      ${competencies.some((c) => c.levelReached) ? html`<p class="card__text growth-card__cheer">${t('growth.cheer')}</p>` : nothing}
      ${feedback ? html`
        <div class="growth-card__feedback">
          <p class="card__text"><strong>${t('growth.coachSaid')}</strong></p>
          ${feedback.feedbackGood ? html`<p class="card__text">${t('progress.good')}: ${feedback.feedbackGood}</p>` : nothing}
          ${feedback.feedbackNext ? html`<p class="card__text">${t('progress.next')}: ${feedback.feedbackNext}</p>` : nothing}
        </div>` : nothing}
      <p class="card__text"><a href="#/progress">${t('growth.more')}</a></p>
    `;
  }

  #competency(c) {
    const climbed = stepsClimbed(c.levelReached);
    return html`
      <li class="growth-card__item">
        <p class="growth-card__title">${c.title}</p>
        <ol class="growth-card__steps" aria-label=${t('growth.stepsOf', { climbed, total: LEVELS.length })}>
          ${LEVELS.map((level, i) => html`
            <li class="growth-card__step ${i < climbed ? 'growth-card__step--done' : ''} ${c.workingOn === level ? 'growth-card__step--now' : ''}">
              <span aria-hidden="true">${i < climbed ? '\u2714' : c.workingOn === level ? '\u2192' : '\u25CB'}</span>
              ${level}<span class="visually-hidden">: ${i < climbed ? t('growth.step.done') : c.workingOn === level ? t('growth.step.now') : t('growth.step.todo')}</span>
            </li>`)}
        </ol>
        <p class="card__text">${this.#sentence(c)}</p>
      </li>
    `;
  }

  #sentence(c) {
    if (c.workingOn) return t('growth.workingOn', { level: c.workingOn });
    if (c.levelReached) return t('progress.reached', { level: c.levelReached });
    return t('progress.notReached');
  }

  #spoken(competencies, feedback) {
    const parts = [t('home.progress.title') + '.'];
    if (competencies.length === 0) parts.push(t('growth.empty'));
    for (const c of competencies) parts.push(`${c.title}: ${this.#sentence(c)}`);
    if (feedback?.feedbackGood) parts.push(`${t('progress.good')}: ${feedback.feedbackGood}.`);
    if (feedback?.feedbackNext) parts.push(`${t('progress.next')}: ${feedback.feedbackNext}.`);
    return parts.join(' ');
  }
}

customElements.define('growth-card', GrowthCard);
