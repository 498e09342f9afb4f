import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { getLocale, relativeDay, t } from '../i18n.js';
import { getRoster, refreshRoster } from './lms-api.js';
import './messages.js';

/**
 * "Mijn deelnemers" also shows who is enrolled in the LMS course but never opened Groeipad: when the LMS offers its
 * roster (NRPS), this says when it was last read and offers to read it now; it fires `roster-refreshed` afterwards.
 * Without NRPS it shows nothing.
 */
export class RosterRefresh extends LightElement {
  static properties = {
    courseId: { attribute: false },
    roster: { state: true },
    busy: { state: true },
    note: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.roster = null;
    this.busy = false;
    this.note = null;
    this.error = null;
  }

  willUpdate(changed) {
    if (changed.has('courseId') && this.courseId) {
      getRoster(this.courseId).then((roster) => (this.roster = roster)).catch(() => (this.roster = null));
    }
  }

  async #refresh() {
    this.busy = true;
    this.error = null;
    this.note = null;
    try {
      this.roster = await refreshRoster(this.courseId);
      this.note = t('lms.roster.done');
      this.dispatchEvent(new CustomEvent('roster-refreshed', { bubbles: true }));
    } catch (error) {
      this.error = userMessage(error);
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (!this.roster?.available) return nothing;
    return html`
      <p class="roster">
        <span>${this.roster.refreshedAt ? t('lms.roster.refreshed', { when: relativeDay(this.roster.refreshedAt), time: timeOf(this.roster.refreshedAt) }) : t('lms.roster.never')}</span>
        <button type="button" class="button button--secondary button--small" ?disabled=${this.busy} @click=${() => this.#refresh()}>${t('lms.roster.refresh')}</button>
        <span role="status">${this.note ?? nothing}</span>
      </p>
      ${this.error ? html`<p class="message message--error" role="alert">${this.error}</p>` : nothing}
    `;
  }
}

function timeOf(iso) {
  return new Date(iso).toLocaleTimeString(getLocale(), { hour: '2-digit', minute: '2-digit' });
}

customElements.define('roster-refresh', RosterRefresh);
