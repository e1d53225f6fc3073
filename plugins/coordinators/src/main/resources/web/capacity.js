/**
 * Capacity building (`/p/coordinators/capacity`): a coordinator's trainings attended (from the portal's activity log),
 * certificates and mentoring pairs; one coordinator's (`?user=<id>`) for the secretariat, who checks certificates, and
 * the steering agencies; the network's mentoring pairs, and for the secretariat the form that pairs two coordinators.
 */
import {
  h, replace, api, catalogue, field, select, bilingual, showErrors, clearErrors, listOf, tableOf, badge,
  formatDate, act, confirmDialog,
} from '/assets/kit/1/index.js';
import { API, closedLists } from './common.js';

const t = await catalogue(import.meta.url, 'capacity');

/** The screen; `box` holds the outcome of the last action and stays while the screen is drawn again. */
export async function render(main, portal, box = h('div')) {
  const roles = portal.user?.roles || [];
  const secretariat = roles.includes('secretariat');
  const overseer = secretariat || roles.includes('steering-agency');
  const user = portal.query.get('user');
  const redraw = () => render(main, portal, box);
  if (user && overseer) {
    const capacity = await api.get(`${API}/capacity/${encodeURIComponent(user)}`);
    replace(main, h('h1', {}, t('title')), box, ...sections(capacity, { secretariat, box, redraw }));
    return;
  }
  const mine = roles.includes('coordinator') ? await api.get(`${API}/capacity/me`) : null;
  const pairs = overseer ? await api.get(`${API}/mentoring`) : [];
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), box,
    ...(mine ? sections(mine, { own: true, box, redraw }) : []),
    ...(mine ? [await certificateForm(box, redraw)] : []),
    ...(overseer ? [h('section', {}, h('h2', {}, t('network')), pairTable(pairs, { secretariat, box, redraw }))]
      : []),
    ...(secretariat ? [await pairForm(box, redraw)] : []));
}

/** The trainings, certificates and pairs of one coordinator. */
function sections(capacity, { own = false, secretariat = false, box, redraw }) {
  return [
    h('section', {}, h('h2', {}, t('trainings')), h('p', { class: 'meta' }, t('trainingsLead')),
      listOf(capacity.trainings, (x) => h('li', {}, x.link ? h('a', { href: x.link }, x.title) : x.title, ' — ',
        formatDate(x.on)), { empty: t('noTrainings') })),
    h('section', {}, h('h2', {}, t('certificates')),
      tableOf(capacity.certificates, {
        caption: t('certificates'), empty: t('noCertificates'),
        attributes: { class: 'certificates' },
        row: (c) => ({ 'data-certificate': c.id }),
        columns: [
          { header: t('certificate'), value: (c) => c.title },
          { header: t('kind'), value: (c) => c.kind.label },
          { header: t('issuer'), value: (c) => c.issuer },
          { header: t('issuedOn'), value: (c) => formatDate(c.issuedOn) },
          { header: t('checked'), value: (c) => (c.verified ? badge('state', 'verified', t('verified'))
            : badge('state', 'unverified', t('unverified'))) },
          { header: t('actions'), value: (c) => h('span', {},
            secretariat && !c.verified ? h('button', { type: 'button', class: 'button secondary',
              'data-action': 'verify',
              onclick: () => act(() => api.send('POST', `${API}/certificates/${c.id}/verify`),
                { box, redraw, done: t('verifiedDone') }) }, t('verify')) : null,
            own || secretariat ? h('button', { type: 'button', class: 'button secondary', 'data-action': 'remove',
              onclick: async () => (await confirmDialog(t('removeConfirm', { title: c.title }),
                { confirm: t('remove'), cancel: t('cancel') }))
                && act(() => api.send('DELETE', `${API}/certificates/${c.id}`),
                  { box, redraw, done: t('removed') }) }, t('remove')) : null) },
        ],
      })),
    h('section', {}, h('h2', {}, t('mentoring')), pairTable(capacity.mentoring, { secretariat, own, box, redraw }))];
}

function pairTable(pairs, { secretariat = false, own = false, box, redraw }) {
  return tableOf(pairs, {
    caption: t('mentoring'), empty: t('noPairs'),
    attributes: { class: 'mentoring' },
    row: (p) => ({ 'data-pair': p.id }),
    columns: [
      { header: t('mentor'), value: (p) => p.mentor.name },
      { header: t('mentee'), value: (p) => p.mentee.name },
      { header: t('focus'), value: (p) => p.focus },
      { header: t('since'), value: (p) => formatDate(p.startedOn) },
      { header: t('until'), value: (p) => (p.endedOn ? formatDate(p.endedOn) : t('running')) },
      { header: t('actions'), value: (p) => (!p.endedOn && (secretariat || own) ? h('button', { type: 'button',
        class: 'button secondary', 'data-action': 'end',
        onclick: async () => (await confirmDialog(t('endConfirm'), { confirm: t('end'), cancel: t('cancel') }))
          && act(() => api.send('POST', `${API}/mentoring/${p.id}/end`), { box, redraw, done: t('ended') }) },
      t('end')) : '') },
    ],
  });
}

async function certificateForm(box, redraw) {
  const kinds = (await closedLists()).certificateKinds.map((k) => [k.code, k.label]);
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: save },
    h('h2', {}, t('addCertificate')), h('div', { class: 'form-errors' }),
    field({ id: 'certificate-kind', label: t('kind'), required: true,
      control: select({ name: 'kind', items: kinds, none: t('choose') }) }),
    field({ id: 'certificate-title', label: t('certificate'), required: true,
      control: h('input', { name: 'title', maxlength: 200 }) }),
    field({ id: 'certificate-issuer', label: t('issuer'), required: true,
      control: h('input', { name: 'issuer', maxlength: 200 }) }),
    field({ id: 'certificate-issued', label: t('issuedOn'), required: true,
      control: h('input', { name: 'issuedOn', type: 'date' }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('add'))));
  async function save(event) {
    event.preventDefault();
    clearErrors(form);
    const f = form.elements;
    await act(() => api.send('POST', `${API}/certificates`, { kind: f.kind.value, title: f.title.value,
      issuer: f.issuer.value, issuedOn: f.issuedOn.value }), { box, redraw, form, done: t('added') });
  }
  return form;
}

async function pairForm(box, redraw) {
  const people = (await api.get(`${API}/mentoring/candidates`)).map((p) => [p.userId, p.name]);
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: save },
    h('h2', {}, t('formPair')), h('div', { class: 'form-errors' }),
    field({ id: 'pair-mentor', label: t('mentor'), required: true,
      control: select({ name: 'mentorId', items: people, none: t('choose') }) }),
    field({ id: 'pair-mentee', label: t('mentee'), required: true,
      control: select({ name: 'menteeId', items: people, none: t('choose') }) }),
    bilingual({ id: 'pair-focus', name: (lang) => `focus.${lang}`,
      label: (lang) => t(lang === 'ja' ? 'focusJa' : 'focusEn') }),
    field({ id: 'pair-start', label: t('since'), control: h('input', { name: 'startsOn', type: 'date' }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('pair'))));
  async function save(event) {
    event.preventDefault();
    clearErrors(form);
    const f = form.elements;
    await act(() => api.send('POST', `${API}/mentoring`, { mentorId: f.mentorId.value, menteeId: f.menteeId.value,
      focus: { ja: f['focus.ja'].value, en: f['focus.en'].value }, startsOn: f.startsOn.value || null }),
    { box, redraw, form, done: t('paired') });
  }
  return form;
}
