import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { ApiError, userMessage } from '../api.js';
import { getMyPlan } from './plan-api.js';
import { t } from '../i18n.js';
import { formatDay } from './dates.js';
import './messages.js';
import { plural } from '../shared/messages.js';
import { plainGoalTitle } from './goal-title.js';
import './task-item.js';

/** Shows a goal's state in words with a pictogram. */
export function goalState(goal) {
  return goal.status === 'achieved'
    ? html`<span class="badge badge--achieved">${icon('star', 'icon badge__icon')}${t('plan.goal.achieved')}</span>`
    : html`<span class="badge">${icon('flag', 'icon badge__icon')}${t('plan.goal.open')}</span>`;
}

/**
 * "Mijn plan" (route #/plan): the participant's goals in plain language, with their dates and state,
 * and under each goal its tasks, which the participant can tick off, write about or add a photo to.
 */
export class MyPlan extends LightElement {
  static properties = {
    plan: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.plan = undefined;
    this.error = null;
    this.addEventListener('task-changed', (event) => this.#replace(event.detail));
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

  #replace(task) {
    this.plan = {
      ...this.plan,
      goals: this.plan.goals.map((goal) => {
        if (goal.id !== task.goalId) return goal;
        const tasks = goal.tasks.map((item) => (item.id === task.id ? task : item));
        return { ...goal, tasks, tasksDone: tasks.filter((item) => item.done).length };
      }),
    };
  }

  render() {
    return html`
      <h1>${t('common.myPlan')}</h1>
      ${this.#body()}
    `;
  }

  #body() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (this.plan === undefined) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('plan.loading')}</p>`;
    if (this.plan === null) return html`<div class="empty">${icon('plan', 'icon empty__icon')}<p>${t('plan.none')}</p></div>`;
    const plan = this.plan;
    return html`
      <p class="lead">${t('plan.intro')}</p>
      <p>${t('plan.period', { from: formatDay(plan.startsOn, { weekday: false }), to: formatDay(plan.endsOn, { weekday: false }) })}</p>
      ${plan.goals.map((goal) => html`
        <section class="goal" aria-labelledby="goal-${goal.id}">
          <h2 id="goal-${goal.id}" class="goal__title">${icon('flag', 'icon goal__icon')}${plainGoalTitle(goal.title)}</h2>
          <p class="goal__meta">
            ${goalState(goal)}
            <span>${t('plan.goal.due', { date: formatDay(goal.dueOn) })}</span>
            ${goal.competencyTitle ? html`<span>${t('plan.goal.competency', { title: goal.competencyTitle })}${goal.level
              ? html` (${t('plan.goal.level', { level: goal.level })})` : nothing}</span>` : nothing}
            ${goal.tasksTotal ? html`<span>${t(plural('plan.goal.progress', goal.tasksTotal), { done: goal.tasksDone, total: goal.tasksTotal })}</span>` : nothing}
          </p>
          ${goal.tasks.length === 0 ? html`<p>${t('plan.goal.noTasks')}</p>` : html`
            <ul class="tasks">${repeat(goal.tasks, (task) => task.id, (task) => html`<li><task-item .task=${task}></task-item></li>`)}</ul>`}
        </section>`)}
    `;
  }
}

customElements.define('my-plan', MyPlan);
