/**
 * On an embed page inside another site's iframe: tells the framing page how tall the chart is, whenever that
 * changes (first paint, chart drawn, chart/table toggle, a narrower frame), so the host's resize script can fit
 * the iframe to it and the source line is never cut off. Does nothing when the page is not framed.
 */
import { heightMessage, isAskMessage } from '~/lib/embed/messages';

export function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = (force = false) => {
    // body.embed has no minimum height, so its box is the content's height, not the frame's.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height), '*');
  };
  new ResizeObserver(() => send()).observe(document.body);
  // The host script may load after this page first reported; it then asks again.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isAskMessage(event.data)) send(true);
  });
  send(true);
}
