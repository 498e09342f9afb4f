import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { userMessage } from '../api.js';
import { t } from '../i18n.js';
import { retryGrade, sendPlanProgress } from './lms-api.js';
import './messages.js';

const STATE_ICON = { delivered: 'check', pending: 'late', failed: 'flag' };

/**
 * Where a participant's grades are in the LMS ("staat in Moodle", on its way, or not: with "opnieuw proberen"),
 * and a button that sends the plan's progress. Fires `grades-changed` after an action so the list reloads.
 */
export class GradeStatus extends LightElement {
  static properties = {
    courseId: { attribute: false },
    participantId: { attribute: false },
    grades: { attribute: false },
    canSendPlan: { attribute: false },
    busy: { state: true },
    note: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.grades = [];
    this.canSendPlan = false;
    this.busy = false;
    this.note = null;
    this.error = null;
  }

  async #act(work, note) {
    this.busy = true;
    this.error = null;
    this.note = null;
    try {
      await work();
      this.note = note;
      this.dispatchEvent(new CustomEvent('grades-changed', { bubbles: true }));
    } catch (error) {
      this.error = userMessage(error);
    } finally {
      this.busy = false;
    }
  }

  render() {
    const grades = this.grades ?? [];
    if (grades.length === 0 && !this.canSendPlan) return nothing;
    return html`
      <ul class="grades">
        ${grades.map((grade) => html`
          <li class="grade grade--${grade.state}">
            ${icon(STATE_ICON[grade.state] ?? 'late', 'icon grade__icon')}
            <span>${t(`lms.grade.${grade.state}`)}
              <span class="grade__score">(${t('lms.grade.of', { label: grade.label ?? t('lms.grade.launch'),
                given: grade.scoreGiven, maximum: grade.scoreMaximum })})</span></span>
            ${grade.state === 'failed' ? html`
              <button type="button" class="button button--secondary button--small" ?disabled=${this.busy}
                @click=${() => this.#act(() => retryGrade(this.courseId, grade.id), t('lms.grade.retried'))}>${t('lms.grade.retry')}</button>` : nothing}
          </li>`)}
      </ul>
      ${this.canSendPlan ? html`
        <button type="button" class="button button--secondary button--small" ?disabled=${this.busy}
          @click=${() => this.#act(() => sendPlanProgress(this.courseId, this.participantId), t('lms.grade.sent'))}>${t('lms.grade.sendPlan')}</button>` : nothing}
      <span role="status" class="grade__note">${this.note ?? nothing}</span>
      ${this.error ? html`<p class="message message--error" role="alert">${this.error}</p>` : nothing}
    `;
  }
}

customElements.define('grade-status', GradeStatus);
