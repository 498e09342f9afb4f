import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { formProblem } from '../shared/form-problem.js';
import { planFromRoute } from './route-api.js';
import { t } from '../i18n.js';
import { addDays, formatDay, parseDay } from '../plan/dates.js';
import { live } from './parts.js';

const DEFAULT_STEPS = 2;

/** The next working day (Monday–Friday) from an ISO day on, itself included. */
function workingDay(iso) {
  let day = iso;
  while ([0, 6].includes(parseDay(day).getDay())) day = addDays(day, 1);
  return day;
}

/**
 * "Maak een plan van deze route" (coach, on a participant's personal route): choose steps (the first two to
 * begin with), a start day and the working days between tasks; every material gets a day, spread over working
 * days, which the coach may change one by one. POST /api/v1/courses/{c}/participants/{u}/route/plan: the steps
 * become goals of the participant's plan van aanpak, the material tasks on those days.
 */
export class RoutePlanMaker extends LightElement {
  static properties = {
    route: { attribute: false },
    chosen: { state: true },
    start: { state: true },
    every: { state: true },
    days: { state: true },
    message: { state: true },
    planned: { state: true },
  };

  constructor() {
    super();
    this.chosen = null;
    this.start = addDays(null, 0);
    this.every = 1;
    this.days = {};
    this.message = null;
    this.planned = false;
  }

  willUpdate(changed) {
    if (changed.has('route') && this.route && this.chosen === null) {
      this.chosen = new Set(this.route.steps.slice(0, DEFAULT_STEPS).map((s) => s.id));
    }
  }

  get #steps() {
    return this.route.steps.filter((s) => this.chosen.has(s.id));
  }

  /** Every task with its day: the coach's choice, or the next working day of the spread. */
  get #tasks() {
    const tasks = [];
    let next = workingDay(this.start || addDays(null, 0));
    for (const step of this.#steps) {
      for (const item of step.items) {
        const key = `${step.id}/${item.id}`;
        let day = this.days[key];
        if (!day) {
          day = next;
          for (let i = 0; i < this.every; i += 1) next = workingDay(addDays(next, 1));
        }
        tasks.push({ key, step, item, day });
      }
    }
    return tasks;
  }

  #toggle(step, on) {
    const chosen = new Set(this.chosen);
    if (on) chosen.add(step.id);
    else chosen.delete(step.id);
    this.chosen = chosen;
  }

  async #submit(event) {
    event.preventDefault();
    const route = this.route;
    const form = event.target;
    formProblem(this).clear(form);
    try {
      const plan = await planFromRoute(route.courseId, route.participantId, {
        stepIds: this.#steps.map((s) => s.id),
        startsOn: this.start || null,
        everyDays: Number(this.every) || 1,
        days: this.#tasks.map((task) => ({ stepId: task.step.id, itemId: task.item.id, day: task.day })),
      });
      this.planned = true;
      this.message = { kind: 'success', text: t('route.plan.done', { goals: plan.goals.length }) };
    } catch (error) {
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    }
  }

  render() {
    if (!this.route || this.chosen === null) return nothing;
    const tasks = this.#tasks;
    return html`
      <section class="panel" aria-labelledby="route-plan">
        <h2 id="route-plan">${t('route.plan.title')}</h2>
        <p>${t('route.plan.intro')}</p>
        <form class="form" @submit=${this.#submit} novalidate>
          <fieldset class="choices">
            <legend>${t('route.plan.steps')}</legend>
            ${this.route.steps.map((step, index) => html`
              <label class="choice">
                <input type="checkbox" name="stepIds" value=${step.id} .checked=${this.chosen.has(step.id)}
                  @change=${(e) => this.#toggle(step, e.target.checked)}>
                <span class="choice__label">${t('route.step', { number: index + 1 })}: ${step.title}</span>
              </label>`)}
          </fieldset>
          <div class="field">
            <label for="route-plan-start">${t('route.plan.start')}</label>
            <input id="route-plan-start" name="startsOn" type="date" .value=${this.start}
              @change=${(e) => { this.start = e.target.value; this.days = {}; }}>
          </div>
          <div class="field">
            <label for="route-plan-every">${t('route.plan.every')}</label>
            <p class="field__hint" id="route-plan-every-hint">${t('route.plan.every.hint')}</p>
            <input id="route-plan-every" name="everyDays" type="number" min="1" max="10" inputmode="numeric"
              aria-describedby="route-plan-every-hint" .value=${String(this.every)}
              @change=${(e) => { this.every = Math.min(10, Math.max(1, Number(e.target.value) || 1)); this.days = {}; }}>
          </div>
          ${tasks.length ? html`
            <fieldset class="choices">
              <legend>${t('route.plan.days')}</legend>
              ${tasks.map((task, i) => html`
                <div class="field">
                  <label for="route-plan-day-${i}">${task.item.title}</label>
                  <p class="field__hint">${formatDay(task.day)}</p>
                  <input id="route-plan-day-${i}" type="date" .value=${task.day}
                    @change=${(e) => { this.days = { ...this.days, [task.key]: e.target.value }; }}>
                </div>`)}
            </fieldset>` : nothing}
          <button class="button" type="submit" ?disabled=${this.chosen.size === 0}>${t('common.makePlan')}</button>
        </form>
        ${live(this.message)}
        ${this.planned ? html`<p><a class="button button--secondary" href="#/participants/${encodeURIComponent(this.route.participantId)}">
          ${t('route.plan.open')}</a></p>` : nothing}
      </section>
    `;
  }
}

customElements.define('route-plan-maker', RoutePlanMaker);
