// The upload form: each file sent on its own (XMLHttpRequest, for its upload progress), then its
// processing status polled from the API until it is final. No framework; the words come from the page.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) { return; }
  var input = document.getElementById("upload-files");
  var zone = document.getElementById("drop-zone");
  var table = document.getElementById("upload-results");
  var body = table.querySelector("tbody");
  var announce = document.getElementById("upload-announce");
  var T = JSON.parse(document.getElementById("upload-texts").textContent);
  var danish = (document.documentElement.lang || "da").slice(0, 2) === "da";
  var FINAL = ["accepted", "partial", "rejected", "failed"];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // Each line is added to the live region, not written over the last: two files' statuses in a row
  // are both heard. The lines stay until the user acts (sends again, `acted`) or leaves the page: a
  // screen reader user who reads the region back later, or comes back to the page after a while, finds
  // what it said (lines that went after a minute were lost to them); the region grows only with what
  // one send brought about.
  function say(text) {
    var line = el("span", {}, text + (/[.!?]$/.test(text) ? " " : ". "));
    announce.appendChild(line);
  }

  // The user sent (or pressed Send with nothing chosen): what was said of the sends before is done with,
  // and each row still shows its file's status. Removing lines is not read out.
  function acted() { announce.textContent = ""; }

  // A problem carries its locator in Danish (`locator_da`); one stored before it did has only the
  // English, whose few fixed shapes (hub/adapters/readers/base.py, describe_locator) are said in Danish.
  var LOCATOR_DA = [
    [/^field (.*) on page (\d+)$/, "felt $1 på side $2"],
    [/^field (.*)$/, "felt $1"],
    [/^sheet (".*"), cell (\w+)$/, "ark $1, celle $2"],
    [/^row (\d+), column (\d+) \((\w+)\)$/, "række $1, kolonne $2 ($3)"]
  ];

  function locator(text, da) {
    if (!danish || !text) { return text; }
    if (da) { return da; }
    for (var i = 0; i < LOCATOR_DA.length; i++) {
      if (LOCATOR_DA[i][0].test(text)) { return text.replace(LOCATOR_DA[i][0], LOCATOR_DA[i][1]); }
    }
    return text;
  }

  // `row`: the name of the file whose row the problem is shown in; the problem does not name it again
  // ("p.pdf: ikke en blanket fra …" under the row "p.pdf"), as the page does after a reload.
  function describe(p, row) {
    var item = danish ? (p.item_da || p.item) : p.item;
    var field = (danish ? p.field_da : p.field_en) || p.field;
    var file = p.file === row ? "" : p.file;
    // The form by its title, as the page names it after a reload (`form` is the config's id).
    var form = (danish ? p.form_title_da : p.form_title) || p.form_title || p.form;
    var place = locator(p.locator, p.locator_da);
    // A field the place names by the same printed words ('feltet "Deltager-id"') is said once; a list
    // entry's field by its name alone ("linje 1: timer" after 'feltet "Timer" i uge 45 2026' said only the
    // entry's index in the record: walk-107), as hub/field_problem.py's `said_at`.
    if (field && place && [field, field.split(": ").pop()].some(function (said) {
      return place.toLowerCase().indexOf('"' + said.toLowerCase() + '"') >= 0;
    })) { field = ""; }
    var where = [file, form, item, place, field];
    where = where.filter(Boolean).join(" / ");
    // As the page words it (`reason_text`, asked for with `?lang=`): the API's English keeps ISO dates.
    var reason = p.reason_text || (danish ? p.reason_da : p.reason_en);
    return where ? where + ": " + reason : reason;
  }

  function newRow(name) {
    // Roles as well as elements: on a phone the rows stack (hub.css), and a table shown as blocks may
    // lose its table semantics.
    var tr = el("tr", { role: "row" });
    // A file's name is its own, not words for a browser's translation to change.
    tr.appendChild(el("th", { scope: "row", role: "rowheader", translate: "no" }, name));
    var progress = el("progress", { max: "100", value: "0", "aria-label": T.uploading + " " + name });
    var cell = el("td", { role: "cell" });
    cell.appendChild(progress);
    tr.appendChild(cell);
    tr.appendChild(el("td", { "class": "status", role: "cell" }, T.uploading));
    tr.appendChild(el("td", { "class": "result", role: "cell" }));
    body.appendChild(tr);
    table.hidden = false;
    return tr;
  }

  // `then`: what follows the status in the same live line (a refusal's reason), so that the line names
  // the file it is about once, and alone still says which file it was.
  function setStatus(tr, status, name, then) {
    var cell = tr.querySelector(".status");
    var shown = T[status] || status;
    // Bytes received before: every later status still says so, or it reads as a fresh acceptance.
    if (tr.getAttribute("data-duplicate")) { shown = T.duplicate + " · " + shown; }
    // Said once a status: a file waiting its turn is polled every 700 ms, and each poll said "Venter i
    // kø" again, a line a poll in the live region for as long as it waited.
    var changed = cell.textContent !== shown;
    cell.textContent = shown;
    cell.setAttribute("data-status", status);
    tr.setAttribute("data-status", status);
    var progress = tr.querySelector("progress");
    if (progress) { progress.setAttribute("aria-label", name + ": " + shown); }
    if (changed || then) { say(name + ": " + shown + (then ? ". " + then : "")); }
  }

  // A rejected or partly accepted file: its first problem is said too, and that it can be sent again.
  // Only faults are counted: whose form the file looks like (`send_as`) is a suggestion, said after them
  // as one; "(og 1 fejl mere i tabellen)" counted it as a fault in the file (stop 62, walk-77).
  function sayProblems(name, problems) {
    var wrong = faults(problems);
    if (!wrong.length) { return; }
    var shown = listed(problems);
    var left = shown.length - 1;
    var more = left === 1 ? " (" + T.more_problem + ")"
      : left > 1 ? " (" + T.more_problems.replace("{n}", String(left)) + ")" : "";
    var hint = suggestion(problems);
    var next = hint ? T.suggestion.replace("{text}", describe(hint, name)) : whoPutsRight(wrong) || T.send_again;
    if (hint && hint.belongs_elsewhere) { next += ". " + T.belongs_elsewhere; }
    // Read nowhere: what to do instead of a fixed file, after what the file is where the hub read it
    // (a form of a municipality not in the partnership, `look_alike.outside_partnership`).
    if (readNowhere(wrong)) { next = (hint ? T.suggestion.replace("{text}", describe(hint, name)) + ". " : "") + T.read_nowhere; }
    // Said aloud there is no row to hear it under: the file's name first, once.
    say(name + ": " + (shown.length ? describe(shown[0], name) + more + ". " : "") + next);
  }

  function showProblems(tr, problems) {
    var cell = tr.querySelector(".result");
    var wrong = faults(problems);
    if (!wrong.length) { return; }
    var name = tr.querySelector("th").textContent;
    var shown = listed(problems);
    if (shown.length) {
      var list = el("ul", { "class": "problems" });
      shown.forEach(function (p) { list.appendChild(el("li", {}, describe(p, name))); });
      cell.appendChild(list);
    }
    var hint = suggestion(problems);
    if (hint) { cell.appendChild(el("p", { "class": "hint suggestion" }, T.suggestion.replace("{text}", describe(hint, name)))); }
    // The file may be right and the hub not hold what it names yet (its placement), or its config for
    // the form be unfinished: said, and by whom it is put right, or the caseworker looks in vain for what
    // to change in it.
    var who = whoPutsRight(wrong);
    if (who) { cell.appendChild(el("p", { "class": "hint outside-file" }, who)); }
  }

  // A file's problems but the suggestion of whose form it looks like (`send_as`; `unknown_form`: the
  // sender's own, changed past recognising), which is none of its faults.
  function hinted(p) { return p.send_as || p.unknown_form; }

  function faults(problems) {
    return (problems || []).filter(function (p) { return !hinted(p); });
  }

  function suggestion(problems) {
    return (problems || []).filter(hinted)[0];
  }

  // The faults the row lists: once the file is recognised as another municipality's form (`send_as`), why
  // none of the sender's own forms fits is beside the point ("'Aftale om virksomhedspraktik (VP-01)': …;
  // 'Bevilling af mentorstøtte (MS-03)': …", every own form in turn, before the suggestion: walk-107), and
  // only what else is wrong is listed. The API's problems keep them.
  function listed(problems) {
    var hint = suggestion(problems);
    return faults(problems).filter(function (p) { return !(hint && hint.send_as && p.not_recognised); });
  }

  // The file fits no form of any municipality the hub reads (`FieldProblem.read_nowhere`).
  function readNowhere(problems) {
    return (problems || []).some(function (p) { return p.read_nowhere; });
  }

  // Every problem lies outside the file (`outside_document`: what the hub holds; `config_unfinished`: the
  // hub's config for the form): the same file is sent again, not a fixed one. Not where the file's own
  // value may as well be at fault (`may_be_in_document`: its dates, its P-number): the words say to correct
  // it, and "nothing is wrong in the file itself" beside them left the caseworker no fixed file to send
  // (walk-110).
  function outsideOnly(problems) {
    return !!problems && problems.length > 0 &&
      problems.every(function (p) {
        return (p.outside_document && !p.may_be_in_document) || p.config_unfinished;
      });
  }

  // Who puts right what lies outside the file, as the problems mark it: the hub's administrator (its
  // config for the form, first when both are to blame: nothing else is read before it is complete), or
  // the sender or job centre (what the hub holds); "" when something in the file is at fault.
  function whoPutsRight(problems) {
    if (!outsideOnly(problems)) { return ""; }
    return problems.some(function (p) { return p.config_unfinished; }) ? T.config_unfinished : T.outside_file;
  }

  // The intern by participant id where the item was stored ("group 3" alone says little), the item's
  // place in the file beside it: "deltager P-… (gruppe 3)". An item the file names by the name printed in
  // it ("deltager 1 (Kasper Jensen)", "rækkerne 7–10 (Kasper Jensen)": mapping/items.py) reads "Kasper
  // Jensen (P-…), deltager 1", the intern first; it read "deltager P-… (deltager 1 (Kasper Jensen))" (stop 52).
  // A rejected item stored nothing and has no id: "Kasper Jensen, deltager 1", the same order.
  function named(label, participant) {
    var open = label.indexOf(" (");
    if (open > 0 && label.charAt(label.length - 1) === ")") {
      var id = participant ? " (" + participant + ")" : "";
      return label.slice(open + 2, -1) + id + ", " + label.slice(0, open);
    }
    return participant ? T.participant + " " + participant + " (" + label + ")" : label;
  }

  // A link to a version the file made, or, stored before from another file, that the file repeats it.
  function recordLink(r) {
    var link = el("span", {});
    if (r.unchanged) { link.appendChild(document.createTextNode(T.same_as + " ")); }
    link.appendChild(el("a", { href: r.url }, T.record + " " + r.record_id + " v" + r.version));
    return link;
  }

  function showResult(tr, sub) {
    var cell = tr.querySelector(".result");
    // The notices given at the upload (which earlier file these bytes repeat; kept while the queue was
    // down) stay; what an earlier poll showed is replaced.
    Array.prototype.slice.call(cell.children).forEach(function (child) {
      if (!child.classList.contains("notice") || child.classList.contains("stored-notice")) { cell.removeChild(child); }
    });
    showProblems(tr, sub.problems);
    var records = sub.records || [];
    if (sub.items && sub.items.length) {
      var items = el("ul", { "class": "items", "aria-label": T.items });
      sub.items.forEach(function (i) {
        var label = named(danish ? i.label_da : i.label, i.participant);
        var li = el("li", {}, label + ": " + (T[i.status] || i.status));
        // Its record's link beside the intern it is of: a row of "Post 353 v2 Post 354 v2 …" below
        // the list named no one (stop 54).
        records.filter(function (r) { return r.record_id === i.record_id; }).forEach(function (r) {
          li.appendChild(document.createTextNode(" "));
          li.appendChild(recordLink(r));
        });
        items.appendChild(li);
        (i.problems || []).forEach(function (p) {
          li.appendChild(el("div", { "class": "problem" }, describe(p, tr.querySelector("th").textContent)));
        });
      });
      cell.appendChild(items);
    }
    var itemsRecords = (sub.items || []).map(function (i) { return i.record_id; });
    records.filter(function (r) { return itemsRecords.indexOf(r.record_id) < 0; }).forEach(function (r) {
      cell.appendChild(recordLink(r));
      cell.appendChild(document.createTextNode(" "));
    });
    showNotices(tr, sub.notices);
    showLinked(cell, sub);
    // Corrected by a later sending (the same bytes sent again answer with the refused submission): the
    // fix is in, so nothing is offered to send (stop 68 left "Send en rettet fil" beside it).
    if ((sub.status === "rejected" || sub.status === "partial") && !sub.corrected_by) { offerAgain(tr, sub.problems); }
  }

  // A refused form corrected since (the same bytes sent again answer with the refused submission), or
  // the correction itself: said and linked as the list below says it after a reload, to the other's line
  // on whichever page of the list holds it.
  function showLinked(cell, sub) {
    var linked = (sub.corrected_by ? [["corrected-by", T.corrected_by, sub.corrected_by]] : [])
      .concat((sub.corrects || []).map(function (c) { return ["corrects", T.corrects, c]; }));
    var first = null;
    linked.forEach(function (l) {
      var p = el("p", { "class": l[0] });
      p.appendChild(el("a", { href: T.sent_url + l[2].id }, l[1].replace("{n}", String(l[2].id))));
      cell.appendChild(p);
      first = first || p;
    });
    return first;
  }

  // What was stored but should be known (a site past its places): said, not a problem. It says how
  // things stand when the status was read, so a row's notices are replaced, never added to.
  function showNotices(tr, notices) {
    var cell = tr.querySelector(".result");
    Array.prototype.forEach.call(cell.querySelectorAll(".stored-notice"), function (old) { cell.removeChild(old); });
    var before = cell.querySelector(".again-picker");
    (notices || []).forEach(function (n) {
      // `text`: the notice as the page writes it, dates and all (asked with `lang`, `inLanguage`).
      var p = el("p", { "class": "notice stored-notice", "data-code": n.code }, n.text || (danish ? n.message_da : n.message));
      cell.insertBefore(p, before);
    });
  }

  // A file stored after another can take that one's site past its places (four placements sent at
  // once: the first to finish saw room). So once everything sent from here is final, each stored
  // file's notices are read again and show how things stand now, as they would after a reload.
  var stored = [];
  function remember(tr, url) {
    // A row sent again follows its new submission.
    stored = stored.filter(function (s) { return s.tr !== tr; });
    stored.push({ tr: tr, url: url });
  }
  // A submission's status read once more (its JSON, or null when it cannot be read).
  function readAgain(url, done) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", inLanguage(url));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.onload = function () {
      var sub = null;
      try { sub = xhr.status === 200 ? JSON.parse(xhr.responseText) : null; } catch (e) { sub = null; }
      done(sub);
    };
    xhr.send();
  }
  function refreshNotices() {
    stored.forEach(function (s) {
      readAgain(s.url, function (sub) { if (sub && sub.final) { showNotices(s.tr, sub.notices); } });
    });
  }

  // A file refused on this page and its fixed one sent from the field above (a row of its own), not with
  // the row's "Send en rettet fil": the refused row still said "Afvist" and "send a fixed file" beside the
  // accepted correction. Once what was sent since is final, each such row is asked whether it is corrected.
  var uncorrected = [];
  function askCorrected() {
    uncorrected.forEach(function (u) {
      readAgain(u.url, function (sub) {
        // Sent again from its row since, the row follows another submission: left to that one.
        if (!sub || !sub.corrected_by || u.tr.getAttribute("data-url") !== u.url) { return; }
        uncorrected = uncorrected.filter(function (o) { return o !== u; });
        var cell = u.tr.querySelector(".result");
        showLinked(cell, sub);
        withdrawAgain(cell);
        say(u.name + ": " + T.corrected_by.replace("{n}", String(sub.corrected_by.id)));
      });
    });
  }

  // The row's offer to send a fixed file (its picker and the label that opens it), once the fix is in:
  // "Send en rettet fil" beside "Rettet ved indsendelse N" read as still to do (stop 68).
  function withdrawAgain(cell) {
    Array.prototype.forEach.call(cell.querySelectorAll(".again-picker"), function (picker) {
      var label = cell.querySelector('label[for="' + picker.id + '"]');
      if (label) { cell.removeChild(label); }
      cell.removeChild(picker);
    });
  }

  // `same`: nothing is wrong in the file (the hub's own trouble, a 5xx): the same file is sent again.
  function offerAgain(tr, problems, same) {
    var cell = tr.querySelector(".result");
    // Another municipality's form the sender has no agreement to send (`belongs_elsewhere`): nothing in
    // it is to fix, and "Send en rettet fil" sent the caseworker looking for what (walk-88, stop 64).
    var hint = suggestion(problems);
    if (hint && hint.belongs_elsewhere) {
      cell.appendChild(el("p", { "class": "hint belongs-elsewhere" }, T.belongs_elsewhere));
      return;
    }
    // No form of any municipality the hub reads fits (`read_nowhere`): one the hub has no set-up for, most
    // likely; a fixed file is nothing the sender can make (Skive's file sent by Herlev: walk-88, stop 64).
    if (readNowhere(problems)) {
      cell.appendChild(el("p", { "class": "hint read-nowhere" }, T.read_nowhere));
      return;
    }
    // Refused only for being sent under the wrong municipality (every fault is that no form of the
    // sender's fits, and the file is recognised as a partner's it may send as): nothing in it is to fix,
    // and "Send en rettet fil" beside "Send filen som Ballerup" sent the caseworker looking for a fault
    // the file does not have (walk-107). The resend as the right municipality is the one way on.
    var as = offerOtherSender(tr, problems);
    if (as && wrongSenderOnly(problems)) { as.setAttribute("data-alone", ""); offerAllAs(); return; }
    var id = "again-" + Math.random().toString(36).slice(2);
    // The fixed file is picked from the types this sender's forms come in, as the field above offers.
    var picker = el("input", { type: "file", id: id, "class": "visually-hidden again-picker", accept: input.getAttribute("accept") });
    var again = same || outsideOnly(problems);
    var label = el("label", { "for": id, "class": "button" }, again ? T.send_same : T.send_again);
    // A fixed file corrects the row's refused submission, the row pressed: linked by form, CPR and
    // P-number it corrected the earliest refused file of that citizen's form instead, and a row whose form
    // was not recognised nothing (walk-88, stop 64). The same file sent again corrects nothing.
    var corrects = again ? null : tr.getAttribute("data-submission");
    picker.addEventListener("change", function () {
      if (!picker.files.length) { return; }
      acted();
      // The same file again is this row's sending. A fixed file gets a row of its own below, as one picked
      // in the field above does: the refused row stays, "Rettet ved indsendelse N" once the fix is in
      // (`askCorrected`). Sent over the row, one refused file's fix left only the fix's row (page-112).
      if (corrects) { send(picker.files[0], null, null, null, corrects, tr); } else { send(picker.files[0], tr); }
    });
    cell.appendChild(picker);
    cell.appendChild(label);
    // After the fixed file's label, as before: the file may also be wrong in itself.
    if (as) { cell.appendChild(as); }
  }

  // Whose form it is (`send_as`) is all that is wrong: every fault says only that no form of the sender's
  // fits (`not_recognised`).
  function wrongSenderOnly(problems) {
    var wrong = faults(problems);
    return !!suggestion(problems) && wrong.length > 0 && wrong.every(function (p) { return p.not_recognised; });
  }

  // A lead sends its partners' forms and may have left "Send som kommune" at its own: the rejection
  // says whose form the file looks like (`send_as`), and the same file goes to that municipality with
  // one press, rather than changing the field above and picking the file again. Only a row that is one
  // file of its own (not a zip's member), and only as a municipality this user may send as. Returns the
  // button (shown after whatever else the row offers), or null when none is offered.
  function offerOtherSender(tr, problems) {
    var sender = document.getElementById("upload-sender");
    var code = (problems || []).map(function (p) { return p.send_as; }).filter(Boolean)[0];
    if (!code || !tr.file || !sender || sender.name !== "municipality") { return null; }
    var option = Array.prototype.filter.call(sender.options, function (o) { return o.value === code; })[0];
    if (!option) { return null; }
    var name = option.textContent.replace(/\s*\(\d+\)$/, "");
    var button = el("button", { type: "button", "class": "send-as", "data-municipality": code },
      T.send_as.replace("{name}", name));
    button.addEventListener("click", function () {
      // The button goes with the row's old result: the focus stays in the row, at the file's name,
      // rather than fall back to the top of the page.
      var name = tr.querySelector("th");
      name.setAttribute("tabindex", "-1");
      name.focus();
      acted();
      send(tr.file, tr, code);
    });
    tr.querySelector(".result").appendChild(button);
    return button;
  }

  // Several rows refused only for being a partner's form sent as the sender chosen above (walk-107: eight
  // of a month's files, eight "Send filen som …" presses): one press sends each as the municipality it
  // was recognised as, as its own row's button would, one after another in the rows' order (the hub
  // numbers submissions as it receives them), each its own submission under its own `Idempotency-Key`
  // (`keyFor`), each row then showing its own outcome. Offered below the rows once two such rows stand.
  var allAs = null;
  function offerAllAs() {
    if (allAs) { allAs.parentNode.removeChild(allAs); allAs = null; }
    var buttons = Array.prototype.slice.call(body.querySelectorAll("button.send-as[data-alone]"));
    if (buttons.length < 2) { allAsSaid = 0; return; }
    allAs = el("p", { "class": "send-all-as" });
    var button = el("button", { type: "button" }, T.send_all_as.replace("{n}", String(buttons.length)));
    button.addEventListener("click", function () {
      var rows = buttons.map(function (b) {
        var tr = b.closest("tr");
        b.parentNode.removeChild(b);  // pressed for every row: no row's own button is left to press again
        return { tr: tr, code: b.getAttribute("data-municipality") };
      });
      // The action goes with the rows' old results: the focus moves to the first file's name.
      var first = rows[0].tr.querySelector("th");
      first.setAttribute("tabindex", "-1");
      first.focus();
      acted();
      (function next(i) {
        if (i < rows.length) { send(rows[i].tr.file, rows[i].tr, rows[i].code, function () { next(i + 1); }); }
      }(0));
    });
    allAs.appendChild(button);
    table.parentNode.insertBefore(allAs, table.nextSibling);
    sayAllAs();
  }

  // The one-press button, said in the live region as the rows' lines are (a screen reader heard each row's
  // suggestion, never that the button had come: page-110): after the line of the row that brought it (this
  // runs before that line is said), once no file is still being followed (eight rows refused one after
  // another said it once, not seven times), and again only when it sends more files than it said.
  var allAsSaid = 0;
  function sayAllAs() {
    setTimeout(function () {
      var n = allAs ? body.querySelectorAll("button.send-as[data-alone]").length : 0;
      if (!n) { allAsSaid = 0; return; }
      if (pending > 0 || n <= allAsSaid) { return; }
      allAsSaid = n;
      say(T.all_as_offered.replace("{button}", allAs.querySelector("button").textContent));
    }, 0);
  }

  // What the page lists below (what was sent; on the company's page also the hours it brought) is
  // fetched again once everything sent from here is final, so that it reads as after a reload. Only
  // the newest answer counts, and a part the user is in (a focused link, an opened list of problems)
  // is left as it is rather than pulled from under them.
  var pending = 0, asked = 0;
  function settled() {
    pending = Math.max(0, pending - 1);
    if (pending > 0) { return; }
    sayAllAs();  // the last file followed may be one that is not offered the button
    if (stored.length > 1) { refreshNotices(); }
    if (stored.length) { askCorrected(); }
    if (!document.querySelector("[data-refresh][id]")) { return; }
    var mine = ++asked;
    var xhr = new XMLHttpRequest();
    xhr.open("GET", window.location.href);
    xhr.responseType = "document";
    xhr.onload = function () {
      if (mine !== asked || xhr.status !== 200 || !xhr.response) { return; }
      var swapped = 0, kept = 0;
      Array.prototype.forEach.call(document.querySelectorAll("[data-refresh][id]"), function (old) {
        var fresh = xhr.response.getElementById(old.id);
        if (!fresh || old.contains(document.activeElement) || old.querySelector("details[open]")) { kept += 1; return; }
        old.replaceWith(document.importNode(fresh, true));
        swapped += 1;
      });
      // Lists changed where the user is not looking: a screen reader hears so, in a region of its own
      // (the files' statuses in theirs stay heard), and only when every list is up to date.
      var listsAnnounce = document.getElementById("lists-announce");
      if (swapped && !kept && listsAnnounce) { listsAnnounce.textContent = T.lists_updated; }
    };
    xhr.send();
  }

  // Accepted, but every version it names was stored before from another file: nothing new was kept.
  function shownStatus(sub) {
    var records = sub.records || [];
    var repeats = records.length && records.every(function (r) { return r.unchanged; });
    if (sub.status === "accepted" && repeats) { return "unchanged"; }
    // Held for a placement another file may still bring: not "Venter i kø" like a file waiting its turn.
    return sub.waiting_since && !sub.final ? "waiting" : sub.status;
  }

  // A status's address asked in the page's language: each reason and notice as the page writes it
  // (`reason_text`), dates and all; an English notice read again without it went back to ISO dates.
  function inLanguage(url) {
    return url + (url.indexOf("?") < 0 ? "?" : "&") + "lang=" + (danish ? "da" : "en");
  }

  // The API's status URLs are whole (stop 65), built from what the request said its scheme and host
  // were; behind a TLS proxy that HUB_TRUSTED_PROXIES does not name they say http://, which a page
  // served over https may not ask. The page asks its own origin for the same path instead.
  function ownPath(url) {
    var a = new URL(url, window.location.href);
    return a.pathname + a.search;
  }

  function poll(tr, url, name) {
    tr.setAttribute("data-url", url);
    var xhr = new XMLHttpRequest();
    xhr.open("GET", inLanguage(url));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.onload = function () {
      var sub = null;
      // Signed out while it was being read: the file is in, and is read all the same; only this page
      // can no longer follow it.
      if (xhr.status === 401) { lostWhileFollowing(tr); settled(); return; }
      // Asked too often (HUB_API_LIMIT counts this page's questions too: many files waiting in a long
      // queue reach it) or the hub briefly unable to answer: nothing has failed, so the file is asked
      // after again when the answer says (Retry-After), its status left as it was.
      if (xhr.status === 429 || xhr.status === 503) {
        var wait = parseInt(xhr.getResponseHeader("Retry-After"), 10);
        setTimeout(function () { poll(tr, url, name); }, (isNaN(wait) ? 5 : Math.max(wait, 1)) * 1000);
        return;
      }
      try { sub = xhr.status === 200 ? JSON.parse(xhr.responseText) : null; } catch (e) { sub = null; }
      if (!sub) { setStatus(tr, "failed", name); settled(); return; }
      setStatus(tr, shownStatus(sub), name);
      if (sub.final) {
        showResult(tr, sub);
        sayProblems(name, sub.problems || []);
        // Heard too: "send a fixed file" alone read as still to do when the fixed one was in already.
        if (sub.corrected_by) { say(name + ": " + T.corrected_by.replace("{n}", String(sub.corrected_by.id))); }
        if ((sub.records || []).length) { remember(tr, url); }
        if (sub.status === "rejected" && !sub.corrected_by) { uncorrected.push({ tr: tr, url: url, name: name }); }
        settled();
      } else {
        // A form held for its placement may wait up to an hour: asked every 5 s, not every 700 ms.
        setTimeout(function () { poll(tr, url, name); }, sub.waiting_since ? 5000 : 700);
      }
    };
    // The connection lost while waiting: said as failed on our side, and the lists still brought up to date.
    xhr.onerror = function () { setStatus(tr, "failed", name); settled(); };
    xhr.send();
  }

  function follow(tr, f) {
    var name = f.filename;
    tr.querySelector("th").textContent = name;
    tr.querySelector("progress").value = 100;
    if (f.outcome === "duplicate") { tr.setAttribute("data-duplicate", "1"); }
    // The row's submission: a fixed file sent from the row says it corrects this one (`offerAgain`).
    if (f.submission_id && f.status_url) { tr.setAttribute("data-submission", String(f.submission_id)); }
    setStatus(tr, f.outcome === "refused" ? "refused" : (f.status || f.outcome), name);
    if (f.outcome === "refused") {
      showProblems(tr, f.problems); sayProblems(name, f.problems); offerAgain(tr, faults(f.problems)); return;
    }
    if (f.outcome === "duplicate") {
      // Which earlier file these bytes repeat, so nobody wonders which one counted.
      var note = f.note_text || (danish ? f.note_da : f.note_en);
      // Under its row the file is named by the row (stop 45): "placement.csv: det samme indhold …"
      // under the row "placement.csv" named it twice. The note starts with the sender's file's name.
      var own = name + ": ";
      if (note && note.indexOf(own) === 0 && note.length > own.length) {
        note = note.charAt(own.length).toUpperCase() + note.slice(own.length + 1);
      }
      if (note) { tr.querySelector(".result").appendChild(el("p", { "class": "notice" }, note)); }
    }
    // Kept while the job queue is down: say so once; the polling below sees it finish when it is back.
    if (f.message) { tr.querySelector(".result").appendChild(el("p", { "class": "notice" }, danish ? f.message_da : f.message)); }
    // Bytes another user sent for the same party: this page cannot follow that submission, and its
    // status as it stands (the note says so) is all there is to show.
    if (!f.status_url) { return; }
    pending += 1;
    poll(tr, ownPath(f.status_url), name);
  }

  function failed(tr, xhr, name) {
    var cell = tr.querySelector(".result");
    if (xhr.status === 401) { signedOut(tr, name); return; }
    var problems = [];
    var message = T.error;
    try {
      var err = JSON.parse(xhr.responseText);
      // The API's words are the service's, written to follow a prefix (`fejl: …` on the command line)
      // and often in lower case: they follow the page's own line, not stand alone (decision 0062). Only
      // the page's language: an answer without them (a proxy's) leaves the page's line alone.
      var words = danish ? err.message_da : err.message;
      if (words) { message = T.error + ": " + words; }
      problems = err.problems || [];
    } catch (e) { /* not JSON: keep the general message */ }
    // A resend while the first sending is still stored: not a failure, and what to do is the page's to
    // say in its own words (the API's are for a client: "ask again with the same key in 2 s").
    if (xhr.status === 409) { message = T.still_stored.replace("{again}", T.send_same); }
    // The hub's message is its problems' lines joined (`Rejection`: each names its file, a zip's member
    // too), so it is the whole of the refusal: said once on the row and once aloud, in the line that names
    // the file and its status. Listed under it as well, a zip that cannot be unpacked (422) said the same
    // words twice, and the live line said only "Ikke modtaget", never why (stop 66, page-102).
    setStatus(tr, "refused", name, message);
    // The row's line names the file too, once: copied, or read without the row's heading, "Upload
    // mislykkedes: uploaden er større end grænsen" did not say which file it was (page-102 left it). The
    // hub's words for a zip's member already name it ("brudt.zip: placering.csv: …").
    var named = message.indexOf(name) === -1 ? name + ": " + message : message;
    cell.appendChild(el("p", { "class": "refused-line" }, named));
    // A 5xx is the hub's trouble (its disk full, its database away): "send a fixed file" sent the
    // caseworker looking for a fault in a file that has none (walk-82). No answer at all (status 0: the
    // line dropped) is no fault of the file's either, nor a 409 whose first sending is still being stored
    // past its wait (`Idempotency-Key`): the same file again is what to send.
    offerAgain(tr, problems, xhr.status >= 500 || xhr.status === 0 || xhr.status === 409);
  }

  // The session ended (signed out in another tab, or expired) while the page stayed open: nothing was
  // stored, and this page's form can send nothing more, so the way on is a link to sign in again.
  function signedOut(tr, name) {
    var cell = tr.querySelector(".result");
    setStatus(tr, "refused", name);
    var p = el("p", { "class": "notice" }, T.signed_out + " ");
    p.appendChild(el("a", { href: form.getAttribute("data-login") }, T.sign_in_again));
    cell.appendChild(p);
  }

  function lostWhileFollowing(tr) {
    var p = el("p", { "class": "notice" }, T.signed_out_following + " ");
    p.appendChild(el("a", { href: form.getAttribute("data-login") }, T.sign_in_to_follow));
    tr.querySelector(".result").appendChild(p);
  }

  // The row's `Idempotency-Key` for this file, kept until an answer arrives: a resend after a lost
  // answer (a flaky line: the hub stored the file, its 202 never came) is the same request with the same
  // key, answered the first answer, not a `duplicate` of it (decision 0016, "Stop 66: api-100"). Another
  // file, or a file changed since (its size or time), is another request and gets a new key.
  function keyFor(tr, file) {
    var same = tr.sending && tr.sending.name === file.name && tr.sending.size === file.size &&
      tr.sending.modified === file.lastModified;
    if (!same) {
      // `getRandomValues`, not `randomUUID`: the hub may be served over plain HTTP on a local network.
      var bytes = crypto.getRandomValues(new Uint8Array(16));
      var key = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
      tr.sending = { name: file.name, size: file.size, modified: file.lastModified, key: key };
    }
    return tr.sending.key;
  }

  // `as`: the municipality to send it as, when not the one chosen above (`offerOtherSender`); `done`:
  // called once the hub has answered (or the request failed), so that the next file may go (`sendAll`);
  // `from`: the refused row a fixed file was sent from (`offerAgain`).
  function send(file, tr, as, done, corrects, from) {
    tr = tr || newRow(file.name);
    tr.removeAttribute("data-duplicate");  // a fixed file sent again is new bytes
    tr.removeAttribute("data-url");
    tr.removeAttribute("data-submission");
    tr.querySelector(".result").textContent = "";
    offerAllAs();  // the row's own "send as" pressed (or a fixed file sent): one row fewer to send so
    tr.querySelector("progress").value = 0;
    setStatus(tr, "uploading", file.name);
    var data = new FormData();
    data.append("files", file, file.name);
    var sender = form.querySelector("[name=municipality], [name=agreement]");
    if (sender) { data.append(sender.name, as || sender.value); }
    if (corrects) { data.append("corrects", corrects); }
    // The answer's notes and reasons in the page's language as the page writes them (`note_text`).
    data.append("lang", danish ? "da" : "en");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("data-api"));
    xhr.setRequestHeader("X-CSRFToken", form.getAttribute("data-csrf"));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Idempotency-Key", keyFor(tr, file));
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { tr.querySelector("progress").value = Math.round(100 * e.loaded / e.total); }
    };
    xhr.onload = function () {
      var wait = Number(xhr.getResponseHeader("Retry-After"));
      if (xhr.status === 409 && wait) {
        // The first sending with this key is still being stored: its answer is the one to wait for.
        setTimeout(function () { send(file, tr, as, done, corrects, from); }, 1000 * wait);
        return;
      }
      tr.sending = null;  // answered: a later sending of the row is a new request
      if (xhr.status !== 202) {
        // Nothing was stored: no row of its own, the refusal said on the row it was sent from, which is
        // still the refused submission it was, and a next fixed file from it still corrects that one.
        if (from) { body.removeChild(tr); tr = from; tr.querySelector(".result").textContent = ""; }
        if (corrects) { tr.setAttribute("data-submission", String(corrects)); }
        failed(tr, xhr, file.name);
      }
      else {
        var files = JSON.parse(xhr.responseText).files;
        // A file read as itself can be sent again as it is; a zip's members are not files of their own.
        tr.file = files.length === 1 && files[0].filename === file.name ? file : null;
        files.forEach(function (f, i) { follow(i === 0 ? tr : newRow(f.filename), f); });
      }
      if (done) { done(); }
    };
    // No answer: the key stays with the row, for the same file sent again from it (`offerAgain`).
    xhr.onerror = function () { failed(tr, xhr, file.name); if (done) { done(); } };
    xhr.send(data);
  }

  // One after another, in the order picked, each row shown at once: the hub numbers submissions in the
  // order it receives them, and that order says which of two forms came later (the current version,
  // "Rettet ved indsendelse N"). Sent side by side, a refused file and its fix picked together were
  // numbered as the requests happened to arrive, not as the caseworker sent them (decision 0062, "Stop
  // 61: fixes-72").
  function sendAll(files) {
    var list = Array.prototype.slice.call(files);
    var rows = list.map(function (f) { return newRow(f.name); });
    (function next(i) {
      if (i < list.length) { send(list[i], rows[i], undefined, function () { next(i + 1); }); }
    }(0));
  }

  // Send with no file chosen: said at the field and to a screen reader, rather than nothing happening.
  var none = document.getElementById("upload-none");
  function noFile(shown) {
    none.hidden = !shown;
    if (shown) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
  }
  input.addEventListener("change", function () { noFile(false); });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    acted();
    if (!input.files || !input.files.length) {
      noFile(true);
      say(T.choose_files);
      input.focus();
      return;
    }
    noFile(false);
    sendAll(input.files);
    input.value = "";
  });
  zone.addEventListener("dragover", function (e) { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
  zone.addEventListener("drop", function (e) {
    e.preventDefault();
    zone.classList.remove("over");
    noFile(false);
    acted();
    sendAll(e.dataTransfer.files);
  });
}());
