import { requireRole } from '../../core/session.js';
import { h, replace } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { reference as referenceLists } from '../../core/reference.js';
import { formatDateTime } from '../../core/format.js';
import { clearErrors, showErrors } from '../../core/forms.js';
import {
  statusBadge, labelOf, announce, fact, profileFacts, transitions,
} from './membership-shared.js';

/**
 * One membership application for the secretariat: the organization as it applied, the applicant, the questions
 * and answers, the steps so far, and the review steps its status allows. The API's review runs
 * applied → under review (→ information requested → under review …) → approved (an active member) or rejected; so
 * approval is offered once the review has started, and rejection (with a reason, mailed to the applicant) at every
 * undecided step.
 */
export async function render(main, { params }) {
  await requireRole('secretariat');
  await show(main, params.reference, null);
}

async function show(main, reference, notice) {
  const [lists, application] = await Promise.all([referenceLists(),
    get(`/api/applications/${encodeURIComponent(reference)}`)]);
  const profile = application.organization.profile;
  const name = language() === 'ja' ? profile.nameJa : profile.nameEn || profile.nameJa;
  const redo = (message) => show(main, reference, message);
  replace(main,
    h('h1', {}, t('adminMembership.application.title', { name })),
    h('p', { class: 'meta' }, h('a', { href: '/admin/applications' }, t('adminMembership.application.back'))),
    h('dl', { class: 'membership-facts' },
      fact(t('adminMembership.application.reference'), application.reference),
      fact(t('adminMembership.status'), statusBadge(lists.statuses, application.status)),
      fact(t('adminMembership.applications.submitted'), formatDateTime(application.submittedAt)),
      fact(t('adminMembership.application.class'), labelOf(lists.membershipClasses, application.membershipClass))),
    review(application, redo),
    h('section', { 'aria-labelledby': 'organization-heading' },
      h('h2', { id: 'organization-heading' }, t('adminMembership.application.organization')),
      profileFacts(application.organization, lists),
      application.status === 'active'
        ? h('p', {}, h('a', { href: `/admin/organizations/${encodeURIComponent(application.organization.id)}` },
          t('adminMembership.application.record'))) : null),
    h('section', { 'aria-labelledby': 'applicant-heading' },
      h('h2', { id: 'applicant-heading' }, t('adminMembership.application.applicant')),
      h('dl', { class: 'membership-facts' },
        fact(t('adminMembership.field.personName'), application.applicant.name),
        fact(t('adminMembership.field.email'), h('a', { href: `mailto:${application.applicant.email}` },
          application.applicant.email)),
        application.applicant.phone ? fact(t('adminMembership.field.phone'), application.applicant.phone) : null,
        fact(t('adminMembership.application.language'), t(`language.${application.applicant.language}`)),
        application.message ? fact(t('adminMembership.application.message'),
          h('span', { class: 'membership-text' }, application.message)) : null)),
    h('section', { 'aria-labelledby': 'messages-heading' },
      h('h2', { id: 'messages-heading' }, t('adminMembership.application.messages')),
      application.messages.length === 0
        ? h('p', {}, t('adminMembership.application.noMessages'))
        : h('ol', { class: 'membership-messages' }, application.messages.map((m) => h('li', {
          class: `card membership-message-${m.author}`,
        },
        h('p', { class: 'meta' }, t(`adminMembership.application.author.${m.author}`, { name: m.authorName }),
          ' · ', formatDateTime(m.sentAt)),
        h('p', { class: 'membership-text' }, m.text))))),
    h('section', { 'aria-labelledby': 'steps-heading' },
      h('h2', { id: 'steps-heading' }, t('adminMembership.history.transitions')),
      transitions(application.history, lists.statuses)));
  announce(main, notice);
}

/** The review steps the application's status allows, each a form of its own. */
function review(application, redo) {
  const path = `/api/applications/${encodeURIComponent(application.reference)}`;
  const forms = [];
  const status = application.status;
  if (status === 'applied' || status === 'information-requested') {
    forms.push(step('start-review', t(status === 'applied' ? 'adminMembership.application.startReview'
      : 'adminMembership.application.resumeReview'), status === 'information-requested'
      ? t('adminMembership.application.resumeReview.hint') : t('adminMembership.application.startReview.hint'),
    null, async () => {
      await send('POST', `${path}/review`);
      return t('adminMembership.application.reviewStarted');
    }));
  }
  if (status === 'under-review') {
    forms.push(step('approve', t('adminMembership.application.approve'), t('adminMembership.application.approve.hint'),
      null, async () => {
        const approved = await send('POST', `${path}/approval`);
        return t('adminMembership.application.approved', { status: approved.statusLabel[language()] });
      }));
    forms.push(step('ask', t('adminMembership.application.ask'), t('adminMembership.application.ask.hint'),
      t('adminMembership.application.question'), async (text) => {
        await send('POST', `${path}/information-requests`, { text });
        return t('adminMembership.application.asked');
      }));
  }
  if (['applied', 'under-review', 'information-requested'].includes(status)) {
    forms.push(step('reject', t('adminMembership.application.reject'), t('adminMembership.application.reject.hint'),
      t('adminMembership.application.reason'), async (text) => {
        await send('POST', `${path}/rejection`, { text });
        return t('adminMembership.application.rejected');
      }, true));
  }
  return h('section', { 'aria-labelledby': 'review-heading', class: 'membership-review' },
    h('h2', { id: 'review-heading' }, t('adminMembership.application.review')),
    status === 'information-requested' ? h('p', {}, t('adminMembership.application.waiting')) : null,
    forms.length === 0 ? h('p', {}, t('adminMembership.application.decided')) : h('div', { class: 'membership-actions' },
      forms.map((form) => form(redo))));
}

/**
 * One review step: a button, with a text field when the step needs words (a question, a reason).
 *
 * @returns {(redo: (message: string) => Promise<void>) => HTMLElement}
 */
function step(key, label, hint, textLabel, action, danger = false) {
  return (redo) => {
    const id = `${key}-text`;
    const form = h('form', {
      class: `stack card membership-step membership-step-${key}`, 'data-step': key, novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearErrors(form);
        const text = textLabel ? form.elements.namedItem('text').value.trim() : null;
        if (textLabel && !text) {
          showErrors(form, { status: 400, errors: { text: t('adminMembership.required') } });
          return;
        }
        const button = form.querySelector('button');
        button.disabled = true;
        try {
          await redo(await action(text));
        } catch (error) {
          button.disabled = false;
          showErrors(form, error);
        }
      },
    },
    h('h3', {}, label),
    h('p', { class: 'meta', id: `${key}-hint` }, hint),
    textLabel ? h('label', { for: id }, textLabel) : null,
    textLabel ? h('textarea', {
      id, name: 'text', rows: 4, maxlength: 4000, required: true, 'aria-describedby': `${key}-hint`,
    }) : null,
    h('p', {}, h('button', {
      type: 'submit', class: danger ? 'button membership-danger-button' : 'button', 'aria-describedby': `${key}-hint`,
    }, label)));
    return form;
  };
}
