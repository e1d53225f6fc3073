/**
 * The short form after an event (?id=<event>&view=follow-up for a logged-in registrant, ?follow-up=<token> for a
 * public one): how satisfied, how many new contacts, whether (and with whom) they want a follow-up, a comment.
 * It opens once the event has ended; an answer can be corrected for a while (`editableUntil`), then it is shown
 * read-only.
 */
import {
  API, pick, eventHref, field, showErrors, clearErrors, formatDay, readerZone,
} from './common.js';

const TEXT = {
  ja: {
    title: '事後アンケート', satisfaction: '満足度', scale: ['1（不満）', '2', '3', '4', '5（満足）'],
    newContacts: '新たにつながった人数', followUpWanted: 'フォローアップを希望する',
    followUpWith: 'フォローアップしたい相手（機関名・氏名など）', followUpWithHint: 'フォローアップを希望する場合は入力してください。',
    comment: 'ご意見・ご感想（任意）', save: '回答を送る', saved: 'ご回答ありがとうございました。',
    answered: '回答済みです。内容を直して送り直せます。', closed: '回答の受付は終了しました。',
    until: (day) => `${day} まで回答・修正できます。`, notFound: 'アンケートが見つかりません',
    notFoundDetail: 'このイベントに参加確定していたか、リンクが正しいかご確認ください。',
  },
  en: {
    title: 'Follow-up', satisfaction: 'Satisfaction', scale: ['1 (poor)', '2', '3', '4', '5 (excellent)'],
    newContacts: 'New contacts made', followUpWanted: 'I would like a follow-up',
    followUpWith: 'With whom (organization, person)', followUpWithHint: 'Needed when you would like a follow-up.',
    comment: 'Comment (optional)', save: 'Send', saved: 'Thank you for your answers.',
    answered: 'You answered already; you may correct and send again.', closed: 'Answers are closed.',
    until: (day) => `You may answer or correct until ${day}.`, notFound: 'Follow-up not found',
    notFoundDetail: 'Check that you were confirmed for this event and that the link is right.',
  },
};

/** @param {{id?: string, token?: string}} which the event (logged in) or the registrant's private token */
export async function render(main, portal, which) {
  const { h, replace, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const path = which.token ? `${API}/follow-ups/${encodeURIComponent(which.token)}`
    : `${API}/events/${encodeURIComponent(which.id)}/follow-up`;
  let answer;
  try {
    answer = await api.get(path);
  } catch (error) {
    if (error.status !== 404 && error.status !== 409) throw error;
    replace(main, h('h1', {}, error.status === 404 ? text.notFound : text.title),
      h('p', { role: 'alert' }, error.status === 404 ? text.notFoundDetail : error.message));
    return;
  }
  const editable = answer.editable !== false;
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' },
    !editable ? text.closed : (answer.answered ? text.answered : ''));
  const form = h('form', { class: 'stack event-follow-up', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    answer.editableUntil && editable ? h('p', { class: 'meta' }, text.until(formatDay(portal,
      new Date(answer.editableUntil), readerZone()))) : null,
    h('fieldset', { class: 'event-scale' },
      h('legend', {}, text.satisfaction, h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *')),
      text.scale.map((label, i) => h('div', { class: 'check' },
        h('input', {
          type: 'radio', id: `follow-up-satisfaction-${i + 1}`, name: 'satisfaction', value: String(i + 1),
          required: true, checked: answer.satisfaction === i + 1,
        }),
        h('label', { for: `follow-up-satisfaction-${i + 1}` }, label)))),
    field(portal, { id: 'follow-up-contacts', label: text.newContacts, required: true,
      control: h('input', { name: 'newContacts', type: 'number', min: 0, max: 999, inputmode: 'numeric',
        value: String(answer.newContacts ?? 0) }) }),
    h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: 'follow-up-wanted', name: 'followUpWanted',
        checked: !!answer.followUpWanted }),
      h('label', { for: 'follow-up-wanted' }, text.followUpWanted)),
    field(portal, { id: 'follow-up-with', label: text.followUpWith, hint: text.followUpWithHint,
      control: h('input', { name: 'followUpWith', type: 'text', maxlength: 500, value: answer.followUpWith ?? '' }) }),
    field(portal, { id: 'follow-up-comment', label: text.comment,
      control: h('textarea', { name: 'comment', maxlength: 2000 }, answer.comment ?? '') }),
    editable ? h('p', {}, h('button', { type: 'submit', class: 'button' }, text.save)) : null);
  if (!editable) form.querySelectorAll('input, textarea').forEach((control) => { control.disabled = true; });
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, h('a', { href: eventHref(answer.event.id) }, pick(portal, answer.event.title))),
    status,
    form);

  async function save(submitted) {
    submitted.preventDefault();
    clearErrors(form);
    const values = form.elements;
    const chosen = form.querySelector('[name="satisfaction"]:checked');
    try {
      await api.send('PUT', path, {
        satisfaction: chosen ? Number(chosen.value) : null,
        newContacts: values.newContacts.value === '' ? null : Number(values.newContacts.value),
        followUpWanted: values.followUpWanted.checked,
        followUpWith: values.followUpWith.value.trim(),
        comment: values.comment.value.trim(),
      });
      replace(status, text.saved);
      status.focus();
    } catch (error) {
      if (!error.status) throw error;
      showErrors(portal, form, error);
    }
  }
}
