import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { getMyCompletion } from './credential-api.js';
import { formatDay } from '../plan/dates.js';
import { icon } from '../shared/icons.js';
import { getLocale, t } from '../i18n.js';
import '../shared/read-aloud-button.js';
import './messages.js';

/** The sentence for a route or goal as a whole, from its state; null while there is still something to practise. */
export function stateSentence(subject) {
  switch (subject.state) {
    case 'ready': return t('completion.mine.ready');
    case 'planned': return t('completion.mine.planned', { date: formatDay(subject.plannedOn, { weekday: false }) });
    case 'passed': return t('completion.mine.passed');
    case 'issued': return t('completion.mine.issued');
    default: return t('completion.state.not-ready');
  }
}

/** Everything on the card as one text to read aloud, in the order it is shown. */
export function spokenCompletion(completion) {
  const parts = [`${t('completion.mine.title')}`];
  for (const s of completion?.subjects ?? []) {
    parts.push(`${t(s.subject === 'goal' ? 'completion.goal' : 'completion.route', { title: s.title })}: ${stateSentence(s)}`);
    for (const target of s.targets) parts.push(target.text);
  }
  return parts.join(' ');
}

/**
 * "Waar sta je?" on the participant's home: for their route and each plan goal with a competency and a level, every
 * target "Gehaald" or "Oefen nog even door" with what is missing in plain words, and whether the completion is planned
 * or passed; read aloud like the other cards. Only concluded observations and results from elsewhere count (the
 * server never sends an open observation). Nothing at all while there is no route or goal with a level, or when the
 * request fails.
 */
export class CompletionCard extends LightElement {
  static properties = { completion: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    getMyCompletion().then((c) => { this.completion = c; }, () => { this.completion = null; });
  }

  render() {
    const subjects = this.completion?.subjects ?? [];
    if (!subjects.length) return nothing;
    return html`
      <section class="card card--completion completion-card" aria-labelledby="completion-card-title">
        <span class="card__icon">${icon('flag')}</span>
        <h2 class="card__title" id="completion-card-title">${t('completion.mine.title')}</h2>
        <div class="card__body">
          <read-aloud-button class="completion-card__read" compact .text=${spokenCompletion(this.completion)}
            .language=${getLocale()}></read-aloud-button>
          <p class="card__text">${t('completion.mine.intro')}</p>
          ${subjects.map((s) => this.#subject(s))}
          <details class="completion-card__rule">
            <summary>${t('completion.mine.rule')}</summary>
            <p class="card__text">${this.completion.rule}</p>
          </details>
        </div>
      </section>
    `;
  }

  #subject(s) {
    const done = s.state !== 'not-ready';
    return html`
      <div class="completion-card__subject">
        <h3 class="completion-card__title">${t(s.subject === 'goal' ? 'completion.goal' : 'completion.route', { title: s.title })}</h3>
        <p class="card__text completion-card__state ${done ? 'completion-card__state--done' : ''}">${stateSentence(s)}</p>
        <ul class="completion-card__targets">
          ${s.targets.map((target) => html`
            <li class="completion-card__target ${target.met ? 'completion-card__target--met' : ''}">
              <span aria-hidden="true">${target.met ? '\u2714' : '\u2192'}</span>
              <span>
                <strong>${t('completion.target', { title: target.competencyTitle, level: target.level })}:
                  ${target.met ? t('completion.state.passed') : t('completion.state.not-ready')}</strong><br>
                ${target.text}
              </span>
            </li>`)}
        </ul>
      </div>
    `;
  }
}

customElements.define('completion-card', CompletionCard);
