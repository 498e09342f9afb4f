import { html, svg } from 'lit';

// The pictograms of the intake, drawn with currentColor; always decorative (the words next to them say it all).
const paths = {
  // a thumb up: "Dit kan ik al"
  already: svg`<path d="M7 11v9H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3z"/><path d="M7 11l4-7.5c1.4 0 2.5 1.1 2.5 2.5v3.5h5a2 2 0 0 1 2 2.3l-1.2 6.5a2 2 0 0 1-2 1.7H7"/>`,
  // a waving hand, "so-so": "Dit kan ik een beetje"
  'a-little': svg`<path d="M8 13V6.5a1.5 1.5 0 0 1 3 0V12"/><path d="M11 11V4.5a1.5 1.5 0 0 1 3 0V11"/><path d="M14 11V6a1.5 1.5 0 0 1 3 0v7.5"/><path d="M17 10.5a1.5 1.5 0 0 1 3 0V15a7 7 0 0 1-7 7h-1a7 7 0 0 1-5.6-2.8L3.7 16a1.6 1.6 0 0 1 2.5-2L8 15.5"/><path d="M2.5 6.5c.5-1.2 1.3-2.2 2.3-3M20.5 3.5c.8.6 1.4 1.4 1.8 2.3"/>`,
  // a seedling: "Dit kan ik nog niet" (it still has to grow)
  'not-yet': svg`<path d="M12 21v-7"/><path d="M12 14c0-3.3 2.3-5.5 6-5.5 0 3.3-2.3 5.5-6 5.5z"/><path d="M12 15.5c0-2.6-1.8-4.5-5-4.5 0 2.6 1.8 4.5 5 4.5z"/><path d="M6 21h12"/>`,
  // a loudspeaker with sound waves: read aloud
  speaker: svg`<path d="M4 9.5h3.5L12 5v14l-4.5-4.5H4z"/><path d="M15.5 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"/>`,
  // a star with rays: well done
  star: svg`<path d="M12 3.5l2.5 5.2 5.7.8-4.1 4 1 5.6-5.1-2.7-5.1 2.7 1-5.6-4.1-4 5.7-.8z"/>`,
  // a speech bubble with a question mark: the intake
  question: svg`<path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z"/><path d="M10 8a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5"/><path d="M12 13.6v.1"/>`,
};

/** An inline SVG pictogram of the intake, hidden from assistive technology. */
export function pictogram(name, className = 'icon') {
  return html`<svg class=${className} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
