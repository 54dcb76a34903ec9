// Photo and video uploads of a story: one request per file with its own progress bar, so a failed
// file is reported alone and never costs the text or the other photos. Large photos are scaled
// down in the browser first (long side 2560 px) to spare slow mobile connections; the server still
// checks and processes every file itself.
(function () {
  var MAX_SIDE = 2560;
  var RESIZE_ABOVE_BYTES = 1.5 * 1024 * 1024;

  function csrfHeaders() {
    return window.lantoaCsrfHeaders();
  }

  function resized(file) {
    var resizable = /^image\/(jpeg|png|webp)$/.test(file.type) && file.size > RESIZE_ABOVE_BYTES && window.createImageBitmap;
    if (!resizable) { return Promise.resolve(file); }
    return createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.type === 'image/jpeg') { return file; }
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          resolve(blob ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' }) : file);
        }, 'image/jpeg', 0.9);
      });
    }).catch(function () { return file; });
  }

  function row(list, name) {
    var item = document.createElement('li');
    item.className = 'mb-2';
    var label = document.createElement('div');
    label.className = 'small text-break';
    label.textContent = name;
    var bar = document.createElement('progress');
    bar.max = 100; bar.value = 0; bar.className = 'w-100';
    bar.setAttribute('aria-label', name);
    var status = document.createElement('div');
    status.className = 'small upload-status';
    item.append(label, bar, status);
    list.appendChild(item);
    return { item: item, bar: bar, status: status };
  }

  function send(input, file, view) {
    return new Promise(function (resolve) {
      var form = new FormData();
      form.append('file', file, file.name);
      var request = new XMLHttpRequest();
      request.open('POST', input.getAttribute('data-upload-url'));
      var headers = csrfHeaders();
      Object.keys(headers).forEach(function (name) { request.setRequestHeader(name, headers[name]); });
      request.setRequestHeader('HX-Request', 'true');
      request.upload.onprogress = function (e) { if (e.lengthComputable) { view.bar.value = Math.round(e.loaded * 100 / e.total); } };
      request.onload = function () {
        if (request.status >= 200 && request.status < 300) {
          view.bar.value = 100;
          view.status.textContent = input.getAttribute('data-msg-done');
          var list = document.querySelector(input.getAttribute('data-list'));
          if (list) { list.outerHTML = request.responseText; htmx.process(document.querySelector(input.getAttribute('data-list'))); }
        } else {
          view.item.classList.add('text-danger');
          view.status.textContent = message(request) || input.getAttribute('data-msg-failed');
        }
        resolve();
      };
      request.onerror = function () {
        view.item.classList.add('text-danger');
        view.status.textContent = input.getAttribute('data-msg-failed');
        resolve();
      };
      request.send(form);
    });
  }

  function message(request) {
    try { return JSON.parse(request.responseText).detail; } catch (e) { return request.responseText && request.responseText.length < 400 ? request.responseText : null; }
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-upload-url]')) { return; }
    var list = document.getElementById('upload-progress');
    var files = Array.prototype.slice.call(input.files);
    // One after another: a cheap phone on 3G does better with one upload at a time.
    files.reduce(function (previous, file) {
      return previous.then(function () {
        var view = row(list, file.name);
        view.status.textContent = input.getAttribute('data-msg-resizing');
        return resized(file).then(function (ready) { view.status.textContent = ''; return send(input, ready, view); });
      });
    }, Promise.resolve()).then(function () { input.value = ''; });
  });
})();
