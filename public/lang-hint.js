// Marks the language the browser prefers on the root chooser. The page works without this file.
(function () {
  var prefs = navigator.languages || [navigator.language || ''];
  for (var i = 0; i < prefs.length; i++) {
    var code = String(prefs[i]).slice(0, 2).toLowerCase();
    var link = document.querySelector('a[data-lang="' + code + '"]');
    if (link) {
      link.setAttribute('data-suggested', '');
      var hint = link.querySelector('.lang-hint');
      if (hint) hint.hidden = false;
      return;
    }
  }
})();
