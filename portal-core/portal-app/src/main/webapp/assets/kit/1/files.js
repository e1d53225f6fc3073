import { t } from '../../core/i18n.js';
import { showErrors } from '../../core/forms.js';

/**
 * The files chosen in a file input, read for an API that takes them in JSON (`{filename, contentBase64}`), after the
 * limits the server applies too, so that a person learns of them before sending megabytes. A broken limit is shown
 * at the input's form the portal's way (`showErrors`: at the input, a file's own error naming the file).
 *
 * @param {HTMLInputElement} input the file input; its `name` is the API's field (`attachments`)
 * @param {{count: number, each: number, total: number}} limits at most how many files, bytes each, bytes in all
 * @returns {Promise<{attachments: Array<{filename: string, contentBase64: string}>, describe: (path: string) =>
 *   string|null}|null>} the files, and what names a file's path (`attachments[1]` → its name) for `showErrors`'
 *   `describe` when the server refuses one; null when a limit is broken (the errors are shown)
 */
export async function readFiles(input, limits) {
  const files = [...(input.files ?? [])];
  const describe = (path) => files[new RegExp(`^${input.name}\\[(\\d+)\\]$`).exec(path)?.[1]]?.name ?? null;
  const mb = (bytes) => bytes / (1024 * 1024);
  const errors = {};
  if (files.length > limits.count) errors[input.name] = t('kit.files.tooMany', { count: limits.count });
  files.forEach((file, i) => {
    if (file.size > limits.each) {
      errors[`${input.name}[${i}]`] = t('kit.files.tooLarge', { name: file.name, mb: mb(limits.each) });
    }
  });
  if (files.reduce((sum, file) => sum + file.size, 0) > limits.total) {
    errors[input.name] ??= t('kit.files.allTooLarge', { mb: mb(limits.total) });
  }
  if (Object.keys(errors).length) {
    showErrors(input.form, { errors }, { describe });
    return null;
  }
  const attachments = await Promise.all(files.map(async (file) => ({
    filename: file.name, contentBase64: await base64(file),
  })));
  return { attachments, describe };
}

/** @returns {string} a number of bytes as people read it (512 B, 20 KB, 1.5 MB) */
export function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** @returns {Promise<string>} the file's bytes in Base64 (a data URL's payload) */
function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
