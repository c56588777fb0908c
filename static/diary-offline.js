// The hours diary without a connection. Shifts saved while offline are kept on this phone and
// sent to the diary when the connection comes back; the server stores each client id once, so
// sending again is always safe. Without this script the diary is plain forms.
/* global window, document, caches */
(function () {
	'use strict';
	const root = document.querySelector('[data-diary-offline]');
	if (!root || !('localStorage' in window)) return;
	const data = root.dataset;
	const scope = data.scope;
	const onDiaryPage = window.location.pathname === scope;
	const status = root.querySelector('[role="status"]');
	const keptSection = root.querySelector('.diary-offline-kept');
	const keptList = keptSection.querySelector('ul');
	const storeKey = 'hearth-diary:' + scope + ':' + data.owner;
	const sentKey = 'hearth-diary-sent:' + scope;
	// The service worker leaves here, by client id, what a form post that failed for the network
	// carried (it cannot reach localStorage).
	const handoffCache = 'hearth-diary-handoff';
	const language = document.documentElement.lang || 'en';
	const plurals = new Intl.PluralRules(language);
	let sending = false;

	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register('/diary-sw.js', { scope: scope }).catch(function () {});
	}

	function fill(text, values) {
		return text.replace(/\{(\w+)\}/g, function (whole, name) {
			return name in values ? String(values[name]) : whole;
		});
	}

	function counted(name, count) {
		const forms = JSON.parse(data[name]);
		return fill(forms[plurals.select(count)] || forms.other, { count: count });
	}

	function load() {
		const text = localStorage.getItem(storeKey);
		return text ? JSON.parse(text) : {};
	}

	function save(kept) {
		if (Object.keys(kept).length > 0) localStorage.setItem(storeKey, JSON.stringify(kept));
		else localStorage.removeItem(storeKey);
	}

	function say(text) {
		status.textContent = text;
	}

	function waiting(kept) {
		return Object.keys(kept).filter(function (id) {
			return !kept[id].refused;
		});
	}

	function sayKept() {
		const kept = load();
		const count = waiting(kept).length;
		if (Object.keys(kept).length > count) say(data.refused);
		else if (count > 0) say(counted('kept', count));
		else if (!navigator.onLine) say(data.offline);
		else say('');
	}

	function button(label, action) {
		const element = document.createElement('button');
		element.type = 'button';
		element.className = 'secondary';
		element.textContent = label;
		element.addEventListener('click', action);
		return element;
	}

	function describe(fields) {
		const day = /^\d{4}-\d{2}-\d{2}$/.test(fields.startsOn || '')
			? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
					new Date(fields.startsOn + 'T00:00:00Z')
				)
			: fields.startsOn || '';
		const text = fields.endsNextDay === 'yes' ? data.shiftNextDay : data.shift;
		const line = fill(text, {
			date: day,
			start: fields.startTime || '',
			end: fields.endTime || ''
		});
		return fields.employerName ? line + ' · ' + fields.employerName : line;
	}

	function render() {
		const kept = load();
		const ids = Object.keys(kept);
		keptList.textContent = '';
		ids.forEach(function (id) {
			const item = document.createElement('li');
			const line = document.createElement('p');
			line.dir = 'auto';
			line.textContent = describe(kept[id].fields);
			item.appendChild(line);
			if (kept[id].refused) {
				const problems = document.createElement('ul');
				problems.className = 'refused';
				Object.keys(kept[id].refused).forEach(function (field) {
					const problem = document.createElement('li');
					problem.textContent = kept[id].refused[field];
					problems.appendChild(problem);
				});
				item.appendChild(problems);
			}
			if (onDiaryPage && form()) item.appendChild(button(data.edit, () => putBack(id)));
			item.appendChild(button(data.remove, () => remove(id)));
			keptList.appendChild(item);
		});
		keptSection.hidden = ids.length === 0;
		sayKept();
	}

	function form() {
		const field = document.querySelector('form input[name="clientId"]');
		return field ? field.form : null;
	}

	function fieldsOf(shiftForm) {
		const fields = {};
		new FormData(shiftForm).forEach(function (value, name) {
			if (typeof value === 'string') fields[name] = value;
		});
		return fields;
	}

	function keep(fields) {
		if (!fields.clientId) return;
		const kept = load();
		// The same client id twice (a second press) is the same shift: kept once.
		kept[fields.clientId] = { fields: fields };
		save(kept);
	}

	function uuid() {
		if (crypto.randomUUID) return crypto.randomUUID();
		const bytes = crypto.getRandomValues(new Uint8Array(16));
		bytes[6] = (bytes[6] & 15) | 64;
		bytes[8] = (bytes[8] & 63) | 128;
		const hex = Array.prototype.map
			.call(bytes, function (byte) {
				return (byte + 256).toString(16).slice(1);
			})
			.join('');
		return [0, 8, 12, 16, 20, 32]
			.reduce(function (parts, end, index, ends) {
				return index === 0 ? parts : parts.concat(hex.slice(ends[index - 1], end));
			}, [])
			.join('-');
	}

	function freshClientId() {
		const shiftForm = form();
		if (shiftForm) shiftForm.elements.clientId.value = uuid();
	}

	function putBack(id) {
		const kept = load();
		const shiftForm = form();
		if (!kept[id] || !shiftForm) return;
		shiftForm.reset();
		const fields = kept[id].fields;
		Array.prototype.forEach.call(shiftForm.elements, function (element) {
			if (!element.name || element.type === 'submit' || element.type === 'button') return;
			const value = fields[element.name];
			if (element.type === 'checkbox' || element.type === 'radio') {
				element.checked = value !== undefined && element.value === value;
			} else if (value !== undefined) {
				element.value = value;
			}
		});
		delete kept[id];
		save(kept);
		typed = true;
		render();
		const first = shiftForm.querySelector('input:not([type="hidden"]), select, textarea');
		if (first) first.focus();
	}

	function remove(id) {
		if (!window.confirm(data.removeConfirm)) return;
		const kept = load();
		delete kept[id];
		save(kept);
		render();
	}

	function send() {
		const kept = load();
		const ids = waiting(kept);
		if (sending || ids.length === 0 || !navigator.onLine) return;
		sending = true;
		say(data.sending);
		fetch(scope + '/sync', {
			method: 'POST',
			credentials: 'same-origin',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({
				shifts: ids.map(function (id) {
					return kept[id].fields;
				})
			})
		})
			.then(function (response) {
				if (response.status === 401 || response.status === 403) throw new Error(data.signIn);
				if (!response.ok) throw new Error(data.notSent);
				return response.json();
			})
			.then(function (answer) {
				const now = load();
				answer.saved.forEach(function (id) {
					delete now[id];
				});
				Object.keys(answer.refused).forEach(function (id) {
					if (now[id]) now[id].refused = answer.refused[id];
				});
				save(now);
				sending = false;
				if (answer.saved.length > 0) {
					sessionStorage.setItem(sentKey, String(answer.saved.length));
					say(counted('sent', answer.saved.length));
					// The diary page lists the shifts from the server once it is loaded again.
					if (onDiaryPage) window.location.reload();
					else render();
				} else {
					render();
				}
			})
			.catch(function (error) {
				sending = false;
				render();
				say(
					error && (error.message === data.signIn || error.message === data.notSent)
						? error.message
						: counted('kept', ids.length)
				);
			});
	}

	function collectHandoff() {
		if (!('caches' in window)) return Promise.resolve();
		return caches.open(handoffCache).then(function (cache) {
			return cache.keys().then(function (requests) {
				return Promise.all(
					requests.map(function (request) {
						return cache
							.match(request)
							.then(function (response) {
								return response.json();
							})
							.then(function (fields) {
								keep(fields);
								return cache.delete(request);
							});
					})
				);
			});
		});
	}

	const shiftForm = onDiaryPage ? form() : null;
	// Whether the form holds anything typed since it was shown or emptied (a form sent back with
	// problems holds the person's input): a second press of the button after a shift was kept
	// must not keep an empty copy.
	let typed = !!document.querySelector('.error-summary');
	if (shiftForm) {
		shiftForm.addEventListener('input', function () {
			typed = true;
		});
		shiftForm.addEventListener('change', function () {
			typed = true;
		});
		shiftForm.addEventListener('submit', function (event) {
			if (navigator.onLine) return;
			event.preventDefault();
			if (!typed) return;
			keep(fieldsOf(shiftForm));
			shiftForm.reset();
			freshClientId();
			typed = false;
			render();
		});
	}

	window.addEventListener('online', send);
	window.addEventListener('offline', sayKept);

	const sent = sessionStorage.getItem(sentKey);
	sessionStorage.removeItem(sentKey);
	collectHandoff()
		.catch(function () {})
		.then(function () {
			// A copy of the page kept for offline use carries the client id of a shift already
			// kept; a new shift must not reuse it.
			if (shiftForm && load()[shiftForm.elements.clientId.value]) freshClientId();
			render();
			if (sent && waiting(load()).length === 0) say(counted('sent', Number(sent)));
			send();
		});
})();
