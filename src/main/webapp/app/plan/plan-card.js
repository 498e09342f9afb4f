import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { getMyPlan } from './plan-api.js';
import { t } from '../i18n.js';
import { formatDay } from './dates.js';
import './messages.js';

/** "Mijn plan" on the participant's home: how many goals, the next task, and the way to the whole plan. */
export class PlanCard extends LightElement {
  static properties = {
    plan: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.plan = undefined;
    this.error = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.plan = await getMyPlan();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.plan = null;
      else this.error = error;
    }
  }

  render() {
    if (this.error) return html`<p class="message message--error">${userMessage(this.error)}</p>`;
    if (this.plan === undefined) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('plan.loading')}</p>`;
    if (this.plan === null) return html`<p class="card__text">${t('plan.none')}</p>`;
    const goals = this.plan.goals.filter((g) => g.status === 'open');
    const next = this.plan.goals.flatMap((g) => g.tasks).filter((task) => !task.done)
      .sort((a, b) => a.day.localeCompare(b.day))[0];
    return html`
      <p class="card__text">${goals.length === 1 ? t('plan.goalsCountOne') : t('plan.goalsCount', { count: goals.length })}
        ${next ? t('plan.next', { title: next.title, day: formatDay(next.day) }) : t('plan.allDone')}</p>
      <p class="card__text"><a class="button button--secondary" href="#/plan">${t('plan.open')}</a></p>
      ${nothing}
    `;
  }
}

customElements.define('plan-card', PlanCard);
