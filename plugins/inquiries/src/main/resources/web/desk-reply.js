/**
 * The case's form to write to the thread: a reply (to the asker) or an internal note (staff only), with a canned
 * reply of the inquiry's topic inserted in the inquiry's language.
 */
import { field, h, api, pick, catalogue, act, select } from '/assets/kit/1/index.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'desk');

/** @returns {Promise<HTMLElement>} the form, in a section of its own */
export async function replyForm({ base, box, redraw, inquiry }) {
  let canned = [];
  try {
    canned = await api.get(`${API}/canned-replies?${new URLSearchParams({ topic: inquiry.topic })}`);
  } catch {
    canned = [];
  }
  const body = h('textarea', { name: 'text', rows: 8, maxlength: 20000, required: true });
  const kinds = [['reply', t('kindReply')], ['note', t('kindNote')]];
  const picker = select({ name: 'canned', none: t('cannedNone'),
    items: canned.map((reply) => [String(reply.id), pick({ ja: reply.titleJa, en: reply.titleEn })]) });
  const insert = () => {
    const reply = canned.find((r) => String(r.id) === picker.value);
    if (!reply) return;
    const wording = inquiry.language === 'en' ? reply.textEn : reply.textJa;
    const start = body.selectionStart ?? body.value.length;
    body.value = `${body.value.slice(0, start)}${wording}${body.value.slice(body.selectionEnd ?? start)}`;
    body.focus();
  };
  const form = h('form', { class: 'desk-form desk-write', onsubmit: (event) => {
    event.preventDefault();
    const kind = form.elements.namedItem('kind').value;
    act(() => api.send('POST', `${base}/messages`, { kind, text: body.value }),
      { box, done: kind === 'note' ? t('sentNote') : t('sentReply'), redraw, form });
  } },
  h('fieldset', { class: 'desk-kinds' },
    h('legend', {}, t('kind')),
    kinds.map(([value, label], i) => h('div', { class: 'check' },
      h('input', { type: 'radio', id: `desk-kind-${value}`, name: 'kind', value, checked: i === 0 }),
      h('label', { for: `desk-kind-${value}` }, label)))),
  canned.length === 0 ? null : h('div', { class: 'desk-inline' },
    field({ id: 'desk-canned', label: t('canned'), hint: t('cannedHint'), control: picker }),
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'insert-canned', onclick: insert },
      t('insert'))),
  field({ id: 'desk-text', label: t('text'), control: body, required: true }),
  h('button', { type: 'submit', class: 'button', 'data-action': 'send' }, t('send')));
  return h('section', { 'aria-labelledby': 'desk-write-heading' },
    h('h2', { id: 'desk-write-heading' }, t('write')), form);
}
