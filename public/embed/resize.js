/*
 * Sulut Atlas embed resizer. Include it once on a page that embeds Sulut Atlas charts:
 *   <script src="https://<this site>/embed/resize.js" async></script>
 * Each chart iframe then takes the height of its chart, so its source line is never cut off.
 *
 * It resizes only iframes whose address is under this script's own /embed/ folder, and only from a message of
 * the expected shape sent by that iframe's own window from that iframe's origin. It sets nothing else, reads
 * nothing from the page, and sends nothing anywhere but to those iframes.
 * Protocol: src/lib/embed/messages.ts in the Sulut Atlas repository.
 */
(function () {
  'use strict';
  var HEIGHT = 'sulut-atlas:embed-height';
  var ASK = 'sulut-atlas:embed-ask';
  var MIN = 100;
  var MAX = 10000;
  if (window.sulutAtlasEmbedResize) return;
  window.sulutAtlasEmbedResize = true;

  var script = document.currentScript;
  if (!script || !script.src) return;
  var root = new URL('./', script.src).href;

  function ours(frame) {
    return typeof frame.src === 'string' && frame.src.indexOf(root) === 0;
  }
  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), ours);
  }
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: ASK }, new URL(frame.src).origin);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source && new URL(frame.src).origin === event.origin) {
        frame.style.height = Math.ceil(height) + 'px';
      }
    });
  });
  // Frames that loaded before this script (it is async) reported to nobody: ask them again.
  document.addEventListener('load', function (event) {
    if (event.target && event.target.tagName === 'IFRAME' && ours(event.target)) ask(event.target);
  }, true);
  frames().forEach(ask);
})();
