// Small shared pieces of the credential pages.
import { html, nothing } from 'lit';
import { getLocale, t } from '../i18n.js';
import './messages.js';

/** A date as people say it: "6 december 2026". */
export function longDate(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** Valid, revoked (when, why) or expired, in words with a sign: never by colour alone. */
export function stateLine(c) {
  if (c.state === 'revoked') {
    return html`<p class="credential__state credential__state--revoked">✗ ${t('credential.state.revoked', { date: longDate(c.revokedAt), reason: c.revocationReason })}</p>`;
  }
  if (c.state === 'expired') return html`<p class="credential__state credential__state--expired">✗ ${t('credential.state.expired')}</p>`;
  return html`<p class="credential__state credential__state--valid">✓ ${t('credential.state.valid')}</p>`;
}

/** The competencies and levels a certificate names. */
export function achievedList(c) {
  if (!c.achieved?.length) return nothing;
  return html`<ul class="credential__achieved">
    ${c.achieved.map((a) => html`<li><strong>${a.title}: ${a.levelName}</strong>. ${a.meaning}</li>`)}
  </ul>`;
}

/** Who issued it, or that it was registered (not issued by us). */
export function originLine(c) {
  if (!c.issuedByUs) return html`<p class="credential__origin credential__origin--registered">${t('credential.registered')}</p>`;
  return html`<p class="credential__origin">${t('credential.issuedBy', { name: c.issuedBy, organisation: c.organisation })}</p>`;
}

/** What registered proof records: kind and school, crebo, number, date, and its file. */
export function externalFacts(c, onDocument) {
  const e = c.external;
  if (!e) return nothing;
  return html`
    <p>${t('credential.external.from', { kind: t(`credential.kind.${c.kind}`), institution: e.institution })}</p>
    <ul class="credential__facts">
      ${e.crebo ? html`<li>${t('credential.external.crebo', { crebo: e.crebo })}</li>` : nothing}
      ${e.number ? html`<li>${t('credential.external.number', { number: e.number })}</li>` : nothing}
      ${e.obtainedOn ? html`<li>${t('credential.external.date', { date: longDate(e.obtainedOn) })}</li>` : nothing}
    </ul>
    ${e.hasDocument ? html`<button class="button button--secondary" type="button" @click=${() => onDocument(c)}>${t('credential.external.document')}</button>` : nothing}
  `;
}

/** A polite live region with the last message. */
export function live(message) {
  return html`<div class="live" role="status" aria-live="polite">
    ${message ? html`<div class="message message--${message.kind}"><p>${message.text}</p></div>` : nothing}
  </div>`;
}

/** Shares the verification link: the phone's share sheet, else the clipboard. Answers true when done. */
export async function shareLink(c) {
  const url = c.links?.verify;
  if (!url) return false;
  try {
    if (navigator.share) {
      await navigator.share({ title: c.title, text: t('credential.shareText', { title: c.title }), url });
      return true;
    }
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}
