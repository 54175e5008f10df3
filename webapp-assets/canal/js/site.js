/*
 * Reader display options (high contrast, larger text). The choice lives only in the reader's browser
 * (localStorage), so pages stay cacheable and no session or cookie is needed. Loaded in <head> so the
 * classes are applied before the first paint.
 */
(function () {
    "use strict";
    var KEY = "canal.display";
    var root = document.documentElement;

    function read() {
        try { return JSON.parse(window.localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
    }
    function write(prefs) {
        try { window.localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* private mode: keep it for this page only */ }
    }

    var prefs = read();
    Object.keys(prefs).forEach(function (name) { if (prefs[name]) { root.classList.add(name); } });

    document.addEventListener("DOMContentLoaded", function () {
        var buttons = document.querySelectorAll("[data-toggle-class]");
        Array.prototype.forEach.call(buttons, function (button) {
            var name = button.getAttribute("data-toggle-class");
            button.setAttribute("aria-pressed", root.classList.contains(name) ? "true" : "false");
            button.addEventListener("click", function () {
                var on = root.classList.toggle(name);
                button.setAttribute("aria-pressed", on ? "true" : "false");
                var current = read();
                current[name] = on;
                write(current);
            });
        });
    });
}());
