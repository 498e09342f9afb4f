// Sending and fetching files for framework import and export. JSON calls go through api.js; these two
// need a text body (CSV) or a file download, with the same session token and problem+json errors.
import { API_BASE, ApiError, renewIfNeeded, sessionToken } from '../api.js';
import { getLocale } from '../i18n.js';

function headers(extra = {}) {
  const all = { 'Accept-Language': getLocale(), ...extra };
  const token = sessionToken();
  if (token) all.Authorization = `Bearer ${token}`;
  return all;
}

async function failure(response) {
  let problem = {};
  try {
    if ((response.headers.get('Content-Type') ?? '').includes('json')) problem = await response.json();
  } catch {
    // no readable problem: the status says enough
  }
  return new ApiError(response.status, problem);
}

/** POSTs a text body (a CASE package or a Moodle CSV) and answers the parsed JSON response. */
export async function postText(path, text, contentType) {
  await renewIfNeeded().catch(() => {});
  const response = await fetch(API_BASE + path, {
    method: 'POST',
    headers: headers({ Accept: 'application/json', 'Content-Type': `${contentType}; charset=utf-8` }),
    body: text,
    credentials: 'same-origin',
  });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** Downloads an export and offers it to the browser as a file. */
export async function download(path, fallbackName) {
  await renewIfNeeded().catch(() => {});
  const response = await fetch(API_BASE + path, { headers: headers(), credentials: 'same-origin' });
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
