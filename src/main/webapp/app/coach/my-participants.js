import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { getJson, userMessage } from '../api.js';
import { getLocale, relativeDay, t } from '../i18n.js';

/**
 * "Mijn deelnemers": the participants of the course the coach launched from, with when each
 * one was last active. GET /api/v1/courses/{id}/participants.
 */
export class MyParticipants extends LightElement {
  static properties = {
    course: { attribute: false },
    participants: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.participants = null;
    this.error = null;
  }

  willUpdate(changed) {
    if (changed.has('course') && this.course?.id !== changed.get('course')?.id) this.#load();
  }

  async #load() {
    this.participants = null;
    this.error = null;
    if (!this.course?.id) return;
    try {
      const list = await getJson(`/courses/${encodeURIComponent(this.course.id)}/participants`);
      this.participants = [...(list ?? [])].sort(byName);
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    const title = this.course?.title || this.course?.label;
    return html`
      <h1>${t('coach.title')}</h1>
      ${title ? html`<p class="lead">${t('coach.course', { title })}</p>` : nothing}
      ${this.#body()}
    `;
  }

  #body() {
    if (!this.course?.id) return html`<div class="message message--info"><p>${t('coach.noCourse')}</p></div>`;
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.participants) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('coach.loading')}</p>`;
    if (this.participants.length === 0) {
      return html`<div class="empty">${icon('people', 'icon empty__icon')}<p>${t('coach.empty')}</p></div>`;
    }
    const count = this.participants.length;
    return html`
      <p class="count">${count === 1 ? t('coach.countOne') : t('coach.count', { count })}</p>
      <ul class="people">
        ${this.participants.map(
          (person) => html`
            <li class="person">
              <span class="person__icon">${icon('person')}</span>
              <span class="person__body">
                <span class="person__name">${person.name?.trim() || t('coach.noName')}</span>
                <span class="person__seen">
                  ${person.lastSeen ? t('coach.lastSeen', { when: relativeDay(person.lastSeen) }) : t('coach.neverSeen')}
                </span>
              </span>
            </li>
          `,
        )}
      </ul>
    `;
  }
}

function byName(a, b) {
  if (!a.name) return b.name ? 1 : 0;
  if (!b.name) return -1;
  return a.name.localeCompare(b.name, getLocale(), { sensitivity: 'base' });
}

customElements.define('my-participants', MyParticipants);
