import { words } from './desk-text.js';
import { choice, field, organizationLabel } from './desk-parts.js';
import { editableList } from './desk-editor.js';

/**
 * The secretariat's routing rules: topic and/or region → the organization suggested when routing, in position
 * order (the more specific rule wins; see GET /routing-rules/suggestion).
 */
export async function render(main, portal) {
  const { h } = portal;
  const text = words(portal.language);
  const topicOf = (rule) => (rule.topic ? text.topics[rule.topic] ?? rule.topic : text.anyValue);
  const regionOf = (rule) => (rule.region ? text.regions[rule.region] ?? rule.region : text.anyValue);
  await editableList(main, portal, {
    title: text.rulesTitle, lead: text.rulesLead, path: 'routing-rules', empty: text.noRules,
    addTitle: text.addRule, editTitle: text.editRule,
    columns: [
      { header: text.topic, value: topicOf },
      { header: text.region, value: regionOf },
      { header: text.organization,
        value: (rule) => `${organizationLabel(portal, rule.organization)} (${rule.organization.id})` },
      { header: text.position, value: (rule) => String(rule.position) },
    ],
    name: (rule) => text.ruleName(topicOf(rule), regionOf(rule)),
    confirmDelete: () => text.confirmDelete,
    fields: (rule) => [h('div', { class: 'desk-grid' },
      field(portal, { id: 'rule-topic', label: text.topic,
        control: choice(portal, 'topic', text.topics, rule?.topic, text.anyValue) }),
      field(portal, { id: 'rule-region', label: text.region,
        control: choice(portal, 'region', text.regions, rule?.region, text.anyValue) }),
      field(portal, { id: 'rule-organization', label: text.organizationId, hint: text.organizationIdHint,
        required: true,
        control: h('input', { name: 'organizationId', type: 'text', autocomplete: 'off',
          value: rule?.organization?.id ?? '' }) }),
      field(portal, { id: 'rule-position', label: text.position,
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
