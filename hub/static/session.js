// The session's clock: say before a signed-in session ends that it will, and let the person extend it
// (WCAG 2.2.1). The page gives the seconds left (not a time of day: the PC's clock may be wrong) and
// the words; no framework. Only the button extends the session: a page left open does not.
(function () {
  "use strict";
  var box = document.getElementById("session-warning");
  if (!box) { return; }
  var form = box.querySelector("form");
  var text = document.getElementById("session-warning-text");
  var status = document.getElementById("session-status");
  var signIn = box.querySelector("a");
  var warn = Number(box.getAttribute("data-warn-seconds")) * 1000;
  var deadline = Date.now() + Number(box.getAttribute("data-seconds-left")) * 1000;
  var KEY = "hub-session-until";  // another tab that extends the session tells this one
  var before = null;  // what had the focus when the warning took it, to give it back
  var timer = null;

  function clockTime(ms) {
    return new Date(ms).toLocaleTimeString(document.documentElement.lang || "da",
      { hour: "2-digit", minute: "2-digit" });
  }

  // The warning is fixed at the window's foot: the page keeps that strip clear of what gets the focus, so
  // that Tab never moves it behind the warning (WCAG 2.4.11). Scroll padding is what the browser's own
  // scrolling into view leaves free, and as much room below the page lets its last link scroll clear.
  function keepClear(shown) {
    var covered = shown ? Math.max(0, window.innerHeight - box.getBoundingClientRect().top + 8) : 0;
    var room = covered ? covered + "px" : "";
    document.documentElement.style.scrollPaddingBottom = room;
    document.body.style.paddingBottom = room;
  }

  function show() {
    if (!box.hidden) { return; }
    text.textContent = box.getAttribute("data-warning").replace("{time}", clockTime(deadline));
    box.hidden = false;
    keepClear(true);
    // An alert dialog takes the focus to its button: a screen reader says the warning, and Enter extends.
    before = document.activeElement;
    form.querySelector("button").focus();
  }

  function ended() {
    text.textContent = box.getAttribute("data-ended");
    form.hidden = true;
    signIn.hidden = false;
    box.hidden = false;
    keepClear(true);
    signIn.focus();
  }

  function tick() {
    clearTimeout(timer);
    var left = deadline - Date.now();
    if (left <= 0) { ended(); return; }
    if (left <= warn) { show(); }
    // Woken at the next moment that matters, and at least each minute: a sleeping PC's timers run late.
    var next = left > warn ? left - warn : left;
    timer = setTimeout(tick, Math.min(next, 60000));
  }

  function extended(until) {
    deadline = until;
    box.hidden = true;
    keepClear(false);
    status.textContent = box.getAttribute("data-extended");
    if (before && document.contains(before)) { before.focus(); }
    before = null;
    tick();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var token = form.querySelector("input[name=csrf_token]").value;
    fetch(form.action, { method: "POST", credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRFToken": token } })
      .then(function (answer) {
        if (!answer.ok) { throw new Error(String(answer.status)); }
        return answer.json();
      })
      .then(function (body) {
        var until = Date.now() + body.seconds_left * 1000;
        try { localStorage.setItem(KEY, String(until)); } catch (e) { /* storage off: this tab only */ }
        extended(until);
      })
      .catch(ended);  // signed out elsewhere, or the server gone: the session cannot be kept
  });

  window.addEventListener("resize", function () { if (!box.hidden) { keepClear(true); } });  // text rewraps
  window.addEventListener("storage", function (event) {
    if (event.key === KEY && Number(event.newValue) > deadline) { extended(Number(event.newValue)); }
  });
  tick();
}());
