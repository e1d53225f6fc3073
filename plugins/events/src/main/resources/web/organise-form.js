import { API, clearErrors, common, field, pick, programmeContent, showErrors } from './common.js';
import { words } from './organise-text.js';
import { localIn, notify, screen } from './organise-parts.js';
import { organizationPicker } from './organise-organizations.js';

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
  const event = id ? await portal.api.get(`${API}/events/${encodeURIComponent(id)}`) : null;
  await draw(main, portal, event, message);
}

async function draw(main, portal, event, message) {
  const { h, replace, api, language } = portal;
  const text = words(language);
  const lists = common(portal);
  const kinds = Object.keys(lists.kinds);
  const regionCodes = Object.keys(lists.regions);
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
  const organizations = await organizationPicker(portal, {
    id: 'audience-organizations', name: 'audience.organizations', legend: text.audienceOrganizations,
    chosen: event?.audience.organizations ?? [],
  });
  const regions = h('fieldset', { class: 'checkboxes', 'data-path': 'audience.regions' },
    h('legend', {}, text.audienceRegions),
    h('ul', { class: 'checkbox-list' }, regionCodes.map((region) => h('li', {},
      h('input', { type: 'checkbox', id: `audience-region-${region}`, name: 'audience.regions', value: region,
        checked: event?.audience.regions.includes(region) }),
      h('label', { for: `audience-region-${region}` }, lists.regions[region])))));

  const form = h('form', { class: 'organise-form', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    h('fieldset', {},
      h('legend', {}, text.basics),
      field(portal, { id: 'event-kind', label: text.kind, control: h('select', { name: 'kind' },
        kinds.map((kind) => h('option', { value: kind, selected: (event?.kind ?? 'seminar') === kind },
          lists.kinds[kind]))) }),
      bilingual('title', text.titleLabel, (id, name, value) => h('input', { id, name, value, maxlength: 200 })),
      bilingual('summary', text.summary, (id, name, value) => h('textarea', { id, name, rows: 3 }, value)),
      bilingual('programme', text.programme, (id, name, value) => h('textarea', { id, name, rows: 8 }, value),
        text.programmeHint),
      h('div', { class: 'organise-bilingual' }, ['ja', 'en'].map((lang) => preview(lang)))),
    h('fieldset', { 'data-path': 'venue' },
      h('legend', {}, text.place),
      h('p', { class: 'meta' }, text.placeHint),
      h('div', { class: 'organise-bilingual' },
        field(portal, { id: 'venue-name-ja', label: text.venueNameJa, control: h('input', { name: 'venue.nameJa',
          value: event?.venue.name.ja ?? '', lang: 'ja' }) }),
        field(portal, { id: 'venue-name-en', label: text.venueNameEn, control: h('input', { name: 'venue.nameEn',
          value: event?.venue.name.en ?? '', lang: 'en' }) })),
      field(portal, { id: 'venue-address', label: text.address, control: h('input', { name: 'venue.address',
        value: event?.venue.address ?? '', autocomplete: 'off' }) }),
      field(portal, { id: 'venue-region', label: text.region, control: h('select', { name: 'venue.region' },
        h('option', { value: '' }, text.noRegion),
        regionCodes.map((region) => h('option', { value: region, selected: event?.venue.region === region },
          lists.regions[region]))) }),
      field(portal, { id: 'venue-online', label: text.onlineUrl, control: h('input', { name: 'venue.onlineUrl',
        type: 'url', value: event?.venue.onlineUrl ?? '' }) })),
    h('fieldset', {},
      h('legend', {}, text.schedule),
      h('div', { class: 'organise-grid' },
        field(portal, { id: 'event-start', label: text.start, control: h('input', { name: 'start',
          type: 'datetime-local', value: event?.start.slice(0, 16) ?? '' }) }),
        field(portal, { id: 'event-end', label: text.end, control: h('input', { name: 'end', type: 'datetime-local',
          value: event?.end.slice(0, 16) ?? '' }) }),
        field(portal, { id: 'event-zone', label: text.timeZone, control: h('input', { name: 'timeZone', value: zone,
          list: 'event-zones', autocomplete: 'off' }), hint: text.timeZoneHint })),
      h('datalist', { id: 'event-zones' }, zones().map((z) => h('option', { value: z })))),
    h('fieldset', { 'data-path': 'sessions' },
      h('legend', {}, text.sessions),
      sessions,
      h('p', {}, h('button', { type: 'button', class: 'button secondary', id: 'add-session', onclick: addSession },
        text.addSession))),
    h('fieldset', {},
      h('legend', {}, text.registration),
      h('div', { class: 'organise-grid' },
        field(portal, { id: 'event-capacity', label: text.capacity, control: h('input', { name: 'capacity',
          type: 'number', min: 1, inputmode: 'numeric', value: event?.capacity ?? '' }), hint: text.capacityHint }),
        field(portal, { id: 'event-opens', label: text.opens, control: h('input', { name: 'registrationOpens',
          type: 'datetime-local', value: localIn(event?.registrationOpensAt, zone) }), hint: text.opensHint }),
        field(portal, { id: 'event-closes', label: text.closes, control: h('input', { name: 'registrationCloses',
          type: 'datetime-local', value: localIn(event?.registrationClosesAt, zone) }), hint: text.closesHint })),
      h('div', { class: 'check' },
        h('input', { type: 'checkbox', id: 'event-approval', name: 'approvalRequired',
          checked: event?.approvalRequired === true }),
        h('label', { for: 'event-approval' }, text.approval))),
    h('fieldset', { 'data-path': 'audience' },
      h('legend', {}, text.audience),
      h('fieldset', { class: 'checkboxes', 'data-path': 'audience.kind' },
        h('legend', { class: 'visually-hidden' }, text.audience),
        h('ul', { class: 'checkbox-list' }, Object.keys(lists.audiences).map((kind) => h('li', {},
          h('input', { type: 'radio', id: `audience-${kind}`, name: 'audience.kind', value: kind,
            checked: (event?.audience.kind ?? 'all-members') === kind, onchange: showAudienceLists }),
          h('label', { for: `audience-${kind}` }, lists.audiences[kind]))))),
      regions, organizations.element),
    h('fieldset', {},
      h('legend', {}, text.contact),
      h('div', { class: 'organise-grid' },
        field(portal, { id: 'contact-name', label: text.contactName, control: h('input', { name: 'contact.name',
          value: detail?.contact.name ?? '', autocomplete: 'off' }) }),
        field(portal, { id: 'contact-email', label: text.contactEmail, control: h('input', { name: 'contact.email',
          type: 'email', value: detail?.contact.email ?? '', autocomplete: 'off' }) }),
        field(portal, { id: 'contact-phone', label: text.contactPhone, control: h('input', { name: 'contact.phone',
          type: 'tel', value: detail?.contact.phone ?? '', autocomplete: 'off' }) }))),
    h('fieldset', { 'data-path': 'questions' },
      h('legend', {}, text.questions),
      questions,
      h('p', {}, h('button', { type: 'button', class: 'button secondary', id: 'add-question', onclick: addQuestion },
        text.addQuestion))),
    h('input', { type: 'hidden', name: 'version', value: detail?.version ?? '' }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, text.save)));

  const title = event ? text.editTitle(pick(portal, event.title)) : text.newTitle;
  replace(main,
    h('p', {}, h('a', { href: screen() }, text.backToList)),
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
  if (message) notify(h, notice, message);

  function bilingual(name, label, control, hint) {
    const value = (lang) => (name === 'programme' ? detail?.programme : event?.[name])?.[lang] ?? '';
    return h('div', { class: 'organise-bilingual' }, ['ja', 'en'].map((lang) => {
      const input = control(`event-${name}-${lang}`, `${name}.${lang}`, value(lang));
      input.setAttribute('lang', lang);
      return field(portal, { id: `event-${name}-${lang}`,
        label: text.paired(label, lang === 'ja' ? text.japanese : text.english), control: input, hint });
    }));
  }

  function preview(lang) {
    const output = h('div', { class: 'organise-preview', id: `preview-${lang}`, 'aria-live': 'polite', lang });
    return h('div', { class: 'field' },
      h('p', {}, h('button', { type: 'button', class: 'button secondary', 'aria-controls': `preview-${lang}`,
        onclick: async () => {
          const markdown = form.elements.namedItem(`programme.${lang}`).value;
          const { html } = await api.send('POST', `${API}/programme-preview`, { markdown });
          const content = programmeContent(html);
          replace(output, content.childNodes.length ? content : h('p', { class: 'meta' }, text.previewEmpty));
        } }, text.previewOf(lang === 'ja' ? text.japanese : text.english))),
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
    replace(sessions, state.sessions.length === 0 ? h('p', { class: 'meta' }, text.noSessions)
      : state.sessions.map((session, i) => {
        const at = (key) => ({ id: `session-${i}-${key}`, name: `sessions[${i}].${key}` });
        return h('fieldset', { class: 'organise-row', 'data-path': `sessions[${i}]` },
          h('legend', {}, text.session(i + 1)),
          h('div', { class: 'organise-grid' },
            field(portal, { id: at('start').id, label: text.start,
              control: h('input', { ...at('start'), type: 'datetime-local', value: session.start }) }),
            field(portal, { id: at('end').id, label: text.end,
              control: h('input', { ...at('end'), type: 'datetime-local', value: session.end }) }),
            field(portal, { id: at('titleJa').id, label: text.sessionTitleJa,
              control: h('input', { ...at('titleJa'), value: session.titleJa, lang: 'ja' }) }),
            field(portal, { id: at('titleEn').id, label: text.sessionTitleEn,
              control: h('input', { ...at('titleEn'), value: session.titleEn, lang: 'en' }) }),
            field(portal, { id: at('speaker').id, label: text.speaker,
              control: h('input', { ...at('speaker'), value: session.speaker }) })),
          h('p', {}, h('button', { type: 'button', class: 'link-button danger', onclick: () => {
            readRows();
            state.sessions.splice(i, 1);
            drawSessions();
            form.querySelector('#add-session').focus();
          } }, text.removeSession(i + 1))));
      }));
  }

  function addQuestion() {
    readRows();
    state.questions.push({ labelJa: '', labelEn: '', type: 'text', required: false, options: [] });
    drawQuestions();
    questions.querySelector(`[name="questions[${state.questions.length - 1}].labelJa"]`).focus();
  }

  function drawQuestions() {
    replace(questions, state.questions.length === 0 ? h('p', { class: 'meta' }, text.noQuestions)
      : state.questions.map((question, i) => {
        const at = (key) => ({ id: `question-${i}-${key}`, name: `questions[${i}].${key}` });
        return h('fieldset', { class: 'organise-row', 'data-path': `questions[${i}]` },
          h('legend', {}, text.question(i + 1)),
          h('div', { class: 'organise-bilingual' },
            field(portal, { id: at('labelJa').id, label: text.labelJa,
              control: h('input', { ...at('labelJa'), value: question.labelJa, lang: 'ja' }) }),
            field(portal, { id: at('labelEn').id, label: text.labelEn,
              control: h('input', { ...at('labelEn'), value: question.labelEn, lang: 'en' }) })),
          h('div', { class: 'organise-grid' },
            field(portal, { id: at('type').id, label: text.type, control: h('select', { ...at('type'), onchange: () => {
              readRows();
              drawQuestions();
              questions.querySelector(`#question-${i}-type`).focus();
            } }, QUESTION_TYPES.map((type) => h('option', { value: type, selected: question.type === type },
              text.questionTypes[type]))) }),
            h('div', { class: 'check' },
              h('input', { type: 'checkbox', ...at('required'), checked: question.required }),
              h('label', { for: at('required').id }, text.required))),
          question.type === 'choice' ? options(question, i) : null,
          h('p', {}, h('button', { type: 'button', class: 'link-button danger', onclick: () => {
            readRows();
            state.questions.splice(i, 1);
            drawQuestions();
            form.querySelector('#add-question').focus();
          } }, text.removeQuestion(i + 1))));
      }));
  }

  function options(question, i) {
    return h('fieldset', { class: 'organise-options', 'data-path': `questions[${i}].options` },
      h('legend', {}, text.options),
      h('ol', {}, question.options.map((option, j) => {
        const at = (key) => ({ id: `question-${i}-option-${j}-${key}`, name: `questions[${i}].options[${j}].${key}` });
        return h('li', { class: 'organise-option' },
          field(portal, { id: at('ja').id, label: text.paired(text.option(j + 1), text.optionJa),
            control: h('input', { ...at('ja'), value: option.ja, lang: 'ja' }) }),
          field(portal, { id: at('en').id, label: text.paired(text.option(j + 1), text.optionEn),
            control: h('input', { ...at('en'), value: option.en, lang: 'en' }) }),
          h('button', { type: 'button', class: 'link-button danger', onclick: () => {
            readRows();
            state.questions[i].options.splice(j, 1);
            drawQuestions();
            questions.querySelector(`#question-${i}-add-option`).focus();
          } }, text.removeOption(j + 1)));
      })),
      h('p', {}, h('button', { type: 'button', class: 'button secondary', id: `question-${i}-add-option`,
        onclick: () => {
          readRows();
          state.questions[i].options.push({ ja: '', en: '' });
          drawQuestions();
          questions.querySelector(`[name="questions[${i}].options[${question.options.length}].ja"]`)?.focus();
        } }, text.addOption)));
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
      await draw(main, portal, saved, event ? text.saved : text.created);
    } catch (error) {
      if (error.status === 409 && error.errors?.version) {
        showErrors(portal, form, { errors: {} }, { summary: text.stale, more: [h('p', {}, h('button', {
          type: 'button', class: 'button',
          onclick: async () => draw(main, portal, await api.get(`${API}/events/${event.id}`), text.reloaded),
        }, text.reload))] });
      } else if (error.status === 400) {
        showErrors(portal, form, error, { summary: text.errors(Object.keys(error.errors ?? {}).length || 1) });
      } else {
        showErrors(portal, form, { errors: {} },
          { summary: error.status === 403 ? text.forbidden : error.message || text.failed });
      }
    }
  }

  function overview(shown) {
    return h('p', { class: 'organise-overview' },
      h('span', { class: `organise-status organise-status-${shown.status}` }, shown.statusLabel), ' ',
      text.seatsOf(shown.confirmed, shown.capacity),
      shown.waiting > 0 ? `, ${lists.waitingCount(shown.waiting)}` : '', ' · ',
      h('a', { href: screen({ event: shown.id, view: 'registrations' }) }, text.registrations), ' · ',
      h('a', { href: screen({ event: shown.id, view: 'checkin' }) }, text.checkin), ' · ',
      h('a', { href: screen({ event: shown.id, view: 'report' }) }, text.report));
  }

  function moves(shown) {
    const available = MOVES[shown.status] ?? [];
    if (available.length === 0) return null;
    const confirmations = { publish: text.confirmPublish, close: text.confirmClose, cancel: text.confirmCancel };
    const outcomes = { publish: text.published, close: text.closed, cancel: text.cancelled };
    return h('section', { class: 'organise-moves', 'aria-labelledby': 'moves-heading' },
      h('h2', { id: 'moves-heading' }, text.actions),
      h('div', { class: 'actions' }, available.map((move) => h('button', {
        type: 'button', class: move === 'cancel' ? 'button organise-danger-button' : 'button', 'data-move': move,
        onclick: async () => {
          if (!window.confirm(confirmations[move])) return;
          try {
            const moved = await api.send('POST', `${API}/events/${shown.id}/${move}`);
            await draw(main, portal, moved, outcomes[move]);
          } catch (error) {
            notify(h, notice, error.status === 403 ? text.forbidden : error.message || text.failed, 'error');
          }
        },
      }, text[move]))));
  }
}

function zones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Tokyo', 'UTC'];
  }
}
