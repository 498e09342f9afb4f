import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { getMyEvaluations } from './evaluation-api.js';
import { formatDay } from '../plan/dates.js';
import { icon } from '../shared/icons.js';
import { t } from '../i18n.js';
import './messages.js';
import '../plan/messages.js';

/**
 * On the participant's home, only while an interim evaluation is due and not filled in yet: a short card with a big
 * "Begin" to the questions. Nothing at all otherwise (also when the request fails: the page itself says why).
 */
export class EvaluationCard extends LightElement {
  static properties = { state: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    getMyEvaluations().then((state) => { this.state = state; }, () => { this.state = null; });
  }

  render() {
    if (!this.state?.canReflect) return nothing;
    return html`
      <section class="card card--evaluation evaluation-card" aria-labelledby="evaluation-card-title">
        <span class="card__icon">${icon('flag')}</span>
        <h2 class="card__title" id="evaluation-card-title">${t('evaluation.card.title')}</h2>
        <p class="card__text">${this.state.late
          ? t('evaluation.late', { date: formatDay(this.state.nextDueOn, { weekday: false }) })
          : t('evaluation.card.due')}</p>
        <a class="button button--primary button--big" href="#/evaluation">${t('task.begin')}</a>
      </section>
    `;
  }
}

customElements.define('evaluation-card', EvaluationCard);
