/** The home page's panel (PageSection.HOME) for coordinators: open questions matching their profile, newest first. */
import { h, api, catalogue, address, panelOf } from '/assets/kit/1/index.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'home');

export async function render(section) {
  const questions = await api.get(`${API}/questions/matching`);
  section.append(...panelOf(questions, (question) => h('li', { 'data-question': question.id },
    h('p', { class: 'panel-item' },
      h('a', { href: address('/p/coordinators/questions', { id: question.id }) }, question.title)),
    h('p', { class: 'meta' }, [question.region?.label, ...question.fields.map((f) => f.label), ...question.tags]
      .filter(Boolean).join(' · '))),
  { empty: t('none'), more: { href: address('/p/coordinators/questions', { open: 'true' }), label: t('all') } }));
}
