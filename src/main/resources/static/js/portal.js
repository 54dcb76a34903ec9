// The public site's only script: small, ours, no third parties. Everything works without it.
(function () {
  'use strict';

  // "Chia sẻ…" opens the phone's own share sheet (Zalo, Messenger…) where the browser has one.
  document.querySelectorAll('[data-share]').forEach(function (button) {
    if (!navigator.share) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () { });
    });
  });

  document.querySelectorAll('[data-copy-link]').forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.dataset.url).then(function () {
        var status = button.parentElement.querySelector('.copy-status');
        if (status) {
          status.textContent = button.dataset.copied;
        }
      });
    });
  });

  // A YouTube or Facebook player loads only when the reader asks for it.
  document.querySelectorAll('.video-facade[data-embed]').forEach(function (facade) {
    var link = facade.querySelector('a');
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var frame = document.createElement('iframe');
      frame.src = facade.dataset.embed;
      frame.title = link.textContent;
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.allowFullscreen = true;
      frame.className = 'video-frame';
      facade.replaceWith(frame);
    });
  });
})();
