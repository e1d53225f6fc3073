/**
 * The secretariat's FAQ editor (`/p/inquiries/faq-editor`): every entry, drafts included, to publish or unpublish;
 * `?new` writes one, `?edit=12` edits one (both languages, Markdown answers, a preview of the answers as the server
 * sanitised them once saved), `?from=Q26-…` starts from a resolved inquiry's anonymised draft in its language and
 * saves it with the inquiry's reference.
 */

import { API, clearErrors, pick, sanitisedContent, showErrors } from './common.js';

const SCREEN = '/p/inquiries/faq-editor';

const WORDS = {
  ja: {
    title: 'FAQ の編集', lead: 'よくある質問を日本語と英語で書き、両方そろったものを公開します。',
    create: '新しい FAQ', none: 'FAQ はまだありません。', edit: '編集', publish: '公開する', unpublish: '非公開にする',
    back: 'FAQ の一覧へ', newTitle: '新しい FAQ', editTitle: 'FAQ の編集', fromTitle: (ref) => `お問い合わせ ${ref} からの FAQ`,
    fromLead: '個人名・連絡先を伏せた下書きです。内容を確認し、もう一方の言語も書いてください。',
    topic: '分野', questionJa: '質問（日本語）', questionEn: '質問（英語）', answerJa: '回答（日本語・Markdown）',
    answerEn: '回答（英語・Markdown）', save: '下書きとして保存', saved: '保存しました。', source: '元のお問い合わせ',
    preview: 'プレビュー（公開時の表示）', previewJa: '日本語', previewEn: '英語', nothing: '（未入力）',
    statuses: { draft: '下書き', published: '公開中' },
    untitled: '（質問なし）',
  },
  en: {
    title: 'FAQ editor', lead: 'Write frequently asked questions in Japanese and English; publish those complete in both.',
    create: 'New FAQ entry', none: 'No FAQ entries yet.', edit: 'Edit', publish: 'Publish', unpublish: 'Unpublish',
    back: 'Back to the FAQ list', newTitle: 'New FAQ entry', editTitle: 'Edit FAQ entry',
    fromTitle: (ref) => `FAQ entry from inquiry ${ref}`,
    fromLead: 'A draft with names and contact details removed. Check it and write the other language too.',
    topic: 'Topic', questionJa: 'Question (Japanese)', questionEn: 'Question (English)',
    answerJa: 'Answer (Japanese, Markdown)', answerEn: 'Answer (English, Markdown)', save: 'Save as draft',
    saved: 'Saved.', source: 'Source inquiry', preview: 'Preview (as published)', previewJa: 'Japanese',
    previewEn: 'English', nothing: '(empty)', statuses: { draft: 'Draft', published: 'Published' },
    untitled: '(no question)',
  },
};

export async function render(main, portal) {
  const { query } = portal;
  if (query.has('new') || query.has('edit') || query.has('from')) return editor(main, portal);
  return list(main, portal);
}

function words(portal) {
  return WORDS[portal.language] ?? WORDS.ja;
}

async function list(main, portal) {
  const { h, replace, api } = portal;
  const text = words(portal);
  const entries = await api.get(`${API}/faq?limit=100`);
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead),
    h('p', { class: 'actions' }, h('a', { class: 'button', href: `${SCREEN}?new` }, text.create)),
    entries.length === 0 ? h('p', {}, text.none)
      : h('ul', { class: 'faq-entries', 'aria-label': text.title }, entries.map((entry) => item(entry))));

  function item(entry) {
    const question = (portal.language === 'en' ? entry.question.en : entry.question.ja)
      ?? entry.question.ja ?? entry.question.en ?? text.untitled;
    const published = entry.status.code === 'published';
    const toggle = h('button', { type: 'button', onclick: () => change(entry, toggle) },
      published ? text.unpublish : text.publish);
    return h('li', { class: 'card', 'data-entry': entry.id },
      h('h2', {}, h('a', { href: `${SCREEN}?edit=${entry.id}` }, question)),
      h('p', { class: 'meta' }, `${pick(portal, entry.topic)} · ${pick(portal, entry.status)}`,
        entry.sourceReference ? ` · ${text.source}: ${entry.sourceReference}` : ''),
      h('p', { class: 'actions' }, h('a', { href: `${SCREEN}?edit=${entry.id}` }, text.edit), ' ', toggle));
  }

  async function change(entry, button) {
    const action = entry.status.code === 'published' ? 'unpublish' : 'publish';
    try {
      await api.send('POST', `${API}/faq/${entry.id}/${action}`);
      await list(main, portal);
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
  const { h, replace, api, query } = portal;
  const text = words(portal);
  const id = query.get('edit');
  const from = query.get('from');
  let entry = null;
  let draft = null;
  const { topics } = await api.get(`${API}/form`);
  if (id) entry = await api.get(`${API}/faq/${encodeURIComponent(id)}`);
  else if (from) draft = await api.get(`${API}/inquiries/${encodeURIComponent(from)}/faq-draft`);
  const start = entry ?? draft ?? { topic: 'other', question: {}, answer: {} };
  const topic = typeof start.topic === 'string' ? start.topic : start.topic.code;

  const textField = (name, fieldLabel, value, rows) => {
    const controlId = `faq-${name.replace('.', '-')}`;
    const control = h('textarea', { id: controlId, name, rows }, value ?? '');
    return h('div', { class: 'field' }, h('label', { for: controlId }, fieldLabel), control);
  };
  const status = h('div', { 'aria-live': 'polite' });
  const preview = h('div', { class: 'faq-preview' });
  const form = h('form', { class: 'faq-form', novalidate: true, onsubmit: save },
    h('div', { class: 'field' }, h('label', { for: 'faq-topic' }, text.topic),
      h('select', { id: 'faq-topic', name: 'topic' }, topics.map((choice) =>
        h('option', { value: choice.code, selected: choice.code === topic }, pick(portal, choice))))),
    textField('question.ja', text.questionJa, start.question.ja, 3),
    textField('question.en', text.questionEn, start.question.en, 3),
    textField('answer.ja', text.answerJa, start.answer.ja, 8),
    textField('answer.en', text.answerEn, start.answer.en, 8),
    start.sourceReference ? h('p', { class: 'meta' }, `${text.source}: ${start.sourceReference}`) : null,
    h('button', { type: 'submit', class: 'button' }, text.save));
  replace(main,
    h('p', {}, h('a', { href: SCREEN }, text.back)),
    h('h1', {}, entry ? text.editTitle : from ? text.fromTitle(from) : text.newTitle),
    draft ? h('p', { class: 'lead' }, text.fromLead) : null,
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
      replace(status, h('p', { class: 'faq-saved' }, text.saved));
      showPreview(entry);
    } catch (error) {
      showErrors(portal, form, error);
    }
  }

  function showPreview(saved) {
    replace(preview, h('section', { 'aria-labelledby': 'faq-preview' }, h('h2', { id: 'faq-preview' }, text.preview),
      [['ja', text.previewJa], ['en', text.previewEn]].map(([language, name]) => h('article', { lang: language },
        h('h3', {}, saved.question[language] ?? text.nothing),
        h('p', { class: 'meta', lang: portal.language }, name),
        h('div', { class: 'faq-answer' }, sanitisedContent(saved.answerHtml[language]))))));
  }
}
