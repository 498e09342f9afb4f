import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';
import { icon } from './icons.js';
import { t } from '../i18n.js';
import { canReadAloud, readAloud, stopReading } from './speech.js';
import './messages.js';

/**
 * The one read-aloud control of the app (intake questions, tasks, lesson steps): a big "Lees voor" button; while
 * it reads, the button turns into "Stop met voorlezen" and a line says that Groeipad is reading (for eyes and screen
 * readers). Shows nothing in a browser without speech synthesis.
 *
 *   text     – what to read (plain words)
 *   language – the text's language ("nl", "en"); default the user's
 *   label    – what is read, for a screen reader, when several controls share a page ("Lees voor: <task>")
 *   compact  – a square button with only the pictogram (the words stay for screen readers), for a row of actions
 */
export class ReadAloudButton extends LightElement {
  static properties = {
    text: { attribute: false },
    language: { attribute: false },
    label: { attribute: false },
    compact: { type: Boolean },
    speaking: { state: true },
  };

  constructor() {
    super();
    this.text = '';
    this.language = undefined;
    this.label = '';
    this.compact = false;
    this.speaking = false;
  }

  disconnectedCallback() {
    if (this.speaking) stopReading();
    super.disconnectedCallback();
  }

  updated(changed) {
    // Another text (the next question): stop reading the old one.
    if (changed.has('text') && changed.get('text') !== undefined && this.speaking) stopReading();
  }

  #toggle() {
    if (this.speaking) {
      stopReading();
      return;
    }
    this.speaking = readAloud(this.text, this.language, () => {
      this.speaking = false;
    });
  }

  render() {
    if (!canReadAloud()) return nothing;
    const words = this.speaking ? t('readAloud.stop') : t('readAloud.start');
    const about = this.label ? html`<span class="visually-hidden">: ${this.label}</span>` : nothing;
    return html`
      <div class="read-aloud ${this.speaking ? 'read-aloud--speaking' : ''} ${this.compact ? 'read-aloud--compact' : ''}">
        <button type="button" class="button button--secondary read-aloud__button" aria-pressed=${this.speaking ? 'true' : 'false'}
          @click=${this.#toggle}>
          ${icon(this.speaking ? 'stop' : 'speaker', 'icon read-aloud__icon')}${this.compact
            ? html`<span class="visually-hidden">${words}</span>` : words}${about}
        </button>
        <p class="read-aloud__status" role="status">${this.speaking
          ? html`<span class="read-aloud__waves" aria-hidden="true"><span></span><span></span><span></span></span>${t('readAloud.speaking')}`
          : nothing}</p>
      </div>
    `;
  }
}

customElements.define('read-aloud-button', ReadAloudButton);
