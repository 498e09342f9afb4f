// Small shared pieces of the catalogue pages that draw: kind pictograms and badges. The vocabularies and how
// they read are in words.js (no DOM, tested by Node).
import { html, svg, nothing } from 'lit';
import { t } from '../i18n.js';
import { duration, levelsText } from './words.js';
import './messages.js';

// One pictogram per kind, drawn with currentColor; always decorative (the kind is also written out).
const KIND_PATHS = {
  // a screen with a play-list: an online lesson or link
  'online-lesson': svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8M12 16v4M7 8h6M7 11h10"/>`,
  // a check list: an activity in the LMS
  'lms-activity': svg`<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8l1.5 1.5L12 7M14 8.5h3M8 14l1.5 1.5L12 13M14 14.5h3"/>`,
  // a play button: a video
  video: svg`<rect x="3" y="5" width="18" height="14" rx="3"/><path d="M10 9v6l5-3z"/>`,
  // a spanner: a workplace assignment
  'workplace-assignment': svg`<path d="M14.5 5.5a4 4 0 0 0-5.3 5.1L4 15.8V20h4.2l5.2-5.2a4 4 0 0 0 5.1-5.3l-2.6 2.6-2.8-.6-.6-2.8z"/>`,
  // a board with a group: a training
  'offline-training': svg`<rect x="3" y="3" width="18" height="10" rx="1.5"/><circle cx="8" cy="17" r="1.8"/><circle cx="16" cy="17" r="1.8"/><path d="M5 22c0-1.7 1.3-3 3-3s3 1.3 3 3M13 22c0-1.7 1.3-3 3-3s3 1.3 3 3"/>`,
  // two speech bubbles: a conversation
  conversation: svg`<path d="M4 5h11a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H9l-4 3v-3H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"/><path d="M19 9h1a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-1v3l-4-3h-3"/>`,
};

export function kindIcon(kind, className = 'icon') {
  return html`<svg class=${className} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${KIND_PATHS[kind] ?? KIND_PATHS['online-lesson']}</svg>`;
}

/** The badges of an item: level(s), online or not, duration, source. */
export function badges(item, { shared = false } = {}) {
  return html`
    <ul class="badges">
      ${item.levels?.length ? html`<li class="badge badge--level">${levelsText(item.levels)}</li>` : nothing}
      <li class="badge">${t(item.online ? 'cat.place.online' : 'cat.place.offline')}</li>
      ${item.durationMinutes ? html`<li class="badge">${duration(item.durationMinutes)}</li>` : nothing}
      ${item.source && item.source !== 'own' && !shared
        ? html`<li class="badge badge--source">${t(`cat.source.${item.source}`)}</li>` : nothing}
      ${item.shared ? html`<li class="badge badge--shared">${t('cat.sharedBadge')}</li>` : nothing}
    </ul>
  `;
}
