import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { t } from '../i18n.js';
import { getMyIntake } from '../intake/intake-api.js';
import './messages.js';
import '../intake/intake-card.js';
import '../plan/plan-card.js';
import '../plan/today-board.js';
import '../observation/growth-card.js';
import '../evaluation/evaluation-card.js';
import '../credential/credential-celebration.js';
import '../credential/completion-card.js';
import '../plan/goal-celebration.js';

/**
 * A participant's (deelnemer's) home, today first: a short greeting, then "Vandaag" with today's tasks straight
 * under it (so on a 360 × 740 phone the first task is in view without scrolling), then my plan and my progress
 * (steps climbed per competency, never task counts), then "Waar sta je?" (the completion check of the route and
 * goals, only when there is one). An interim evaluation that is due shows a card above "Vandaag".
 * The intake card comes before "Vandaag" only while the intake still asks something of the participant (not started
 * or not finished); once handed in it moves to the end, out of the way.
 */
export class ParticipantHome extends LightElement {
  static properties = {
    user: { attribute: false },
    course: { attribute: false },
    intake: { state: true },
  };

  constructor() {
    super();
    this.user = null;
    this.course = null;
    this.intake = undefined; // undefined: loading; null: none or not available
  }

  connectedCallback() {
    super.connectedCallback();
    // On an error the card stays away; the intake page itself says what went wrong.
    getMyIntake().then((intake) => (this.intake = intake ?? null), () => {});
  }

  render() {
    const name = this.user?.givenName?.trim() || this.user?.name?.trim();
    const finished = this.intake?.status === 'completed';
    const card = this.intake === undefined ? nothing : html`<intake-card .intake=${this.intake}></intake-card>`;
    return html`
      <h1 class="home__hello">${name ? t('home.hello', { name }) : t('home.helloNoName')}</h1>
      <credential-celebration></credential-celebration>
      <goal-celebration></goal-celebration>
      ${finished ? nothing : card}
      <evaluation-card></evaluation-card>
      <section class="home-today" aria-labelledby="home-today-title">
        <h2 class="home-today__title" id="home-today-title">${icon('today', 'icon home-today__icon')}${t('common.today')}</h2>
        <today-board></today-board>
      </section>
      <ul class="cards">
        ${this.#card('plan', 'plan', t('common.myPlan'), html`<plan-card class="card__body"></plan-card>`)}
        ${this.#card('progress', 'progress', t('home.progress.title'), html`<growth-card class="card__body"></growth-card>`)}
      </ul>
      <completion-card></completion-card>
      ${finished ? card : nothing}
    `;
  }

  #card(id, iconName, title, body) {
    return html`
      <li class="card card--${id}">
        <span class="card__icon">${icon(iconName)}</span>
        <h2 class="card__title">${title}</h2>
        ${body}
      </li>
    `;
  }
}

customElements.define('participant-home', ParticipantHome);
