import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';

/**
 * Scanning QR codes with the camera inside the page, with the browser's own `BarcodeDetector` where there is one
 * (otherwise a note says to use the camera app, or another way): a button starts the camera, one stops it; the camera
 * stops by itself when the scanner leaves the page. The same code twice in a row is reported once.
 *
 * @param {{onscan: (code: string) => Promise<void>|void, param?: string}} options what to do with a code; with
 *   `param`, a code that is an address (`https://…?code=…`) gives that query parameter instead
 * @returns {Promise<HTMLElement>} the scanner (`div.qr-scanner`)
 */
export async function qrScanner({ onscan, param }) {
  const element = h('div', { class: 'qr-scanner' });
  if (!await available()) {
    replace(element, h('p', { class: 'meta' }, t('kit.scanner.none')));
    return element;
  }
  const video = h('video', { class: 'qr-scanner-video', muted: true, playsinline: true,
    'aria-label': t('kit.scanner.video'), hidden: true });
  const status = h('p', { class: 'meta', 'aria-live': 'polite' });
  let stream = null;
  const stop = h('button', { type: 'button', class: 'button secondary', hidden: true, onclick: () => end() },
    t('kit.scanner.stop'));
  const start = h('button', { type: 'button', class: 'button', onclick: begin }, t('kit.scanner.start'));
  replace(element, h('p', { class: 'actions' }, start, stop), status, video);
  return element;

  async function begin() {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      replace(status, t('kit.scanner.refused'));
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    start.hidden = true;
    stop.hidden = false;
    await video.play();
    replace(status, t('kit.scanner.scanning'));
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    let last = '';
    const look = async () => {
      if (!stream) return;
      if (!video.isConnected) {
        end();
        return;
      }
      const found = (await detector.detect(video).catch(() => []))[0]?.rawValue;
      const scanned = found && codeIn(found, param);
      if (scanned && scanned !== last) {
        last = scanned;
        await onscan(scanned);
      }
      setTimeout(look, 300);
    };
    look();
  }

  function end() {
    stream?.getTracks().forEach((track) => track.stop());
    stream = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
    replace(status);
  }
}

async function available() {
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    return (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

/** @returns {string|null} what a scanned code carries: with `param`, that parameter of an address; else itself */
function codeIn(value, param) {
  if (!param || !/^(https?:\/\/|\/)/.test(value)) return value.trim() || null;
  try {
    return new URL(value, window.location.origin).searchParams.get(param);
  } catch {
    return null;
  }
}
