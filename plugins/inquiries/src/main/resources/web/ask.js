/**
 * Asking the one-stop desk (/p/inquiries/ask): one form for members (logged in: the portal knows who asks) and
 * visitors (name and address; the public form's token, the honeypot `website` — off screen, hidden from assistive
 * technology, out of the tab order — and the portal's minimum fill time). While the subject and the question are
 * typed, published FAQ entries that may already answer it are suggested (their answers open in place). After
 * sending, the reference and the private link are shown, with the note that both were mailed.
 */
import {
  pick, field, honeypot, showErrors, clearErrors, h, replace, api, language, safeContent, catalogue, readFiles, select,
} from '/assets/kit/1/index.js';
import { API, SCREENS, FILE_TYPES, FILE_LIMITS, inquiryStyles } from './common.js';

const t = await catalogue(import.meta.url, 'ask');

/** How long typing must pause before the FAQ is asked, in milliseconds. */
const PAUSE = 400;
/** The longest query the FAQ's suggestions take. */
const MAX_QUERY = 1000;

export async function render(main, portal) {
  inquiryStyles();
  const { user } = portal;
  let form;
  try {
    form = await api.get(`${API}/form`);
  } catch (error) {
    if (!error.status) throw error;
    replace(main, h('h1', {}, t('title')), h('p', { class: 'danger' }, t('unavailable')));
    return;
  }
  const choices = (id, name, label, list, chosen) => field({ id, label, required: true, control: select({
    name, items: list.map((c) => [c.code, pick(c)]), selected: chosen, none: chosen ? undefined : t('choose') }) });
  const suggestions = h('div', { class: 'inquiry-suggestions', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', class: 'button' }, t('submit'));
  const element = h('form', { class: 'stack inquiry-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'form-errors' }),
    user ? null : [
      field({ id: 'ask-name', label: t('name'), required: true,
        control: h('input', { name: 'name', type: 'text', maxlength: 200, autocomplete: 'name' }) }),
      field({ id: 'ask-email', label: t('email'), required: true,
        control: h('input', { name: 'email', type: 'email', maxlength: 320, autocomplete: 'email' }) }),
      field({ id: 'ask-organization', label: t('organization'),
        control: h('input', { name: 'organization', type: 'text', maxlength: 200, autocomplete: 'organization' }) }),
    ],
    choices('ask-topic', 'topic', t('topic'), form.topics),
    choices('ask-region', 'region', t('region'), form.regions),
    choices('ask-language', 'language', t('language'), form.languages, language() === 'en' ? 'en' : 'ja'),
    field({ id: 'ask-subject', label: t('subject'), required: true,
      control: h('input', { name: 'subject', type: 'text', maxlength: 200, autocomplete: 'off', oninput: typed }) }),
    field({ id: 'ask-text', label: t('text'), required: true, hint: t('textHint'),
      control: h('textarea', { name: 'text', rows: 8, maxlength: 10000, oninput: typed }) }),
    suggestions,
    field({ id: 'ask-attachments', label: t('attachments'), hint: t('filesHint'),
      control: h('input', { name: 'attachments', type: 'file', multiple: true, accept: FILE_TYPES }) }),
    user ? null : honeypot({ id: 'ask-website', name: 'website' }),
    h('p', {}, send));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')),
    user ? null : h('p', {}, t('visitorLead')), element);

  let pause;
  let asked = 0;
  /** Asks the FAQ once typing pauses; an answer that arrives after a newer question was asked is dropped. */
  function typed() {
    clearTimeout(pause);
    pause = setTimeout(async () => {
      const q = `${element.elements.subject.value} ${element.elements.text.value}`.trim().slice(0, MAX_QUERY);
      const ask = ++asked;
      const found = q.length < 2 ? [] : await api.get(`${API}/faq/suggestions?q=${encodeURIComponent(q)}`)
        .catch(() => []);
      if (ask === asked) showSuggestions(found);
    }, PAUSE);
  }

  function showSuggestions(found) {
    if (found.length === 0) {
      suggestions.replaceChildren();
      return;
    }
    replace(suggestions, h('h2', { id: 'ask-suggestions' }, t('suggestions')),
      h('p', { class: 'meta' }, t('suggestionsFound', { count: found.length })),
      h('ul', { 'aria-labelledby': 'ask-suggestions' }, found.map((entry) => h('li', { 'data-faq': entry.id },
        suggestion(entry)))));
  }

  function suggestion(entry) {
    const answer = h('div', { class: 'inquiry-answer' });
    let loaded = false;
    return h('details', {
      ontoggle: async (event) => {
        if (!event.target.open || loaded) return;
        loaded = true;
        replace(answer, t('loading'));
        try {
          const full = await api.get(`${API}/faq/${entry.id}`);
          replace(answer, safeContent(pick(full.answerHtml), { top: 4 }));
        } catch {
          loaded = false;
          replace(answer, h('p', { class: 'danger' }, t('answerUnavailable')));
        }
      },
    }, h('summary', {}, pick(entry.question)), answer);
  }

  async function submit(submitted) {
    submitted.preventDefault();
    clearErrors(element);
    const value = (name) => element.elements[name]?.value.trim() ?? '';
    const files = await readFiles(element.elements.attachments, FILE_LIMITS);
    if (!files) return;
    send.disabled = true;
    replace(send, t('sending'));
    try {
      const created = await api.send('POST', `${API}/inquiries`, {
        topic: value('topic'), region: value('region'), language: value('language'), subject: value('subject'),
        text: element.elements.text.value, attachments: files.attachments,
        ...(user ? {} : {
          name: value('name'), email: value('email'), organization: value('organization'),
          formToken: form.formToken, website: element.elements.website.value,
        }),
      });
      done(created, value('email'));
    } catch (error) {
      if (!error.status) throw error;
      showErrors(element, error, { describe: files.describe });
      if (error.errors?.formToken) form = await api.get(`${API}/form`).catch(() => form);
    } finally {
      send.disabled = false;
      replace(send, t('submit'));
    }
  }

  /** The reference and the private link, shown prominently; the link opens the track screen in the portal. */
  function done(created, email) {
    const link = new URL(created.trackUrl, location.origin);
    const heading = h('h1', { tabindex: '-1' }, t('createdTitle'));
    replace(main, heading,
      h('section', { class: 'inquiry-created', 'aria-labelledby': 'ask-reference' },
        h('p', { id: 'ask-reference' }, `${t('reference')}: `,
          h('span', { class: 'inquiry-reference' }, created.reference)),
        h('p', {}, t('linkLead')),
        h('p', {}, h('a', { class: 'inquiry-link', href: `${link.pathname}${link.hash}` }, created.trackUrl)),
        h('p', { role: 'status' }, user ? t('mailedMember') : t('mailed', { email }))),
      h('p', { class: 'inquiry-actions' },
        h('a', { class: 'button', href: `${link.pathname}${link.hash}` }, t('open')), ' ',
        user ? h('a', { class: 'button secondary', href: `${SCREENS}/mine` }, t('mine')) : null, ' ',
        h('a', { class: 'button secondary', href: `${SCREENS}/ask` }, t('another'))));
    heading.focus();
  }
}
