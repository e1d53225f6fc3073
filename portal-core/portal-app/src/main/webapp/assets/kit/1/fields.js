import { h } from '../../core/dom.js';

function requiredMark(required) {
  return required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *') : null;
}

/**
 * A labelled form field: the label tied to its control, a hint tied by aria-describedby (and kept there by
 * showErrors, which adds the field's error after the control). Name the control as the API names the field
 * (`venue.address`), so that a refused form's errors find it.
 *
 * @param {{id: string, label: string, control: HTMLElement, hint?: string, required?: boolean}} field the control's
 *   id, its label, the control itself (given `id`, `required` and the hint), a hint, whether it must be filled
 * @returns {HTMLElement} the field's block (`div.field`)
 */
export function field({ id, label, control, hint, required }) {
  control.id = id;
  if (required) control.required = true;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) {
    control.dataset.hint = hintId;
    control.setAttribute('aria-describedby', hintId);
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, label, requiredMark(required)),
    hintId ? h('p', { class: 'field-hint meta', id: hintId }, hint) : null,
    control);
}

/**
 * A group of radio buttons (or check boxes) under a legend, one `.check` per choice; a refused form's error for the
 * radio buttons' `name` goes after the group.
 *
 * @param {{id: string, legend: string, name: string, items: Array<[string, string]>, checked?: string|string[],
 *   required?: boolean, type?: 'radio'|'checkbox', class?: string}} group the ids' stem, the legend, the controls'
 *   name, the choices as [value, label], the value(s) chosen, whether one must be chosen, radio (default) or checkbox
 * @returns {HTMLFieldSetElement} the group
 */
export function choices({ id, legend, name, items, checked, required, type = 'radio', class: className }) {
  const chosen = [checked ?? []].flat().map(String);
  return h('fieldset', { class: className },
    h('legend', {}, legend, requiredMark(required)),
    items.map(([value, label], i) => h('div', { class: 'check' },
      h('input', { type, id: `${id}-${i}`, name, value, required: type === 'radio' && required,
        checked: chosen.includes(String(value)) }),
      h('label', { for: `${id}-${i}` }, label))));
}
