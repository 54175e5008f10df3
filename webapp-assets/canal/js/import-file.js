/*
 * The import page's file field: a file that is larger than the server accepts, or is not CSV or XLSX, is refused
 * as soon as it is chosen, before it is uploaded, with the server's own Spanish message next to the field (the
 * limit and the texts come from data attributes). The server checks both again. No inline handlers (CSP).
 */
(function () {
    "use strict";
    var ALLOWED = /\.(csv|xlsx)$/i;

    function messageFor(input) {
        var file = input.files && input.files[0];
        if (!file) {
            return "";
        }
        if (!ALLOWED.test(file.name)) {
            return input.getAttribute("data-type-not-allowed");
        }
        var max = Number(input.getAttribute("data-max-bytes"));
        if (max > 0 && file.size > max) {
            return input.getAttribute("data-too-large");
        }
        return "";
    }

    document.addEventListener("change", function (event) {
        var input = event.target;
        if (!input.classList || !input.classList.contains("js-import-file")) {
            return;
        }
        var box = document.getElementById("file-client-error");
        var text = messageFor(input);
        if (box) {
            box.textContent = text;
            box.hidden = !text;
        }
        if (text) {
            input.value = "";
            input.setAttribute("aria-invalid", "true");
        } else {
            input.removeAttribute("aria-invalid");
        }
    });
}());
