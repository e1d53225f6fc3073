/**
 * What the inquiry desk's screens share that is about inquiries (the rest comes from the portal's plugin kit): the
 * API's base and the screens' addresses, the stylesheet, the closed lists, status badges, and files read into
 * Base64 for the API within its limits.
 */
import { h, catalogue, reference, pick, useStyles } from '/assets/kit/1/index.js';

/** Where the plugin's routes are. */
export const API = '/api/plugins/inquiries';

/** Where the plugin's screens are. */
export const SCREENS = '/p/inquiries';

/** The API's limits on files (see README: at most 5 files, 5 MiB each, 10 MiB together). */
export const FILE_LIMITS = { count: 5, each: 5 * 1024 * 1024, total: 10 * 1024 * 1024 };

/** The file types the desk accepts (the server decides by content; this only narrows the file picker). */
export const FILE_TYPES = '.pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.pptx';

/** The topics, statuses and languages of the API, as it writes them (names: the catalogue's `topics.<code>`...). */
export const TOPICS = ['technology', 'rd-funding', 'startup', 'overseas', 'ip-licensing', 'partner-search', 'policy',
  'other'];
export const STATUSES = ['new', 'routed', 'in-progress', 'answered', 'closed'];

const t = await catalogue(import.meta.url);
const { regions } = await reference();

/** @returns {Array<[string, string]>} a closed list's codes with their names from the catalogue (`topics`...) */
export function named(list, codes) {
  return codes.map((code) => [code, t(`${list}.${code}`)]);
}

/** @returns {Array<[string, string]>} the regions (the portal's reference list) as [code, name] */
export function regionChoices() {
  return regions.map((r) => [r.code, pick(r)]);
}

/** @returns {string} a region's name in the reader's language */
export function regionName(code) {
  const region = regions.find((r) => r.code === code);
  return region ? pick(region) : code ?? '';
}

/** Adds one of the plugin's stylesheets: `inquiries` (the askers' screens) or `desk` (the staff's). */
export function inquiryStyles(sheet = 'inquiries') {
  useStyles(new URL(`./${sheet}.css`, import.meta.url));
}

/**
 * @param {string} status an inquiry's status code
 * @param {string} [label] the server's label for it (else the catalogue's)
 * @returns {HTMLElement} the status as a badge
 */
export function statusBadge(status, label) {
  return h('span', { class: `inquiry-badge inquiry-badge-${status}` }, label || t(`statuses.${status}`));
}

/**
 * The files of a file input as the API takes them, after the limits the server applies too (so a person learns of
 * them before sending megabytes).
 *
 * @param {HTMLInputElement} input a file input named `attachments`
 * @returns {Promise<{attachments: Array<{filename: string, contentBase64: string}>, files: File[],
 *   errors: Object<string, string>}>} the files in Base64, or the field errors of the limits broken
 */
export async function readFiles(input) {
  const files = [...(input.files ?? [])];
  const mb = (bytes) => bytes / (1024 * 1024);
  const errors = {};
  if (files.length > FILE_LIMITS.count) errors.attachments = t('tooManyFiles', { count: FILE_LIMITS.count });
  files.forEach((file, i) => {
    if (file.size > FILE_LIMITS.each) {
      errors[`attachments[${i}]`] = t('fileTooLarge', { name: file.name, mb: mb(FILE_LIMITS.each) });
    }
  });
  if (files.reduce((sum, f) => sum + f.size, 0) > FILE_LIMITS.total) {
    errors.attachments ??= t('filesTooLarge', { mb: mb(FILE_LIMITS.total) });
  }
  if (Object.keys(errors).length) return { attachments: [], files, errors };
  const attachments = await Promise.all(files.map(async (file) => ({
    filename: file.name, contentBase64: await base64(file),
  })));
  return { attachments, files, errors };
}

/** @returns {(path: string) => string|null} names an `attachments[i]` path by its file, for showErrors' `describe` */
export function fileOf(files) {
  return (path) => files[/^attachments\[(\d+)\]$/.exec(path)?.[1]]?.name ?? null;
}

/** @returns {string} a number of bytes as people read it */
export function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** @returns {Promise<string>} the file's bytes in Base64 (a data URL's payload) */
function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
