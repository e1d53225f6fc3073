import { field, h, catalogue, select, settingsList } from '/assets/kit/1/index.js';
import { organizationLabel } from './desk-parts.js';
import { API, TOPICS, regions, inquiryStyles } from './common.js';

const t = await catalogue(import.meta.url, 'desk');

/**
 * The secretariat's routing rules: topic and/or region → the organization suggested when routing, in position
 * order (the more specific rule wins; see GET /routing-rules/suggestion).
 */
export async function render(main) {
  const topicOf = (rule) => (rule.topic ? t(`topics.${rule.topic}`) : t('anyValue'));
  const regionOf = (rule) => (rule.region ? regions.name(rule.region) : t('anyValue'));
  inquiryStyles('desk');
  await settingsList(main, {
    title: t('rulesTitle'), lead: t('rulesLead'), path: `${API}/routing-rules`, empty: t('noRules'),
    class: 'desk-form desk-editor',
    addTitle: t('addRule'), editTitle: t('editRule'),
    columns: [
      { header: t('topic'), value: topicOf },
      { header: t('region'), value: regionOf },
      { header: t('organization'),
        value: (rule) => `${organizationLabel(rule.organization)} (${rule.organization.id})` },
      { header: t('position'), value: (rule) => String(rule.position) },
    ],
    name: (rule) => t('ruleName', { topic: topicOf(rule), region: regionOf(rule) }),
    confirmDelete: () => t('confirmDelete'),
    fields: (rule) => [h('div', { class: 'desk-grid' },
      field({ id: 'rule-topic', label: t('topic'),
        control: select({ name: 'topic', items: t.named('topics', TOPICS), selected: rule?.topic,
          none: t('anyValue') }) }),
      field({ id: 'rule-region', label: t('region'),
        control: select({ name: 'region', items: regions.items, selected: rule?.region, none: t('anyValue') }) }),
      field({ id: 'rule-organization', label: t('organizationId'), hint: t('organizationIdHint'),
        required: true,
        control: h('input', { name: 'organizationId', type: 'text', autocomplete: 'off',
          value: rule?.organization?.id ?? '' }) }),
      field({ id: 'rule-position', label: t('position'),
        control: h('input', { name: 'position', type: 'number', min: 0, max: 1000000, inputmode: 'numeric',
          value: rule ? String(rule.position) : '' }) }))],
    body: (form) => {
      const value = (name) => form.elements.namedItem(name).value.trim();
      return {
        topic: value('topic') || null, region: value('region') || null, organizationId: value('organizationId'),
        position: value('position') === '' ? null : Number(value('position')),
      };
    },
  });
}
