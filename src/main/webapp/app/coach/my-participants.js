import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { userMessage } from '../api.js';
import { listParticipants } from '../plan/plan-api.js';
import { listCourseRoutes } from '../route/route-api.js';
import { listGrades } from '../lms/lms-api.js';
import '../lms/grade-status.js';
import '../lms/roster-refresh.js';
import { getLocale, relativeDay, t } from '../i18n.js';
import { formatDay } from '../plan/dates.js';
import '../plan/messages.js';
import '../route/messages.js';
import './messages.js';

const STATE_ICON = { none: 'plan', empty: 'plan', behind: 'late', 'on-track': 'calendar', done: 'check' };

/** A plan's state in words, with a pictogram: never by colour alone. */
function planState(plan) {
  const state = plan?.state ?? 'none';
  const text = {
    none: () => t('coach.plan.none'),
    empty: () => t('coach.plan.empty'),
    behind: () => (plan.tasksOverdue === 1 ? t('coach.plan.behindOne') : t('coach.plan.behind', { count: plan.tasksOverdue })),
    'on-track': () => t('coach.plan.onTrack'),
    done: () => t('coach.plan.done'),
  }[state] ?? (() => state);
  return html`<span class="when when--${state === 'behind' ? 'overdue' : state === 'done' ? 'done' : 'upcoming'}">${icon(STATE_ICON[state] ?? 'plan', 'icon when__icon')}${text()}</span>`;
}

/**
 * "Mijn deelnemers": the participants of the course the coach launched from, each with the state of
 * their plan, their route, the next step and their last activity; a participant opens their plan (#/participants/<id>).
 * GET /api/v1/courses/{id}/participants and /api/v1/courses/{id}/routes.
 */
export class MyParticipants extends LightElement {
  static properties = {
    course: { attribute: false },
    participants: { state: true },
    routes: { state: true },
    grades: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.participants = null;
    this.routes = {};
    this.grades = {};
    this.error = null;
  }

  willUpdate(changed) {
    if (changed.has('course') && this.course?.id !== changed.get('course')?.id) this.#load();
  }

  async #load() {
    this.participants = null;
    this.error = null;
    if (!this.course?.id) return;
    try {
      const list = await listParticipants(this.course.id);
      this.participants = [...(list ?? [])].sort(byName);
      listCourseRoutes(this.course.id)
        .then((routes) => (this.routes = Object.fromEntries((routes ?? []).map((r) => [r.participantId, r]))))
        .catch(() => {}); // the list works without the routes
      this.#loadGrades();
    } catch (error) {
      this.error = error;
    }
  }

  /**
   * Where each participant's grades are in the LMS (the list works without them); while one is on its way, looked at
   * again every few seconds.
   */
  #loadGrades() {
    clearTimeout(this.gradesTimer);
    const courseId = this.course?.id;
    if (!courseId) return;
    listGrades(courseId)
      .then((grades) => {
        const byPerson = {};
        for (const grade of grades ?? []) (byPerson[grade.userId] ??= []).push(grade);
        this.grades = byPerson;
        if ((grades ?? []).some((g) => g.state === 'pending') && this.isConnected) {
          this.gradesTimer = setTimeout(() => this.#loadGrades(), 3000);
        }
      })
      .catch(() => {});
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.gradesTimer);
  }

  render() {
    const title = this.course?.title || this.course?.label;
    return html`
      <h1>${t('coach.title')}</h1>
      ${title ? html`<p class="lead">${t('coach.course', { title })}</p>` : nothing}
      ${this.course?.id ? html`<roster-refresh .courseId=${this.course.id} @roster-refreshed=${() => this.#load()}></roster-refresh>` : nothing}
      ${this.#body()}
    `;
  }

  #body() {
    if (!this.course?.id) return html`<div class="message message--info"><p>${t('coach.noCourse')}</p></div>`;
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.participants) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('coach.loading')}</p>`;
    if (this.participants.length === 0) {
      return html`<div class="empty">${icon('people', 'icon empty__icon')}<p>${t('coach.empty')}</p></div>`;
    }
    const count = this.participants.length;
    return html`
      <p class="count">${count === 1 ? t('coach.countOne') : t('coach.count', { count })}</p>
      <ul class="people">
        ${this.participants.map(
          (person) => html`
            <li class="person">
              <span class="person__icon">${icon('person')}</span>
              <span class="person__body">
                <a class="person__name" href="#/participants/${encodeURIComponent(person.id)}">${person.name?.trim() || t('common.noName')}</a>
                <span class="person__plan">${planState(person.plan)}${person.plan?.tasks
                  ? html` · ${t('coach.plan.progress', { done: person.plan.tasksDone, total: person.plan.tasks })}` : nothing}</span>
                ${person.plan?.nextTaskTitle ? html`<span class="person__next">${t('coach.plan.next',
                  { title: person.plan.nextTaskTitle, day: formatDay(person.plan.nextTaskOn) })}</span>` : nothing}
                ${this.routes[person.id] ? html`<span class="person__route">${t('coach.route', { title: this.routes[person.id].title })}</span>` : nothing}
                <grade-status .courseId=${this.course.id} .participantId=${person.id} .grades=${this.grades[person.id] ?? []}
                  .canSendPlan=${(person.plan?.tasks ?? 0) > 0} @grades-changed=${() => this.#loadGrades()}></grade-status>
                <span class="person__seen">
                  ${person.lastActivity ? t('coach.lastActivity', { when: relativeDay(person.lastActivity) }) : t('coach.neverSeen')}
                </span>
              </span>
            </li>
          `,
        )}
      </ul>
    `;
  }
}

function byName(a, b) {
  if (!a.name) return b.name ? 1 : 0;
  if (!b.name) return -1;
  return a.name.localeCompare(b.name, getLocale(), { sensitivity: 'base' });
}

customElements.define('my-participants', MyParticipants);
