import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { userMessage } from '../api.js';
import { getAttention } from './coach-api.js';
import { listCourseRoutes } from '../route/route-api.js';
import { listGrades } from '../lms/lms-api.js';
import '../lms/grade-status.js';
import '../lms/roster-refresh.js';
import '../credential/course-completions.js';
import { relativeDay, t } from '../i18n.js';
import { firstName, plural } from './words.js';
import { formatDay } from '../plan/dates.js';
import '../plan/messages.js';
import '../route/messages.js';
import './messages.js';

const STATE_ICON = { none: 'plan', empty: 'plan', behind: 'late', 'on-track': 'calendar', done: 'check' };
const REASON_ICON = { 'intake-waiting': 'flag', overdue: 'late', 'new-note': 'pencil', 'new-photo': 'camera', quiet: 'calendar' };
const SORTS = ['attention', 'name', 'quiet'];

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

/** Why the coach should look, in words with a pictogram (never by colour alone); overdue is in the plan's state. */
function reason(code, person) {
  const name = firstName(person.name, t('common.noName'));
  return html`<li class="reason reason--${code}">${icon(REASON_ICON[code] ?? 'flag', 'icon reason__icon')}${t(`coach.reason.${code}`, { name })}</li>`;
}

/**
 * "Mijn deelnemers", the coach's home: who needs the coach first — an intake handed in and waiting, overdue
 * tasks, new notes or photos since the coach last looked, no activity for 14 days — with the count at the top,
 * sortable (who needs you, name, longest without activity); each participant with their plan's state, route,
 * next step and last activity, and a link to their page (#/participants/<id>).
 * GET /api/v1/courses/{id}/attention and /api/v1/courses/{id}/routes.
 */
export class MyParticipants extends LightElement {
  static properties = {
    course: { attribute: false },
    list: { state: true },
    routes: { state: true },
    grades: { state: true },
    error: { state: true },
    sort: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.list = null;
    this.routes = {};
    this.grades = {};
    this.error = null;
    this.sort = 'attention';
  }

  willUpdate(changed) {
    if (changed.has('course') && this.course?.id !== changed.get('course')?.id) this.#load();
  }

  async #load() {
    this.error = null;
    if (!this.course?.id) return;
    try {
      this.list = await getAttention(this.course.id, this.sort);
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

  #sortBy(value) {
    this.sort = SORTS.includes(value) ? value : 'attention';
    this.#load();
  }

  render() {
    const title = this.course?.title || this.course?.label;
    return html`
      <h1>${t('coach.title')}</h1>
      ${title ? html`<p class="lead">${t('coach.course', { title })}</p>` : nothing}
      ${this.course?.id ? html`<roster-refresh .courseId=${this.course.id} @roster-refreshed=${() => this.#load()}></roster-refresh>` : nothing}
      ${this.#body()}
      ${this.course?.id ? html`<course-completions .courseId=${this.course.id}></course-completions>` : nothing}
    `;
  }

  #body() {
    if (!this.course?.id) return html`<div class="message message--info"><p>${t('coach.noCourse')}</p></div>`;
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.list) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('coach.loading')}</p>`;
    const people = this.list.participants ?? [];
    if (people.length === 0) {
      return html`<div class="empty">${icon('people', 'icon empty__icon')}<p>${t('coach.empty')}</p></div>`;
    }
    const needing = this.list.needsAttention ?? 0;
    const count = people.length;
    return html`
      <p class="attention-count ${needing ? 'attention-count--some' : ''}" role="status">
        ${needing ? icon('flag', 'icon attention-count__icon') : icon('check', 'icon attention-count__icon')}
        ${needing === 0 ? t('coach.attention.none') : t(plural('coach.attention.count', needing), { count: needing })}
      </p>
      <div class="people-bar">
        <p class="count">${count === 1 ? t('coach.countOne') : t('coach.count', { count })}</p>
        <div class="field field--inline">
          <label for="people-sort">${t('coach.sort')}</label>
          <select id="people-sort" @change=${(e) => this.#sortBy(e.target.value)}>
            ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${t(s === 'name' ? 'common.name' : `coach.sort.${s}`)}</option>`)}
          </select>
        </div>
      </div>
      <ul class="people">
        ${people.map((person) => this.#person(person))}
      </ul>
    `;
  }

  #person(person) {
    const reasons = (person.reasons ?? []).filter((r) => r !== 'overdue');
    return html`
      <li class="person ${person.reasons?.length ? 'person--attention' : ''}">
        <span class="person__icon">${icon('person')}</span>
        <span class="person__body">
          <a class="person__name" href="#/participants/${encodeURIComponent(person.id)}">${person.name?.trim() || t('common.noName')}</a>
          ${reasons.length ? html`<ul class="reasons" aria-label=${t('coach.reasons')}>${reasons.map((r) => reason(r, person))}</ul>` : nothing}
          <span class="person__plan">${planState(person.plan)}${person.plan?.tasks
            ? html` · ${t(plural('coach.plan.progress', person.plan.tasks), { done: person.plan.tasksDone, total: person.plan.tasks })}` : nothing}</span>
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
    `;
  }
}

customElements.define('my-participants', MyParticipants);
