/**
 * The notes plugin's section on an organization's profile page: to the organization's own people, how many notes
 * they share and where to read them. Nothing (and so no section) on other organizations' pages.
 */
const TEXT = {
  ja: { count: (n) => `職員用のメモが ${n} 件あります。`, open: 'メモを開く' },
  en: { count: (n) => `Your staff share ${n} notes.`, open: 'Open the notes' },
};

export async function render(section, portal, target) {
  if (!portal.user || portal.user.organization !== target.organization) return;
  const { h, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const notes = await api.get('/api/plugins/notes/notes');
  section.append(h('p', {}, text.count(notes.length)), h('p', {}, h('a', { href: '/p/notes/notes' }, text.open)));
}
