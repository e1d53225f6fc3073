import {
  h, replace, api, safeContent, catalogue, clearErrors, confirmDialog, field, pick, showErrors, organizationPicker,
  notify, select, bilingual, repeater, localDateTime, timeZones,
} from '/assets/kit/1/index.js';
import { API, KINDS, AUDIENCES, regions as regionList } from './common.js';
import { screen, seatsOverview } from './organise-parts.js';

const t = await catalogue(import.meta.url, 'organise');

const QUESTION_TYPES = ['text', 'choice', 'yes-no'];
const EDITABLE = ['draft', 'published'];
/** What each status may become, and the words for it. */
const MOVES = {
  draft: ['publish', 'cancel'], published: ['close', 'cancel'], closed: ['cancel'], cancelled: [],
};

/**
 * The event form (`?new`, `?edit=12`): both languages side by side, the timetable's sessions and the registration
 * questions as rows to add and remove, the audience's regions and organizations, and the programme's preview as the
 * server renders it. The server checks everything: its field errors are shown at the fields (also nested ones such
 * as `sessions[0].end`), and an edit based on an old version is explained with a way to load the latest one.
 * Below the form: publish, close and cancel, each confirmed first.
 */
export async function render(main, portal, message) {
  const id = portal.query.get('edit');
  const event = id ? await api.get(`${API}/events/${encodeURIComponent(id)}`) : null;
  await draw(main, event, message);
}

async function draw(main, event, message) {
  const detail = event?.detail;
  const zone = event?.timeZone ?? 'Asia/Tokyo';
  const notice = h('div', { class: 'organise-notice-box' });
  const rows = { class: 'organise-rows', rowClass: 'organise-row' };
  const sessions = repeater({ ...rows, id: 'session', name: 'sessions', legend: (n) => t('session', { n }),
    add: t('addSession'), remove: (n) => t('removeSession', { n }), empty: t('noSessions'),
    items: (detail?.sessions ?? []).map((s) => ({ start: s.start.slice(0, 16), end: s.end.slice(0, 16),
      titleJa: s.title.ja, titleEn: s.title.en, speaker: s.speaker ?? '' })),
    blank: (all) => ({ start: all.at(-1)?.end ?? form.elements.namedItem('start').value, end: '', titleJa: '',
      titleEn: '', speaker: '' }),
    fields: (session, at) => h('div', { class: 'organise-grid' },
      [['start', t('start'), { type: 'datetime-local' }], ['end', t('end'), { type: 'datetime-local' }],
        ['titleJa', t('sessionTitleJa'), { lang: 'ja' }], ['titleEn', t('sessionTitleEn'), { lang: 'en' }],
        ['speaker', t('speaker'), {}]].map(([key, label, more]) => field({ id: at(key).id, label,
        control: h('input', { ...at(key), ...more, value: session[key] }) }))) });
  const questions = repeater({ ...rows, id: 'question', name: 'questions', legend: (n) => t('question', { n }),
    add: t('addQuestion'), remove: (n) => t('removeQuestion', { n }), empty: t('noQuestions'),
    items: (event?.questions ?? []).map((q) => ({ id: q.id, labelJa: q.labelJa, labelEn: q.labelEn, type: q.type,
      required: q.required, options: (q.options ?? []).map((o) => ({ ja: o.ja, en: o.en })) })),
    blank: () => ({ labelJa: '', labelEn: '', type: 'text', required: false, options: [] }),
    fields: (question, at, redraw) => [
      bilingual({ id: at('label').id, class: 'organise-bilingual', name: (lang) => at(`label${upper(lang)}`).name,
        label: (lang) => t(`label${upper(lang)}`), value: (lang) => question[`label${upper(lang)}`] }),
      h('div', { class: 'organise-grid' },
        field({ id: at('type').id, label: t('type'), control: Object.assign(select({ name: at('type').name,
          selected: question.type, items: t.named('questionTypes', QUESTION_TYPES) }),
        { onchange: () => redraw('type') }) }),
        h('div', { class: 'check' },
          h('input', { type: 'checkbox', ...at('required'), checked: question.required }),
          h('label', { for: at('required').id }, t('required')))),
      question.type === 'choice' ? h('fieldset', { class: 'organise-options', 'data-path': at('options').name },
        h('legend', {}, t('options')),
        repeater({ ...rows, id: at('option').id, name: at('options').name, items: question.options,
          legend: (n) => t('option', { n }), add: t('addOption'), remove: (n) => t('removeOption', { n }),
          empty: t('noOptions'), blank: () => ({ ja: '', en: '' }),
          fields: (option, atOption, redrawOptions, n) => bilingual({ id: atOption('text').id,
            class: 'organise-bilingual', name: (lang) => atOption(lang).name, value: (lang) => option[lang],
            label: (lang) => t('paired', { label: t('option', { n }), detail: t(`option${upper(lang)}`) }) }),
        }).element) : null] });
  const organizations = await organizationPicker({
    id: 'audience-organizations', name: 'audience.organizations', legend: t('audienceOrganizations'),
    chosen: event?.audience.organizations ?? [],
  });
  const regions = h('fieldset', { class: 'checkboxes', 'data-path': 'audience.regions' },
    h('legend', {}, t('audienceRegions')),
    h('ul', { class: 'checkbox-list' }, regionList.items.map(([region, regionLabel]) => h('li', {},
      h('input', { type: 'checkbox', id: `audience-region-${region}`, name: 'audience.regions', value: region,
        checked: event?.audience.regions.includes(region) }),
      h('label', { for: `audience-region-${region}` }, regionLabel)))));

  const form = h('form', { class: 'organise-form', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    h('fieldset', {},
      h('legend', {}, t('basics')),
      field({ id: 'event-kind', label: t('kind'),
        control: select({ name: 'kind', items: t.named('kinds', KINDS), selected: event?.kind ?? 'seminar' }) }),
      texts('title', t('titleLabel'), () => h('input', { maxlength: 200 })),
      texts('summary', t('summary'), () => h('textarea', { rows: 3 })),
      texts('programme', t('programme'), () => h('textarea', { rows: 8 }), t('programmeHint')),
      h('div', { class: 'organise-bilingual' }, ['ja', 'en'].map((lang) => preview(lang)))),
    h('fieldset', { 'data-path': 'venue' },
      h('legend', {}, t('place')),
      h('p', { class: 'meta' }, t('placeHint')),
      bilingual({ id: 'venue-name', class: 'organise-bilingual', name: (lang) => `venue.name${upper(lang)}`,
        label: (lang) => t(`venueName${upper(lang)}`), value: (lang) => event?.venue.name[lang] }),
      field({ id: 'venue-address', label: t('address'), control: h('input', { name: 'venue.address',
        value: event?.venue.address ?? '', autocomplete: 'off' }) }),
      field({ id: 'venue-region', label: t('region'), control: select({ name: 'venue.region',
        items: regionList.items, selected: event?.venue.region, none: t('noRegion') }) }),
      field({ id: 'venue-online', label: t('onlineUrl'), control: h('input', { name: 'venue.onlineUrl',
        type: 'url', value: event?.venue.onlineUrl ?? '' }) })),
    h('fieldset', {},
      h('legend', {}, t('schedule')),
      h('div', { class: 'organise-grid' },
        field({ id: 'event-start', label: t('start'), control: h('input', { name: 'start',
          type: 'datetime-local', value: event?.start.slice(0, 16) ?? '' }) }),
        field({ id: 'event-end', label: t('end'), control: h('input', { name: 'end', type: 'datetime-local',
          value: event?.end.slice(0, 16) ?? '' }) }),
        field({ id: 'event-zone', label: t('timeZone'), control: h('input', { name: 'timeZone', value: zone,
          list: 'event-zones', autocomplete: 'off' }), hint: t('timeZoneHint') })),
      h('datalist', { id: 'event-zones' }, timeZones().map((z) => h('option', { value: z })))),
    h('fieldset', { 'data-path': 'sessions' }, h('legend', {}, t('sessions')), sessions.element),
    h('fieldset', {},
      h('legend', {}, t('registration')),
      h('div', { class: 'organise-grid' },
        field({ id: 'event-capacity', label: t('capacity'), control: h('input', { name: 'capacity',
          type: 'number', min: 1, inputmode: 'numeric', value: event?.capacity ?? '' }), hint: t('capacityHint') }),
        field({ id: 'event-opens', label: t('opens'), control: h('input', { name: 'registrationOpens',
          type: 'datetime-local', value: localDateTime(event?.registrationOpensAt, zone) }), hint: t('opensHint') }),
        field({ id: 'event-closes', label: t('closes'), control: h('input', { name: 'registrationCloses',
          type: 'datetime-local', value: localDateTime(event?.registrationClosesAt, zone) }), hint: t('closesHint') })),
      h('div', { class: 'check' },
        h('input', { type: 'checkbox', id: 'event-approval', name: 'approvalRequired',
          checked: event?.approvalRequired === true }),
        h('label', { for: 'event-approval' }, t('approval')))),
    h('fieldset', { 'data-path': 'audience' },
      h('legend', {}, t('audience')),
      h('fieldset', { class: 'checkboxes', 'data-path': 'audience.kind' },
        h('legend', { class: 'visually-hidden' }, t('audience')),
        h('ul', { class: 'checkbox-list' }, AUDIENCES.map((kind) => h('li', {},
          h('input', { type: 'radio', id: `audience-${kind}`, name: 'audience.kind', value: kind,
            checked: (event?.audience.kind ?? 'all-members') === kind, onchange: showAudienceLists }),
          h('label', { for: `audience-${kind}` }, t(`audiences.${kind}`)))))),
      regions, organizations.element),
    h('fieldset', {},
      h('legend', {}, t('contact')),
      h('div', { class: 'organise-grid' },
        field({ id: 'contact-name', label: t('contactName'), control: h('input', { name: 'contact.name',
          value: detail?.contact.name ?? '', autocomplete: 'off' }) }),
        field({ id: 'contact-email', label: t('contactEmail'), control: h('input', { name: 'contact.email',
          type: 'email', value: detail?.contact.email ?? '', autocomplete: 'off' }) }),
        field({ id: 'contact-phone', label: t('contactPhone'), control: h('input', { name: 'contact.phone',
          type: 'tel', value: detail?.contact.phone ?? '', autocomplete: 'off' }) }))),
    h('fieldset', { 'data-path': 'questions' }, h('legend', {}, t('questions')), questions.element),
    h('input', { type: 'hidden', name: 'version', value: detail?.version ?? '' }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('save'))));

  const title = event ? t('editTitle', { title: pick(event.title) }) : t('newTitle');
  replace(main,
    h('p', {}, h('a', { href: screen() }, t('backToList'))),
    h('h1', {}, title),
    notice,
    event ? overview(event) : null,
    form,
    event ? moves(event) : null);
  showAudienceLists();
  if (event && !EDITABLE.includes(event.status)) {
    form.querySelectorAll('input, select, textarea, button').forEach((control) => { control.disabled = true; });
  }
  if (message) notify(notice, message);

  function texts(name, label, control, hint) {
    return bilingual({ id: `event-${name}`, class: 'organise-bilingual', name: (lang) => `${name}.${lang}`, control,
      value: (lang) => (name === 'programme' ? detail?.programme : event?.[name])?.[lang], hint,
      label: (lang) => t('paired', { label, detail: lang === 'ja' ? t('japanese') : t('english') }) });
  }

  function preview(lang) {
    const output = h('div', { class: 'organise-preview', id: `preview-${lang}`, 'aria-live': 'polite', lang });
    return h('div', { class: 'field' },
      h('p', {}, h('button', { type: 'button', class: 'button secondary', 'aria-controls': `preview-${lang}`,
        onclick: async () => {
          const markdown = form.elements.namedItem(`programme.${lang}`).value;
          const { html } = await api.send('POST', `${API}/programme-preview`, { markdown });
          const content = safeContent(html);
          replace(output, content.childNodes.length ? content : h('p', { class: 'meta' }, t('previewEmpty')));
        } }, t('previewOf', { language: lang === 'ja' ? t('japanese') : t('english') }))),
      output);
  }

  function showAudienceLists() {
    const kind = form.elements.namedItem('audience.kind').value;
    regions.hidden = kind !== 'regions';
    organizations.element.hidden = kind !== 'organizations';
  }

  function body() {
    const value = (name) => form.elements.namedItem(name).value.trim();
    const orNull = (name) => value(name) || null;
    const kind = value('audience.kind');
    return {
      kind: value('kind'),
      title: { ja: value('title.ja'), en: value('title.en') },
      summary: { ja: value('summary.ja'), en: value('summary.en') },
      programme: { ja: value('programme.ja'), en: value('programme.en') },
      venue: {
        nameJa: value('venue.nameJa'), nameEn: value('venue.nameEn'), address: orNull('venue.address'),
        region: orNull('venue.region'), onlineUrl: orNull('venue.onlineUrl'),
      },
      start: value('start'),
      end: value('end'),
      timeZone: value('timeZone'),
      sessions: sessions.values().map((s) => ({ ...s, speaker: s.speaker || null })),
      capacity: value('capacity') === '' ? null : Number(value('capacity')),
      registrationOpens: orNull('registrationOpens'),
      registrationCloses: orNull('registrationCloses'),
      approvalRequired: form.elements.namedItem('approvalRequired').checked,
      audience: {
        kind,
        regions: kind === 'regions' ? [...form.querySelectorAll('[name="audience.regions"]:checked')]
          .map((box) => box.value) : [],
        organizations: kind === 'organizations' ? organizations.chosen() : [],
      },
      contact: { name: value('contact.name'), email: value('contact.email'), phone: orNull('contact.phone') },
      questions: questions.values().map((q) => ({ ...q, options: q.type === 'choice' ? q.options : [] })),
      version: event ? Number(value('version')) : null,
    };
  }

  async function save(submit) {
    submit.preventDefault();
    clearErrors(form);
    try {
      const saved = event
        ? await api.send('PUT', `${API}/events/${event.id}`, body())
        : await api.send('POST', `${API}/events`, body());
      if (!event) history.replaceState(history.state, '', screen({ edit: saved.id }));
      await draw(main, saved, event ? t('saved') : t('created'));
    } catch (error) {
      if (error.status === 409 && error.errors?.version) {
        showErrors(form, { errors: {} }, { summary: t('stale'), more: [h('p', {}, h('button', {
          type: 'button', class: 'button',
          onclick: async () => draw(main, await api.get(`${API}/events/${event.id}`), t('reloaded')),
        }, t('reload')))] });
      } else {
        showErrors(form, error);
      }
    }
  }

  function overview(shown) {
    return h('p', { class: 'organise-overview' }, seatsOverview(shown), ' · ',
      h('a', { href: screen({ event: shown.id, view: 'registrations' }) }, t('registrations')), ' · ',
      h('a', { href: screen({ event: shown.id, view: 'checkin' }) }, t('checkin')), ' · ',
      h('a', { href: screen({ event: shown.id, view: 'report' }) }, t('report')));
  }

  function moves(shown) {
    const available = MOVES[shown.status] ?? [];
    if (available.length === 0) return null;
    const confirmations = { publish: t('confirmPublish'), close: t('confirmClose'), cancel: t('confirmCancel') };
    const outcomes = { publish: t('published'), close: t('closed'), cancel: t('cancelled') };
    return h('section', { class: 'organise-moves', 'aria-labelledby': 'moves-heading' },
      h('h2', { id: 'moves-heading' }, t('actions')),
      h('div', { class: 'actions' }, available.map((move) => h('button', {
        type: 'button', class: move === 'cancel' ? 'button organise-danger-button' : 'button', 'data-move': move,
        onclick: async () => {
          if (!await confirmDialog(confirmations[move])) return;
          try {
            const moved = await api.send('POST', `${API}/events/${shown.id}/${move}`);
            await draw(main, moved, outcomes[move]);
          } catch (error) {
            notify(notice, error.status === 403 ? t('forbidden') : error.message || t('failed'), { error: true });
          }
        },
      }, t(move)))));
  }
}

/** @returns {string} 'Ja' or 'En', as the API's field names end */
function upper(lang) {
  return lang === 'ja' ? 'Ja' : 'En';
}
