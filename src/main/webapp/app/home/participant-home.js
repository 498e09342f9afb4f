import { html } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { t } from '../i18n.js';
import './messages.js';
import '../intake/intake-card.js';
import '../plan/plan-card.js';
import '../plan/today-board.js';
import '../plan/progress-card.js';
import '../credential/credential-celebration.js';

/** A participant's (deelnemer's) home: a warm welcome, my plan, today's tasks, my progress. */
export class ParticipantHome extends LightElement {
  static properties = {
    user: { attribute: false },
    course: { attribute: false },
  };

  constructor() {
    super();
    this.user = null;
    this.course = null;
  }

  render() {
    const name = this.user?.givenName?.trim() || this.user?.name?.trim();
    return html`
      <h1>${name ? t('home.hello', { name }) : t('home.helloNoName')}</h1>
      <p class="lead">${t('home.intro')}</p>
      <credential-celebration></credential-celebration>
      <intake-card></intake-card>
      <ul class="cards">
        ${this.#card('today', 'today', t('common.today'), html`<today-board class="card__body"></today-board>`)}
        ${this.#card('plan', 'plan', t('common.myPlan'), html`<plan-card class="card__body"></plan-card>`)}
        ${this.#card('progress', 'progress', t('home.progress.title'), html`<progress-card class="card__body"></progress-card>`)}
      </ul>
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
