import { h, replace } from '../core/dom.js';
import { t, pick, language } from '../core/i18n.js';
import { get } from '../core/api.js';
import { reference } from '../core/reference.js';
import { japanMap } from '../components/japan-map.js';

/** The public member list: every active member, on a map of Japan and as a list; a prefecture narrows it. */
export async function render(main, { query }) {
  const [members, lists] = await Promise.all([get('/api/public/members'), reference()]);
  const counts = {};
  for (const member of members) {
    if (member.prefecture) counts[member.prefecture.code] = (counts[member.prefecture.code] ?? 0) + 1;
  }
  const selected = query.get('prefecture');
  const shown = selected ? members.filter((m) => m.prefecture?.code === selected) : members;
  const prefecture = selected && lists.prefectures.find((p) => p.code === selected);
  replace(main,
    h('h1', {}, t('members.title')),
    h('p', { class: 'lead' }, t('members.lead', { count: members.length })),
    h('div', { class: 'directory' },
      h('section', { 'aria-labelledby': 'list-heading' },
        h('h2', { id: 'list-heading' }, prefecture ? t('members.in', { prefecture: pick(prefecture) }) : t('members.all')),
        selected ? h('p', {}, h('a', { href: '/members' }, t('members.showAll'))) : null,
        h('ul', { class: 'results' }, shown.map((member) => h('li', { class: 'card', 'data-organization': member.id },
          h('h3', {}, member.website
            ? h('a', { href: member.website, rel: 'noopener noreferrer' }, name(member)) : name(member)),
          h('p', { class: 'meta' }, language() === 'ja' ? member.nameEn : member.nameJa),
          member.prefecture ? h('p', {}, pick(member.prefecture)) : null)))),
      h('section', { 'aria-labelledby': 'map-heading' },
        h('h2', { id: 'map-heading' }, t('map.title')),
        japanMap({ prefectures: lists.prefectures, counts, selected, href: (code) => `/members?prefecture=${code}` }))));
}

function name(member) {
  return language() === 'ja' ? member.nameJa : member.nameEn;
}
