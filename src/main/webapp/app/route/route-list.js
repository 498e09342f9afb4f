import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { listFrameworks } from '../competency/competency-api.js';
import { createRoute, listRoutes } from './route-api.js';
import { t } from '../i18n.js';
import { live, loading, value } from './parts.js';

/**
 * "Routes" (coaches and admins): the organisation's route templates, and a form to start a new one on a
 * published framework. GET/POST /api/v1/routes, GET /api/v1/frameworks.
 */
export class RouteList extends LightElement {
  static properties = {
    routes: { state: true },
    frameworks: { state: true },
    error: { state: true },
    message: { state: true },
  };

  constructor() {
    super();
    this.routes = null;
    this.frameworks = [];
    this.error = null;
    this.message = null;
  }

  connectedCallback() {
    super.connectedCallback();
    document.title = `${t('route.title')} – ${t('app.name')}`;
    this.#load();
  }

  async #load() {
    try {
      const [routes, frameworks] = await Promise.all([listRoutes(), listFrameworks()]);
      this.routes = routes ?? [];
      this.frameworks = (frameworks ?? []).filter((f) => f.published);
    } catch (error) {
      this.error = error;
    }
  }

  async #create(event) {
    event.preventDefault();
    const form = event.target;
    formProblem(this).clear(form);
    try {
      const route = await createRoute({
        title: value(form, 'title'),
        description: value(form, 'description') || null,
        frameworkId: value(form, 'frameworkId'),
      });
      location.hash = `#/routes/${encodeURIComponent(route.id)}`;
    } catch (error) {
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    }
  }

  render() {
    return html`
      <h1>${t('route.title')}</h1>
      <p class="lead">${t('route.intro')}</p>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : this.#list()}
      ${this.routes ? this.#newRoute() : nothing}
    `;
  }

  #list() {
    if (!this.routes) return loading();
    if (this.routes.length === 0) return html`<p>${t('route.empty')}</p>`;
    return html`
      <ul class="route-list">
        ${this.routes.map((r) => html`
          <li class="route-card">
            <h2 class="route-card__title"><a href="#/routes/${encodeURIComponent(r.id)}">${r.title}</a></h2>
            ${r.description ? html`<p class="route-card__text">${r.description}</p>` : nothing}
            <p class="route-card__meta">${t('route.counts', { targets: r.targets, steps: r.steps })}
              · ${t('route.on', { title: r.frameworkTitle, version: r.frameworkVersion })}</p>
          </li>`)}
      </ul>
    `;
  }

  #newRoute() {
    return html`
      <section class="panel" aria-labelledby="route-new">
        <h2 id="route-new">${t('route.new.title')}</h2>
        ${live(this.message)}
        <form class="form" @submit=${this.#create} novalidate>
          <div class="field">
            <label for="route-new-title">${t('route.new.name')}</label>
            <input id="route-new-title" name="title" type="text" maxlength="200" required autocomplete="off">
          </div>
          <div class="field">
            <label for="route-new-description">${t('route.new.description')}</label>
            <textarea id="route-new-description" name="description" rows="3"></textarea>
          </div>
          <div class="field">
            <label for="route-new-framework">${t('common.framework')}</label>
            <p class="field__hint" id="route-new-framework-hint">${t('route.new.framework.hint')}</p>
            <select id="route-new-framework" name="frameworkId" aria-describedby="route-new-framework-hint">
              ${this.frameworks.map((f) => html`<option value=${f.published.id}>${f.title}</option>`)}
            </select>
          </div>
          <button class="button" type="submit">${t('route.new.submit')}</button>
        </form>
      </section>
    `;
  }
}

customElements.define('route-list', RouteList);
