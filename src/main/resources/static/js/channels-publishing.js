// The group queue's copy buttons: the text of the item goes to the clipboard (a selection and
// execCommand where the Clipboard API is missing), and the button says it was copied.
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-copy]') : null;
  if (!button) { return; }
  var source = document.getElementById(button.getAttribute('data-copy'));
  if (!source) { return; }
  var done = function () {
    var label = button.getAttribute('data-copied');
    if (label) { button.textContent = label; }
    button.classList.add('btn-success');
  };
  var fallback = function () {
    source.removeAttribute('readonly');
    source.select();
    try { document.execCommand('copy'); } catch (e) { /* the text stays selected for a manual copy */ }
    source.setAttribute('readonly', 'readonly');
    done();
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(source.value).then(done, fallback);
  } else {
    fallback();
  }
});
