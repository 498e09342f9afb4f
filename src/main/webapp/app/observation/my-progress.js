import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { formatDay, formatMoment } from '../plan/dates.js';
import { getMyProgress, myPhotoUrl } from './observation-api.js';
import './evidence-photos.js';
import { t } from '../i18n.js';
import './messages.js';

const LEVELS = ['A', 'B', 'C'];

/**
 * "Mijn voortgang" (#/progress) for the participant: per competency the steps A, B, C climbed by concluded
 * observations and by a test or practical exam from elsewhere (the server's OfflineRule), the level being worked on, what was done elsewhere, and the coach's feedback in plain words.
 * Never the scores of an open observation (the server does not send them).
 */
export class MyProgress extends LightElement {
  static properties = { progress: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    getMyProgress().then((p) => { this.progress = p; }, (error) => { this.error = error; });
  }

  render() {
    return html`
      <h1>${t('progress.title')}</h1>
      <p class="lead">${t('progress.intro')}</p>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      ${!this.progress && !this.error ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>` : nothing}
      ${this.progress ? this.#body(this.progress) : nothing}
    `;
  }

  #body(p) {
    return html`
      ${!p.observations.length ? html`<p class="message message--info">${t('progress.none')}</p>` : nothing}
      <ul class="growth">${p.competencies.map((c, i) => this.#competency(c, i))}</ul>
      ${p.observations.length ? html`
        <h2>${t('progress.observations')}</h2>
        <ul class="growth-feedback">${p.observations.map((o) => html`
          <li class="panel">
            <p><strong>${formatMoment(o.concludedAt)}</strong> · ${t('common.levelOf', { level: o.level })}</p>
            <ul>${o.results.map((r) => html`<li>${r.comment}</li>`)}</ul>
            ${o.feedbackGood ? html`<p><strong>${t('progress.good')}:</strong> ${o.feedbackGood}</p>` : nothing}
            ${o.feedbackNext ? html`<p><strong>${t('progress.next')}:</strong> ${o.feedbackNext}</p>` : nothing}
            ${o.photos?.length ? html`<p><strong>${t('observation.photo.title')}</strong></p>
              <evidence-photos .photos=${o.photos.map((p) => ({
                id: p.id,
                alt: t('observation.photo.alt', { situation: p.situation ?? '', when: formatMoment(p.takenAt) }),
                load: () => myPhotoUrl(o.id, p.id),
              }))}></evidence-photos>` : nothing}
          </li>`)}
        </ul>` : nothing}
      <details class="growth-rule">
        <summary>${t('progress.rule')}</summary>
        <p>${p.masteryRule}</p>
      </details>
      ${p.offlineRule ? html`
        <details class="growth-rule">
          <summary>${t('progress.offline.rule')}</summary>
          <p>${p.offlineRule}</p>
        </details>` : nothing}
    `;
  }

  #competency(c, index) {
    const reached = c.levelReached ? LEVELS.indexOf(c.levelReached) : -1;
    return html`
      <li class="growth__item panel">
        <h2 class="growth__title" id="growth-${index}">${c.title}</h2>
        <ol class="growth__steps" aria-label=${t('progress.steps')}>
          ${LEVELS.map((level, i) => html`
            <li class="growth__step ${i <= reached ? 'growth__step--done' : ''}">
              <span aria-hidden="true">${i <= reached ? '\u2714' : '\u25CB'}</span>
              ${t(i <= reached ? 'progress.step.done' : 'progress.step.todo', { level })}
            </li>`)}
        </ol>
        <p class="growth__now">${c.levelReached ? t('progress.reached', { level: c.levelReached }) : t('progress.notReached')}
          ${c.workingOn ? html`<br>${t('progress.workingOn', { level: c.workingOn })}` : nothing}</p>
        ${c.offlineResults?.length ? html`
          <p><strong>${t('progress.offline')}</strong></p>
          <ul>${c.offlineResults.map((r) => html`<li>${r.kindLabel}, ${formatDay(r.achievedOn, { weekday: false })}, ${t('common.levelOf', { level: r.level })}${r.counts ? ` (${t('progress.offline.counts')})` : ''}${r.note ? ` — ${r.note}` : ''}</li>`)}</ul>` : nothing}
      </li>
    `;
  }
}

customElements.define('my-progress', MyProgress);
