// The credential feature's URLs: "Mijn diploma's en bewijzen" (/api/v1/me/credentials), a participant's certificates
// for their coach (/api/v1/courses/{c}/participants/{u}/credentials), one certificate (/api/v1/credentials/{id}).
import { download, get, objectUrl, post, put, request, seg } from '../api.js';

const participant = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}/credentials`;

/** The caller's own certificates and registered proof, newest first. */
export const listMine = () => get('/me/credentials');
/** The participant has seen the celebration of a certificate. */
export const celebrated = (id) => post(`/me/credentials/${seg(id)}/celebration`);

/** A participant's certificates and proof in the coach's course. */
export const listOfParticipant = (courseId, userId) => get(participant(courseId, userId));
/** Issues a certificate for the participant's active route: { message? }. */
export const issueCertificate = (courseId, userId, body) => post(participant(courseId, userId), body);
/** Revokes a certificate: { reason }. */
export const revokeCertificate = (id, reason) => post(`/credentials/${seg(id)}/revocation`, { reason });

/** Downloads the PDF of a certificate ("nl" or "en"). */
export const downloadPdf = (id, lang) =>
  download(`/credentials/${seg(id)}/pdf${lang ? `?lang=${seg(lang)}` : ''}`, 'certificaat.pdf');

/** Registers proof obtained elsewhere: { kind, institution, qualification, crebo?, number?, obtainedOn }. */
export const registerMine = (body) => post('/me/credentials/registered', body);
export const registerFor = (courseId, userId, body) => post(`${participant(courseId, userId)}/registered`, body);
/** Adds the document (a PDF, JPEG or PNG File) to registered proof. */
export const uploadDocument = (id, file) => put(`/credentials/${seg(id)}/document`, file);
/** Downloads the document of registered proof. */
export const downloadDocument = (id) => download(`/credentials/${seg(id)}/document`, 'bewijs');

/** The organisation's issuing register (admins), and as CSV. */
export const listRegister = () => get('/organisation/credentials');
export const downloadRegister = () => download('/organisation/credentials/export/csv', 'uitgifteregister.csv');

// Completion (afronding) of a participant's route or goal, and the coach's course overview.

const completion = (courseId, userId) => `/courses/${seg(courseId)}/participants/${seg(userId)}/completion`;

/** The check of the participant's route and goals, with moments and outcomes. */
export const completionOf = (courseId, userId) => get(completion(courseId, userId));
/** Plans a completion (or assessment) moment: { subject, goalId?, date, assessor?, note? }. */
export const planMoment = (courseId, userId, body) => post(`${completion(courseId, userId)}/moments`, body);
/** Records the outcome of a moment: { outcome: passed|not-yet, note?, corrects?, reason? }, on the version seen. */
export const recordOutcome = (courseId, userId, moment, body) =>
  post(`${completion(courseId, userId)}/moments/${seg(moment.id)}/outcomes`, body, { ifMatch: moment.version });
/** The coach's course overview: who is ready for completion. */
export const courseCompletions = (courseId) => get(`/courses/${seg(courseId)}/completions`);

// Branch issuers and the organisation's logo on certificates (admins): /api/v1/organisation/credential-issuers,
// /api/v1/organisation/credential-logo; the branch issuers a coach may choose: /api/v1/credential-issuers.

const issuers = '/organisation/credential-issuers';

export const listIssuers = () => get(issuers);
/** Adds a branch issuer: { name, url }. */
export const addIssuer = (body) => post(issuers, body);
/** Changes a branch issuer's { name, url }, naming the version seen. */
export const saveIssuer = (id, body, version) => put(`${issuers}/${seg(id)}`, body, { ifMatch: version });
/** Uploads a branch issuer's logo (a File), naming the version seen. */
export const uploadIssuerLogo = (id, file, version) => put(`${issuers}/${seg(id)}/logo`, file, { ifMatch: version });
/** A new signing key for a branch issuer. */
export const rotateIssuerKey = (id, version) =>
  request(`${issuers}/${seg(id)}/key-rotation`, { method: 'POST', ifMatch: version });

/** Retires a branch issuer: no longer offered when issuing; its certificates stay verifiable. */
export const retireIssuer = (id, version) =>
  request(`${issuers}/${seg(id)}/retirement`, { method: 'POST', ifMatch: version });

/** Whether the organisation has a logo for its certificates: { present, version }. */
export const organisationLogo = () => get('/organisation/credential-logo');
/** An object URL of the organisation's logo, to show it. */
export const organisationLogoUrl = () => objectUrl('/organisation/credential-logo/image');
/** Uploads the organisation's logo for certificates (a File), naming the version seen (0: none yet). */
export const uploadOrganisationLogo = (file, version) => put('/organisation/credential-logo', file, { ifMatch: version });

/** The branch issuers a coach can issue under: [{ id, name }]. */
export const issuerChoices = () => get('/credential-issuers');

/** The caller's own completion check: { rule, subjects: [{ subject, title, state, plannedOn, targets: [...] }] }. */
export const getMyCompletion = () => get('/me/completion');
