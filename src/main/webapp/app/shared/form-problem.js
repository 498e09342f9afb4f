// The marks of a refused form, kept by the component that owns the form (a Lit ReactiveController): showProblem()
// marks the fields in the DOM, and Lit knows nothing of those marks — a form (or a field) that Lit draws again from
// scratch after the answer (a conditional template, the message's state change, the newest version after a 409)
// would lose them while the sentence stays. The controller keeps the last problem per form and, after each update
// of its host, marks the form again (without moving the focus) when a named field has lost its mark — until the
// form is sent again or cleared (clear()), or the form is no longer drawn. Every form goes through it:
//   formProblem(this).clear(form)                       — when the form is sent
//   this.message = formProblem(this).show(form, error)  — when the answer refuses (the sentence for above the form)
import { clearFields, fieldMessages, marksLost, showProblem } from './form-errors.js';

/**
 * Where a form stands in its component, so that the form Lit draws again is found: its data-form, id or name
 * (a selector), else null (the controller then takes the form's position among the component's forms).
 */
export function formKey(form) {
  for (const attribute of ['data-form', 'id', 'name']) {
    const value = form?.getAttribute?.(attribute);
    if (value) return `form[${attribute}="${escape(value)}"]`;
  }
  return null;
}

function escape(value) {
  return globalThis.CSS?.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
}

const DOM = { show: showProblem, clear: clearFields, lost: marksLost };

export class FormProblem {
  #host;
  #dom;
  /** place → { form, error, options }: the last refusal per form that is not sent again yet, and the form marked */
  #shown = new Map();
  /** form → place, remembered while the form is drawn (a form Lit has removed no longer says where it stood) */
  #places = new WeakMap();

  /** `dom`: the marking functions (shared/form-errors.js); a test may give its own. */
  constructor(host, dom = DOM) {
    this.#host = host;
    this.#dom = dom;
    host.addController(this);
  }

  /** The form is sent (again): its marks and its remembered problem go. */
  clear(form) {
    const place = this.#placeOf(form);
    if (place !== null) this.#shown.delete(place);
    this.#dom.clear(form?.isConnected === false ? this.#find(place) : form);
  }

  /**
   * Marks the fields the error names in the form as it is drawn now (the same form, or the one Lit drew in its
   * place) and keeps them marked; answers the sentence for above the form (showProblem()).
   */
  show(form, error, options = {}) {
    const place = this.#placeOf(form);
    const current = (form?.isConnected === false ? this.#find(place) : form) ?? null;
    const text = this.#dom.show(current, error, options);
    if (place !== null) this.#shown.delete(place);
    if (place !== null && current && Object.keys(fieldMessages(error, options.aliases)).length) {
      this.#shown.set(place, { form: current, error, options: { ...options, focus: false } });
    }
    return text;
  }

  /** Whether a refusal is kept for the form (for tests and a form's own checks). */
  has(form) {
    const place = this.#placeOf(form);
    return place !== null && this.#shown.has(place);
  }

  hostUpdated() {
    for (const [place, shown] of this.#shown) {
      const { error, options } = shown;
      // the form marked, while it is drawn; else the one Lit drew in its place
      const form = shown.form?.isConnected ? shown.form : this.#find(place);
      if (!form) {
        this.#shown.delete(place); // the form is no longer drawn (closed, sent elsewhere): nothing to keep
        continue;
      }
      shown.form = form;
      this.#places.set(form, place);
      if (this.#dom.lost(form, error, options)) this.#dom.show(form, error, options);
    }
  }

  hostDisconnected() {
    this.#shown.clear();
  }

  #root() {
    return this.#host.renderRoot ?? this.#host;
  }

  #placeOf(form) {
    if (!form) return null;
    if (this.#places.has(form)) return this.#places.get(form);
    let place = formKey(form);
    if (!place && form.isConnected !== false) {
      const index = [...(this.#root().querySelectorAll?.('form') ?? [])].indexOf(form);
      if (index >= 0) place = index;
    }
    if (place !== null) this.#places.set(form, place);
    return place;
  }

  #find(place) {
    if (place === null || place === undefined) return null;
    const root = this.#root();
    if (typeof place === 'number') return root.querySelectorAll?.('form')?.[place] ?? null;
    return root.querySelector?.(place) ?? null;
  }
}

const owned = new WeakMap();

/** The FormProblem of a component (made, and added to it as controller, on first use). */
export function formProblem(host) {
  let controller = owned.get(host);
  if (!controller) {
    controller = new FormProblem(host);
    owned.set(host, controller);
  }
  return controller;
}
