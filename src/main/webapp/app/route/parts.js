// Small shared pieces of the route pages.
import { html, nothing } from 'lit';
import { t } from '../i18n.js';
import './messages.js';

export const LEVELS = ['A', 'B', 'C'];

/** A field value of a form, trimmed. */
export const value = (form, name) => (form.elements[name]?.value ?? '').trim();

export function levelLabel(level) {
  return level === 'C' ? t('common.levelC') : t('common.levelOf', { level });
}

/** A polite live region with the last message. */
export function live(message) {
  return html`<div class="live" role="status" aria-live="polite">
    ${message ? html`<div class="message message--${message.kind}"><p>${message.text}</p></div>` : nothing}
  </div>`;
}

export function loading() {
  return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
}

export function levelSelect(id, current, { label = t('common.level') } = {}) {
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name="level">
        ${LEVELS.map((l) => html`<option value=${l} ?selected=${l === (current ?? 'A')}>${levelLabel(l)}</option>`)}
      </select>
    </div>
  `;
}
