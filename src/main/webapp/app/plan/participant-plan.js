import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { ApiError, userMessage } from '../api.js';
import * as api from './plan-api.js';
import { relativeDay, t } from '../i18n.js';
import { addDays, formatDay } from './dates.js';
import { goalState } from './my-plan.js';
import { timingLabel } from './task-item.js';
import './messages.js';
import '../route/participant-route.js';
import '../intake/coach-intake.js';
import '../observation/messages.js';

const LEVELS = ['A', 'B', 'C'];

/**
 * A participant's plan as their coach sees and builds it (route #/participants/<userId>): create the plan,
 * set goals (title, optional competency and level, due date), plan tasks (title, day, optional learning
 * material), change or remove them, mark a goal achieved; and see what the participant did: ticks, notes,
 * photos. A change or removal of a goal or task sends the version the coach saw (ifMatch); when someone else
 * changed it meanwhile, the newest plan is shown — in the open form too — with "Iemand anders heeft dit net
 * veranderd". Adding and marking achieved need no version.
 */
export class ParticipantPlan extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    person: { state: true },
    plan: { state: true },
    error: { state: true },
    busy: { state: true },
    status: { state: true },
    errors: { state: true }, // { [formKey]: { [field]: message } }
    editing: { state: true }, // id of the goal or task being changed
    photos: { state: true }, // { [taskId]: objectUrl }
  };

  constructor() {
    super();
    this.course = null;
    this.userId = null;
    this.person = null;
    this.plan = undefined;
    this.error = null;
    this.busy = false;
    this.status = null;
    this.errors = {};
    this.editing = null;
    this.photos = {};
  }

  willUpdate(changed) {
    if ((changed.has('userId') || changed.has('course')) && this.userId && this.course?.id) this.#load();
  }

  disconnectedCallback() {
    Object.values(this.photos).forEach((url) => URL.revokeObjectURL(url));
    super.disconnectedCallback();
  }

  async #load() {
    this.error = null;
    try {
      this.person = await api.getParticipant(this.course.id, this.userId);
      document.title = `${t('builder.title', { name: this.#name })} – ${t('app.name')}`;
      this.plan = await api.getParticipantPlan(this.course.id, this.userId);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && this.person) this.plan = null;
      else this.error = error;
    }
  }

  get #name() {
    return this.person?.name?.trim() || t('common.noName');
  }

  /** Runs a change, then reloads the plan; field errors go next to their fields in form `key`. */
  async #change(key, work, form) {
    if (this.busy) return;
    this.busy = true;
    this.status = null;
    this.errors = { ...this.errors, [key]: {} };
    try {
      await work();
      this.editing = null;
      form?.reset();
      this.plan = await api.getParticipantPlan(this.course.id, this.userId);
      this.status = { kind: 'success', text: t('common.saved') };
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : [];
      this.errors = { ...this.errors, [key]: Object.fromEntries(fields.map((f) => [f.field, f.message])) };
      this.status = { kind: 'error', text: userMessage(error) };
      if (error instanceof ApiError && error.isStale) await this.#showNewest(form);
      const first = fields[0] && form?.elements[fields[0].field];
      first?.focus?.();
    } finally {
      this.busy = false;
    }
  }

  /** Someone else changed the plan: show the newest version, in the open form too (its fields take the new values). */
  async #showNewest(form) {
    try {
      this.plan = await api.getParticipantPlan(this.course.id, this.userId);
      await this.updateComplete;
      form?.reset();
    } catch (error) {
      this.error = error;
    }
  }

  #values(form) {
    return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
  }

  #createPlan(event) {
    event.preventDefault();
    const form = event.target;
    this.#change('plan', () => api.createPlan(this.course.id, this.userId, this.#values(form)), form);
  }

  #saveGoal(event, goal) {
    event.preventDefault();
    const form = event.target;
    const body = this.#values(form);
    this.#change(goal ? `goal-${goal.id}` : 'goal-new', () => (goal
      ? api.updateGoal(goal.id, body, { ifMatch: goal.version })
      : api.addGoal(this.plan.id, body)), form);
  }

  #saveTask(event, goal, task) {
    event.preventDefault();
    const form = event.target;
    const body = this.#values(form);
    this.#change(task ? `task-${task.id}` : `task-new-${goal.id}`, () => (task
      ? api.updateTask(task.id, body, { ifMatch: task.version })
      : api.addTask(goal.id, body)), form);
  }

  #remove(action, question) {
    if (!window.confirm(question)) return;
    this.#change('remove', action);
  }

  #achieved(goal, achieved) {
    this.#change('achieved', () => api.setGoalAchieved(goal.id, achieved));
  }

  async #showPhoto(task) {
    try {
      this.photos = { ...this.photos, [task.id]: await api.taskPhotoUrl(task.id) };
    } catch (error) {
      this.status = { kind: 'error', text: userMessage(error) };
    }
  }

  render() {
    return html`
      <p><a class="back" href="#/">${t('builder.back')}</a></p>
      <h1>${this.person ? t('builder.title', { name: this.#name }) : t('builder.loading')}</h1>
      ${this.#body()}
    `;
  }

  #body() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (this.plan === undefined) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('builder.loading')}</p>`;
    return html`
      ${this.person?.lastSeen ? html`<p class="lead">${t('common.lastSeen', { when: relativeDay(this.person.lastSeen) })}</p>` : nothing}
      ${this.plan === null ? this.#createForm() : this.#planView()}
      <participant-route .course=${this.course} .userId=${this.userId}></participant-route>
      <p><a class="button button--secondary" href="#/observations/${encodeURIComponent(this.userId)}">${t('observation.link')}</a></p>
      <div class="live" aria-live="polite">
        ${this.status ? html`<p class="message message--${this.status.kind}">${this.status.text}</p>` : nothing}
      </div>
      <coach-intake .course=${this.course} .userId=${this.userId} @plan-changed=${() => this.#reloadPlan()}></coach-intake>
    `;
  }

  /** The intake's suggestions went into the plan: show the new goals. */
  async #reloadPlan() {
    try {
      this.plan = await api.getParticipantPlan(this.course.id, this.userId);
    } catch (error) {
      this.error = error;
    }
  }

  #createForm() {
    const today = addDays(null, 0);
    return html`
      <p>${t('builder.none', { name: this.#name })}</p>
      <section class="panel" aria-labelledby="create-plan-title">
        <h2 id="create-plan-title" class="panel__title">${icon('plan', 'icon panel__icon')}${t('builder.create.title')}</h2>
        <form class="form" novalidate @submit=${this.#createPlan}>
          ${this.#field('plan', 'startsOn', t('builder.create.startsOn'), { type: 'date', value: today })}
          ${this.#field('plan', 'endsOn', t('builder.create.endsOn'), { type: 'date', value: addDays(today, 26 * 7) })}
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('common.makePlan')}</button>
        </form>
      </section>
    `;
  }

  #planView() {
    const plan = this.plan;
    return html`
      <p>${t('builder.period', { from: formatDay(plan.startsOn, { weekday: false }), to: formatDay(plan.endsOn, { weekday: false }) })}</p>
      <h2>${t('builder.goals.title')}</h2>
      ${plan.goals.length === 0 ? html`<p>${t('builder.goals.none')}</p>` : nothing}
      ${plan.goals.map((goal) => this.#goal(goal))}
      <section class="panel" aria-labelledby="new-goal-title">
        <h3 id="new-goal-title" class="panel__title">${icon('flag', 'icon panel__icon')}${t('builder.goal.add.title')}</h3>
        ${this.#goalForm(null)}
      </section>
    `;
  }

  #goal(goal) {
    if (this.editing === goal.id) {
      return html`
        <section class="goal" aria-labelledby="edit-goal-${goal.id}">
          <h3 id="edit-goal-${goal.id}" class="goal__title">${t('builder.goal.edit.title')}</h3>
          ${this.#goalForm(goal)}
        </section>`;
    }
    return html`
      <section class="goal" aria-labelledby="goal-${goal.id}">
        <h3 id="goal-${goal.id}" class="goal__title">${icon('flag', 'icon goal__icon')}${goal.title}</h3>
        <p class="goal__meta">
          ${goalState(goal)}
          <span>${t('plan.goal.due', { date: formatDay(goal.dueOn) })}</span>
          ${goal.competencyTitle ? html`<span>${goal.competencyTitle}${goal.level ? html` (${t('plan.goal.level', { level: goal.level })})` : nothing}</span>`
            : goal.level ? html`<span>${t('plan.goal.level', { level: goal.level })}</span>` : nothing}
          ${goal.tasksTotal ? html`<span>${t('plan.goal.progress', { done: goal.tasksDone, total: goal.tasksTotal })}</span>` : nothing}
        </p>
        ${goal.allTasksDone && goal.status === 'open' ? html`<p class="message message--info">${t('builder.goal.ready')}</p>` : nothing}
        <div class="button-row">
          ${goal.status === 'open'
            ? html`<button type="button" class="button button--small" @click=${() => this.#achieved(goal, true)}>${icon('star')}${t('builder.goal.achieve')}<span class="visually-hidden">: ${goal.title}</span></button>`
            : html`<button type="button" class="button button--secondary button--small" @click=${() => this.#achieved(goal, false)}>${t('builder.goal.reopen')}<span class="visually-hidden">: ${goal.title}</span></button>`}
          <button type="button" class="button button--secondary button--small" @click=${() => (this.editing = goal.id)}>${icon('pencil')}${t('builder.goal.edit')}<span class="visually-hidden">: ${goal.title}</span></button>
          <button type="button" class="button button--danger button--small"
            @click=${() => this.#remove(() => api.removeGoal(goal.id, { ifMatch: goal.version }), t('builder.goal.removeConfirm'))}>${t('builder.goal.remove')}<span class="visually-hidden">: ${goal.title}</span></button>
        </div>
        ${goal.tasks.length ? html`<ul class="tasks">${goal.tasks.map((task) => html`<li>${this.#task(goal, task)}</li>`)}</ul>` : html`<p>${t('plan.goal.noTasks')}</p>`}
        ${goal.status === 'open' ? html`
          <details class="task__more">
            <summary>${icon('today')}${t('builder.task.add.title')}</summary>
            ${this.#taskForm(goal, null)}
          </details>` : nothing}
      </section>
    `;
  }

  #task(goal, task) {
    if (this.editing === task.id) {
      return html`<div class="task"><p class="task__title">${t('builder.task.edit.title')}</p>${this.#taskForm(goal, task)}</div>`;
    }
    return html`
      <div class="task task--${task.timing}">
        <p class="task__title">${task.done ? icon('check', 'icon task__done-icon') : nothing}${task.title}</p>
        <p class="task__when">${timingLabel(task)}</p>
        ${task.done ? nothing : html`<p class="task__state">${t('builder.task.notDone')}</p>`}
        ${task.itemTitle ? html`<p class="task__item">${task.itemUrl
          ? html`<a href=${task.itemUrl} target="_blank" rel="noopener noreferrer">${t('task.material', { title: task.itemTitle })}</a>`
          : t('task.material', { title: task.itemTitle })}</p>` : nothing}
        ${task.note ? html`<p class="task__note">${icon('pencil', 'icon task__note-icon')}${t('task.note.theirs', { note: task.note })}</p>` : nothing}
        ${this.photos[task.id] ? html`<img class="task__photo" src=${this.photos[task.id]} alt=${t('task.photo.alt', { title: task.title })}>`
          : task.hasPhoto ? html`<p><button type="button" class="button button--secondary button--small" @click=${() => this.#showPhoto(task)}>
              ${icon('camera')}${t('task.photo.show')}<span class="visually-hidden">: ${task.title}</span></button></p>` : nothing}
        <div class="button-row">
          <button type="button" class="button button--secondary button--small" @click=${() => (this.editing = task.id)}>${t('builder.task.edit')}<span class="visually-hidden">: ${task.title}</span></button>
          <button type="button" class="button button--danger button--small"
            @click=${() => this.#remove(() => api.removeTask(task.id, { ifMatch: task.version }), t('builder.task.removeConfirm'))}>${t('builder.task.remove')}<span class="visually-hidden">: ${task.title}</span></button>
        </div>
      </div>
    `;
  }

  #goalForm(goal) {
    const key = goal ? `goal-${goal.id}` : 'goal-new';
    const due = goal?.dueOn ?? this.#defaultDay(28);
    return html`
      <form class="form" novalidate @submit=${(event) => this.#saveGoal(event, goal)}>
        ${this.#field(key, 'title', t('builder.goal.title'), { value: goal?.title ?? '', hint: t('builder.goal.title.hint'), maxlength: 200 })}
        ${this.#field(key, 'competencyTitle', t('builder.goal.competency'), { value: goal?.competencyTitle ?? '', maxlength: 300 })}
        ${goal?.competencyKey ? html`<input type="hidden" name="competencyKey" value=${goal.competencyKey}>` : nothing}
        <div class="field">
          <label for="${key}-level">${t('common.level')}</label>
          <select id="${key}-level" name="level">
            <option value="" ?selected=${!goal?.level}>${t('builder.goal.level.none')}</option>
            ${LEVELS.map((level) => html`<option value=${level} ?selected=${goal?.level === level}>${level}</option>`)}
          </select>
        </div>
        ${this.#field(key, 'dueOn', t('builder.goal.dueOn'), { type: 'date', value: due })}
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${goal ? t('builder.goal.save') : t('builder.goal.add')}</button>
          ${goal ? html`<button class="button button--secondary" type="button" @click=${() => (this.editing = null)}>${t('builder.cancel')}</button>` : nothing}
        </div>
      </form>
    `;
  }

  #taskForm(goal, task) {
    const key = task ? `task-${task.id}` : `task-new-${goal.id}`;
    return html`
      <form class="form" novalidate @submit=${(event) => this.#saveTask(event, goal, task)}>
        ${this.#field(key, 'title', t('builder.task.title'), { value: task?.title ?? '', maxlength: 200 })}
        ${this.#field(key, 'day', t('builder.task.day'), { type: 'date', value: task?.day ?? this.#defaultDay(0) })}
        ${this.#field(key, 'itemTitle', t('builder.task.itemTitle'), { value: task?.itemTitle ?? '', maxlength: 300 })}
        ${this.#field(key, 'itemUrl', t('builder.task.itemUrl'), { type: 'url', value: task?.itemUrl ?? '', maxlength: 1000 })}
        ${task?.catalogueItemId ? html`<input type="hidden" name="catalogueItemId" value=${task.catalogueItemId}>` : nothing}
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${task ? t('builder.task.save') : t('builder.task.add')}</button>
          ${task ? html`<button class="button button--secondary" type="button" @click=${() => (this.editing = null)}>${t('builder.cancel')}</button>` : nothing}
        </div>
      </form>
    `;
  }

  /** Today (as the server counts it) plus some days, kept within the plan's period. */
  #defaultDay(days) {
    const plan = this.plan;
    let day = addDays(plan?.today, days);
    if (plan && day < plan.startsOn) day = plan.startsOn;
    if (plan && day > plan.endsOn) day = plan.endsOn;
    return day;
  }

  #field(form, name, label, { type = 'text', value = '', hint, maxlength } = {}) {
    const id = `${form}-${name}`;
    const error = this.errors[form]?.[name];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing}
        <input id=${id} name=${name} type=${type} value=${value} maxlength=${maxlength ?? nothing}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}>
        ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : nothing}
      </div>
    `;
  }
}

customElements.define('participant-plan', ParticipantPlan);
