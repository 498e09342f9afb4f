import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { t } from '../i18n.js';
import './messages.js';

/**
 * A row of evidence photos of an observation. `photos`: [{ id, alt, load: () => Promise<objectUrl>, waiting? }]; each
 * photo is fetched once (with the session, so not by <img src> of the API) and its object URL is revoked when the
 * element goes. A photo still waiting in the offline queue shows from its own bytes, marked "Wacht op verbinding".
 */
export class EvidencePhotos extends LightElement {
  static properties = { photos: { attribute: false }, urls: { state: true } };

  constructor() {
    super();
    this.photos = [];
    this.urls = {};
  }

  willUpdate(changed) {
    if (!changed.has('photos')) return;
    for (const photo of this.photos ?? []) {
      if (photo.id in this.urls) continue;
      this.urls = { ...this.urls, [photo.id]: null };
      photo.load().then((url) => {
        if (!this.isConnected) {
          URL.revokeObjectURL(url);
          return;
        }
        this.urls = { ...this.urls, [photo.id]: url };
      }, () => {});
    }
  }

  disconnectedCallback() {
    Object.values(this.urls).filter(Boolean).forEach((url) => URL.revokeObjectURL(url));
    this.urls = {};
    super.disconnectedCallback();
  }

  render() {
    if (!this.photos?.length) return nothing;
    return html`
      <ul class="evidence-photos">${this.photos.map((photo) => html`
        <li class="evidence-photo" data-photo=${photo.id}>
          ${this.urls[photo.id] ? html`<img class="evidence-photo__image" src=${this.urls[photo.id]} alt=${photo.alt}>`
            : html`<span class="evidence-photo__loading">${t('common.wait')}</span>`}
          ${photo.waiting ? html`<span class="evidence-photo__waiting">${t('observation.offline.entryWaiting')}</span>` : nothing}
        </li>`)}
      </ul>
    `;
  }
}

customElements.define('evidence-photos', EvidencePhotos);
