import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { ApiError, userMessage } from '../api.js';
import { t } from '../i18n.js';
import { addDays } from './dates.js';
import { addTask, getParticipantPlan, listParticipants } from './plan-api.js';
import { formProblem } from '../shared/form-problem.js';
import './messages.js';

/**
 * "Zet in een plan" on a catalogue item (the coach's catalogue): choose a participant of the course and one of
 * their open goals, and the item becomes a task under that goal (POST /api/v1/goals/{id}/tasks, with the item's
 * id, title and address), for a day the coach picks (today by default).
 */
export class PutInPlan extends LightElement {
  static properties = {
    course: { attribute: false },
    item: { attribute: false },
    open: { state: true },
    people: { state: true },
    chosen: { state: true }, // the participant's id
    plan: { state: true }, // their plan: undefined while loading, null when there is none
    status: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.item = null;
    this.open = false;
    this.people = null;
    this.chosen = '';
    this.plan = undefined;
    this.status = null;
    this.busy = false;
  }

  async #toggle() {
    this.open = !this.open;
    this.status = null;
    if (this.open && !this.people) {
      try {
        this.people = (await listParticipants(this.course.id)) ?? [];
      } catch (error) {
        this.people = [];
        this.status = { kind: 'error', text: userMessage(error) };
      }
    }
    await this.updateComplete;
    if (this.open) this.querySelector('#put-in-plan-person')?.focus();
  }

  async #choose(userId) {
    this.chosen = userId;
    this.plan = undefined;
    this.status = null;
    if (!userId) return;
    try {
      this.plan = await getParticipantPlan(this.course.id, userId);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.plan = null;
      else this.status = { kind: 'error', text: userMessage(error) };
    }
  }

  get #person() {
    return this.people?.find((p) => p.id === this.chosen);
  }

  async #submit(event) {
    event.preventDefault();
    const form = event.target;
    formProblem(this).clear(form);
    const goalId = form.elements.goal?.value;
    if (!goalId) {
      this.status = { kind: 'error', text: formProblem(this).show(form, { errors: [{ field: 'goal', message: t('putInPlan.goal.required') }] }) };
      return;
    }
    const goal = this.plan.goals.find((g) => g.id === goalId);
    this.busy = true;
    this.status = null;
    try {
      await addTask(goalId, {
        title: this.item.title, day: form.elements.day.value, catalogueItemId: this.item.id,
        itemTitle: this.item.title, itemUrl: this.item.url ?? null,
      });
      this.status = { kind: 'success', text: t('putInPlan.done', { name: this.#person?.name || t('common.noName'), goal: goal.title }) };
    } catch (error) {
      await this.updateComplete;
      this.status = { kind: 'error', text: formProblem(this).show(form, error) };
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (!this.course?.id || !this.item) return nothing;
    return html`
      <section class="panel put-in-plan" aria-labelledby="put-in-plan-title">
        <h2 id="put-in-plan-title" class="panel__title">${icon('plan', 'icon panel__icon')}${t('putInPlan.title')}</h2>
        <p>${t('putInPlan.intro')}</p>
        <button type="button" class="button ${this.open ? 'button--secondary' : ''}" aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="put-in-plan-form" @click=${this.#toggle}>${this.open ? t('putInPlan.close') : t('putInPlan.open')}</button>
        <div id="put-in-plan-form">${this.open ? this.#form() : nothing}</div>
        <div class="live" aria-live="polite">
          ${this.status ? html`<p class="message message--${this.status.kind} feedback">${this.status.text}
            ${this.status.kind === 'success' ? html` <a href="#/participants/${encodeURIComponent(this.chosen)}">${t('putInPlan.see')}</a>` : nothing}</p>` : nothing}
        </div>
      </section>`;
  }

  #form() {
    if (!this.people) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
    if (this.people.length === 0) return html`<p>${t('putInPlan.nobody')}</p>`;
    const goals = (this.plan?.goals ?? []).filter((g) => g.status === 'open');
    return html`
      <form class="form" novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="put-in-plan-person">${t('putInPlan.person')}</label>
          <select id="put-in-plan-person" name="person" @change=${(e) => this.#choose(e.target.value)}>
            <option value="">${t('putInPlan.person.choose')}</option>
            ${this.people.map((p) => html`<option value=${p.id} ?selected=${p.id === this.chosen}>${p.name || t('common.noName')}</option>`)}
          </select>
        </div>
        ${!this.chosen ? nothing
          : this.plan === undefined ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`
          : this.plan === null || goals.length === 0 ? html`<p class="message message--info">${t(this.plan ? 'putInPlan.noGoals' : 'putInPlan.noPlan', { name: this.#person?.name || t('common.noName') })}
              <a href="#/participants/${encodeURIComponent(this.chosen)}">${t('putInPlan.toPlan')}</a></p>`
          : html`
            <div class="field">
              <label for="put-in-plan-goal">${t('putInPlan.goal')}</label>
              <select id="put-in-plan-goal" name="goal" data-field="goal">
                ${goals.length > 1 ? html`<option value="">${t('putInPlan.goal.choose')}</option>` : nothing}
                ${goals.map((g) => html`<option value=${g.id}>${g.title}${g.competencyTitle ? ` (${g.competencyTitle})` : ''}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="put-in-plan-day">${t('builder.task.day')}</label>
              <input id="put-in-plan-day" name="day" type="date" value=${this.#firstDay()}>
            </div>
            <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('putInPlan.submit')}</button>`}
      </form>`;
  }

  /** Today as the server counts it, kept within the plan's period. */
  #firstDay() {
    let day = addDays(this.plan?.today, 0);
    if (day < this.plan.startsOn) day = this.plan.startsOn;
    if (day > this.plan.endsOn) day = this.plan.endsOn;
    return day;
  }
}

customElements.define('put-in-plan', PutInPlan);
