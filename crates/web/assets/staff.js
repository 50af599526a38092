// Staff pages, when JavaScript runs (every form works without it):
// - beside the consultation form, the destination country's information, read from the
//   public API when the consultant picks a destination;
// - a group of checkboxes marked data-one-tab-stop is one Tab stop, as a group of radio
//   buttons is: the arrow keys move within it and Space ticks, so a contact is logged with
//   few key presses;
// - a form that comes back with errors puts the focus on its summary, which is read out.
(function () {
  "use strict";

  function showCountryInfo() {
    var select = document.querySelector("[data-country-info]");
    var target = document.getElementById("destination-info");
    if (!select || !target) {
      return;
    }
    var language = select.getAttribute("data-country-info");
    function show() {
      var country = select.value;
      if (!country) {
        return;
      }
      fetch("/api/v1/countries/" + encodeURIComponent(country) + "?lang=" + encodeURIComponent(language))
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (profile) {
          if (profile) {
            // The server renders and sanitises the Markdown; nothing else is inserted.
            target.innerHTML = profile.html;
          }
        })
        .catch(function () {});
    }
    select.addEventListener("change", show);
    show();
  }

  function oneTabStop(group) {
    var boxes = Array.prototype.slice.call(group.querySelectorAll("input[type=checkbox]"));
    if (boxes.length === 0) {
      return;
    }
    function stopAt(box) {
      boxes.forEach(function (other) { other.tabIndex = other === box ? 0 : -1; });
    }
    stopAt(boxes.filter(function (box) { return box.checked; })[0] || boxes[0]);
    boxes.forEach(function (box, index) {
      box.addEventListener("focus", function () { stopAt(box); });
      box.addEventListener("keydown", function (event) {
        var step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
        if (!step) {
          return;
        }
        event.preventDefault();
        boxes[(index + step + boxes.length) % boxes.length].focus();
      });
    });
  }

  showCountryInfo();
  Array.prototype.forEach.call(document.querySelectorAll("[data-one-tab-stop]"), oneTabStop);
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
})();
