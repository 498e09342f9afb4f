import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { t } from '../i18n.js';
import { courseCompletions } from './credential-api.js';
import './messages.js';

const SHOWN = ['ready', 'planned', 'passed'];

/**
 * "Klaar voor afronding" on the coach's course page: per participant the route or goals that are ready for
 * completion, planned, or passed and waiting for their certificate. GET /api/v1/courses/{c}/completions.
 */
export class CourseCompletions extends LightElement {
  static properties = {
    courseId: { attribute: false },
    rows: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.courseId = null;
    this.rows = null;
    this.error = null;
  }

  willUpdate(changed) {
    if (changed.has('courseId') && this.courseId) this.#load();
  }

  async #load() {
    try {
      this.rows = await courseCompletions(this.courseId);
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    if (!this.courseId) return nothing;
    const rows = (this.rows ?? []).map((r) => ({ ...r, items: r.items.filter((i) => SHOWN.includes(i.state)) }))
      .filter((r) => r.items.length);
    return html`
      <section class="panel course-completions" aria-labelledby="course-completions-title">
        <h2 id="course-completions-title">${t('completion.course.title')}</h2>
        ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
        ${this.rows && !rows.length ? html`<p>${t('completion.course.none')}</p>` : nothing}
        ${rows.length ? html`<ul class="course-completions__list">${rows.map((r) => html`
          <li data-participant=${r.participantId}>
            <a href="#/participants/${encodeURIComponent(r.participantId)}">${r.name?.trim() || t('common.noName')}</a>
            <ul>${r.items.map((i) => html`<li>${t(i.subject === 'route' ? 'completion.route' : 'completion.goal', { title: i.title })}:
              <strong>${t(`completion.state.${i.state}`)}</strong></li>`)}</ul>
          </li>`)}</ul>` : nothing}
      </section>
    `;
  }
}

customElements.define('course-completions', CourseCompletions);
