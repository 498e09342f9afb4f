import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { getMyRoute } from './route-api.js';
import { t } from '../i18n.js';
import { kindIcon } from '../catalogue/parts.js';
import '../catalogue/messages.js';
import { levelLabel, loading } from './parts.js';

/**
 * "Mijn route" (participants): the participant's own route, read-only, big and plain: what they work towards
 * (competency and level), then the steps in order, each with what to do and the material — online material
 * opens its web address, offline material says where and with whom. GET /api/v1/me/route.
 */
export class MyRoute extends LightElement {
  static properties = {
    route: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.route = undefined;
    this.error = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    document.title = `${t('route.mine.title')} – ${t('app.name')}`;
    try {
      this.route = await getMyRoute();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.route = null;
      else this.error = error;
    }
  }

  render() {
    return html`
      <h1>${t('route.mine.title')}</h1>
      ${this.#body()}
    `;
  }

  #body() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (this.route === undefined) return loading();
    if (this.route === null) return html`<div class="empty"><p>${t('route.mine.none')}</p></div>`;
    const r = this.route;
    return html`
      <p class="lead my-route__name">${r.title}</p>
      ${r.description ? html`<p class="route-text">${r.description}</p>` : nothing}
      ${r.targets.length ? html`
        <section aria-labelledby="my-route-goals">
          <h2 id="my-route-goals">${t('route.mine.goals')}</h2>
          <ul class="my-goals">
            ${r.targets.map((target) => html`
              <li class="my-goal">
                <span class="my-goal__title">${target.competencyTitle}</span>
                <span class="my-goal__level">${t('route.mine.goalLevel', { level: target.level })}</span>
              </li>`)}
          </ul>
        </section>` : nothing}
      <section aria-labelledby="my-route-steps">
        <h2 id="my-route-steps">${t('route.mine.steps')}</h2>
        <ol class="my-steps">
          ${r.steps.map((step, index) => this.#step(step, index))}
        </ol>
      </section>
    `;
  }

  #step(step, index) {
    return html`
      <li class="my-step">
        <h3 class="my-step__title"><span class="my-step__number">${t('route.step', { number: index + 1 })}</span>
          ${step.title}</h3>
        ${step.description ? html`<p class="route-text">${step.description}</p>` : nothing}
        <p class="muted">${t('route.mine.works', { competency: step.competencyTitle })} · ${levelLabel(step.level)}</p>
        ${step.items.length ? html`
          <h4>${t('route.mine.todo')}</h4>
          <ul class="my-material">
            ${step.items.map((item) => this.#material(item))}
          </ul>` : nothing}
      </li>
    `;
  }

  #material(item) {
    const where = item.online ? (item.url ? null : t('route.mine.ask')) : t(`route.where.${item.kind}`);
    return html`
      <li class="my-material__item">
        <span class="my-material__icon">${kindIcon(item.kind)}</span>
        <div class="my-material__body">
          <p class="my-material__title">${item.title}</p>
          <p class="my-material__kind">${t(`material.kind.${item.kind}`)}${item.suggested ? html` · <strong>${t('route.suggested')}</strong>` : nothing}</p>
          ${item.description ? html`<p>${item.description}</p>` : nothing}
          ${where && !where.startsWith('route.where.') ? html`<p class="my-material__where">${where}</p>` : nothing}
          ${item.online && item.url ? html`
            <a class="button" href=${item.url} target="_blank" rel="noopener noreferrer">
              ${t('route.mine.open', { title: item.title })}<span class="visually-hidden"> ${t('common.opensNew')}</span></a>` : nothing}
        </div>
      </li>
    `;
  }
}

customElements.define('my-route', MyRoute);
