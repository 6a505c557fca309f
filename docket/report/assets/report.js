// docket report: shows the posture on the chosen date from the states carried in the page.
// Every piece of docket text is put in with textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var S = data.strings;
  var states = data.states;
  var input = document.getElementById("as-of");
  var starts = states.map(function (s) { return s.from; }).filter(function (d) { return d !== null; });

  // Each state carries its lists (the summary's lines, the deadlines, the anomalies) as
  // edits of the state before: [i, j] copies its items i to j, {n: [...]} adds items. Whole
  // lists are kept every CHECK states, and a state is rebuilt from the checkpoint before it.
  var LISTS = ["lines", "deadlines", "anomalies"];
  var CHECK = 32;
  var checkpoints = [];

  function apply(last, state) {
    var now = {};
    LISTS.forEach(function (k) {
      var old = last[k], out = [];
      state[k].forEach(function (op) {
        var items = Array.isArray(op) ? old.slice(op[0], op[1]) : op.n;
        for (var i = 0; i < items.length; i++) { out.push(items[i]); }
      });
      now[k] = out;
    });
    return now;
  }

  (function () {
    var last = {lines: [], deadlines: [], anomalies: []};
    for (var i = 0; i < states.length; i++) {
      last = apply(last, states[i]);
      if (i % CHECK === 0) { checkpoints.push(last); }
    }
  })();

  function whole(i) {
    var at = Math.floor(i / CHECK);
    var now = checkpoints[at];
    for (var j = at * CHECK + 1; j <= i; j++) { now = apply(now, states[j]); }
    return {from: states[i].from, "case": states[i]["case"], discovery: states[i].discovery,
      lines: now.lines, deadlines: now.deadlines, anomalies: now.anomalies};
  }

  function stateOn(day) {
    // The last state starting on or before the day (ISO dates compare as strings).
    var lo = 0, hi = states.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (states[mid].from === null || states[mid].from <= day) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found < 0 ? null : whole(found);
  }

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }

  function item(list, text) {
    var li = document.createElement("li");
    li.textContent = text;
    list.appendChild(li);
    return li;
  }

  var first = Date.parse(data.scale[0]), last = Date.parse(data.scale[1]);

  function cursor(day, valid) {
    // A dashed line on the timeline at the chosen date.
    var line = document.getElementById("cursor");
    var at = valid ? Date.parse(day) : NaN;
    line.hidden = !(at >= first && at <= last);
    if (!line.hidden) { line.style.left = (100 * (at - first) / Math.max(last - first, 1)) + "%"; }
  }

  function show(day) {
    var summary = document.getElementById("summary");
    var body = document.querySelector("#deadlines tbody");
    var anomalies = document.getElementById("anomalies");
    var changes = document.getElementById("changes");
    clear(summary); clear(body); clear(anomalies); clear(changes);
    var valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
    document.getElementById("posture-as-of").textContent = valid ? day : "(no date chosen)";
    var state = valid ? stateOn(day) : null;
    cursor(day, valid);
    document.getElementById("posture").setAttribute("data-as-of", valid ? day : "");
    if (state === null) {
      document.getElementById("case-status").textContent = "";
      document.getElementById("discovery-status").textContent = "";
      document.getElementById("posture-since").textContent = "";
      item(summary, valid ? "Nothing on the docket yet." : "Choose a date.");
      document.getElementById("no-deadlines").hidden = false;
      document.getElementById("deadlines").hidden = true;
      document.getElementById("no-anomalies").hidden = false;
      return;
    }
    document.getElementById("case-status").textContent = S[state["case"]].toUpperCase();
    document.getElementById("discovery-status").textContent = S[state.discovery].toUpperCase();
    document.getElementById("posture-since").textContent =
      state.from === null ? "" : " (unchanged since " + state.from + ")";
    state.lines.forEach(function (i) { item(summary, S[i]); });
    state.deadlines.forEach(function (d) {
      var tr = document.createElement("tr");
      d.forEach(function (i) {
        var td = document.createElement("td");
        td.textContent = S[i];
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    document.getElementById("no-deadlines").hidden = state.deadlines.length > 0;
    document.getElementById("deadlines").hidden = state.deadlines.length === 0;
    state.anomalies.forEach(function (a) {
      var text = S[a[0]] + " (" + S[a[1]] + "): " + S[a[2]] + (S[a[3]] ? " [" + S[a[3]] + "]" : "");
      item(anomalies, text);
    });
    document.getElementById("no-anomalies").hidden = state.anomalies.length > 0;
    var that = data.changes.filter(function (c) { return state.from !== null && c[0] === state.from; });
    if (state.from !== day) {
      item(changes, "Nothing changed on " + day + (state.from === null ? "." :
        "; the posture last changed on " + state.from + (that.length ? ":" : ".")));
    }
    that.forEach(function (c) { item(changes, S[c[1]]); });
  }

  function step(direction) {
    var day = input.value;
    var target = null;
    if (direction > 0) {
      for (var i = 0; i < starts.length; i++) { if (!day || starts[i] > day) { target = starts[i]; break; } }
    } else {
      for (var j = starts.length - 1; j >= 0; j--) { if (!day || starts[j] < day) { target = starts[j]; break; } }
    }
    if (target !== null) { input.value = target; show(target); }
  }

  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("change", function () { show(input.value); });
  document.getElementById("previous-change").addEventListener("click", function () { step(-1); });
  document.getElementById("next-change").addEventListener("click", function () { step(1); });
  show(input.value);
})();
