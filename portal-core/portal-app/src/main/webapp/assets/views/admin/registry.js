import { h, replace } from '../../core/dom.js';
import { t, pick } from '../../core/i18n.js';
import { send } from '../../core/api.js';
import { showErrors, clearErrors } from '../../core/forms.js';
import { requireRole } from '../../core/session.js';

const CSV = { 'Content-Type': 'text/csv' };

/**
 * The secretariat's import and export of the register: a CSV file is first checked (a dry run that writes
 * nothing and lists every problem by line and column), then imported all or nothing; a refused import shows the
 * same report. The register itself downloads as CSV.
 */
export async function render(main) {
  await requireRole('secretariat');
  const report = h('div', { id: 'registry-report' });
  const form = h('form', { class: 'stack dues-form', id: 'registry-upload', onsubmit: (event) => dryRun(event, form, report) },
    h('div', { class: 'field' },
      h('label', { for: 'registry-file' }, t('registry.file')),
      h('input', {
        id: 'registry-file', name: 'file', type: 'file', accept: '.csv,text/csv', required: true,
        'aria-describedby': 'registry-file-help',
      }),
      h('p', { class: 'meta', id: 'registry-file-help' }, t('registry.file.help'))),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('registry.dryRun'))));
  replace(main,
    h('h1', {}, t('registry.title')),
    h('p', { class: 'lead' }, t('registry.lead')),
    h('section', { 'aria-labelledby': 'registry-import' },
      h('h2', { id: 'registry-import' }, t('registry.import.title')),
      h('p', {}, t('registry.import.lead')),
      form,
      report),
    h('section', { 'aria-labelledby': 'registry-export' },
      h('h2', { id: 'registry-export' }, t('registry.export.title')),
      h('p', {}, t('registry.export.lead')),
      h('p', {}, h('a', { href: '/api/registry/export', download: 'registry.csv', class: 'button', id: 'registry-export-link' },
        t('registry.export.download')))));
}

async function dryRun(event, form, report) {
  event.preventDefault();
  clearErrors(form);
  replace(report);
  const file = form.elements.file.files[0];
  if (!file) return;
  try {
    const result = await send('POST', `/api/registry/import/dry-run?file=${encodeURIComponent(file.name)}`, file, CSV);
    showReport(report, result, file);
  } catch (error) {
    showErrors(form, error);
  }
}

async function importAll(file, report, button) {
  button.disabled = true;
  try {
    const result = await send('POST', `/api/registry/import?file=${encodeURIComponent(file.name)}`, file, CSV);
    showReport(report, result, file);
  } catch (error) {
    if (error.status === 422 && error.problem?.problems) {
      showReport(report, error.problem, file, error.message);
    } else {
      button.disabled = false;
      replace(report.querySelector('.registry-outcome') ?? report, h('p', { role: 'alert' }, error.message));
    }
  }
}

/**
 * A report: what was read, how many errors and warnings, every problem by line and column, the organizations the
 * file would register (or did); after a clean dry run, the button that imports the same file.
 */
function showReport(report, result, file, refusal = null) {
  const heading = result.dryRun ? t('registry.report.dryRun', { file: result.file })
    : refusal ? t('registry.report.refused', { file: result.file }) : t('registry.report.imported', { file: result.file });
  const outcome = refusal ? h('p', { role: 'alert', class: 'registry-outcome dues-danger' }, t('registry.refused', { count: result.errorCount }))
    : !result.dryRun ? h('p', { role: 'status', class: 'registry-outcome' }, t('registry.done', { count: result.imported }))
      : result.errorCount > 0 ? h('p', { role: 'status', class: 'registry-outcome' }, t('registry.fixFirst', { count: result.errorCount }))
        : h('p', { role: 'status', class: 'registry-outcome' }, t('registry.ready', { count: result.rows }));
  const importButton = result.dryRun && result.errorCount === 0 && result.rows > 0
    ? h('button', { type: 'button', class: 'button', id: 'registry-import-button' }, t('registry.importNow', { count: result.rows }))
    : null;
  importButton?.addEventListener('click', () => importAll(file, report, importButton));
  replace(report,
    h('h3', { id: 'registry-report-heading', tabindex: '-1' }, heading),
    outcome,
    h('dl', { class: 'registry-counts' },
      count('registry.count.rows', result.rows, 'rows'),
      count('registry.count.errors', result.errorCount, 'errors'),
      count('registry.count.warnings', result.warningCount, 'warnings'),
      count('registry.count.imported', result.imported, 'imported')),
    result.problems.length === 0 ? h('p', {}, t('registry.noProblems')) : problemTable(result),
    importButton ? h('p', {}, importButton) : null,
    result.organizations.length === 0 ? null : organizationTable(result));
  report.querySelector('#registry-report-heading').focus();
}

function count(key, value, name) {
  return h('div', { 'data-count': name }, h('dt', {}, t(key)), h('dd', {}, String(value)));
}

function problemTable(result) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'registry-problems', id: 'registry-problems' },
    h('caption', {}, t('registry.problems.caption', { file: result.file, count: result.problems.length })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('registry.problems.line')),
      h('th', { scope: 'col' }, t('registry.problems.column')),
      h('th', { scope: 'col' }, t('registry.problems.severity')),
      h('th', { scope: 'col' }, t('registry.problems.message')))),
    h('tbody', {}, result.problems.map((p) => h('tr', { 'data-line': p.line, 'data-column': p.column, 'data-severity': p.severity },
      h('th', { scope: 'row' }, t('registry.problems.lineNumber', { line: p.line })),
      h('td', { 'data-label': t('registry.problems.column') }, h('code', {}, p.column || '—')),
      h('td', { 'data-label': t('registry.problems.severity') },
        h('span', { class: `state registry-${p.severity}` }, t(`registry.severity.${p.severity}`))),
      h('td', { 'data-label': t('registry.problems.message') }, pick(p.message)))))));
}

function organizationTable(result) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'registry-rows', id: 'registry-rows' },
    h('caption', {}, result.dryRun ? t('registry.rows.wouldBe') : t('registry.rows.were')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('registry.problems.line')),
      h('th', { scope: 'col' }, t('registry.rows.alias')),
      h('th', { scope: 'col' }, t('registry.rows.nameJa')),
      h('th', { scope: 'col' }, t('registry.rows.nameEn')))),
    h('tbody', {}, result.organizations.map((o) => h('tr', { 'data-line': o.line },
      h('th', { scope: 'row' }, t('registry.problems.lineNumber', { line: o.line })),
      h('td', { 'data-label': t('registry.rows.alias') }, h('code', {}, o.alias),
        o.aliasDerived ? h('span', { class: 'meta' }, ` ${t('registry.rows.derived')}`) : null),
      h('td', { 'data-label': t('registry.rows.nameJa'), lang: 'ja' }, o.nameJa),
      h('td', { 'data-label': t('registry.rows.nameEn'), lang: 'en' }, o.nameEn))))));
}
