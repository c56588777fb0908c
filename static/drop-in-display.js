// The waiting-room display, kept up to date without reloading: the server sends the queue's
// state whenever it changes. Without this script the page reloads itself every 15 seconds.
/* global document, window, EventSource */
(function () {
	var root = document.querySelector('[data-events]');
	if (!root) return;
	var table = root.querySelector('.calls');
	var rows = table.querySelector('tbody');
	var empty = root.querySelector('.empty');
	var status = root.querySelector('.status');

	function reloadLater() {
		window.setTimeout(function () {
			window.location.reload();
		}, 15000);
	}

	if (!('EventSource' in window)) return reloadLater();

	function cell(text, className) {
		var td = document.createElement('td');
		td.textContent = String(text);
		if (className) td.className = className;
		else td.dir = 'auto';
		return td;
	}

	function show(state) {
		var fresh = document.createDocumentFragment();
		state.calls.forEach(function (call) {
			var tr = document.createElement('tr');
			tr.appendChild(cell(call.number, 'number'));
			tr.appendChild(cell(call.desk));
			fresh.appendChild(tr);
		});
		rows.replaceChildren(fresh);
		table.hidden = state.calls.length === 0;
		empty.hidden = !state.open || state.calls.length > 0;
		status.textContent = state.status;
		root.setAttribute('data-updated', String(Date.now()));
	}

	var source = new EventSource(root.getAttribute('data-events'));
	source.addEventListener('queue', function (event) {
		show(JSON.parse(event.data));
	});
})();
