/**
 * Calls the portal's REST API with the browser's session cookie. State-changing calls carry the session's CSRF
 * token. Errors arrive as {@link ApiError} with the problem details (RFC 9457) the server sent.
 */
let csrf = null;

/**
 * An answer of 4xx or 5xx: `status`, `title`, `detail` and `errors` (field → message) of the problem; `problem` is
 * the whole problem, with any further members the server added (e.g. a refused import's report).
 */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title ?? '';
    this.errors = problem.errors ?? {};
    this.problem = problem;
  }
}

async function csrfHeader() {
  if (!csrf) {
    try {
      csrf = await request('GET', '/api/csrf');
    } catch (error) {
      // a visitor (e.g. on a plugin's public form): calls without a login need no token
      if (error instanceof ApiError && error.status === 401) return {};
      throw error;
    }
  }
  return { [csrf.headerName]: csrf.token };
}

async function request(method, path, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
    if (body instanceof Blob || body instanceof FormData) {
      init.body = body;
    } else {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  const response = await fetch(path, init);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  const payload = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, typeof payload === 'object' ? payload : { detail: payload });
  }
  return payload;
}

/** GET, answering the parsed JSON. */
export function get(path) {
  return request('GET', path);
}

/** GET, answering the parsed JSON, or null when there is none (404). */
export async function find(path) {
  try {
    return await request('GET', path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** POST/PUT/PATCH/DELETE with a JSON (or Blob) body and the CSRF token. */
export async function send(method, path, body, headers = {}) {
  return request(method, path, body, { ...(await csrfHeader()), ...headers });
}
