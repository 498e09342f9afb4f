import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { getFramework } from '../competency/competency-api.js';
import { listParticipants } from '../plan/plan-api.js';
import * as api from './route-api.js';
import { t } from '../i18n.js';
import { kindIcon } from '../catalogue/parts.js';
import { levelSelect, live, loading, value } from './parts.js';
import './item-picker.js';
import './plan-maker.js';

/**
 * The route editor (#/routes/<id>), for a template and for a participant's personal route alike: name and
 * explanation, targets (competency + level), steps (add, change, move, remove) with their learning material
 * (add from the catalogue, as material or as a suggested workplace assignment; move; remove). Every change
 * goes to /api/v1/routes/{id}/... and the answer is the whole route. A template can be given to a participant
 * of the coach's course, which makes the participant's own copy. Every change but an addition sends the route's
 * version as the coach saw it (ifMatch); when someone else changed the route meanwhile, the answer carries the
 * newest route, which is shown at once (in an open form too) with "Iemand anders heeft dit net veranderd".
 */
export class RouteEditor extends LightElement {
  static properties = {
    routeId: { attribute: false },
    course: { attribute: false },
    route: { state: true },
    competencies: { state: true },
    participants: { state: true },
    template: { state: true },
    editing: { state: true },
    picking: { state: true },
    error: { state: true },
    message: { state: true },
  };

  constructor() {
    super();
    this.route = null;
    this.competencies = [];
    this.participants = null;
    this.template = null;
    this.editing = null;
    this.picking = null;
    this.error = null;
    this.message = null;
  }

  willUpdate(changed) {
    if (changed.has('routeId')) this.#load();
  }

  async #load() {
    this.route = null;
    this.error = null;
    this.editing = null;
    this.picking = null;
    try {
      const route = await api.getRoute(this.routeId);
      const framework = await getFramework(route.framework.id);
      this.competencies = framework.competencies ?? [];
      this.route = route;
      this.message = takeNotice();
      document.title = `${route.title} – ${t('app.name')}`;
      if (route.kind === 'template' && this.course?.id) {
        listParticipants(this.course.id)
          .then((list) => (this.participants = list ?? [])).catch(() => (this.participants = []));
      }
      if (route.templateId) {
        api.getRoute(route.templateId).then((r) => (this.template = r)).catch(() => {});
      }
    } catch (error) {
      this.error = error;
    }
  }

  /** Runs one change; the answer is the route as it is now. */
  async #change(event, action, done = t('common.saved')) {
    event?.preventDefault();
    const form = event?.target instanceof HTMLFormElement ? event.target : null;
    formProblem(this).clear(form);
    try {
      const answer = await action(form ?? event?.target);
      if (answer?.id === this.route.id) this.route = answer;
      this.editing = null;
      this.message = { kind: 'success', text: done };
    } catch (error) {
      this.#showNewest(error);
      // A field the answer names is marked in the form (message under it, focus on it); else the message says it.
      await this.updateComplete;
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    }
  }

  /** The version this editor shows, for a change to name (If-Match). */
  #seen() {
    return { ifMatch: this.route.version };
  }

  /** A stale answer carries the newest route: show it (open forms take its values). */
  #showNewest(error) {
    if (error instanceof ApiError && error.isStale && error.current?.id === this.route?.id) this.route = error.current;
  }

  #remove(name, action) {
    if (!confirm(t('common.removeConfirm', { name }))) return;
    this.#change(null, action);
  }

  async #removeRoute() {
    if (!confirm(t('common.removeConfirm', { name: this.route.title }))) return;
    try {
      await api.removeRoute(this.routeId, this.#seen());
      location.hash = '#/routes';
    } catch (error) {
      this.#showNewest(error);
      this.message = { kind: 'error', text: userMessage(error) };
    }
  }

  render() {
    if (this.error) {
      return html`<h1>${t('route.title')}</h1>
        <div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    }
    if (!this.route) return html`<h1 class="visually-hidden">${t('route.title')}</h1>${loading()}`;
    const r = this.route;
    const personal = r.kind === 'personal';
    return html`
      <p class="breadcrumb"><a href=${personal ? `#/participants/${encodeURIComponent(r.participantId)}` : '#/routes'}>
        ${personal ? t('route.participant.back') : t('route.back')}</a></p>
      <h1>${r.title}</h1>
      <ul class="badges">
        <li class="badge">${t(`route.kind.${r.kind}`)}</li>
      </ul>
      <p class="muted">${t('route.on', { title: r.framework.title, version: r.framework.version })}</p>
      ${personal ? html`<div class="message message--info"><p>${t('route.personal.note')}</p>
        ${this.template ? html`<p>${t('route.personal.from', { title: this.template.title })}</p>` : nothing}</div>` : nothing}
      ${r.status === 'archived' ? html`<div class="message message--info"><p>${t('route.archived')}</p></div>` : nothing}
      ${live(this.message)}
      ${this.#about(r)}
      ${this.#targets(r)}
      ${this.#steps(r)}
      ${this.#addStep()}
      ${r.kind === 'template' ? this.#give() : nothing}
      ${personal && r.status === 'active' ? html`<route-plan-maker .route=${r}></route-plan-maker>` : nothing}
      <p class="route-remove">
        <button type="button" class="button button--danger" @click=${() => this.#removeRoute()}>${t('route.removeRoute')}</button>
      </p>
    `;
  }

  #about(r) {
    if (this.editing !== 'about') {
      return html`
        <section class="panel" aria-labelledby="route-about">
          <h2 id="route-about">${t('route.about')}</h2>
          ${r.description ? html`<p class="route-text">${r.description}</p>` : nothing}
          ${r.certifying ? html`<p class="route-text route-certifying">${t('route.certifying.on')}</p>` : nothing}
          ${this.#tool(t('common.change'), t('route.about'), () => (this.editing = 'about'))}
        </section>`;
    }
    const save = (event) => this.#change(event, (form) => api.updateRoute(this.routeId,
      { title: value(form, 'title'), description: value(form, 'description') || null,
        certifying: form.elements.certifying.checked }, this.#seen()));
    return html`
      <section class="panel" aria-labelledby="route-about">
        <h2 id="route-about">${t('route.about')}</h2>
        <form class="form" @submit=${save} novalidate>
          <div class="field">
            <label for="route-ed-title">${t('common.name')}</label>
            <input id="route-ed-title" name="title" type="text" maxlength="200" .value=${r.title} required autocomplete="off">
          </div>
          <div class="field">
            <label for="route-ed-description">${t('route.description')}</label>
            <textarea id="route-ed-description" name="description" rows="4" .value=${r.description ?? ''}></textarea>
          </div>
          <div class="field field--check">
            <label class="choice"><input id="route-ed-certifying" name="certifying" type="checkbox" .checked=${!!r.certifying}>
              <span class="choice__label">${t('route.certifying.label')}</span></label>
          </div>
          ${this.#formButtons()}
        </form>
      </section>`;
  }

  #targets(r) {
    const save = (event) => this.#change(event, (form) => api.setTarget(
      this.routeId, value(form, 'competencyKey'), value(form, 'level'), this.#seen()));
    return html`
      <section aria-labelledby="route-targets">
        <h2 id="route-targets">${t('route.targets')}</h2>
        <p>${t('route.targets.intro')}</p>
        ${r.targets.length === 0 ? html`<p class="muted">${t('route.targets.empty')}</p>` : html`
          <ul class="route-targets">
            ${r.targets.map((target) => html`
              <li class="route-target">
                <span>${t('route.targetLine', { competency: target.competencyTitle, level: target.level })}</span>
                ${this.#tool(t('common.remove'), target.competencyTitle,
                  () => this.#remove(target.competencyTitle, () => api.removeTarget(this.routeId, target.competencyKey, this.#seen())), 'danger')}
              </li>`)}
          </ul>`}
        <form class="form inline-form" @submit=${save} novalidate aria-labelledby="route-target-add">
          <h3 id="route-target-add">${t('route.target.add')}</h3>
          ${this.#competencySelect('route-target-competency', null)}
          ${levelSelect('route-target-level', 'B')}
          <button class="button" type="submit">${t('route.target.add')}</button>
        </form>
      </section>`;
  }

  #steps(r) {
    return html`
      <section aria-labelledby="route-steps">
        <h2 id="route-steps">${t('route.steps')}</h2>
        ${r.steps.length === 0 ? html`<p class="muted">${t('route.steps.empty')}</p>` : html`
          <ol class="route-steps">
            ${r.steps.map((step, index) => this.#step(step, index, r.steps.length))}
          </ol>`}
      </section>`;
  }

  #step(step, index, count) {
    const name = t('route.step', { number: index + 1 });
    if (this.editing === `step:${step.id}`) {
      return html`<li class="route-step">${this.#stepForm(`route-step-${index}`, step)}</li>`;
    }
    return html`
      <li class="route-step">
        <h3 class="route-step__title"><span class="route-step__number">${name}</span> ${step.title}</h3>
        ${step.description ? html`<p class="route-text">${step.description}</p>` : nothing}
        <p class="muted">${t('route.step.works', { competency: step.competencyTitle, level: step.level })}</p>
        <div class="button-row tools">
          ${this.#tool(t('common.change'), step.title, () => (this.editing = `step:${step.id}`))}
          ${index > 0 ? this.#tool(t('common.up'), step.title, () => this.#change(null,
            () => api.moveStep(this.routeId, step.id, index - 1, this.#seen()))) : nothing}
          ${index < count - 1 ? this.#tool(t('common.down'), step.title, () => this.#change(null,
            () => api.moveStep(this.routeId, step.id, index + 1, this.#seen()))) : nothing}
          ${this.#tool(t('common.remove'), step.title, () => this.#remove(step.title, () => api.removeStep(this.routeId, step.id, this.#seen())), 'danger')}
        </div>
        <h4>${t('common.material')}</h4>
        ${step.items.length === 0 ? html`<p class="muted">${t('route.material.empty')}</p>` : html`
          <ul class="route-material">
            ${step.items.map((item, i) => html`
              <li class="route-material__item">
                <span class="route-material__icon">${kindIcon(item.kind)}</span>
                <span class="route-material__body">
                  <span class="route-material__title">${item.title}</span>
                  <span class="route-material__kind">${t(`material.kind.${item.kind}`)}</span>
                  ${item.suggested ? html`<span class="badge badge--suggested">${t('route.suggested')}</span>` : nothing}
                  <span class="button-row tools">
                    ${i > 0 ? this.#tool(t('common.up'), item.title, () => this.#change(null,
                      () => api.moveItem(this.routeId, step.id, item.id, i - 1, this.#seen()))) : nothing}
                    ${this.#tool(t('common.remove'), item.title, () => this.#remove(item.title, () => api.unlinkItem(this.routeId, step.id, item.id, this.#seen())), 'danger')}
                  </span>
                </span>
              </li>`)}
          </ul>`}
        ${this.picking === step.id
          ? html`
            <div class="route-picker">
              <route-item-picker .label=${step.title} .linked=${step.items.map((i) => i.id)}
                @pick=${(e) => this.#link(step, e.detail)}></route-item-picker>
              <button type="button" class="button button--secondary" @click=${() => (this.picking = null)}>${t('route.material.close')}</button>
            </div>`
          : html`<button type="button" class="button button--secondary" @click=${() => (this.picking = step.id)}>
              ${t('route.material.add')}<span class="visually-hidden">: ${step.title}</span></button>`}
      </li>`;
  }

  #link(step, { item, suggested }) {
    this.#change(null, () => api.linkItem(this.routeId, step.id, item.id, suggested), t('route.material.added', { title: item.title }));
  }

  #stepForm(prefix, step) {
    const body = (form) => ({
      title: value(form, 'title'),
      description: value(form, 'description') || null,
      competencyKey: value(form, 'competencyKey'),
      level: value(form, 'level'),
    });
    const save = (event) => this.#change(event, async (form) => {
      const answer = step
        ? await api.updateStep(this.routeId, step.id, body(form), this.#seen())
        : await api.addStep(this.routeId, body(form));
      if (!step) form.reset();
      return answer;
    });
    return html`
      <form class="form" @submit=${save} novalidate>
        <div class="field">
          <label for="${prefix}-title">${t('route.step.name')}</label>
          <input id="${prefix}-title" name="title" type="text" maxlength="200" .value=${step?.title ?? ''} required autocomplete="off">
        </div>
        <div class="field">
          <label for="${prefix}-description">${t('common.plainExplanation')}</label>
          <textarea id="${prefix}-description" name="description" rows="3" .value=${step?.description ?? ''}></textarea>
        </div>
        ${this.#competencySelect(`${prefix}-competency`, step?.competencyKey)}
        ${levelSelect(`${prefix}-level`, step?.level)}
        ${step ? this.#formButtons() : html`<button class="button" type="submit">${t('route.step.add')}</button>`}
      </form>`;
  }

  #addStep() {
    return html`
      <section class="panel" aria-labelledby="route-step-add">
        <h2 id="route-step-add">${t('route.step.add')}</h2>
        ${this.#stepForm('route-step-new', null)}
      </section>`;
  }

  #give() {
    const give = async (event) => {
      event.preventDefault();
      try {
        const personal = await api.giveRoute(this.course.id, value(event.target, 'participant'), this.route.id);
        sessionStorage.setItem('groeipad.route.notice', t('route.give.done'));
        location.hash = `#/routes/${encodeURIComponent(personal.id)}`;
      } catch (error) {
        this.message = { kind: 'error', text: formProblem(this).show(event.target, error) };
      }
    };
    let body;
    if (!this.course?.id) body = html`<p>${t('route.give.noCourse')}</p>`;
    else if (!this.participants) body = loading();
    else if (this.participants.length === 0) body = html`<p>${t('route.give.noParticipants')}</p>`;
    else {
      body = html`
        <form class="form" @submit=${give} novalidate>
          <div class="field">
            <label for="route-give-participant">${t('route.give.participant')}</label>
            <p class="field__hint" id="route-give-hint">${t('route.give.replace')}</p>
            <select id="route-give-participant" name="participant" aria-describedby="route-give-hint">
              ${this.participants.map((p) => html`<option value=${p.id}>${p.name?.trim() || t('common.noName')}</option>`)}
            </select>
          </div>
          <button class="button" type="submit">${t('route.give.submit')}</button>
        </form>`;
    }
    return html`
      <section class="panel" aria-labelledby="route-give">
        <h2 id="route-give">${t('route.give.title')}</h2>
        <p>${t('route.give.intro')}</p>
        ${body}
      </section>`;
  }

  #competencySelect(id, current) {
    return html`
      <div class="field">
        <label for=${id}>${t('common.competency')}</label>
        <select id=${id} name="competencyKey">
          ${this.competencies.map((c) => html`<option value=${c.key} ?selected=${c.key === current}>
            ${c.code ? `${c.code}. ` : ''}${c.title}</option>`)}
        </select>
      </div>`;
  }

  #tool(label, about, action, kind = 'secondary') {
    return html`<button type="button" class="button button--${kind} button--small" @click=${action}>
      ${label}<span class="visually-hidden">: ${about}</span></button>`;
  }

  #formButtons() {
    return html`
      <div class="button-row">
        <button class="button" type="submit">${t('common.save')}</button>
        <button class="button button--secondary" type="button" @click=${() => (this.editing = null)}>${t('common.cancel')}</button>
      </div>`;
  }
}

/** A message the page before left for this one (e.g. "the participant now has a route"), shown once. */
function takeNotice() {
  try {
    const text = sessionStorage.getItem('groeipad.route.notice');
    sessionStorage.removeItem('groeipad.route.notice');
    return text ? { kind: 'success', text } : null;
  } catch {
    return null;
  }
}

customElements.define('route-editor', RouteEditor);

