/**
 * The case's form to write to the thread: a reply (to the asker) or an internal note (staff only), with a canned
 * reply of the inquiry's topic inserted in the inquiry's language.
 */
import { act, API, field } from './desk-parts.js';

/** @returns {Promise<HTMLElement>} the form, in a section of its own */
export async function replyForm({ portal, text, base, box, redraw, inquiry }) {
  const { h, api } = portal;
  let canned = [];
  try {
    canned = await api.get(`${API}/canned-replies?${new URLSearchParams({ topic: inquiry.topic })}`);
  } catch {
    canned = [];
  }
  const body = h('textarea', { name: 'text', rows: 8, maxlength: 20000, required: true });
  const kinds = [['reply', text.kindReply], ['note', text.kindNote]];
  const picker = h('select', { name: 'canned' }, h('option', { value: '' }, text.cannedNone),
    canned.map((reply) => h('option', { value: String(reply.id) },
      (portal.language === 'en' ? reply.titleEn || reply.titleJa : reply.titleJa || reply.titleEn))));
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
    act(portal, () => api.send('POST', `${base}/messages`, { kind, text: body.value }),
      { box, done: kind === 'note' ? text.sentNote : text.sentReply, redraw, form });
  } },
  h('fieldset', { class: 'desk-kinds' },
    h('legend', {}, text.kind),
    kinds.map(([value, label], i) => h('div', { class: 'check' },
      h('input', { type: 'radio', id: `desk-kind-${value}`, name: 'kind', value, checked: i === 0 }),
      h('label', { for: `desk-kind-${value}` }, label)))),
  canned.length === 0 ? null : h('div', { class: 'desk-inline' },
    field(portal, { id: 'desk-canned', label: text.canned, hint: text.cannedHint, control: picker }),
    h('button', { type: 'button', class: 'button secondary', 'data-action': 'insert-canned', onclick: insert },
      text.insert)),
  field(portal, { id: 'desk-text', label: text.text, control: body, required: true }),
  h('button', { type: 'submit', class: 'button', 'data-action': 'send' }, text.send));
  return h('section', { 'aria-labelledby': 'desk-write-heading' },
    h('h2', { id: 'desk-write-heading' }, text.write), form);
}
