import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { userMessage } from '../api.js';
import { getToday } from './plan-api.js';
import { t } from '../i18n.js';
import { formatDay } from './dates.js';
import './messages.js';
import { plainGoalTitle } from './goal-title.js';
import './task-item.js';

/**
 * The "Vandaag" task board on the participant's home: today's tasks grouped per goal, then the tasks
 * not done yet from earlier days, then the coming ones. GET /api/v1/me/today.
 */
export class TodayBoard extends LightElement {
  static properties = {
    board: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.board = null;
    this.error = null;
    this.addEventListener('task-changed', (event) => this.#replace(event.detail));
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.error = null;
    try {
      this.board = await getToday();
    } catch (error) {
      this.error = error;
    }
  }

  /** Keeps the changed task where it is (so an undo stays one tap away) with its new state. */
  #replace(task) {
    if (!this.board) return;
    const swap = (list) => list.map((item) => (item.id === task.id ? task : item));
    this.board = {
      ...this.board,
      today: this.board.today.map((group) => ({ ...group, tasks: swap(group.tasks) })),
      overdue: swap(this.board.overdue),
      upcoming: swap(this.board.upcoming),
    };
  }

  render() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.board) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('today.loading')}</p>`;
    const board = this.board;
    if (!board.hasPlan) return html`<p class="card__text">${t('today.noPlan')}</p>`;
    return html`
      <p class="board__date">${t('today.date', { date: formatDay(board.date) })}</p>
      ${board.today.length === 0 ? html`<p>${t('today.none')}</p>` : nothing}
      ${board.today.map((group) => html`
        <section class="board__group" aria-labelledby="today-goal-${group.goalId}">
          <h3 id="today-goal-${group.goalId}" class="board__goal">${icon('flag', 'icon board__icon')}${t('today.goal', { title: plainGoalTitle(group.goalTitle) })}</h3>
          ${this.#tasks(group.tasks)}
        </section>`)}
      ${board.today.length ? html`<p class="field__hint board__hint">${t('task.doneHint')}</p>` : nothing}
      ${board.overdue.length ? html`
        <section class="board__group board__group--overdue" aria-labelledby="today-overdue">
          <h3 id="today-overdue" class="board__goal">${icon('late', 'icon board__icon')}${t('today.overdue.title')}</h3>
          <p>${t('today.overdue.intro')}</p>
          ${this.#tasks(board.overdue)}
        </section>` : nothing}
      ${board.upcoming.length ? html`
        <section class="board__group" aria-labelledby="today-upcoming">
          <h3 id="today-upcoming" class="board__goal">${icon('calendar', 'icon board__icon')}${t('today.upcoming.title')}</h3>
          <p>${t('today.upcoming.intro')}</p>
          ${this.#tasks(board.upcoming)}
        </section>` : nothing}
    `;
  }

  #tasks(tasks) {
    return html`<ul class="tasks">${repeat(tasks, (task) => task.id, (task) => html`<li><task-item .task=${task}></task-item></li>`)}</ul>`;
  }
}

customElements.define('today-board', TodayBoard);
