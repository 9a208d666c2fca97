// @ts-check
/**
 * Demo host page for the postMessage API v1: one button per command and a log of every event.
 * Plain browser JavaScript; the types come from the file the app serves for host developers.
 * @typedef {import('../../public/tonghua-parks-embed-api').AppEvent} AppEvent
 * @typedef {import('../../public/tonghua-parks-embed-api').HostCommandType} HostCommandType
 * @typedef {import('../../public/tonghua-parks-embed-api').HostCommandPayloads} HostCommandPayloads
 */

const params = new URLSearchParams(location.search);
const appUrl = new URL(params.get('app') ?? 'http://127.0.0.1:5173/?mode=embed&lang=zh-CN');
if (appUrl.protocol !== 'http:' && appUrl.protocol !== 'https:') throw new Error('app must be an http(s) URL');
/** Commands go to this exact origin, never '*'. */
const APP_ORIGIN = appUrl.origin;

const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('app-frame'));
const log = /** @type {HTMLOListElement} */ (document.getElementById('log'));
const siteSelect = /** @type {HTMLSelectElement} */ (document.getElementById('site-select'));
/** @type {(id: string) => HTMLElement} */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
byId('app-url').textContent = appUrl.href;

/** Every event received, for the browser tests. @type {AppEvent[]} */
const received = [];
let counter = 0;

/**
 * Sends one command; returns its requestId.
 * @template {HostCommandType} T
 * @param {T} type
 * @param {HostCommandPayloads[T] | unknown} [payload]
 * @param {string} [requestId]
 */
function send(type, payload, requestId = `req-${++counter}`) {
  /** @type {Record<string, unknown>} */
  const message = { source: 'tonghua-parks', version: 1, type, requestId };
  if (payload !== undefined) message['payload'] = payload;
  frame.contentWindow?.postMessage(message, APP_ORIGIN);
  append(`→ ${type} ${requestId}${payload === undefined ? '' : ` ${JSON.stringify(payload)}`}`, '');
  return requestId;
}

/** @param {string} text @param {string} className */
function append(text, className) {
  const item = document.createElement('li');
  item.textContent = text;
  item.className = className;
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

window.addEventListener('message', (event) => {
  // Only the app's frame, only from the app's origin.
  if (event.source !== frame.contentWindow || event.origin !== APP_ORIGIN) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null || data.source !== 'tonghua-parks' || data.version !== 1) return;
  const message = /** @type {AppEvent} */ (data);
  received.push(message);
  if (message.type === 'resize') {
    if (/** @type {HTMLInputElement} */ (byId('auto-height')).checked) frame.style.height = `${message.payload.height}px`;
  } else {
    const id = message.requestId ? ` (${message.requestId})` : '';
    append(`← ${message.type}${id} ${JSON.stringify(message.payload, null, 1)}`, message.type === 'error' ? 'error' : '');
  }
  if (message.type === 'ready') {
    for (const siteId of message.payload.siteIds) siteSelect.add(new Option(siteId, siteId));
    const month = /** @type {HTMLInputElement} */ (byId('month-input'));
    month.min = message.payload.monthRange.first;
    month.max = message.payload.monthRange.last;
  }
});

byId('send-scenario').addEventListener('click', () => {
  let payload;
  try {
    payload = JSON.parse(/** @type {HTMLTextAreaElement} */ (byId('scenario-json')).value);
  } catch {
    append('The JSON in the text box is not valid.', 'error');
    return;
  }
  send('setScenario', payload);
});
byId('send-site').addEventListener('click', () =>
  send('selectSite', { siteId: siteSelect.value === '' ? null : siteSelect.value }),
);
byId('send-month').addEventListener('click', () =>
  send('setMonth', { month: /** @type {HTMLInputElement} */ (byId('month-input')).value }),
);
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => send('setLanguage', { lang: /** @type {HTMLElement} */ (button).dataset['lang'] }));
}
byId('send-state').addEventListener('click', () => send('getState'));
byId('send-invalid').addEventListener('click', () => send('setMonth', { month: 'next Tuesday' }));
byId('clear-log').addEventListener('click', () => log.replaceChildren());
for (const button of document.querySelectorAll('[data-size]')) {
  button.addEventListener('click', () => {
    const [width = '800', height = '600'] = /** @type {HTMLElement} */ (button.dataset['size'] ?? '').split('x');
    frame.style.width = width.endsWith('%') ? width : `${width}px`;
    frame.style.height = `${height}px`;
  });
}

frame.src = appUrl.href;

// For the browser tests: the same calls the buttons make.
Object.assign(window, { embedHost: { send, received } });
