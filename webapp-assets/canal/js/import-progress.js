/*
 * Progress of an import check or import (staff import page). When a button marked .js-progress-start is pressed,
 * the request that does the work runs; meanwhile this polls /admin/importacion-progreso (the URL is on the progress
 * element, with the job id the server will use) and updates a <progress> bar and a status text. It stops when the
 * job is done or failed, or when the Ajax response replaced the progress element. No inline handlers (CSP).
 */
(function () {
    "use strict";
    var INTERVAL = 400;

    function poll(box) {
        var bar = box.querySelector("progress");
        var text = box.querySelector(".import-progress__text");
        var url = box.getAttribute("data-progress-url");
        function tick() {
            if (!document.body.contains(box)) {
                return;
            }
            fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (state) {
                    if (!state || !document.body.contains(box)) {
                        return;
                    }
                    bar.value = state.porcentaje;
                    bar.textContent = state.porcentaje + " %";
                    text.textContent = state.texto;
                    if (state.fase !== "DONE" && state.fase !== "FAILED") {
                        window.setTimeout(tick, INTERVAL);
                    }
                })
                .catch(function () { window.setTimeout(tick, INTERVAL * 2); });
        }
        window.setTimeout(tick, INTERVAL);
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest(".js-progress-start") : null;
        if (!button) {
            return;
        }
        var box = document.getElementById("progreso");
        if (box) {
            box.hidden = false;
            poll(box);
        }
    }, true);
}());
