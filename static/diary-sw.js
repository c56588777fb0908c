// The hours diary's service worker, registered by diary-offline.js with the diary as its scope.
// It keeps the diary page as last fetched (fresh whenever there is a connection), the script and
// the page's stylesheets, so the diary opens with no connection. It keeps nothing else: not the
// shift pages, not photos, nothing from the rest of Hearth, whose pages it never controls.
/* global self, caches */
'use strict';

const PAGES = 'hearth-diary-pages-v1';
// Where a form post that failed for the network leaves its fields for diary-offline.js.
const HANDOFF = 'hearth-diary-handoff';
const SCRIPT = '/diary-offline.js';

self.addEventListener('install', function (event) {
	event.waitUntil(
		caches
			.open(PAGES)
			.then(function (cache) {
				return cache.add(SCRIPT);
			})
			.then(function () {
				return self.skipWaiting();
			})
	);
});

self.addEventListener('activate', function (event) {
	// A newer worker drops what an older one kept, so stylesheets of past versions do not pile up.
	event.waitUntil(
		caches
			.keys()
			.then(function (names) {
				return Promise.all(
					names
						.filter(function (name) {
							return name.indexOf('hearth-diary-pages-') === 0 && name !== PAGES;
						})
						.map(function (name) {
							return caches.delete(name);
						})
				);
			})
			.then(function () {
				return self.clients.claim();
			})
	);
});

// The diary page itself, whose address is the scope, for any week.
function diaryPage(url) {
	return url.origin + url.pathname === self.registration.scope;
}

// Fresh from the network whenever there is one; the kept copy only when there is not. A copy is
// kept per address (each week of the diary), and with no connection an address never seen opens
// the diary's latest copy.
function networkFirst(request, key) {
	return fetch(request).then(
		function (response) {
			return caches.open(PAGES).then(function (cache) {
				if (response.ok && response.type === 'basic') {
					return cache.put(key, response.clone()).then(function () {
						return response;
					});
				}
				// A redirect (to sign in) or a refusal means whoever was signed in is not any more:
				// every copy of their diary goes, so the next person on this phone cannot open it.
				if (
					response.type === 'opaqueredirect' ||
					response.status === 401 ||
					response.status === 403
				) {
					return cache.delete(key, { ignoreSearch: true }).then(function () {
						return response;
					});
				}
				return response;
			});
		},
		function () {
			return caches
				.open(PAGES)
				.then(function (cache) {
					return cache.match(key).then(function (kept) {
						return kept || cache.match(key, { ignoreSearch: true });
					});
				})
				.then(function (kept) {
					return kept || Response.error();
				});
		}
	);
}

function postOrKeep(request, url) {
	const copy = request.clone();
	return fetch(request).catch(function () {
		return copy
			.formData()
			.then(function (form) {
				const fields = {};
				form.forEach(function (value, name) {
					if (typeof value === 'string') fields[name] = value;
				});
				if (!fields.clientId) throw new Error('Not a new shift');
				return caches.open(HANDOFF).then(function (cache) {
					return cache.put(
						self.registration.scope + '/kept/' + encodeURIComponent(fields.clientId),
						new Response(JSON.stringify(fields), {
							headers: { 'content-type': 'application/json' }
						})
					);
				});
			})
			.then(function () {
				// Back to the diary (its kept copy, with no connection), where the script lists the shift.
				return Response.redirect(url.origin + url.pathname, 303);
			})
			.catch(function () {
				return Response.error();
			});
	});
}

self.addEventListener('fetch', function (event) {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (request.mode === 'navigate' && diaryPage(url)) {
		if (request.method === 'GET')
			event.respondWith(networkFirst(request, url.origin + url.pathname));
		else if (request.method === 'POST') event.respondWith(postOrKeep(request, url));
		return;
	}
	if (request.method !== 'GET') return;
	if (url.pathname === SCRIPT) {
		event.respondWith(networkFirst(request, url.href));
	} else if (request.destination === 'style' && url.pathname.indexOf('/_app/immutable/') === 0) {
		// Stylesheets with a content hash in their name never change: the kept copy is the file.
		event.respondWith(
			caches.match(request, { cacheName: PAGES }).then(function (kept) {
				return kept || networkFirst(request, url.href);
			})
		);
	}
});
