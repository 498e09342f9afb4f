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
import '../credential/participant-credentials.js';
import '../intake/coach-intake.js';
import '../observation/messages.js';
import '../coach/messages.js';
import { firstName, plural } from '../coach/words.js';
import { recordVisit } from '../coach/coach-api.js';
import { getFramework, listFrameworks } from '../competency/competency-api.js';
import { fieldMessages } from '../shared/form-errors.js';
import { formProblem } from '../shared/form-problem.js';
import '../route/item-picker.js';

const LEVELS = ['A', 'B', 'C'];
/** The goal form's choice that keeps a competency the goal had before (typed, or from a framework no longer published). */
const KEEP = '__keep';
const SECTIONS = ['progress', 'plan', 'route', 'intake', 'credentials'];
/** The words of the sections: the route's and the intake's own titles. */
const SECTION_TITLE = {
  progress: 'coachPage.section.progress', plan: 'coachPage.section.plan', route: 'route.participant.title', intake: 'coachIntake.title', credentials: 'credential.coach.title',
};

/** How many of the goal's tasks are still open. */
const openTasks = (goal) => (goal.tasksTotal ?? 0) - (goal.tasksDone ?? 0);

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
    confirming: { state: true }, // id of the goal whose "Doel gehaald" waits for a yes
    undo: { state: true }, // id of the goal just marked achieved (its undo is offered)
    reopened: { state: true }, // id of the goal just opened again
    competencies: { state: true }, // the published frameworks' competencies: [{ key, code, title, framework, indicators }]
    goalChoice: { state: true }, // { [formKey]: { competency, level } } as chosen in a goal form (for the level texts)
    picking: { state: true }, // key of the task form whose catalogue picker is open
    picked: { state: true }, // { [formKey]: catalogue item } chosen in a task form
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
    this.confirming = null;
    this.undo = null;
    this.reopened = null;
    this.competencies = [];
    this.picking = null;
    this.picked = {};
    this.goalChoice = {};
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
    this.#loadCompetencies(); // for the goal form, with or without a plan yet
    try {
      this.person = await api.getParticipant(this.course.id, this.userId);
      const visit = recordVisit(this.course.id, this.userId).catch(() => {}); // older work is no longer new to the coach
      document.title = `${t('builder.title', { name: this.#name })} – ${t('app.name')}`;
      [this.plan] = await Promise.all([api.getParticipantPlan(this.course.id, this.userId), visit]);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && this.person) this.plan = null;
      else this.error = error;
    }
  }

  /** The competencies of the organisation's published frameworks: the goal's competency is picked from these. */
  async #loadCompetencies() {
    try {
      const published = (await listFrameworks() ?? []).filter((f) => f.published).map((f) => f.published);
      const frameworks = await Promise.all(published.map((f) => getFramework(f.id)));
      this.competencies = frameworks.flatMap((f) => (f.competencies ?? []).map((c) => ({
        key: c.key, code: c.code, title: c.title, framework: f.title,
        indicators: (c.indicators ?? []).map((i) => ({ A: i.levelA, B: i.levelB, C: i.levelC })),
      })));
    } catch {
      this.competencies = []; // the goal form still works without a competency
    }
  }

  get #name() {
    return this.person?.name?.trim() || t('common.noName');
  }

  /** How the coach's screen speaks about the participant: "Sam heeft nog 2 taken open". */
  get #firstName() {
    return firstName(this.person?.name, t('common.noName'));
  }

  /**
   * Runs a change, then reloads the plan; field errors mark their fields in `form` (shared/form-problem.js: the
   * message under the field, the focus on the first one; the form Lit draws again after the reload keeps them, found
   * by its data-form).
   */
  async #change(key, work, form) {
    if (this.busy) return;
    this.busy = true;
    this.status = null;
    this.errors = { ...this.errors, [key]: {} };
    formProblem(this).clear(form);
    try {
      await work();
      this.editing = null;
      this.picking = null;
      this.picked = { ...this.picked, [key]: undefined };
      this.goalChoice = { ...this.goalChoice, [key]: undefined };
      form?.reset();
      this.plan = await api.getParticipantPlan(this.course.id, this.userId);
      this.status = { kind: 'success', text: t('common.saved'), key };
    } catch (error) {
      const fields = fieldMessages(error);
      this.errors = { ...this.errors, [key]: fields };
      if (error instanceof ApiError && error.isStale) await this.#showNewest(form);
      await this.updateComplete;
      this.status = { kind: 'error', text: formProblem(this).show(form, error), key };
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
    const { competency, ...body } = this.#values(form);
    Object.assign(body, this.#competencyOf(competency, goal));
    this.#change(goal ? `goal-${goal.id}` : 'goal-new', () => (goal
      ? api.updateGoal(goal.id, body, { ifMatch: goal.version })
      : api.addGoal(this.plan.id, body)), form);
  }

  /** The competency the goal form's choice stands for: one of the framework, the goal's own (kept), or none. */
  #competencyOf(choice, goal) {
    if (choice === KEEP) return { competencyKey: goal?.competencyKey ?? null, competencyTitle: goal?.competencyTitle ?? null };
    const chosen = this.competencies.find((c) => c.key === choice);
    return chosen ? { competencyKey: chosen.key, competencyTitle: chosen.title } : { competencyKey: null, competencyTitle: null };
  }

  #saveTask(event, goal, task) {
    event.preventDefault();
    const form = event.target;
    const body = this.#values(form);
    if (!task) body.done = form.elements.done?.checked === true;
    this.#change(task ? `task-${task.id}` : `task-new-${goal.id}`, () => (task
      ? api.updateTask(task.id, body, { ifMatch: task.version })
      : api.addTask(goal.id, body)), form);
  }

  #remove(action, question) {
    if (!window.confirm(question)) return;
    this.#change('remove', action);
  }

  /**
   * "Doel gehaald" asks first (an inline question next to the goal, naming the open tasks); the answer is sent
   * with the goal's version (If-Match), and afterwards it can be undone right there.
   */
  #askAchieved(goal) {
    this.confirming = goal.id;
    this.undo = null;
    this.updateComplete.then(() => this.querySelector(`#confirm-${CSS.escape(goal.id)} .button`)?.focus());
  }

  async #achieved(goal, achieved) {
    this.confirming = null;
    await this.#change(`goal-${goal.id}`, () => api.setGoalAchieved(goal.id, achieved, { ifMatch: goal.version }));
    if (this.status?.kind === 'success') {
      this.status = null;
      this.undo = achieved ? goal.id : null;
      this.reopened = achieved ? null : goal.id;
      await this.updateComplete;
      this.querySelector(`#goal-feedback-${CSS.escape(goal.id)}`)?.focus();
    }
  }

  async #showPhoto(task) {
    try {
      this.photos = { ...this.photos, [task.id]: await api.taskPhotoUrl(task.id) };
    } catch (error) {
      this.status = { kind: 'error', text: userMessage(error), key: `task-${task.id}` };
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
      ${this.#sectionNav()}
      <div class="page-section" id="section-progress">${this.#progress()}</div>
      <div class="page-section" id="section-plan">
        ${this.plan === null ? this.#createForm() : this.#planView()}
      </div>
      <div class="page-section" id="section-route">
        <participant-route .course=${this.course} .userId=${this.userId}></participant-route>
      </div>
      <div class="page-section" id="section-intake">
        <coach-intake .course=${this.course} .userId=${this.userId} .name=${this.person ? this.#firstName : null} @plan-changed=${() => this.#reloadPlan()}></coach-intake>
      </div>
      <div class="page-section" id="section-credentials">
        <participant-credentials .course=${this.course} .userId=${this.userId}></participant-credentials>
      </div>
    `;
  }

  /** In-page navigation: one long page in four parts, each a button away (the address bar holds the app's route). */
  #sectionNav() {
    return html`
      <nav class="page-sections" aria-label=${t('coachPage.sections')}>
        <ul class="page-sections__list">
          ${SECTIONS.map((section) => html`<li><button type="button" class="page-sections__link"
            @click=${() => this.#goTo(section)}>${t(SECTION_TITLE[section])}</button></li>`)}
        </ul>
      </nav>`;
  }

  #goTo(section) {
    const target = this.querySelector(`#section-${section}`);
    const heading = target?.querySelector('h2');
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  /** "Voortgang": where the participant stands, in words about them, and their latest notes and photos. */
  #progress() {
    const plan = this.plan;
    const name = this.#firstName;
    const goals = plan?.goals ?? [];
    const tasks = goals.flatMap((g) => g.tasks);
    const achieved = goals.filter((g) => g.status === 'achieved').length;
    const done = tasks.filter((task) => task.done).length;
    const overdue = tasks.filter((task) => task.timing === 'overdue').length;
    const recent = tasks.flatMap((task) => [
      task.note ? { at: task.noteAt, kind: 'note', task } : null,
      task.hasPhoto ? { at: task.photoAt, kind: 'photo', task } : null,
    ]).filter(Boolean).sort((a, b) => String(b.at).localeCompare(String(a.at))).slice(0, 3);
    return html`
      <section class="panel progress-summary" aria-labelledby="progress-title">
        <h2 id="progress-title" class="panel__title">${icon('progress', 'icon panel__icon')}${t('coachPage.section.progress')}</h2>
        ${!plan ? html`<p>${t('coachPage.progress.noPlan', { name })}</p>` : html`
          <ul class="progress-summary__facts">
            <li>${t(plural('coachPage.progress.goals', goals.length), { name, achieved, count: goals.length })}</li>
            <li>${t(plural('coachPage.progress.tasks', tasks.length), { name, done, count: tasks.length })}</li>
            ${overdue ? html`<li class="progress-summary__late">${icon('late', 'icon')}${t(plural('coachPage.progress.overdue', overdue), { count: overdue })}</li>` : nothing}
          </ul>
          ${recent.length ? html`
            <h3 class="progress-summary__recent-title">${t('coachPage.progress.recent', { name })}</h3>
            <ul class="progress-summary__recent">
              ${recent.map((r) => html`<li>${icon(r.kind === 'note' ? 'pencil' : 'camera', 'icon')}
                ${r.kind === 'note' ? t('coachPage.progress.note', { title: r.task.title, note: r.task.note, when: relativeDay(r.at) })
                  : t('coachPage.progress.photo', { title: r.task.title, when: relativeDay(r.at) })}</li>`)}
            </ul>` : nothing}`}
        <p><a class="button button--secondary" href="#/observations/${encodeURIComponent(this.userId)}">${t('observation.link')}</a></p>
      </section>`;
  }

  /** Feedback next to what changed (a form, a goal); a removal is told at the top of the plan. */
  #feedback(keys) {
    const status = this.status;
    if (!status || !keys.includes(status.key)) return nothing;
    return html`<p class="message message--${status.kind} feedback" role=${status.kind === 'error' ? 'alert' : 'status'}>${status.text}</p>`;
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
        <form class="form" data-form="plan" novalidate @submit=${this.#createPlan}>
          ${this.#field('plan', 'startsOn', t('builder.create.startsOn'), { type: 'date', value: today })}
          ${this.#field('plan', 'endsOn', t('builder.create.endsOn'), { type: 'date', value: addDays(today, 26 * 7) })}
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('common.makePlan')}</button>
        </form>
        ${this.#feedback(['plan'])}
      </section>
    `;
  }

  #planView() {
    const plan = this.plan;
    return html`
      <p>${t('builder.period', { from: formatDay(plan.startsOn, { weekday: false }), to: formatDay(plan.endsOn, { weekday: false }) })}</p>
      <h2>${t('builder.goals.title')}</h2>
      ${this.#feedback(['remove'])}
      ${plan.goals.length === 0 ? html`<p>${t('builder.goals.none')}</p>` : nothing}
      ${plan.goals.map((goal) => this.#goal(goal))}
      <details class="panel new-goal" ?open=${plan.goals.length === 0 || Object.values(this.errors['goal-new'] ?? {}).length > 0}>
        <summary class="panel__title" id="new-goal-title">${icon('flag', 'icon panel__icon')}${t('builder.goal.add.title')}</summary>
        ${this.#goalForm(null)}
        ${this.#feedback(['goal-new'])}
      </details>
    `;
  }

  #goal(goal) {
    if (this.editing === goal.id) {
      return html`
        <section class="goal" aria-labelledby="edit-goal-${goal.id}">
          <h3 id="edit-goal-${goal.id}" class="goal__title">${t('builder.goal.edit.title')}</h3>
          ${this.#goalForm(goal)}
          ${this.#feedback([`goal-${goal.id}`])}
        </section>`;
    }
    return html`
      <section class="goal" aria-labelledby="goal-${goal.id}">
        <h3 id="goal-${goal.id}" class="goal__title">${icon('flag', 'icon goal__icon')}${goal.title}</h3>
        <p class="goal__meta">
          ${goal.status === 'achieved' ? goalState(goal)
            : html`<span class="badge">${icon('flag', 'icon badge__icon')}${t('coachPage.goal.open', { name: this.#firstName })}</span>`}
          <span>${t('plan.goal.due', { date: formatDay(goal.dueOn) })}</span>
          ${goal.competencyTitle ? html`<span>${goal.competencyTitle}${goal.level ? html` (${t('plan.goal.level', { level: goal.level })})` : nothing}</span>`
            : goal.level ? html`<span>${t('plan.goal.level', { level: goal.level })}</span>` : nothing}
          ${goal.tasksTotal ? html`<span>${t(plural('plan.goal.progress', goal.tasksTotal), { done: goal.tasksDone, total: goal.tasksTotal })}</span>` : nothing}
        </p>
        ${goal.allTasksDone && goal.status === 'open' ? html`<p class="message message--info">${t('builder.goal.ready')}</p>` : nothing}
        ${this.#goalFeedback(goal)}
        ${this.#feedback([`goal-${goal.id}`, `task-new-${goal.id}`, ...goal.tasks.map((task) => `task-${task.id}`)])}
        ${this.confirming === goal.id ? this.#confirmAchieved(goal) : nothing}
        <div class="button-row">
          ${goal.status === 'open'
            ? html`<button type="button" class="button button--small ${openTasks(goal) ? 'button--secondary' : ''}"
                aria-expanded=${this.confirming === goal.id ? 'true' : 'false'}
                @click=${() => this.#askAchieved(goal)}>${icon('star')}${t('builder.goal.achieve')}<span class="visually-hidden">: ${goal.title}</span></button>`
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

  /** The question before a goal is marked achieved: with open tasks it says how many, in words about the participant. */
  #confirmAchieved(goal) {
    const open = openTasks(goal);
    return html`
      <div class="confirm panel" id="confirm-${goal.id}" role="group" aria-labelledby="confirm-${goal.id}-text">
        <p id="confirm-${goal.id}-text" class="confirm__question">
          ${t('coachPlan.achieve.question', { title: goal.title })}
          ${open ? html`<br>${open === 1 ? t('coachPlan.achieve.openOne', { name: this.#firstName })
            : t('coachPlan.achieve.open', { name: this.#firstName, count: open })}` : nothing}
        </p>
        <div class="button-row">
          <button type="button" class="button button--small" @click=${() => this.#achieved(goal, true)}>${t('coachPlan.achieve.yes')}</button>
          <button type="button" class="button button--secondary button--small" @click=${() => (this.confirming = null)}>${t('coachPlan.achieve.no')}</button>
        </div>
      </div>`;
  }

  /** Feedback next to the goal that changed: achieved (with undo) or opened again. */
  #goalFeedback(goal) {
    if (this.undo === goal.id && goal.status === 'achieved') {
      return html`
        <div class="message message--success goal__feedback" id="goal-feedback-${goal.id}" tabindex="-1" role="status">
          <p>${t('coachPlan.achieve.done', { name: this.#firstName })}</p>
          <button type="button" class="button button--secondary button--small" @click=${() => this.#achieved(goal, false)}>${t('coachPlan.achieve.undo')}</button>
        </div>`;
    }
    if (this.reopened === goal.id && goal.status === 'open') {
      return html`<p class="message message--info goal__feedback" id="goal-feedback-${goal.id}" tabindex="-1" role="status">${t('coachPlan.achieve.reopened')}</p>`;
    }
    return nothing;
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
      <form class="form" data-form=${key} novalidate @submit=${(event) => this.#saveGoal(event, goal)}>
        ${this.#field(key, 'title', t('builder.goal.title'), { value: goal?.title ?? '', hint: t('builder.goal.title.hint'), maxlength: 200 })}
        ${this.#competencyField(key, goal)}
        <div class="field">
          <label for="${key}-level">${t('common.level')}</label>
          <p class="field__hint" id="${key}-level-hint">${t('builder.goal.level.hint')}</p>
          <select id="${key}-level" name="level" data-field="level"
            aria-describedby="${key}-level-hint${this.#levelTextsShown(key, goal) ? ` ${key}-level-texts` : ''}"
            @change=${(e) => this.#choose(key, goal, 'level', e.target.value)}>
            <option value="" ?selected=${!goal?.level}>${t('builder.goal.level.none')}</option>
            ${LEVELS.map((level) => html`<option value=${level} ?selected=${goal?.level === level}>${level === 'C' ? t('common.levelC') : t('common.levelOf', { level })}</option>`)}
          </select>
          ${this.#levelTexts(key, goal)}
        </div>
        ${this.#field(key, 'dueOn', t('builder.goal.dueOn'), { type: 'date', value: due })}
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${goal ? t('builder.goal.save') : t('builder.goal.add')}</button>
          ${goal ? html`<button class="button button--secondary" type="button" @click=${() => (this.editing = null)}>${t('builder.cancel')}</button>` : nothing}
        </div>
      </form>
    `;
  }

  /** What the goal form at {@code key} has chosen now: its own choice, else the goal's competency and level. */
  #choice(key, goal) {
    return this.goalChoice[key] ?? { competency: goal?.competencyKey ?? '', level: goal?.level ?? '' };
  }

  #choose(key, goal, what, value) {
    this.goalChoice = { ...this.goalChoice, [key]: { ...this.#choice(key, goal), [what]: value } };
  }

  #textsAt(competency, level) {
    const texts = competency.indicators.map((i) => i[level]).filter(Boolean);
    return texts.length ? html`<ul>${texts.map((text) => html`<li>${text}</li>`)}</ul>`
      : html`<span class="muted">${t('builder.goal.levelTexts.empty')}</span>`;
  }

  /** The chosen competency of the framework, when it has texts per level (else null). */
  #chosenCompetency(key, goal) {
    const competency = this.competencies.find((c) => c.key === this.#choice(key, goal).competency);
    return competency && competency.indicators.some((i) => i.A || i.B || i.C) ? competency : null;
  }

  /** Whether the chosen level's texts stand under the level select (then they describe it). */
  #levelTextsShown(key, goal) {
    return Boolean(this.#chosenCompetency(key, goal));
  }

  /**
   * The competency's level texts (§10): what its behaviours ask at the chosen level, or at A, B and C while no level
   * is chosen, so the coach picks the level by what it means. Under the level select, which it describes.
   */
  #levelTexts(key, goal) {
    const competency = this.#chosenCompetency(key, goal);
    if (!competency) return nothing;
    const { level } = this.#choice(key, goal);
    const levels = LEVELS.includes(level) ? [level] : LEVELS;
    const name = (l) => (l === 'C' ? t('common.levelC') : t('common.levelOf', { level: l }));
    return html`
      <div class="level-texts" id="${key}-level-texts" aria-live="polite">
        <p class="level-texts__title">${levels.length === 1
          ? t('builder.goal.levelTexts.one', { level: name(level), competency: competency.title })
          : t('builder.goal.levelTexts.all', { competency: competency.title })}</p>
        <dl class="level-texts__list">
          ${levels.map((l) => html`
            <div class="level-texts__level">
              <dt>${name(l)}</dt>
              <dd>${this.#textsAt(competency, l)}</dd>
            </div>`)}
        </dl>
      </div>`;
  }

  /**
   * The goal's competency, picked from the organisation's published frameworks (grouped by framework); a
   * competency the goal already had and that is not among them stays as a choice of its own.
   */
  #competencyField(key, goal) {
    const id = `${key}-competency`;
    const known = goal?.competencyKey && this.competencies.some((c) => c.key === goal.competencyKey);
    const keep = goal?.competencyTitle && !known;
    const frameworks = [...new Set(this.competencies.map((c) => c.framework))];
    return html`
      <div class="field">
        <label for=${id}>${t('builder.goal.competency')}</label>
        <p class="field__hint" id="${id}-hint">${this.competencies.length ? t('builder.goal.competency.hint') : t('builder.goal.competency.noFramework')}</p>
        <select id=${id} name="competency" data-field="competencyKey" aria-describedby="${id}-hint"
          @change=${(e) => this.#choose(key, goal, 'competency', e.target.value)}>
          <option value="" ?selected=${!goal?.competencyTitle}>${t('builder.goal.competency.none')}</option>
          ${keep ? html`<option value=${KEEP} selected>${goal.competencyTitle}</option>` : nothing}
          ${frameworks.map((framework) => html`
            <optgroup label=${framework}>
              ${this.competencies.filter((c) => c.framework === framework).map((c) => html`
                <option value=${c.key} ?selected=${known && goal.competencyKey === c.key}>${c.code ? `${c.code}. ` : ''}${c.title}</option>`)}
            </optgroup>`)}
        </select>
      </div>`;
  }

  #taskForm(goal, task) {
    const key = task ? `task-${task.id}` : `task-new-${goal.id}`;
    const picked = this.picked[key];
    const itemTitle = picked?.title ?? task?.itemTitle ?? '';
    const itemUrl = picked ? picked.url ?? '' : task?.itemUrl ?? '';
    const itemId = picked ? picked.id : task?.catalogueItemId;
    return html`
      <form class="form" data-form=${key} novalidate @submit=${(event) => this.#saveTask(event, goal, task)}>
        ${this.#field(key, 'title', t('builder.task.title', { name: this.#firstName }), { value: task?.title ?? picked?.title ?? '', maxlength: 200 })}
        ${this.#field(key, 'day', t('builder.task.day'), { type: 'date', value: task?.day ?? this.#defaultDay(0),
          hint: task ? undefined : t('builder.task.day.hint') })}
        ${task ? nothing : html`
          <div class="field">
            <label class="choice"><input type="checkbox" name="done" value="yes">
              <span class="choice__label">${t('builder.task.done', { name: this.#firstName })}</span></label>
          </div>`}
        <fieldset class="field task-material">
          <legend>${t('common.material')}</legend>
          ${itemId ? html`<p class="task-material__chosen">${t('builder.task.chosen', { title: itemTitle })}</p>` : nothing}
          ${this.picking === key ? html`
            <route-item-picker .label=${goal.title} .pickLabel=${t('builder.task.pick')} .suggest=${false}
              @pick=${(e) => this.#pickItem(key, e.detail.item)}></route-item-picker>
            <button type="button" class="button button--secondary button--small" @click=${() => (this.picking = null)}>${t('builder.task.pickClose')}</button>`
          : html`<button type="button" class="button button--secondary button--small" @click=${() => (this.picking = key)}>
              ${icon('plan')}${t('builder.task.pickOpen')}</button>`}
          ${this.#field(key, 'itemTitle', t('builder.task.itemTitle'), { value: itemTitle, maxlength: 300 })}
          ${this.#field(key, 'itemUrl', t('builder.task.itemUrl'), { type: 'url', value: itemUrl, maxlength: 1000 })}
          ${itemId ? html`<input type="hidden" name="catalogueItemId" .value=${itemId}>` : nothing}
        </fieldset>
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${task ? t('builder.task.save') : t('builder.task.add')}</button>
          ${task ? html`<button class="button button--secondary" type="button" @click=${() => (this.editing = null)}>${t('builder.cancel')}</button>` : nothing}
        </div>
      </form>
    `;
  }

  /** A catalogue item picked for a task: it fills the material (and an empty title); the picker closes. */
  async #pickItem(key, item) {
    this.picked = { ...this.picked, [key]: item };
    this.picking = null;
    await this.updateComplete;
    const form = this.querySelector(`#${CSS.escape(key)}-title`)?.form;
    if (form) {
      if (!form.elements.title.value.trim()) form.elements.title.value = item.title;
      form.elements.itemTitle.value = item.title;
      form.elements.itemUrl.value = item.url ?? '';
    }
    this.querySelector(`#${CSS.escape(key)}-title`)?.focus();
  }

  /** Today (as the server counts it) plus some days, kept within the plan's period. */
  #defaultDay(days) {
    const plan = this.plan;
    let day = addDays(plan?.today, days);
    if (plan && day < plan.startsOn) day = plan.startsOn;
    if (plan && day > plan.endsOn) day = plan.endsOn;
    return day;
  }

  /** A labelled input; a 400 answer marks it (shared/form-errors.js). */
  #field(form, name, label, { type = 'text', value = '', hint, maxlength } = {}) {
    const id = `${form}-${name}`;
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing}
        <input id=${id} name=${name} type=${type} value=${value} maxlength=${maxlength ?? nothing}
          aria-describedby=${hint ? `${id}-hint` : nothing}>
      </div>
    `;
  }
}

customElements.define('participant-plan', ParticipantPlan);
