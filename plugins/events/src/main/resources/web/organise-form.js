import {
  h, replace, api, safeContent, catalogue, clearErrors, confirmDialog, field, pick, showErrors, organizationPicker,
  notify,
} from '/assets/kit/1/index.js';
import { API, KINDS, AUDIENCES, regionChoices } from './common.js';
import { localIn, screen } from './organise-parts.js';

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
  const state = {
    sessions: (detail?.sessions ?? []).map((s) => ({
      start: s.start.slice(0, 16), end: s.end.slice(0, 16), titleJa: s.title.ja, titleEn: s.title.en,
      speaker: s.speaker ?? '',
    })),
    questions: (event?.questions ?? []).map((q) => ({
      id: q.id, labelJa: q.labelJa, labelEn: q.labelEn, type: q.type, required: q.required,
      options: (q.options ?? []).map((o) => ({ ja: o.ja, en: o.en })),
    })),
  };
  const notice = h('div', { class: 'organise-notice-box' });
  const sessions = h('div', { class: 'organise-rows' });
  const questions = h('div', { class: 'organise-rows' });
  const organizations = await organizationPicker({
    id: 'audience-organizations', name: 'audience.organizations', legend: t('audienceOrganizations'),
    chosen: event?.audience.organizations ?? [],
  });
  const regions = h('fieldset', { class: 'checkboxes', 'data-path': 'audience.regions' },
    h('legend', {}, t('audienceRegions')),
    h('ul', { class: 'checkbox-list' }, regionChoices().map(([region, regionLabel]) => h('li', {},
      h('input', { type: 'checkbox', id: `audience-region-${region}`, name: 'audience.regions', value: region,
        checked: event?.audience.regions.includes(region) }),
      h('label', { for: `audience-region-${region}` }, regionLabel)))));

  const form = h('form', { class: 'organise-form', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    h('fieldset', {},
      h('legend', {}, t('basics')),
      field({ id: 'event-kind', label: t('kind'), control: h('select', { name: 'kind' },
        KINDS.map((kind) => h('option', { value: kind, selected: (event?.kind ?? 'seminar') === kind },
          t(`kinds.${kind}`)))) }),
      bilingual('title', t('titleLabel'), (id, name, value) => h('input', { id, name, value, maxlength: 200 })),
      bilingual('summary', t('summary'), (id, name, value) => h('textarea', { id, name, rows: 3 }, value)),
      bilingual('programme', t('programme'), (id, name, value) => h('textarea', { id, name, rows: 8 }, value),
        t('programmeHint')),
      h('div', { class: 'organise-bilingual' }, ['ja', 'en'].map((lang) => preview(lang)))),
    h('fieldset', { 'data-path': 'venue' },
      h('legend', {}, t('place')),
      h('p', { class: 'meta' }, t('placeHint')),
      h('div', { class: 'organise-bilingual' },
        field({ id: 'venue-name-ja', label: t('venueNameJa'), control: h('input', { name: 'venue.nameJa',
          value: event?.venue.name.ja ?? '', lang: 'ja' }) }),
        field({ id: 'venue-name-en', label: t('venueNameEn'), control: h('input', { name: 'venue.nameEn',
          value: event?.venue.name.en ?? '', lang: 'en' }) })),
      field({ id: 'venue-address', label: t('address'), control: h('input', { name: 'venue.address',
        value: event?.venue.address ?? '', autocomplete: 'off' }) }),
      field({ id: 'venue-region', label: t('region'), control: h('select', { name: 'venue.region' },
        h('option', { value: '' }, t('noRegion')),
        regionChoices().map(([region, regionLabel]) => h('option', {
          value: region, selected: event?.venue.region === region,
        }, regionLabel))) }),
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
      h('datalist', { id: 'event-zones' }, zones().map((z) => h('option', { value: z })))),
    h('fieldset', { 'data-path': 'sessions' },
      h('legend', {}, t('sessions')),
      sessions,
      h('p', {}, h('button', { type: 'button', class: 'button secondary', id: 'add-session', onclick: addSession },
        t('addSession')))),
    h('fieldset', {},
      h('legend', {}, t('registration')),
      h('div', { class: 'organise-grid' },
        field({ id: 'event-capacity', label: t('capacity'), control: h('input', { name: 'capacity',
          type: 'number', min: 1, inputmode: 'numeric', value: event?.capacity ?? '' }), hint: t('capacityHint') }),
        field({ id: 'event-opens', label: t('opens'), control: h('input', { name: 'registrationOpens',
          type: 'datetime-local', value: localIn(event?.registrationOpensAt, zone) }), hint: t('opensHint') }),
        field({ id: 'event-closes', label: t('closes'), control: h('input', { name: 'registrationCloses',
          type: 'datetime-local', value: localIn(event?.registrationClosesAt, zone) }), hint: t('closesHint') })),
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
    h('fieldset', { 'data-path': 'questions' },
      h('legend', {}, t('questions')),
      questions,
      h('p', {}, h('button', { type: 'button', class: 'button secondary', id: 'add-question', onclick: addQuestion },
        t('addQuestion')))),
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
  drawSessions();
  drawQuestions();
  showAudienceLists();
  if (event && !EDITABLE.includes(event.status)) {
    form.querySelectorAll('input, select, textarea, button').forEach((control) => { control.disabled = true; });
  }
  if (message) notify(notice, message);

  function bilingual(name, label, control, hint) {
    const value = (lang) => (name === 'programme' ? detail?.programme : event?.[name])?.[lang] ?? '';
    return h('div', { class: 'organise-bilingual' }, ['ja', 'en'].map((lang) => {
      const input = control(`event-${name}-${lang}`, `${name}.${lang}`, value(lang));
      input.setAttribute('lang', lang);
      return field({ id: `event-${name}-${lang}`,
        label: t('paired', { label, detail: lang === 'ja' ? t('japanese') : t('english') }), control: input, hint });
    }));
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

  function addSession() {
    readRows();
    const last = state.sessions.at(-1);
    state.sessions.push({ start: last?.end ?? form.elements.namedItem('start').value, end: '', titleJa: '',
      titleEn: '', speaker: '' });
    drawSessions();
    sessions.querySelector(`[name="sessions[${state.sessions.length - 1}].start"]`).focus();
  }

  function drawSessions() {
    replace(sessions, state.sessions.length === 0 ? h('p', { class: 'meta' }, t('noSessions'))
      : state.sessions.map((session, i) => {
        const at = (key) => ({ id: `session-${i}-${key}`, name: `sessions[${i}].${key}` });
        return h('fieldset', { class: 'organise-row', 'data-path': `sessions[${i}]` },
          h('legend', {}, t('session', { n: i + 1 })),
          h('div', { class: 'organise-grid' },
            field({ id: at('start').id, label: t('start'),
              control: h('input', { ...at('start'), type: 'datetime-local', value: session.start }) }),
            field({ id: at('end').id, label: t('end'),
              control: h('input', { ...at('end'), type: 'datetime-local', value: session.end }) }),
            field({ id: at('titleJa').id, label: t('sessionTitleJa'),
              control: h('input', { ...at('titleJa'), value: session.titleJa, lang: 'ja' }) }),
            field({ id: at('titleEn').id, label: t('sessionTitleEn'),
              control: h('input', { ...at('titleEn'), value: session.titleEn, lang: 'en' }) }),
            field({ id: at('speaker').id, label: t('speaker'),
              control: h('input', { ...at('speaker'), value: session.speaker }) })),
          h('p', {}, h('button', { type: 'button', class: 'link-button danger', onclick: () => {
            readRows();
            state.sessions.splice(i, 1);
            drawSessions();
            form.querySelector('#add-session').focus();
          } }, t('removeSession', { n: i + 1 }))));
      }));
  }

  function addQuestion() {
    readRows();
    state.questions.push({ labelJa: '', labelEn: '', type: 'text', required: false, options: [] });
    drawQuestions();
    questions.querySelector(`[name="questions[${state.questions.length - 1}].labelJa"]`).focus();
  }

  function drawQuestions() {
    replace(questions, state.questions.length === 0 ? h('p', { class: 'meta' }, t('noQuestions'))
      : state.questions.map((question, i) => {
        const at = (key) => ({ id: `question-${i}-${key}`, name: `questions[${i}].${key}` });
        return h('fieldset', { class: 'organise-row', 'data-path': `questions[${i}]` },
          h('legend', {}, t('question', { n: i + 1 })),
          h('div', { class: 'organise-bilingual' },
            field({ id: at('labelJa').id, label: t('labelJa'),
              control: h('input', { ...at('labelJa'), value: question.labelJa, lang: 'ja' }) }),
            field({ id: at('labelEn').id, label: t('labelEn'),
              control: h('input', { ...at('labelEn'), value: question.labelEn, lang: 'en' }) })),
          h('div', { class: 'organise-grid' },
            field({ id: at('type').id, label: t('type'), control: h('select', { ...at('type'), onchange: () => {
              readRows();
              drawQuestions();
              questions.querySelector(`#question-${i}-type`).focus();
            } }, QUESTION_TYPES.map((type) => h('option', { value: type, selected: question.type === type },
              t(`questionTypes.${type}`)))) }),
            h('div', { class: 'check' },
              h('input', { type: 'checkbox', ...at('required'), checked: question.required }),
              h('label', { for: at('required').id }, t('required')))),
          question.type === 'choice' ? options(question, i) : null,
          h('p', {}, h('button', { type: 'button', class: 'link-button danger', onclick: () => {
            readRows();
            state.questions.splice(i, 1);
            drawQuestions();
            form.querySelector('#add-question').focus();
          } }, t('removeQuestion', { n: i + 1 }))));
      }));
  }

  function options(question, i) {
    return h('fieldset', { class: 'organise-options', 'data-path': `questions[${i}].options` },
      h('legend', {}, t('options')),
      h('ol', {}, question.options.map((option, j) => {
        const at = (key) => ({ id: `question-${i}-option-${j}-${key}`, name: `questions[${i}].options[${j}].${key}` });
        return h('li', { class: 'organise-option' },
          field({ id: at('ja').id, label: t('paired', { label: t('option', { n: j + 1 }), detail: t('optionJa') }),
            control: h('input', { ...at('ja'), value: option.ja, lang: 'ja' }) }),
          field({ id: at('en').id, label: t('paired', { label: t('option', { n: j + 1 }), detail: t('optionEn') }),
            control: h('input', { ...at('en'), value: option.en, lang: 'en' }) }),
          h('button', { type: 'button', class: 'link-button danger', onclick: () => {
            readRows();
            state.questions[i].options.splice(j, 1);
            drawQuestions();
            questions.querySelector(`#question-${i}-add-option`).focus();
          } }, t('removeOption', { n: j + 1 })));
      })),
      h('p', {}, h('button', { type: 'button', class: 'button secondary', id: `question-${i}-add-option`,
        onclick: () => {
          readRows();
          state.questions[i].options.push({ ja: '', en: '' });
          drawQuestions();
          questions.querySelector(`[name="questions[${i}].options[${question.options.length}].ja"]`)?.focus();
        } }, t('addOption'))));
  }

  /** Takes what is typed in the rows into the state, before the rows are drawn again. */
  function readRows() {
    const value = (name) => form.elements.namedItem(name)?.value ?? '';
    state.sessions = state.sessions.map((s, i) => Object.fromEntries(['start', 'end', 'titleJa', 'titleEn', 'speaker']
      .map((key) => [key, value(`sessions[${i}].${key}`)])));
    state.questions = state.questions.map((q, i) => ({
      id: q.id,
      labelJa: value(`questions[${i}].labelJa`),
      labelEn: value(`questions[${i}].labelEn`),
      type: value(`questions[${i}].type`),
      required: form.elements.namedItem(`questions[${i}].required`).checked,
      options: q.options.map((o, j) => ({ ja: value(`questions[${i}].options[${j}].ja`),
        en: value(`questions[${i}].options[${j}].en`) })),
    }));
  }

  function body() {
    readRows();
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
      sessions: state.sessions.map((s) => ({ ...s, speaker: s.speaker || null })),
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
      questions: state.questions.map((q) => ({ ...q, options: q.type === 'choice' ? q.options : [] })),
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
    return h('p', { class: 'organise-overview' },
      h('span', { class: `organise-status organise-status-${shown.status}` }, shown.statusLabel), ' ',
      t('seatsOf', { confirmed: shown.confirmed, capacity: shown.capacity ?? t('unlimited') }),
      shown.waiting > 0 ? `, ${t('waitingCount', { count: shown.waiting })}` : '', ' · ',
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

function zones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Tokyo', 'UTC'];
  }
}
