// Staff pages: beside the consultation form, the destination country's information, read
// from the public API when the consultant picks a destination. The form works without it.
(function () {
  "use strict";
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
})();
