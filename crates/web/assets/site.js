// Quick exit: the link works without JavaScript; with it, the button and the Escape key
// leave at once and replace this page in the history, so "back" does not return here.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      leave(event);
    }
  });
})();

// Times written in UTC with the zone named (`<time datetime data-local-time>`) are shown in
// the reader's own time zone; without JavaScript they stay in UTC, named.
(function () {
  "use strict";
  var times = document.querySelectorAll("time[data-local-time]");
  for (var i = 0; i < times.length; i++) {
    var when = new Date(times[i].getAttribute("datetime"));
    if (!isNaN(when.getTime())) {
      times[i].textContent = when.toLocaleString(document.documentElement.lang || undefined, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZoneName: "short",
      });
    }
  }
})();
