/**
 * Adds a plugin's stylesheet to the page once (a file of the plugin: the portal's CSP allows no inline style).
 *
 * @param {string|URL} href the stylesheet, e.g. `new URL('./events.css', import.meta.url)`
 */
export function useStyles(href) {
  const url = new URL(href, location.href).href;
  if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(url)}"]`)) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url }));
}

/**
 * @param {string} moduleUrl a module beside the plugin's stylesheets (its `import.meta.url`)
 * @param {string} fallback the sheet used when none is named, e.g. 'events' for `events.css`
 * @returns {(sheet?: string) => void} what adds one of them once: `(name = fallback)` adds `<name>.css`
 */
export function stylesheets(moduleUrl, fallback) {
  return (sheet = fallback) => useStyles(new URL(`./${sheet}.css`, moduleUrl));
}
