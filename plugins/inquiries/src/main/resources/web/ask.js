/**
 * Asking the one-stop desk (/p/inquiries/ask): one form for members (logged in: the portal knows who asks) and
 * visitors (name and address; the public form's token, the honeypot `website` — off screen, hidden from assistive
 * technology, out of the tab order — and the portal's minimum fill time). While the subject and the question are
 * typed, published FAQ entries that may already answer it are suggested (their answers open in place). After
 * sending, the reference and the private link are shown, with the note that both were mailed.
 */
import {
  API, SCREENS, FILE_TYPES, common, pick, useStyles, field, showErrors, clearErrors, readFiles, sanitisedContent,
} from './common.js';

const TEXT = {
  ja: {
    title: 'ワンストップ窓口への問い合わせ',
    lead: '技術、研究開発資金、創業、海外展開などのご相談を一つの窓口で受け付け、事務局が適切な幹事機関・会員機関に'
      + 'おつなぎします。',
    visitorLead: 'アカウントがなくても問い合わせできます。受付番号と、回答を確認するための専用リンクをメールでお送りします。',
    name: '氏名', email: 'メールアドレス', organization: '所属（任意）', topic: '分野', region: '地域',
    choose: '選択してください', language: '回答を希望する言語', subject: '件名', text: '問い合わせ内容',
    textHint: 'できるだけ具体的にお書きください（10,000 文字まで）。', attachments: '添付ファイル（任意）',
    honeypot: 'この欄は空のままにしてください', submit: '送信する', sending: '送信しています…',
    suggestions: 'よくある質問に回答があるかもしれません', suggestionsFound: (n) => `よくある質問が ${n} 件見つかりました。`,
    loading: '読み込んでいます…', answerUnavailable: '回答を表示できませんでした。',
    unavailable: '問い合わせフォームを表示できませんでした。時間をおいてお試しください。',
    createdTitle: '問い合わせを受け付けました', reference: '受付番号',
    linkLead: '次のリンクから、回答の確認と返信ができます。このリンクを知っている人は誰でも問い合わせを読めるため、'
      + '他の人に教えないでください。',
    mailed: (email) => `受付番号とリンクを ${email} にお送りしました。`, mailedMember: '受付番号とリンクをメールでもお送りしました。',
    open: '問い合わせ状況を開く', mine: '自分の問い合わせの一覧', another: '別の問い合わせをする',
  },
  en: {
    title: 'Ask the one-stop desk',
    lead: 'Ask once about technology, R&D funding, start-ups, overseas expansion and more: the secretariat passes '
      + 'your question to the steering agency or member organization that can help.',
    visitorLead: 'No account needed. We e-mail you the reference and a private link to follow the answer.',
    name: 'Name', email: 'E-mail address', organization: 'Organization (optional)', topic: 'Topic',
    region: 'Region', choose: 'Please choose', language: 'Language of the answer', subject: 'Subject',
    text: 'Your question', textHint: 'Please be as specific as you can (up to 10,000 characters).',
    attachments: 'Attachments (optional)', honeypot: 'Leave this field empty', submit: 'Send', sending: 'Sending…',
    suggestions: 'The FAQ may already answer this', suggestionsFound: (n) => `${n} FAQ ${n === 1 ? 'entry' : 'entries'}`
      + ' found.',
    loading: 'Loading…', answerUnavailable: 'The answer could not be shown.',
    unavailable: 'The inquiry form could not be shown. Please try again later.',
    createdTitle: 'Your inquiry has been received', reference: 'Reference',
    linkLead: 'Follow the answer and reply through this link. Anyone who has it can read your inquiry, so keep it '
      + 'to yourself.',
    mailed: (email) => `We have sent the reference and the link to ${email}.`,
    mailedMember: 'We have also e-mailed you the reference and the link.',
    open: 'Open my inquiry', mine: 'All my inquiries', another: 'Ask another question',
  },
};

/** How long typing must pause before the FAQ is asked, in milliseconds. */
const PAUSE = 400;
/** The longest query the FAQ's suggestions take. */
const MAX_QUERY = 1000;

export async function render(main, portal) {
  useStyles();
  const { h, replace, api, user } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  let form;
  try {
    form = await api.get(`${API}/form`);
  } catch (error) {
    if (!error.status) throw error;
    replace(main, h('h1', {}, text.title), h('p', { class: 'danger' }, text.unavailable));
    return;
  }
  const choices = (id, name, label, list, chosen) => field(portal, {
    id, label, required: true,
    control: h('select', { name },
      chosen ? null : h('option', { value: '' }, text.choose),
      list.map((c) => h('option', { value: c.code, selected: c.code === chosen }, pick(portal, c)))),
  });
  const suggestions = h('div', { class: 'inquiry-suggestions', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', class: 'button' }, text.submit);
  const element = h('form', { class: 'stack inquiry-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'form-errors' }),
    user ? null : [
      field(portal, { id: 'ask-name', label: text.name, required: true,
        control: h('input', { name: 'name', type: 'text', maxlength: 200, autocomplete: 'name' }) }),
      field(portal, { id: 'ask-email', label: text.email, required: true,
        control: h('input', { name: 'email', type: 'email', maxlength: 320, autocomplete: 'email' }) }),
      field(portal, { id: 'ask-organization', label: text.organization,
        control: h('input', { name: 'organization', type: 'text', maxlength: 200, autocomplete: 'organization' }) }),
    ],
    choices('ask-topic', 'topic', text.topic, form.topics),
    choices('ask-region', 'region', text.region, form.regions),
    choices('ask-language', 'language', text.language, form.languages, portal.language === 'en' ? 'en' : 'ja'),
    field(portal, { id: 'ask-subject', label: text.subject, required: true,
      control: h('input', { name: 'subject', type: 'text', maxlength: 200, autocomplete: 'off', oninput: typed }) }),
    field(portal, { id: 'ask-text', label: text.text, required: true, hint: text.textHint,
      control: h('textarea', { name: 'text', rows: 8, maxlength: 10000, oninput: typed }) }),
    suggestions,
    field(portal, { id: 'ask-attachments', label: text.attachments, hint: common(portal).filesHint,
      control: h('input', { name: 'attachments', type: 'file', multiple: true, accept: FILE_TYPES }) }),
    user ? null : h('div', { class: 'inquiry-honeypot', 'aria-hidden': 'true' },
      h('label', { for: 'ask-website' }, text.honeypot),
      h('input', { id: 'ask-website', name: 'website', type: 'text', tabindex: '-1', autocomplete: 'off' })),
    h('p', {}, send));
  replace(main, h('h1', {}, text.title), h('p', { class: 'lead' }, text.lead),
    user ? null : h('p', {}, text.visitorLead), element);

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
    replace(suggestions, h('h2', { id: 'ask-suggestions' }, text.suggestions),
      h('p', { class: 'meta' }, text.suggestionsFound(found.length)),
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
        replace(answer, text.loading);
        try {
          const full = await api.get(`${API}/faq/${entry.id}`);
          replace(answer, sanitisedContent(pick(portal, full.answerHtml)));
        } catch {
          loaded = false;
          replace(answer, h('p', { class: 'danger' }, text.answerUnavailable));
        }
      },
    }, h('summary', {}, pick(portal, entry.question)), answer);
  }

  async function submit(submitted) {
    submitted.preventDefault();
    clearErrors(element);
    const value = (name) => element.elements[name]?.value.trim() ?? '';
    const files = await readFiles(portal, element.elements.attachments);
    if (Object.keys(files.errors).length) {
      showErrors(portal, element, { errors: files.errors }, files);
      return;
    }
    send.disabled = true;
    replace(send, text.sending);
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
      showErrors(portal, element, error, files);
      if (error.errors?.formToken) form = await api.get(`${API}/form`).catch(() => form);
    } finally {
      send.disabled = false;
      replace(send, text.submit);
    }
  }

  /** The reference and the private link, shown prominently; the link opens the track screen in the portal. */
  function done(created, email) {
    const link = new URL(created.trackUrl, location.origin);
    const heading = h('h1', { tabindex: '-1' }, text.createdTitle);
    replace(main, heading,
      h('section', { class: 'inquiry-created', 'aria-labelledby': 'ask-reference' },
        h('p', { id: 'ask-reference' }, `${text.reference}: `,
          h('span', { class: 'inquiry-reference' }, created.reference)),
        h('p', {}, text.linkLead),
        h('p', {}, h('a', { class: 'inquiry-link', href: `${link.pathname}${link.hash}` }, created.trackUrl)),
        h('p', { role: 'status' }, user ? text.mailedMember : text.mailed(email))),
      h('p', { class: 'inquiry-actions' },
        h('a', { class: 'button', href: `${link.pathname}${link.hash}` }, text.open), ' ',
        user ? h('a', { class: 'button secondary', href: `${SCREENS}/mine` }, text.mine) : null, ' ',
        h('a', { class: 'button secondary', href: `${SCREENS}/ask` }, text.another)));
    heading.focus();
  }
}
