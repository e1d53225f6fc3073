/** The organization profile page's section: its coordinators whose profile the reader may read. */
import { h, api, listOf } from '/assets/kit/1/index.js';
import { API, expertCard } from './common.js';

export async function render(section, portal, target) {
  const coordinators = await api.get(`${API}/organizations/${encodeURIComponent(target.organization)}/coordinators`);
  if (!coordinators.length) return;
  section.append(listOf(coordinators, expertCard, { class: 'cards' }));
}
