// Quick exit: the link works without JavaScript; with it, the button and the Escape key
// leave at once and replace this page in the history, so "back" does not return here (the
// site's pages opened before it stay in the history: the safety page says so).
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
  // Escape also clears a field or closes a list while one types: leaving then would lose
  // what the person wrote, and surprise them.
  function isTyping(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }
  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !event.isComposing && !isTyping(event.target)) {
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
