import { html, svg } from 'lit';

// Simple pictograms, drawn with currentColor. Always decorative: the text next to them says it all.
const paths = {
  // a clipboard with a check list
  plan: svg`<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4h6v3H9z"/><path d="M8.5 11.5l1.5 1.5 2.5-2.5M14 12h2M8.5 16.5l1.5 1.5 2.5-2.5M14 17h2"/>`,
  // a sun: today
  today: svg`<circle cx="12" cy="12" r="4.5"/><path d="M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4"/>`,
  // a sprout growing out of the ground: progress
  progress: svg`<path d="M12 21v-9"/><path d="M12 12c0-3.5 2.5-6 6.5-6 0 3.5-2.5 6-6.5 6z"/><path d="M12 14c0-3-2-5-5.5-5 0 3 2 5 5.5 5z"/><path d="M5 21h14"/>`,
  // two people: participants
  people: svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5"/><circle cx="17" cy="9" r="2.5"/><path d="M17 13.5c2.5 0 4.5 2 4.5 4.5"/>`,
  // a person: one participant
  person: svg`<circle cx="12" cy="8" r="4"/><path d="M4.5 21c0-4.1 3.4-7.5 7.5-7.5s7.5 3.4 7.5 7.5"/>`,
  // a paint palette: house style
  palette: svg`<path d="M12 3a9 9 0 1 0 0 18c1.4 0 2-1 2-2 0-1.5-1.2-1.8-1.2-3 0-1.1.9-2 2-2H17a4 4 0 0 0 4-4c0-4-4-7-9-7z"/><circle cx="7.5" cy="11" r="1.2"/><circle cx="10" cy="7" r="1.2"/><circle cx="14.5" cy="7" r="1.2"/>`,
  // a check mark in a box: done
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  // a clock with an exclamation: overdue
  late: svg`<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5v5l3 2"/><path d="M19.5 3.5l1.5 1.5M4.5 3.5L3 5"/>`,
  // a calendar page: a coming day
  calendar: svg`<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
  // a flag: a goal
  flag: svg`<path d="M5 21V4"/><path d="M5 4.5c4-2 6 2 10 0s4 0 4 0v8s-1-1.5-4 0-6-2-10 0"/>`,
  // a camera: add a photo
  camera: svg`<path d="M4 8h3l1.5-2.5h7L17 8h3v11H4z"/><circle cx="12" cy="13.5" r="3.5"/>`,
  // a pencil: write a note or change
  pencil: svg`<path d="M4 20l1-4L16 5l3 3L8 19z"/><path d="M14 7l3 3"/>`,
  // a star: goal achieved
  star: svg`<path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.8l-5.2 2.8 1-5.8L3.5 9.7l5.9-.9z"/>`,
  // a loudspeaker with sound waves: read aloud
  speaker: svg`<path d="M4 9.5h3.5L12 5v14l-4.5-4.5H4z"/><path d="M15.5 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"/>`,
  // a square: stop
  stop: svg`<rect x="6" y="6" width="12" height="12" rx="2"/>`,
  // a play triangle in a circle: begin
  play: svg`<circle cx="12" cy="12" r="9"/><path d="M10 8.5l5.5 3.5-5.5 3.5z"/>`,
  // a speech bubble: ask, say, tell
  speech: svg`<path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z"/>`,
  // an eye: look, read, watch
  eye: svg`<path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z"/><circle cx="12" cy="12" r="3"/>`,
  // a hand: do it
  hand: svg`<path d="M8 13V6.5a1.5 1.5 0 0 1 3 0V12"/><path d="M11 11V4.5a1.5 1.5 0 0 1 3 0V11"/><path d="M14 11V6a1.5 1.5 0 0 1 3 0v7.5"/><path d="M17 10.5a1.5 1.5 0 0 1 3 0V15a7 7 0 0 1-7 7h-1a7 7 0 0 1-5.6-2.8L3.7 16a1.6 1.6 0 0 1 2.5-2L8 15.5"/>`,
  // a clock: time
  clock: svg`<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5v5l3 2"/>`,
  // an arrow out of a box: opens elsewhere (a new tab)
  external: svg`<path d="M14 4h6v6M20 4l-9 9"/><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
};

/** An inline SVG pictogram, hidden from assistive technology. */
export function icon(name, className = 'icon') {
  return html`<svg class=${className} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
