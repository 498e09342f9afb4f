// Words of grades in the LMS (AGS): whether a participant's grade is in Moodle, Dutch (B1) and English.
import { addMessages } from '../i18n.js';
import '../shared/messages.js';

addMessages({
  nl: {
    'lms.grade.delivered': 'Cijfer staat in Moodle',
    'lms.grade.pending': 'Cijfer gaat naar Moodle…',
    'lms.grade.failed': 'Cijfer staat nog niet in Moodle',
    'lms.grade.of': '{label}: {given} van {maximum}',
    'lms.grade.launch': 'Cijfer',
    'lms.grade.retry': 'Opnieuw proberen',
    'lms.grade.retried': 'We proberen het opnieuw.',
    'lms.grade.sendPlan': 'Voortgang naar Moodle sturen',
    'lms.grade.sent': 'De voortgang gaat naar Moodle.',
    'lms.roster.refreshed': 'Deelnemerslijst uit Moodle bijgewerkt: {when} om {time}.',
    'lms.roster.never': 'De deelnemerslijst is nog niet uit Moodle gehaald.',
    'lms.roster.refresh': 'Lijst uit Moodle bijwerken',
    'lms.roster.done': 'De lijst is bijgewerkt.',
  },
  en: {
    'lms.grade.delivered': 'Grade is in Moodle',
    'lms.grade.pending': 'Grade is on its way to Moodle…',
    'lms.grade.failed': 'Grade is not in Moodle yet',
    'lms.grade.of': '{label}: {given} of {maximum}',
    'lms.grade.launch': 'Grade',
    'lms.grade.retry': 'Try again',
    'lms.grade.retried': 'We are trying again.',
    'lms.grade.sendPlan': 'Send progress to Moodle',
    'lms.grade.sent': 'The progress is on its way to Moodle.',
    'lms.roster.refreshed': 'List of participants from Moodle updated: {when} at {time}.',
    'lms.roster.never': 'The list of participants has not been read from Moodle yet.',
    'lms.roster.refresh': 'Update the list from Moodle',
    'lms.roster.done': 'The list is up to date.',
  },
});
