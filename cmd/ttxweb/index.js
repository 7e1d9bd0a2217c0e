// Starts the browser client: shows its status, and runs ttx.wasm with the page's address (the
// join link). It is a file of its own, not a script in index.html: the server's
// Content-Security-Policy runs no inline script.
const box = document.getElementById("status");
window.ttxStatus = (s) => { box.textContent = s; box.style.display = s ? "" : "none"; };
window.ttxFail = (s) => { box.className = "fail"; window.ttxStatus(s); };
// A link pasted over this one differs from it only after # (the seat's token), for which a
// browser does not load the page again: load it, so that the client joins with the new link.
window.addEventListener("hashchange", () => location.reload());
if (!location.hash.includes("t=")) {
  window.ttxFail("This page needs the join link the facilitator gave you: it ends in #t= and the seat's token.");
} else {
  const go = new Go();
  go.argv = ["ttxweb", location.href];
  const wasm = fetch("ttx.wasm").then((r) => {
    if (!r.ok) throw new Error("ttx.wasm: " + r.status + " " + r.statusText);
    return r;
  });
  WebAssembly.instantiateStreaming(wasm, go.importObject)
    .then((res) => { window.ttxStatus("Starting…"); return go.run(res.instance); })
    .catch((e) => window.ttxFail("The client could not start: " + e));
}
