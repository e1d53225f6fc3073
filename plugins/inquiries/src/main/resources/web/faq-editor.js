/**
 * The secretariat's FAQ editor (`/p/inquiries/faq-editor`): every entry, drafts included, to publish or unpublish;
 * `?new` writes one, `?edit=12` edits one (both languages, Markdown answers, a preview of the answers as the server
 * sanitised them once saved), `?from=Q26-…` starts from a resolved inquiry's anonymised draft in its language and
 * saves it with the inquiry's reference.
 */

import {
  clearErrors, field, pick, showErrors, h, replace, api, safeContent, catalogue, language,
} from '/assets/kit/1/index.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'faq');

const SCREEN = '/p/inquiries/faq-editor';

export async function render(main, portal) {
  const { query } = portal;
  if (query.has('new') || query.has('edit') || query.has('from')) return editor(main, portal);
  return list(main);
}

async function list(main) {
  const entries = await api.get(`${API}/faq?limit=100`);
  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, t('lead')),
    h('p', { class: 'actions' }, h('a', { class: 'button', href: `${SCREEN}?new` }, t('create'))),
    entries.length === 0 ? h('p', {}, t('none'))
      : h('ul', { class: 'faq-entries', 'aria-label': t('title') }, entries.map((entry) => item(entry))));

  function item(entry) {
    const question = pick(entry.question) || t('untitled');
    const published = entry.status.code === 'published';
    const toggle = h('button', { type: 'button', onclick: () => change(entry, toggle) },
      published ? t('unpublish') : t('publish'));
    return h('li', { class: 'card', 'data-entry': entry.id },
      h('h2', {}, h('a', { href: `${SCREEN}?edit=${entry.id}` }, question)),
      h('p', { class: 'meta' }, `${pick(entry.topic)} · ${pick(entry.status)}`,
        entry.sourceReference ? ` · ${t('source')}: ${entry.sourceReference}` : ''),
      h('p', { class: 'actions' }, h('a', { href: `${SCREEN}?edit=${entry.id}` }, t('edit')), ' ', toggle));
  }

  async function change(entry, button) {
    const action = entry.status.code === 'published' ? 'unpublish' : 'publish';
    try {
      await api.send('POST', `${API}/faq/${entry.id}/${action}`);
      await list(main);
    } catch (error) {
      const id = `faq-${entry.id}-error`;
      document.getElementById(id)?.remove();
      const messages = Object.values(error.errors ?? {});
      button.after(h('p', { class: 'field-error', id, role: 'alert' },
        messages.length ? `${error.message} ${messages.join(' ')}` : error.message));
    }
  }
}

async function editor(main, portal) {
  const { query } = portal;
  const id = query.get('edit');
  const from = query.get('from');
  let entry = null;
  let draft = null;
  const { topics } = await api.get(`${API}/form`);
  if (id) entry = await api.get(`${API}/faq/${encodeURIComponent(id)}`);
  else if (from) draft = await api.get(`${API}/inquiries/${encodeURIComponent(from)}/faq-draft`);
  const start = entry ?? draft ?? { topic: 'other', question: {}, answer: {} };
  const topic = typeof start.topic === 'string' ? start.topic : start.topic.code;

  const textField = (name, label, value, rows) => field({
    id: `faq-${name.replace('.', '-')}`, label, control: h('textarea', { name, rows }, value ?? ''),
  });
  const status = h('div', { 'aria-live': 'polite' });
  const preview = h('div', { class: 'faq-preview' });
  const form = h('form', { class: 'faq-form', novalidate: true, onsubmit: save },
    field({ id: 'faq-topic', label: t('topic'), control: h('select', { name: 'topic' }, topics.map((choice) =>
      h('option', { value: choice.code, selected: choice.code === topic }, pick(choice)))) }),
    textField('question.ja', t('questionJa'), start.question.ja, 3),
    textField('question.en', t('questionEn'), start.question.en, 3),
    textField('answer.ja', t('answerJa'), start.answer.ja, 8),
    textField('answer.en', t('answerEn'), start.answer.en, 8),
    start.sourceReference ? h('p', { class: 'meta' }, `${t('source')}: ${start.sourceReference}`) : null,
    h('button', { type: 'submit', class: 'button' }, t('save')));
  replace(main,
    h('p', {}, h('a', { href: SCREEN }, t('back'))),
    h('h1', {}, entry ? t('editTitle') : from ? t('fromTitle', { ref: from }) : t('newTitle')),
    draft ? h('p', { class: 'lead' }, t('fromLead')) : null,
    status, form, preview);
  if (entry) showPreview(entry);

  async function save(event) {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements[name].value.trim() || null;
    const body = {
      topic: form.elements.topic.value,
      question: { ja: value('question.ja'), en: value('question.en') },
      answer: { ja: value('answer.ja'), en: value('answer.en') },
    };
    try {
      if (entry) {
        entry = await api.send('PUT', `${API}/faq/${entry.id}`, { ...body, version: entry.version });
      } else {
        entry = await api.send('POST', `${API}/faq`, { ...body, sourceReference: start.sourceReference ?? null });
        history.replaceState(null, '', `${SCREEN}?edit=${entry.id}`);
      }
      replace(status, h('p', { class: 'faq-saved' }, t('saved')));
      showPreview(entry);
    } catch (error) {
      showErrors(form, error);
    }
  }

  function showPreview(saved) {
    replace(preview, h('section', { 'aria-labelledby': 'faq-preview' }, h('h2', { id: 'faq-preview' }, t('preview')),
      [['ja', t('previewJa')], ['en', t('previewEn')]].map(([lang, name]) => h('article', { lang },
        h('h3', {}, saved.question[lang] ?? t('nothing')),
        h('p', { class: 'meta', lang: language() }, name),
        h('div', { class: 'faq-answer' }, safeContent(saved.answerHtml[lang], { top: 4 }))))));
  }
}
