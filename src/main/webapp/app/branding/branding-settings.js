import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { ApiError } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { saveBranding } from './branding-api.js';
import { t } from '../i18n.js';
import './messages.js';

const THEMES = ['default', 'high-contrast'];

/** Checks a logo address the way the server does: empty, or an absolute https URL. */
function logoProblem(value) {
  if (!value) return null;
  try {
    return new URL(value).protocol === 'https:' && value.startsWith('https://') ? null : t('branding.logo.invalid');
  } catch {
    return t('branding.logo.invalid');
  }
}

/**
 * "Huisstijl" (admin only): choose the theme and the logo of the organisation.
 * Saved with PUT /api/v1/organisation/branding, naming the version shown (ifMatch; a stale answer shows the
 * newest house style with "Iemand anders heeft dit net veranderd"); on success it fires `organisation-changed`
 * (detail: the organisation) so the shell applies the new theme straight away.
 */
export class BrandingSettings extends LightElement {
  static properties = {
    organisation: { attribute: false },
    busy: { state: true },
    status: { state: true }, // { kind: 'success' | 'error', text }
  };

  constructor() {
    super();
    this.organisation = null;
    this.busy = false;
    this.status = null;
  }

  async #save(event) {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target;
    const theme = form.elements.theme.value || 'default';
    const logoUrl = form.elements.logoUrl.value.trim();
    this.status = null;
    formProblem(this).clear(form);
    const logoError = logoProblem(logoUrl);
    if (logoError) {
      this.status = { kind: 'error', text: formProblem(this).show(form, { errors: [{ field: 'logoUrl', message: logoError }] }) };
      return;
    }
    this.busy = true;
    try {
      const organisation = await saveBranding({ theme, logoUrl: logoUrl || null },
        { ifMatch: this.organisation?.version });
      this.status = { kind: 'success', text: t('branding.saved') };
      this.dispatchEvent(new CustomEvent('organisation-changed', { detail: organisation, bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof ApiError && error.isStale && error.current) {
        // Someone else changed the house style meanwhile: show theirs (the form too) and say so.
        this.dispatchEvent(new CustomEvent('organisation-changed', { detail: error.current, bubbles: true, composed: true }));
        this.organisation = error.current;
        await this.updateComplete;
        form.reset();
      }
      this.status = { kind: 'error', text: formProblem(this).show(form, error) };
    } finally {
      this.busy = false;
    }
  }

  render() {
    const current = THEMES.includes(this.organisation?.theme) ? this.organisation.theme : 'default';
    return html`
      <section class="panel" aria-labelledby="branding-title">
        <h2 id="branding-title" class="panel__title">${icon('palette', 'icon panel__icon')}${t('branding.title')}</h2>
        <p>${t('branding.intro')}</p>
        <form class="form" novalidate @submit=${this.#save}>
          <fieldset class="choices">
            <legend>${t('branding.theme.legend')}</legend>
            ${THEMES.map(
              (theme) => html`
                <label class="choice">
                  <input type="radio" name="theme" value=${theme} ?checked=${theme === current}
                    aria-describedby="branding-theme-${theme}-hint">
                  <span>
                    <span class="choice__label">${t(`branding.theme.${theme}`)}</span>
                    <span class="choice__hint" id="branding-theme-${theme}-hint">${t(`branding.theme.${theme}.hint`)}</span>
                  </span>
                </label>
              `,
            )}
          </fieldset>
          <div class="field">
            <label for="branding-logo">${t('branding.logo.label')}</label>
            <p class="field__hint" id="branding-logo-hint">${t('branding.logo.hint')}</p>
            <input id="branding-logo" name="logoUrl" type="url" inputmode="url" autocomplete="url"
              spellcheck="false" placeholder="https://" .value=${this.organisation?.logoUrl ?? ''}
              aria-describedby="branding-logo-hint">
          </div>
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t('common.saving') : t('common.save')}
          </button>
          <div class="live" aria-live="polite">
            ${this.status
              ? html`<p class="message message--${this.status.kind}">${this.status.text}</p>`
              : nothing}
          </div>
        </form>
      </section>
    `;
  }
}

customElements.define('branding-settings', BrandingSettings);
