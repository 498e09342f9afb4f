import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError } from '../api.js';
import { getMyIntake } from './intake-api.js';
import { t } from '../i18n.js';
import './messages.js';
import { pictogram } from './pictograms.js';

/**
 * The intake on the participant's home: a clear card with one big button — "Begin met de vragen" when there
 * is no intake yet, "Ga verder met de vragen" while it is in progress, "Bekijk mijn antwoorden" when done.
 */
export class IntakeCard extends LightElement {
  static properties = {
    intake: { state: true },
    state: { state: true },
  };

  constructor() {
    super();
    this.intake = null;
    this.state = 'loading'; // loading | new | busy | done | unavailable
  }

  connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  async #load() {
    try {
      this.intake = await getMyIntake();
      this.state = this.intake.status === 'completed' ? 'done' : 'busy';
    } catch (error) {
      this.state = error instanceof ApiError && error.status === 404 ? 'new' : 'unavailable';
    }
  }

  render() {
    if (this.state === 'loading' || this.state === 'unavailable') return nothing;
    const text = {
      new: t('intake.home.new'),
      busy: t('intake.home.busy', { answered: this.intake?.answered ?? 0, total: this.intake?.total ?? 0 }),
      done: t('intake.home.done'),
    }[this.state];
    const action = { new: 'intake.start', busy: 'intake.continue', done: 'intake.home.see' }[this.state];
    return html`
      <section class="card intake-card" aria-labelledby="intake-card-title">
        <span class="card__icon">${pictogram('question')}</span>
        <h2 class="card__title" id="intake-card-title">${t('intake.home.title')}</h2>
        <p class="card__text">${text}</p>
        <a class="button intake-card__button ${this.state === 'done' ? 'button--secondary' : ''}" href="#/intake">${t(action)}</a>
      </section>
    `;
  }
}

customElements.define('intake-card', IntakeCard);
