import { h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';

let dialogs = 0;

/**
 * Asks the reader to confirm an action in a modal dialog (`<dialog>`: focus moves into it and stays there, Escape
 * cancels, focus returns to where it was). Use it before what cannot be undone.
 *
 * @param {string} message the question
 * @param {{confirm?: string, cancel?: string}} [labels] the buttons' words (the portal's "OK" and "Cancel" by default)
 * @returns {Promise<boolean>} whether the reader confirmed
 */
export function confirmDialog(message, { confirm = t('kit.confirm'), cancel = t('kit.cancel') } = {}) {
  dialogs += 1;
  const id = `kit-dialog-${dialogs}`;
  const dialog = h('dialog', { class: 'kit-dialog', 'aria-labelledby': id },
    h('form', { method: 'dialog' },
      h('p', { id }, message),
      h('p', { class: 'actions' },
        h('button', { type: 'submit', class: 'button', value: 'confirm' }, confirm),
        h('button', { type: 'submit', class: 'button secondary', value: 'cancel' }, cancel))));
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
    });
    dialog.showModal();
  });
}
