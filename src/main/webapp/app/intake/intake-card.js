import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
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
    intake: { attribute: false },
    state: { state: true },
  };

  constructor() {
    super();
    this.intake = undefined; // given by the page that already read it (null: none yet), else read here
    this.state = 'loading'; // loading | new | busy | done | unavailable
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.intake === undefined) this.#load();
  }

  willUpdate(changed) {
    if (changed.has('intake') && this.intake !== undefined) this.state = IntakeCard.stateOf(this.intake);
  }

  /** new (none yet), busy (answering) or done (handed in). */
  static stateOf(intake) {
    if (!intake) return 'new';
    return intake.status === 'completed' ? 'done' : 'busy';
  }

  async #load() {
    try {
      this.intake = await getMyIntake();
    } catch {
      this.state = 'unavailable';
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
