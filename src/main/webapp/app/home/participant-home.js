import { html } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { t } from '../i18n.js';
import '../intake/intake-card.js';

// The three parts of a participant's home. They are empty until plans, tasks and progress exist.
const CARDS = [
  { id: 'plan', icon: 'plan', title: 'home.plan.title', text: 'home.plan.empty' },
  { id: 'today', icon: 'today', title: 'home.today.title', text: 'home.today.empty' },
  { id: 'progress', icon: 'progress', title: 'home.progress.title', text: 'home.progress.empty' },
];

/** A participant's (deelnemer's) home: a warm welcome, my plan, today, my progress. */
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
      <intake-card></intake-card>
      <ul class="cards">
        ${CARDS.map(
          (card) => html`
            <li class="card">
              <span class="card__icon">${icon(card.icon)}</span>
              <h2 class="card__title">${t(card.title)}</h2>
              <p class="card__text">${t(card.text)}</p>
            </li>
          `,
        )}
      </ul>
    `;
  }
}

customElements.define('participant-home', ParticipantHome);
