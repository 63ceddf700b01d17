// kremlinwatch console: subscriptions through the REST API with the subscriber's API key.
(function () {
	'use strict';
	var KEY = 'kremlinwatch.apiKey';
	var FIELDS = ['name', 'eventTypes', 'topics', 'entities', 'lang', 'query', 'webhookUrl', 'email', 'mode'];
	var subs = [];

	function $(id) { return document.getElementById(id); }

	function msg(key) {
		var el = $('msgs').content.querySelector('[data-key="' + key + '"]');
		return el ? el.textContent : key;
	}

	function say(text) { $('subs-status').textContent = text; }

	function api(method, path, body) {
		var headers = { Authorization: 'Bearer ' + sessionStorage.getItem(KEY) };
		if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
		}
		return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
			.then(function (response) {
				if (response.status === 401) {
					signOut();
					say(msg('signin.bad'));
					throw new Error('401');
				}
				var type = response.headers.get('Content-Type') || '';
				var parsed = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
				return parsed.then(function (json) { return { status: response.status, json: json }; });
			});
	}

	function button(label, handler, extra) {
		var b = document.createElement('button');
		b.type = 'button';
		b.textContent = label;
		b.className = 'small' + (extra ? ' ' + extra : '');
		b.addEventListener('click', handler);
		return b;
	}

	function signIn(event) {
		event.preventDefault();
		var key = $('api-key').value.trim();
		var error = $('api-key-error');
		error.textContent = '';
		$('api-key').removeAttribute('aria-invalid');
		if (!key) {
			error.textContent = msg('signin.empty');
			$('api-key').setAttribute('aria-invalid', 'true');
			return;
		}
		fetch('/api/v1/subscriptions', { headers: { Authorization: 'Bearer ' + key } }).then(function (response) {
			if (!response.ok) {
				error.textContent = msg('signin.bad');
				$('api-key').setAttribute('aria-invalid', 'true');
				$('api-key').focus();
				return;
			}
			sessionStorage.setItem(KEY, key);
			$('api-key').value = '';
			show();
		});
	}

	function signOut() {
		sessionStorage.removeItem(KEY);
		$('signed-in').hidden = true;
		$('signin').hidden = false;
	}

	function show() {
		$('signin').hidden = true;
		$('signed-in').hidden = false;
		load().then(alerts);
	}

	function load() {
		return api('GET', '/api/v1/subscriptions').then(function (response) {
			subs = response.json || [];
			render();
		});
	}

	// The alerts the subscriptions raised, newest first: what a webhook or an e-mail would
	// have carried, readable without either. Refreshed while the page is open.
	function alerts() {
		if (!sessionStorage.getItem(KEY)) {
			return;
		}
		api('GET', '/api/v1/alerts?limit=10').then(function (response) {
			var list = $('alerts-list');
			var rows = response.json || [];
			var names = {};
			subs.forEach(function (sub) { names[sub.id] = sub.name; });
			list.innerHTML = '';
			$('alerts-empty').hidden = rows.length > 0;
			rows.forEach(function (alert) {
				var li = document.createElement('li');
				li.className = 'alert kind-' + alert.kind;
				var head = document.createElement('p');
				var kind = document.createElement('strong');
				kind.textContent = alert.kind;
				head.appendChild(kind);
				head.appendChild(document.createTextNode(' ' + new Date(alert.occurredAt).toLocaleString() + ' · '
					+ (names[alert.subscriptionId] || alert.subscriptionId) + ' · '));
				var link = document.createElement('a');
				link.href = '/releases/' + alert.releaseId;
				link.textContent = alert.title;
				head.appendChild(link);
				li.appendChild(head);
				if (alert.event) {
					var event = document.createElement('p');
					event.textContent = [alert.event.type, alert.event.status, alert.event.dateStart, alert.event.place]
						.filter(Boolean).join(' · ');
					li.appendChild(event);
					if (alert.event.evidence) {
						var evidence = document.createElement('blockquote');
						evidence.textContent = alert.event.evidence.sentence;
						li.appendChild(evidence);
					}
				}
				var why = document.createElement('p');
				why.className = 'why';
				why.textContent = msg('why') + ' ' + (alert.reasons || []).join(', ')
					+ ((alert.changes || []).length ? ' · ' + msg('changed') + ' ' + alert.changes.join('; ') : '');
				li.appendChild(why);
				list.appendChild(li);
			});
		});
	}

	function summary(sub) {
		var parts = [];
		parts.push(sub.eventTypes.length ? sub.eventTypes.join(', ') : msg('anything'));
		if (sub.topics.length) { parts.push(sub.topics.join(', ')); }
		if (sub.entities.length) { parts.push(sub.entities.join(', ')); }
		if (sub.lang) { parts.push(sub.lang); }
		if (sub.query) { parts.push('“' + sub.query + '”'); }
		return parts.join(' · ');
	}

	function render() {
		var list = $('subs-list');
		list.innerHTML = '';
		$('subs-empty').hidden = subs.length > 0;
		subs.forEach(function (sub) {
			var li = document.createElement('li');
			li.className = 'sub' + (sub.paused ? ' paused' : '');
			li.dataset.subscriptionId = sub.id;
			var h = document.createElement('h3');
			h.textContent = sub.name;
			var state = document.createElement('span');
			state.className = 'badge';
			state.textContent = sub.paused ? msg('paused') : msg('active');
			h.appendChild(document.createTextNode(' '));
			h.appendChild(state);
			li.appendChild(h);
			var p = document.createElement('p');
			p.textContent = summary(sub);
			li.appendChild(p);
			var where = document.createElement('p');
			where.className = 'where';
			where.textContent = [sub.webhookUrl, sub.email].filter(Boolean).join(' · ') || msg('feedOnly');
			li.appendChild(where);
			var feeds = document.createElement('p');
			feeds.className = 'where';
			feeds.innerHTML = '<a href="/feeds/' + encodeURIComponent(sub.feedToken) + '.atom">Atom</a> · '
				+ '<a href="/calendar/' + encodeURIComponent(sub.feedToken) + '.ics">ICS</a>';
			li.appendChild(feeds);
			var actions = document.createElement('div');
			actions.className = 'actions';
			actions.appendChild(button(msg('edit'), function () { edit(sub); }));
			actions.appendChild(button(sub.paused ? msg('resume') : msg('pause'), function () { togglePause(sub); }, 'pause'));
			if (sub.webhookUrl) {
				actions.appendChild(button(msg('test'), function () { testFire(sub); }, 'test'));
			}
			actions.appendChild(button(msg('deliveries'), function () { deliveries(sub); }, 'log'));
			actions.appendChild(button(msg('delete'), function () { remove(sub); }, 'danger'));
			li.appendChild(actions);
			list.appendChild(li);
		});
	}

	function csv(value) {
		return value.split(',').map(function (s) { return s.trim(); }).filter(Boolean);
	}

	function formBody() {
		var form = $('sub-form');
		return {
			name: $('f-name').value,
			eventTypes: Array.prototype.map.call(form.querySelectorAll('input[name=eventTypes]:checked'), function (c) { return c.value; }),
			topics: csv($('f-topics').value),
			entities: csv($('f-entities').value),
			lang: $('f-lang').value || null,
			query: $('f-query').value || null,
			webhookUrl: $('f-webhookUrl').value || null,
			email: $('f-email').value || null,
			mode: $('f-mode').value,
			paused: $('f-paused').checked
		};
	}

	function clearErrors() {
		FIELDS.forEach(function (field) {
			$('err-' + field).textContent = '';
			var input = document.querySelector('#sub-form [data-field="' + field + '"]');
			if (input) { input.removeAttribute('aria-invalid'); }
		});
		$('err-form').textContent = '';
	}

	function showErrors(problem) {
		var first = null;
		(problem && problem.errors || []).forEach(function (error) {
			var field = error.field.replace(/\[\d+\]$/, '');
			var slot = $('err-' + field) || $('err-form');
			slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + error.message;
			var input = document.querySelector('#sub-form [data-field="' + field + '"]');
			if (input) {
				input.setAttribute('aria-invalid', 'true');
				first = first || input;
			}
		});
		$('err-form').textContent = msg('invalid');
		if (first) {
			(first.tagName === 'FIELDSET' ? first.querySelector('input') : first).focus();
		}
	}

	function save(event) {
		event.preventDefault();
		clearErrors();
		var id = $('sub-id').value;
		api(id ? 'PUT' : 'POST', '/api/v1/subscriptions' + (id ? '/' + id : ''), formBody()).then(function (response) {
			if (response.status === 400) {
				showErrors(response.json);
				return;
			}
			if (response.status >= 300) {
				$('err-form').textContent = msg('error') + ' ' + response.status;
				return;
			}
			resetForm();
			say(msg('saved'));
			load();
		});
	}

	function resetForm() {
		$('sub-form').reset();
		$('sub-id').value = '';
		clearErrors();
		$('form-h').textContent = $('form-h').dataset.new;
	}

	function edit(sub) {
		var form = $('sub-form');
		resetForm();
		$('sub-id').value = sub.id;
		$('f-name').value = sub.name;
		form.querySelectorAll('input[name=eventTypes]').forEach(function (c) { c.checked = sub.eventTypes.indexOf(c.value) >= 0; });
		$('f-topics').value = sub.topics.join(', ');
		$('f-entities').value = sub.entities.join(', ');
		$('f-lang').value = sub.lang || '';
		$('f-query').value = sub.query || '';
		$('f-webhookUrl').value = sub.webhookUrl || '';
		$('f-email').value = sub.email || '';
		$('f-mode').value = sub.mode;
		$('f-paused').checked = sub.paused;
		$('form-h').textContent = $('form-h').dataset.edit;
		$('f-name').focus();
	}

	function asRequest(sub, paused) {
		return { name: sub.name, eventTypes: sub.eventTypes, topics: sub.topics, entities: sub.entities, lang: sub.lang,
			query: sub.query, webhookUrl: sub.webhookUrl, email: sub.email, mode: sub.mode, paused: paused };
	}

	function togglePause(sub) {
		api('PUT', '/api/v1/subscriptions/' + sub.id, asRequest(sub, !sub.paused)).then(function () {
			say(sub.name + ': ' + (sub.paused ? msg('active') : msg('paused')));
			load();
		});
	}

	function remove(sub) {
		if (!window.confirm(msg('confirmDelete'))) {
			return;
		}
		api('DELETE', '/api/v1/subscriptions/' + sub.id).then(function () {
			say(msg('deleted'));
			$('deliveries').hidden = true;
			load();
		});
	}

	function testFire(sub) {
		api('POST', '/api/v1/subscriptions/' + sub.id + '/test').then(function (response) {
			var result = response.json || {};
			if (response.status === 409) {
				say(msg('noWebhook'));
			}
			else if (result.statusCode) {
				say(msg('testResult') + ' ' + result.statusCode + ' (' + result.webhookId + ')');
			}
			else {
				say(msg('testFailed') + ' ' + (result.error || response.status));
			}
		});
	}

	function cell(row, text) {
		var td = document.createElement('td');
		td.textContent = text == null ? '' : text;
		row.appendChild(td);
		return td;
	}

	function deliveries(sub) {
		api('GET', '/api/v1/subscriptions/' + sub.id + '/deliveries').then(function (response) {
			var rows = response.json || [];
			var body = $('deliveries-body');
			body.innerHTML = '';
			$('deliveries').hidden = false;
			$('deliveries').dataset.subscriptionId = sub.id;
			$('deliveries-h').textContent = msg('deliveries') + ': ' + sub.name;
			$('deliveries-empty').hidden = rows.length > 0;
			rows.forEach(function (d) {
				var tr = document.createElement('tr');
				tr.className = 'delivery status-' + d.status;
				cell(tr, new Date(d.createdAt).toLocaleString());
				cell(tr, d.channel);
				var release = cell(tr, '');
				if (d.releaseId) {
					var a = document.createElement('a');
					a.href = '/releases/' + d.releaseId;
					a.textContent = d.releaseId;
					release.appendChild(a);
				}
				else if (d.digestAlerts) {
					release.textContent = 'digest (' + d.digestAlerts + ')';
				}
				cell(tr, d.status);
				cell(tr, d.attempts);
				cell(tr, d.lastStatusCode != null ? d.lastStatusCode : (d.lastError || ''));
				var actions = cell(tr, '');
				actions.appendChild(button(msg('redeliver'), function () {
					api('POST', '/api/v1/subscriptions/' + sub.id + '/deliveries/' + d.id + '/redeliver').then(function (r) {
						say(r.status === 202 ? msg('redelivered') : msg('error') + ' ' + r.status);
						deliveries(sub);
					});
				}, 'redeliver'));
				body.appendChild(tr);
			});
			$('deliveries-h').focus();
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		$('signin-form').addEventListener('submit', signIn);
		$('signout').addEventListener('click', function () { signOut(); $('api-key').focus(); });
		$('sub-form').addEventListener('submit', save);
		$('sub-cancel').addEventListener('click', resetForm);
		if (sessionStorage.getItem(KEY)) {
			show();
		}
		window.setInterval(alerts, 15000);
	});
})();
