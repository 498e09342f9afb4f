import { html } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { getMyPlan } from './plan-api.js';
import { t } from '../i18n.js';
import './messages.js';
import { plural } from '../shared/messages.js';
import { plainGoalTitle } from './goal-title.js';

/** "Mijn voortgang" on the participant's home: tasks done, goals reached (what I can already do). */
export class ProgressCard extends LightElement {
  static properties = {
    plan: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.plan = undefined;
    this.error = null;
    this.onTaskChanged = () => this.load();
  }

  connectedCallback() {
    super.connectedCallback();
    // Ticking a task on "Vandaag" (task-item sends 'task-changed', which bubbles) moves the progress on.
    document.addEventListener('task-changed', this.onTaskChanged);
    this.load();
  }

  disconnectedCallback() {
    document.removeEventListener('task-changed', this.onTaskChanged);
    super.disconnectedCallback();
  }

  async load() {
    try {
      this.plan = await getMyPlan();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.plan = null;
      else this.error = error;
    }
  }

  render() {
    if (this.error) return html`<p class="message message--error">${userMessage(this.error)}</p>`;
    if (this.plan === undefined) return html`<p class="card__text" role="status">${t('app.loading')}</p>`;
    const goals = this.plan?.goals ?? [];
    const tasks = goals.flatMap((g) => g.tasks);
    if (tasks.length === 0 && goals.length === 0) return html`<p class="card__text">${t('home.progress.empty')}</p>`;
    const done = tasks.filter((task) => task.done).length;
    const reached = goals.filter((g) => g.status === 'achieved');
    return html`
      <p class="card__text">${t(plural('progress.tasks', tasks.length), { done, total: tasks.length })}</p>
      <progress class="intake-progress__bar" max=${Math.max(tasks.length, 1)} .value=${done}
        aria-label=${t('progress.bar')}></progress>
      <p class="card__text">${t('progress.goals', { done: reached.length, total: goals.length })}</p>
      ${reached.length > 0
        ? html`<p class="card__text">${t('progress.canDo')}</p>
            <ul class="progress-reached">${reached.map((g) => html`<li>✓ ${plainGoalTitle(g.title)}</li>`)}</ul>`
        : html`<p class="card__text">${done === 0 ? t('progress.firstStep') : t('progress.keepGoing')}</p>`}
    `;
  }
}

customElements.define('progress-card', ProgressCard);
