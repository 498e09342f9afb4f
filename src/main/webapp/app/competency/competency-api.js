// The competency feature's URLs (/api/v1/frameworks/...): frameworks, their versions and drafts, the draft
// editor's groups, competencies and behavioural indicators, CASE / Moodle CSV import and export.
// Changes take an optional last `options` argument for request() (e.g. { ifMatch: framework.version }).
import { del, download, get, post, put, seg } from '../api.js';

const framework = (id) => `/frameworks/${seg(id)}`;
const competency = (frameworkId, competencyId) => `${framework(frameworkId)}/competencies/${seg(competencyId)}`;
const indicator = (frameworkId, competencyId, indicatorId) =>
  `${competency(frameworkId, competencyId)}/indicators/${seg(indicatorId)}`;

/** The organisation's frameworks with the version in use and any draft. */
export const listFrameworks = () => get('/frameworks');
/** One framework version with its groups, competencies and indicators. */
export const getFramework = (id) => get(framework(id));
export const listVersions = (id) => get(`${framework(id)}/versions`);
export const createFramework = (body) => post('/frameworks', body);
export const updateFramework = (id, body, options) => put(framework(id), body, options);
/** Removes a draft. */
export const removeFramework = (id, options) => del(framework(id), options);
export const publishFramework = (id, options) => post(`${framework(id)}/publication`, undefined, options);
/** A new draft version of a published framework. */
export const createDraft = (id) => post(`${framework(id)}/drafts`);

export const addGroup = (frameworkId, body, options) => post(`${framework(frameworkId)}/groups`, body, options);
export const updateGroup = (frameworkId, groupId, body, options) =>
  put(`${framework(frameworkId)}/groups/${seg(groupId)}`, body, options);
export const removeGroup = (frameworkId, groupId, options) =>
  del(`${framework(frameworkId)}/groups/${seg(groupId)}`, options);

export const addCompetency = (frameworkId, body, options) =>
  post(`${framework(frameworkId)}/competencies`, body, options);
export const updateCompetency = (frameworkId, competencyId, body, options) =>
  put(competency(frameworkId, competencyId), body, options);
export const moveCompetency = (frameworkId, competencyId, position, options) =>
  put(`${competency(frameworkId, competencyId)}/position`, { position }, options);
export const removeCompetency = (frameworkId, competencyId, options) =>
  del(competency(frameworkId, competencyId), options);

export const addIndicator = (frameworkId, competencyId, body, options) =>
  post(`${competency(frameworkId, competencyId)}/indicators`, body, options);
export const updateIndicator = (frameworkId, competencyId, indicatorId, body, options) =>
  put(indicator(frameworkId, competencyId, indicatorId), body, options);
export const moveIndicator = (frameworkId, competencyId, indicatorId, position, options) =>
  put(`${indicator(frameworkId, competencyId, indicatorId)}/position`, { position }, options);
export const removeIndicator = (frameworkId, competencyId, indicatorId, options) =>
  del(indicator(frameworkId, competencyId, indicatorId), options);

// A big framework takes a while to import: two minutes before the browser gives up.
const IMPORT = { timeout: 120_000 };

/** Imports a Moodle competency CSV (the file's text). */
export const importMoodleCsv = (text) =>
  post('/frameworks/imports/moodle-csv', text, { ...IMPORT, contentType: 'text/csv; charset=utf-8' });
/** Imports a CASE 1.0 package (the file's text). */
export const importCase = (text) =>
  post('/frameworks/imports/case', text, { ...IMPORT, contentType: 'application/json; charset=utf-8' });

/** Offers a framework as a file: kind 'case' (CASE JSON) or 'moodle-csv'. */
export const downloadExport = (id, kind) =>
  download(`${framework(id)}/export/${kind}`, kind === 'case' ? 'case.json' : 'moodle.csv');
