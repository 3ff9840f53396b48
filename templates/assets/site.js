// Progressive enhancement only: every page works without JavaScript.
(function () {
  "use strict";
  function citationFor(button) {
    var url = window.location.href.split("#")[0] + "#" + encodeURIComponent(button.getAttribute("data-anchor")).replace(/%28/g, "(").replace(/%29/g, ")");
    return button.getAttribute("data-cite") + " " + url;
  }
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }
  var buttons = document.querySelectorAll("button.copy-cite");
  for (var i = 0; i < buttons.length; i++) {
    var button = buttons[i];
    button.hidden = false;
    button.addEventListener("click", function (event) {
      var b = event.currentTarget;
      copy(citationFor(b)).then(function () {
        var label = b.firstChild;
        var original = label.nodeValue;
        label.nodeValue = "Copied";
        setTimeout(function () { label.nodeValue = original; }, 2000);
      });
    });
  }
})();
