// Confirmation for plain (non-htmx) forms that change a lot, without inline scripts (CSP).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// A control marked data-autosubmit submits its form when changed (e.g. "show inactive units").
document.addEventListener('change', function (event) {
  if (event.target.hasAttribute && event.target.hasAttribute('data-autosubmit') && event.target.form) {
    event.target.form.submit();
  }
});
