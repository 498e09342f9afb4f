import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { getParticipantRoute, giveRoute, listRoutes } from './route-api.js';
import { t } from '../i18n.js';
import { live, value } from './parts.js';

/**
 * The "Route" section on a participant's page for their coach: the participant's current route with a link to
 * adapt it, and a choice of templates to give them (a personal copy; it replaces the current route after
 * asking). GET/POST /api/v1/courses/{courseId}/participants/{userId}/route, GET /api/v1/routes.
 */
export class ParticipantRoute extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    headingLevel: { type: Number },
    route: { state: true },
    templates: { state: true },
    error: { state: true },
    message: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.userId = null;
    this.headingLevel = 2;
    this.route = undefined;
    this.templates = [];
    this.error = null;
    this.message = null;
  }

  willUpdate(changed) {
    if ((changed.has('userId') || changed.has('course')) && this.userId && this.course?.id) this.#load();
  }

  async #load() {
    this.error = null;
    try {
      this.templates = await listRoutes();
      this.route = await getParticipantRoute(this.course.id, this.userId);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.route = null;
      else this.error = error;
    }
  }

  async #give(event) {
    event.preventDefault();
    if (this.route && !confirm(t('route.participant.replaceConfirm'))) return;
    const form = event.target;
    formProblem(this).clear(form);
    try {
      const personal = await giveRoute(this.course.id, this.userId, value(event.target, 'templateId'));
      sessionStorage.setItem('groeipad.route.notice', t('route.give.done'));
      location.hash = `#/routes/${encodeURIComponent(personal.id)}`;
    } catch (error) {
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    }
  }

  render() {
    const heading = this.headingLevel === 3
      ? html`<h3 id="participant-route-title">${t('route.participant.title')}</h3>`
      : html`<h2 id="participant-route-title">${t('route.participant.title')}</h2>`;
    return html`
      <section class="panel participant-route" aria-labelledby="participant-route-title">
        ${heading}
        ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : this.#body()}
      </section>
    `;
  }

  #body() {
    if (this.route === undefined) return nothing;
    return html`
      ${this.route
        ? html`<p>${t('route.participant.current', { title: this.route.title })}</p>
          <p><a class="button button--secondary" href="#/routes/${encodeURIComponent(this.route.id)}">${t('route.participant.open')}</a></p>`
        : html`<p>${t('route.participant.none')}</p>`}
      ${live(this.message)}
      ${this.templates.length ? html`
        <form class="form" @submit=${this.#give} novalidate>
          <div class="field">
            <label for="participant-route-template">${t('route.participant.choose')}</label>
            <select id="participant-route-template" name="templateId">
              ${this.templates.map((r) => html`<option value=${r.id}>${r.title}</option>`)}
            </select>
          </div>
          <button class="button" type="submit">${t('route.participant.give')}</button>
        </form>` : nothing}
    `;
  }
}

customElements.define('participant-route', ParticipantRoute);
