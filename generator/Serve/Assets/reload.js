// Live reload and diagnostics overlay for `sdg-archive serve`. Injected only by the preview server,
// never part of a built site. Builds its UI with DOM calls and CSSOM styles so a strict CSP allows it.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var instance = null;
  var overlay = null;

  function style(el, props) { for (var k in props) el.style[k] = props[k]; return el; }

  function hideOverlay() { if (overlay) { overlay.remove(); overlay = null; } }

  function showOverlay(items) {
    hideOverlay();
    if (!items || items.length === 0) return;
    overlay = style(document.createElement("div"), {
      position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "40vh", overflow: "auto",
      zIndex: "2147483647", background: "#1b1b1b", color: "#f5f5f5", font: "13px/1.4 monospace",
      padding: "0.75rem 1rem", borderTop: "4px solid #e5243b", boxSizing: "border-box"
    });
    overlay.setAttribute("role", "alert");
    overlay.id = "sdg-diagnostics-overlay";
    var head = style(document.createElement("div"), { display: "flex", justifyContent: "space-between", marginBottom: "0.5rem" });
    var title = document.createElement("strong");
    title.textContent = "sdg-archive: " + items.length + " diagnostic" + (items.length === 1 ? "" : "s") + " in the last build";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.addEventListener("click", hideOverlay);
    head.appendChild(title);
    head.appendChild(close);
    overlay.appendChild(head);
    var list = style(document.createElement("ul"), { margin: "0", padding: "0", listStyle: "none" });
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.textContent = item.text;
      style(li, { color: item.severity === "error" ? "#ff8a80" : "#ffd180", whiteSpace: "pre-wrap" });
      list.appendChild(li);
    });
    overlay.appendChild(list);
    (document.body || document.documentElement).appendChild(overlay);
  }

  var source = new EventSource("/__sdg/events");
  source.addEventListener("hello", function (e) {
    var data = JSON.parse(e.data);
    // A different instance means the server restarted: what we show may be stale.
    if (instance !== null && instance !== data.instance) location.reload();
    instance = data.instance;
  });
  source.addEventListener("diagnostics", function (e) {
    var data = JSON.parse(e.data);
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { showOverlay(data.items); });
    } else {
      showOverlay(data.items);
    }
  });
  source.addEventListener("reload", function () { location.reload(); });
})();
