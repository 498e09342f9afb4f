// Tiny dictionary for UI text. Dutch (B1, plain words) is the default; English when the
// locale is 'en'. Keys are grouped by feature. Other pages add their own keys with addMessages().

const messages = {
  nl: {
    'app.name': 'Groeipad',
    'app.loading': 'Even geduld, Groeipad wordt geladen…',
    'app.error.heading': 'Dat lukte niet',
    'app.retry': 'Probeer opnieuw',
    'app.demo': 'Demo: je probeert Groeipad uit met een test-leeromgeving.',
    'app.demo.back': 'Terug naar de demo',
    'app.logo.alt': 'Logo van {name}',
    'app.notFound': 'Deze pagina bestaat niet',
    'nav.label': 'Hoofdmenu',
    'nav.home': 'Start',

    'error.sessionExpired': 'Je sessie is verlopen. Open Groeipad opnieuw vanuit je cursus.',
    'error.network': 'Groeipad is nu niet bereikbaar. Kijk of je internet werkt en probeer het opnieuw.',
    'error.forbidden': 'Dit mag je niet bekijken of doen.',
    'error.notFound': 'Dit konden we niet vinden.',
    'error.generic': 'Er ging iets mis. Probeer het later nog eens.',
    'error.code': 'Foutcode: {code}',

    'home.hello': 'Hallo {name}!',
    'home.helloNoName': 'Hallo!',
    'home.intro': 'Fijn dat je er bent. Hier zie je hoe je groeit in je werk.',
    'home.plan.title': 'Mijn plan',
    'home.plan.empty': 'Je begeleider maakt samen met jou een plan. Dat zie je hier.',
    'home.today.title': 'Vandaag',
    'home.today.empty': 'Vandaag heb je nog geen taken.',
    'home.progress.title': 'Mijn voortgang',
    'home.progress.empty': 'Hier zie je straks wat je al kunt.',

    'coach.title': 'Mijn deelnemers',
    'coach.course': 'Cursus: {title}',
    'coach.noCourse': 'Je hebt Groeipad niet vanuit een cursus geopend. Open Groeipad vanuit een cursus in je leeromgeving. Dan zie je hier de deelnemers van die cursus.',
    'coach.loading': 'Deelnemers worden geladen…',
    'coach.empty': 'Nog geen deelnemers. Deelnemers verschijnen hier zodra ze Groeipad openen vanuit de cursus.',
    'coach.count': '{count} deelnemers',
    'coach.countOne': '1 deelnemer',
    'coach.noName': 'Deelnemer zonder naam',
    'coach.lastSeen': 'Laatst actief: {when}',
    'coach.neverSeen': 'Nog niet actief',

    'branding.title': 'Huisstijl',
    'branding.intro': 'Kies hoe Groeipad eruitziet voor iedereen in jouw organisatie.',
    'branding.theme.legend': 'Kleuren en letters',
    'branding.theme.default': 'Standaard',
    'branding.theme.default.hint': 'Rustige kleuren en grote letters.',
    'branding.theme.high-contrast': 'Hoog contrast',
    'branding.theme.high-contrast.hint': 'Zwart op wit en extra grote letters. Goed voor mensen die minder goed zien.',
    'branding.logo.label': 'Adres (URL) van je logo',
    'branding.logo.hint': 'Begint met https://. Laat leeg als je geen logo wilt.',
    'branding.logo.invalid': 'Vul een adres in dat begint met https://, of laat het veld leeg.',
    'branding.save': 'Opslaan',
    'branding.saving': 'Bezig met opslaan…',
    'branding.saved': 'De huisstijl is opgeslagen.',
  },
  en: {
    'app.name': 'Groeipad',
    'app.loading': 'One moment, Groeipad is loading…',
    'app.error.heading': 'That did not work',
    'app.retry': 'Try again',
    'app.demo': 'Demo: you are trying Groeipad with a test learning environment.',
    'app.demo.back': 'Back to the demo',
    'app.logo.alt': 'Logo of {name}',
    'app.notFound': 'This page does not exist',
    'nav.label': 'Main menu',
    'nav.home': 'Home',

    'error.sessionExpired': 'Your session has expired. Open Groeipad again from your course.',
    'error.network': 'Groeipad cannot be reached right now. Check your internet connection and try again.',
    'error.forbidden': 'You are not allowed to see or do this.',
    'error.notFound': 'We could not find this.',
    'error.generic': 'Something went wrong. Please try again later.',
    'error.code': 'Error code: {code}',

    'home.hello': 'Hello {name}!',
    'home.helloNoName': 'Hello!',
    'home.intro': 'Good to see you. Here you see how you grow in your work.',
    'home.plan.title': 'My plan',
    'home.plan.empty': 'Your coach makes a plan together with you. You will see it here.',
    'home.today.title': 'Today',
    'home.today.empty': 'You have no tasks for today yet.',
    'home.progress.title': 'My progress',
    'home.progress.empty': 'Soon you will see here what you can already do.',

    'coach.title': 'My participants',
    'coach.course': 'Course: {title}',
    'coach.noCourse': 'You did not open Groeipad from a course. Open Groeipad from a course in your learning environment to see the participants of that course here.',
    'coach.loading': 'Loading participants…',
    'coach.empty': 'No participants yet. Participants appear here as soon as they open Groeipad from the course.',
    'coach.count': '{count} participants',
    'coach.countOne': '1 participant',
    'coach.noName': 'Participant without a name',
    'coach.lastSeen': 'Last active: {when}',
    'coach.neverSeen': 'Not active yet',

    'branding.title': 'House style',
    'branding.intro': 'Choose how Groeipad looks for everyone in your organisation.',
    'branding.theme.legend': 'Colours and text',
    'branding.theme.default': 'Standard',
    'branding.theme.default.hint': 'Calm colours and large text.',
    'branding.theme.high-contrast': 'High contrast',
    'branding.theme.high-contrast.hint': 'Black on white and extra large text. Good for people with low vision.',
    'branding.logo.label': 'Address (URL) of your logo',
    'branding.logo.hint': 'Starts with https://. Leave empty if you do not want a logo.',
    'branding.logo.invalid': 'Enter an address that starts with https://, or leave the field empty.',
    'branding.save': 'Save',
    'branding.saving': 'Saving…',
    'branding.saved': 'The house style has been saved.',
  },
};

const SUPPORTED = ['nl', 'en'];
let locale = 'nl';

/** Sets the locale ('nl' or 'en'; anything else falls back to Dutch) and returns it. */
export function setLocale(value) {
  const short = String(value ?? '').toLowerCase().slice(0, 2);
  locale = SUPPORTED.includes(short) ? short : 'nl';
  return locale;
}

export function getLocale() {
  return locale;
}

/** Adds or overrides keys, e.g. addMessages({ nl: {...}, en: {...} }). */
export function addMessages(extra) {
  for (const lang of SUPPORTED) Object.assign(messages[lang], extra[lang] ?? {});
}

/** Translates a key; {placeholders} are filled from params. Unknown keys fall back to Dutch, then to the key. */
export function t(key, params = {}) {
  const text = messages[locale][key] ?? messages.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/**
 * Friendly relative day for a past moment: "vandaag", "gisteren", "3 dagen geleden", "vorige week" …
 * Counted in calendar days in the user's time zone.
 */
export function relativeDay(isoDate, now = new Date()) {
  const then = new Date(isoDate);
  if (Number.isNaN(then.getTime())) return '';
  const startOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.max(0, Math.round((startOfDay(now) - startOfDay(then)) / 86_400_000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 14) return format.format(-days, 'day');
  if (days < 60) return format.format(-Math.floor(days / 7), 'week');
  if (days < 365) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-Math.floor(days / 365), 'year');
}
