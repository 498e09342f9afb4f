// Branch issuers and the organisation's logo on certificates (admins): /api/v1/organisation/credential-issuers,
// /api/v1/organisation/credential-logo; the branch issuers a coach may choose: /api/v1/credential-issuers.
import { get, objectUrl, post, put, request, seg } from '../api.js';

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

/** Whether the organisation has a logo for its certificates: { present, version }. */
export const organisationLogo = () => get('/organisation/credential-logo');
/** An object URL of the organisation's logo, to show it. */
export const organisationLogoUrl = () => objectUrl('/organisation/credential-logo/image');
/** Uploads the organisation's logo for certificates (a File), naming the version seen (0: none yet). */
export const uploadOrganisationLogo = (file, version) => put('/organisation/credential-logo', file, { ifMatch: version });

/** The branch issuers a coach can issue under: [{ id, name }]. */
export const issuerChoices = () => get('/credential-issuers');
