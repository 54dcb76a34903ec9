// The CSRF token of the page, from its <meta> tags, for htmx requests and scripted uploads.
window.lantoaCsrfHeaders = function () {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  var headers = {};
  if (header && token) { headers[header.getAttribute('content')] = token.getAttribute('content'); }
  return headers;
};
document.addEventListener('htmx:configRequest', function (event) {
  var headers = window.lantoaCsrfHeaders();
  Object.keys(headers).forEach(function (name) { event.detail.headers[name] = headers[name]; });
});

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
