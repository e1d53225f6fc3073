/**
 * What the inquiry desk's screens share: the API's base, the stylesheet, the closed lists (topics, regions,
 * statuses) in both languages, status badges, labelled fields, the server's problems shown at their fields, files
 * read into Base64 for the API, and sanitised HTML (FAQ answers) rebuilt without innerHTML. Plugin modules cannot
 * import the portal's or another plugin's files, so what they need of them is here in small.
 */

/** Where the plugin's routes are. */
export const API = '/api/plugins/inquiries';

/** Where the plugin's screens are. */
export const SCREENS = '/p/inquiries';

/** The API's limits on files (see README: at most 5 files, 5 MiB each, 10 MiB together). */
export const FILE_LIMITS = { count: 5, each: 5 * 1024 * 1024, total: 10 * 1024 * 1024 };

/** The file types the desk accepts (the server decides by content; this only narrows the file picker). */
export const FILE_TYPES = '.pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.pptx';

/** The closed lists of the API (codes as the API writes them) and the words the screens share, in both languages. */
const COMMON = {
  ja: {
    topics: {
      technology: '技術相談', 'rd-funding': '研究開発資金', startup: '創業・起業支援', overseas: '海外展開',
      'ip-licensing': '知的財産・ライセンス', 'partner-search': '連携先探し', policy: '施策・支援制度', other: 'その他',
    },
    regions: {
      Hokkaido: '北海道', Tohoku: '東北', Kanto: '関東', Chubu: '中部', Kinki: '近畿', Chugoku: '中国',
      Shikoku: '四国', Kyushu: '九州', Okinawa: '沖縄', Overseas: '海外',
    },
    languages: { ja: '日本語', en: '英語' },
    statuses: { new: '新規', routed: '振り分け済み', 'in-progress': '対応中', answered: '回答済み', closed: '完了' },
    errorsSummary: (n) => `${n} 件の項目を確認してください。`,
    errorOther: '処理できませんでした。時間をおいてもう一度お試しください。',
    filesHint: 'PDF、PNG、JPEG、テキスト・CSV、Word・Excel・PowerPoint（docx、xlsx、pptx）。'
      + '5 ファイルまで、1 ファイル 5 MB、合計 10 MB まで。',
    tooManyFiles: (n) => `ファイルは ${n} 個までです。`,
    fileTooLarge: (name, mb) => `${name} は ${mb} MB を超えています。`,
    filesTooLarge: (mb) => `ファイルは合計 ${mb} MB までです。`,
  },
  en: {
    topics: {
      technology: 'Technology consultation', 'rd-funding': 'R&D funding', startup: 'Start-up support',
      overseas: 'Overseas expansion', 'ip-licensing': 'IP and licensing', 'partner-search': 'Partner search',
      policy: 'Policy programmes', other: 'Other',
    },
    regions: {
      Hokkaido: 'Hokkaido', Tohoku: 'Tohoku', Kanto: 'Kanto', Chubu: 'Chubu', Kinki: 'Kinki', Chugoku: 'Chugoku',
      Shikoku: 'Shikoku', Kyushu: 'Kyushu', Okinawa: 'Okinawa', Overseas: 'Overseas',
    },
    languages: { ja: 'Japanese', en: 'English' },
    statuses: { new: 'New', routed: 'Routed', 'in-progress': 'In progress', answered: 'Answered', closed: 'Closed' },
    errorsSummary: (n) => `Please check ${n} ${n === 1 ? 'field' : 'fields'}.`,
    errorOther: 'That did not work. Please try again later.',
    filesHint: 'PDF, PNG, JPEG, text or CSV, Word, Excel or PowerPoint (docx, xlsx, pptx). Up to 5 files, '
      + '5 MB each, 10 MB in all.',
    tooManyFiles: (n) => `At most ${n} files.`,
    fileTooLarge: (name, mb) => `${name} is larger than ${mb} MB.`,
    filesTooLarge: (mb) => `The files may have ${mb} MB in all.`,
  },
};

/** @returns {object} the shared words in the portal's language */
export function common(portal) {
  return COMMON[portal.language] ?? COMMON.ja;
}

/** @returns {string} a {ja, en} text in the portal's language (the other one when it is empty) */
export function pick(portal, texts) {
  if (!texts) return '';
  return (portal.language === 'en' ? texts.en || texts.ja : texts.ja || texts.en) ?? '';
}

/** Adds the plugin's stylesheet to the page once (a file of the plugin: the CSP allows no inline style). */
export function useStyles() {
  const href = new URL('./inquiries.css', import.meta.url).href;
  if (!document.querySelector('link[data-plugin-styles="inquiries"]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.pluginStyles = 'inquiries';
    document.head.append(link);
  }
}

/**
 * @param {string} status an inquiry's status code
 * @param {string} [label] the server's label for it (else the shared list's)
 * @returns {HTMLElement} the status as a badge
 */
export function statusBadge(portal, status, label) {
  return portal.h('span', { class: `inquiry-badge inquiry-badge-${status}` },
    label || common(portal).statuses[status] || status);
}

/** @returns {string} an ISO instant as date and time in the reader's language */
export function when(portal, instant) {
  return instant ? portal.format.formatDateTime(instant) : '';
}

/**
 * A labelled form field: the label tied to its control, a hint tied by aria-describedby (kept by showErrors).
 *
 * @param {{id: string, label: string, control: HTMLElement, hint?: string, required?: boolean}} field
 * @returns {HTMLElement} the field's block
 */
export function field(portal, { id, label, control, hint, required }) {
  const { h } = portal;
  control.id = id;
  if (required) control.required = true;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) {
    control.dataset.hint = hintId;
    control.setAttribute('aria-describedby', hintId);
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, label, required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *')
      : null),
    hintId ? h('p', { class: 'field-hint meta', id: hintId }, hint) : null,
    control);
}

/**
 * Shows what the server refused: a summary announced as an alert, each field's message next to the control named
 * by the problem's path or the nearest path above it (`attachments[1]` goes to the control named `attachments`,
 * with the path's file named), marked with aria-invalid and aria-describedby; focus on the first control at fault,
 * else on the summary. A field the form has no control for is listed in the summary.
 *
 * @param {HTMLFormElement} form the form (its controls' names are the API's field paths)
 * @param {{status?: number, message?: string, errors?: Object<string, string>}} error an ApiError (or the same shape
 *   from checks in the browser)
 * @param {{files?: File[]}} [context] the files sent, to name the one an `attachments[i]` error is about
 */
export function showErrors(portal, form, error, { files = [] } = {}) {
  const { h, replace } = portal;
  const text = common(portal);
  clearErrors(form);
  const unplaced = [];
  const notes = new Map();
  for (const [path, message] of Object.entries(error.errors ?? {})) {
    const at = placeFor(form, path);
    const index = /^attachments\[(\d+)\]$/.exec(path)?.[1];
    const said = index !== undefined && files[index] ? `${files[index].name}: ${message}` : message;
    if (!at) {
      unplaced.push(said);
      continue;
    }
    if (!notes.has(at)) notes.set(at, []);
    notes.get(at).push(said);
  }
  for (const [at, messages] of notes) {
    const id = `${at.id}-error`;
    at.setAttribute('aria-invalid', 'true');
    at.setAttribute('aria-describedby', [at.dataset.hint, id].filter(Boolean).join(' '));
    at.after(h('p', { class: 'field-error', id }, messages.join(' ')));
  }
  let box = form.querySelector('.form-errors');
  if (!box) {
    box = h('div', { class: 'form-errors' });
    form.prepend(box);
  }
  const fields = Object.keys(error.errors ?? {}).length;
  const said = fields > 0 ? text.errorsSummary(fields)
    : (error.status >= 500 || !error.message ? text.errorOther : error.message);
  replace(box, h('p', { role: 'alert' }, said), unplaced.length ? h('ul', {}, unplaced.map((l) => h('li', {}, l)))
    : null);
  const first = form.querySelector('[aria-invalid="true"]') ?? box.querySelector('[role="alert"]');
  if (!first.matches('input, select, textarea')) first.setAttribute('tabindex', '-1');
  first.focus();
}

/** @returns {Element|null} the control for a path: the one named by it or by the nearest path above it */
function placeFor(form, path) {
  for (let candidate = path; candidate;) {
    const at = form.querySelector(`[name="${CSS.escape(candidate)}"]`);
    if (at) return at;
    const shorter = candidate.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    candidate = shorter === candidate ? null : shorter;
  }
  return null;
}

/** Removes what {@link showErrors} added. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    if (e.dataset.hint) e.setAttribute('aria-describedby', e.dataset.hint);
    else e.removeAttribute('aria-describedby');
  });
  form.querySelector('.form-errors')?.replaceChildren();
}

/**
 * The files of a file input as the API takes them, after the limits the server applies too (so a person learns of
 * them before sending megabytes).
 *
 * @param {HTMLInputElement} input a file input named `attachments`
 * @returns {Promise<{attachments: Array<{filename: string, contentBase64: string}>, files: File[],
 *   errors: Object<string, string>}>} the files in Base64, or the field errors of the limits broken
 */
export async function readFiles(portal, input) {
  const text = common(portal);
  const files = [...(input.files ?? [])];
  const mb = (bytes) => bytes / (1024 * 1024);
  const errors = {};
  if (files.length > FILE_LIMITS.count) errors.attachments = text.tooManyFiles(FILE_LIMITS.count);
  files.forEach((file, i) => {
    if (file.size > FILE_LIMITS.each) errors[`attachments[${i}]`] = text.fileTooLarge(file.name, mb(FILE_LIMITS.each));
  });
  if (files.reduce((sum, f) => sum + f.size, 0) > FILE_LIMITS.total) {
    errors.attachments ??= text.filesTooLarge(mb(FILE_LIMITS.total));
  }
  if (Object.keys(errors).length) return { attachments: [], files, errors };
  const attachments = await Promise.all(files.map(async (file) => ({
    filename: file.name, contentBase64: await base64(file),
  })));
  return { attachments, files, errors };
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

/**
 * HTML the server sanitised (an FAQ answer rendered from Markdown), parsed into an inert document (DOMParser runs no
 * script and loads nothing) and rebuilt element by element from a short list, so nothing else reaches the page even
 * if the server let it through: other elements give only their text, scripts and styles nothing; headings move below
 * the screen's own (h1–h3 become h4).
 *
 * @param {string} html the sanitised HTML
 * @returns {DocumentFragment} its content
 */
export function sanitisedContent(html) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html ?? ''}`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    const copy = rebuild(node);
    if (copy) fragment.append(copy);
  }
  return fragment;
}

const ALLOWED = new Set(['p', 'br', 'hr', 'pre', 'code', 'blockquote', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em',
  's', 'del', 'sub', 'sup', 'small', 'span', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const HEADINGS = { h1: 'h4', h2: 'h4', h3: 'h4', h4: 'h5', h5: 'h6', h6: 'h6' };
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'svg',
  'math']);

function rebuild(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE || DROPPED.has(node.localName)) return null;
  const tag = HEADINGS[node.localName] ?? (ALLOWED.has(node.localName) ? node.localName : null);
  const children = [...node.childNodes].map(rebuild).filter(Boolean);
  if (!tag) {
    const fragment = document.createDocumentFragment();
    fragment.append(...children);
    return fragment;
  }
  const element = document.createElement(tag);
  const href = tag === 'a' ? node.getAttribute('href') ?? '' : '';
  if (/^(https?:|mailto:)/i.test(href)) {
    element.setAttribute('href', href);
    element.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  element.append(...children);
  return element;
}
