/**
 * Tells the host page how tall the app's document is, so the host can size the iframe. Besides the
 * API's own `resize` event it speaks the formats that existing dashboard snippets already listen
 * for, so a page that embeds other tools this way needs no new code:
 *   - Datawrapper:   { "datawrapper-height": { "<id>": height } }
 *   - Pym.js:        "pymxPYMx<childId>xPYMxheightxPYMx<height>"  (only when the URL has `childId`, which pym adds)
 *   - iframe-resizer (v4 protocol): "[iFrameSizer]<iframeId>:<height>:<width>:<type>", after the
 *     parent's init message told us the iframe's id.
 * Every message goes through the bridge's `post`, i.e. only to the validated parent origin.
 */
import { appMessage } from './embed-protocol';

export interface AutoHeightOptions {
  /** Sends one message to the parent (the bridge binds the validated origin). */
  post: (message: unknown) => void;
  /** Pym.js child id from the URL (`childId`), when the host uses pym. */
  pymChildId?: string | null;
  /** Key of the Datawrapper-format message; any value works for Datawrapper's own snippet. */
  datawrapperId?: string;
  /** The element whose size is the document's (tests pass a stand-in). */
  root?: HTMLElement;
}

export interface AutoHeight {
  /**
   * Offers a non-API message from the parent; returns true when it was an auto-height handshake
   * (iframe-resizer's init) and has been answered.
   */
  handleParentMessage(data: unknown): boolean;
  /** Sends the current size now (e.g. right after `ready`). */
  report(): void;
  stop(): void;
}

const IFRAME_RESIZER_PREFIX = '[iFrameSizer]';
/** iframe-resizer iframe ids are element ids; anything else is not a message we understand. */
const IFRAME_ID = /^[\w-]{1,100}$/;

/**
 * Starts reporting the document size to the parent whenever it changes.
 * @example const autoHeight = startAutoHeight({ post: (m) => parent.postMessage(m, validatedOrigin) }); … autoHeight.stop();
 */
export function startAutoHeight(options: AutoHeightOptions): AutoHeight {
  const root = options.root ?? document.documentElement;
  const datawrapperId = options.datawrapperId ?? 'tonghua-parks';
  const pymId = options.pymChildId && /^[\w-]{1,100}$/.test(options.pymChildId) ? options.pymChildId : null;
  let iframeResizerId: string | null = null;
  let last: { height: number; width: number } | null = null;

  const measure = () => ({ height: Math.ceil(root.scrollHeight), width: Math.ceil(root.scrollWidth) });

  const send = (size: { height: number; width: number }, resizerType: 'init' | 'autoResize') => {
    options.post(appMessage('resize', size));
    options.post({ 'datawrapper-height': { [datawrapperId]: size.height } });
    if (pymId !== null) options.post(`pymxPYMx${pymId}xPYMxheightxPYMx${size.height}`);
    if (iframeResizerId !== null)
      options.post(`${IFRAME_RESIZER_PREFIX}${iframeResizerId}:${size.height}:${size.width}:${resizerType}`);
  };

  const report = () => {
    const size = measure();
    last = size;
    send(size, 'autoResize');
  };

  const observer = new ResizeObserver(() => {
    const size = measure();
    if (last && last.height === size.height && last.width === size.width) return;
    last = size;
    send(size, 'autoResize');
  });
  observer.observe(root);
  if (options.root === undefined && document.body) observer.observe(document.body);

  return {
    handleParentMessage(data) {
      if (typeof data !== 'string' || !data.startsWith(IFRAME_RESIZER_PREFIX)) return false;
      const id = data.slice(IFRAME_RESIZER_PREFIX.length).split(':')[0] ?? '';
      if (!IFRAME_ID.test(id)) return false;
      const type = iframeResizerId === null ? 'init' : 'autoResize';
      iframeResizerId = id;
      const size = measure();
      last = size;
      options.post(`${IFRAME_RESIZER_PREFIX}${id}:${size.height}:${size.width}:${type}`);
      return true;
    },
    report,
    stop() {
      observer.disconnect();
    },
  };
}
