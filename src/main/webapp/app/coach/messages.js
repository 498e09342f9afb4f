// Words of the coach's "Mijn deelnemers", Dutch (B1) and English. The plan's state per participant is in
// plan/messages.js, the route in route/messages.js.
import { addMessages } from '../i18n.js';
import '../shared/messages.js';

addMessages({
  nl: {
    'coach.title': 'Mijn deelnemers',
    'coach.course': 'Cursus: {title}',
    'coach.noCourse': 'Je hebt Groeipad niet vanuit een cursus geopend. Open Groeipad vanuit een cursus in je leeromgeving. Dan zie je hier de deelnemers van die cursus.',
    'coach.loading': 'Deelnemers worden geladen…',
    'coach.empty': 'Nog geen deelnemers. Deelnemers verschijnen hier zodra ze Groeipad openen vanuit de cursus.',
    'coach.count': '{count} deelnemers',
    'coach.countOne': '1 deelnemer',
    'coach.neverSeen': 'Nog niet gestart',
  },
  en: {
    'coach.title': 'My participants',
    'coach.course': 'Course: {title}',
    'coach.noCourse': 'You did not open Groeipad from a course. Open Groeipad from a course in your learning environment to see the participants of that course here.',
    'coach.loading': 'Loading participants…',
    'coach.empty': 'No participants yet. Participants appear here as soon as they open Groeipad from the course.',
    'coach.count': '{count} participants',
    'coach.countOne': '1 participant',
    'coach.neverSeen': 'Not started yet',
  },
});
