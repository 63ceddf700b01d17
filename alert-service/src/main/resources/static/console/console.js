// kremlinwatch console: local times, the live feed (SSE), evidence links, calendar links.
(function () {
	'use strict';
	var KEY = 'kremlinwatch.apiKey';

	function localTimes(root) {
		var label = (document.querySelector('[data-your-time]') || { dataset: {} }).dataset.yourTime || 'your time';
		root.querySelectorAll('.local-time[data-instant]').forEach(function (el) {
			var date = new Date(el.dataset.instant);
			if (!isNaN(date)) {
				el.textContent = '(' + label + ': ' + date.toLocaleString(document.documentElement.lang || undefined,
					{ dateStyle: 'medium', timeStyle: 'short' }) + ')';
			}
		});
	}

	// An evidence link opens the collapsed text and moves focus to the highlighted sentence.
	document.addEventListener('click', function (event) {
		var link = event.target.closest && event.target.closest('a.evidence-link');
		if (!link) {
			return;
		}
		var mark = document.getElementById(link.getAttribute('href').slice(1));
		if (mark) {
			event.preventDefault();
			var details = mark.closest('details');
			if (details) {
				details.open = true;
			}
			mark.focus();
			mark.scrollIntoView({ block: 'center' });
		}
	});

	function liveFeed() {
		var feed = document.querySelector('[data-live-feed]');
		var status = document.getElementById('live-status');
		if (!feed || !window.EventSource) {
			return;
		}
		var source = new EventSource('/console/stream' + (feed.dataset.seq ? '?after=' + feed.dataset.seq : ''));
		source.addEventListener('hello', function () {
			status.textContent = status.dataset.live;
			status.classList.add('on');
		});
		source.addEventListener('release', function (event) {
			var holder = document.createElement('div');
			holder.innerHTML = JSON.parse(event.data).html;
			var card = holder.firstElementChild;
			if (!card) {
				return;
			}
			var old = feed.querySelector('[data-release-id="' + card.dataset.releaseId + '"]');
			if (old) {
				old.remove();
			}
			var empty = document.getElementById('feed-empty');
			if (empty) {
				empty.remove();
			}
			card.classList.add('fresh');
			feed.insertBefore(card, feed.firstChild);
			localTimes(card);
			var title = card.querySelector('.card-title');
			status.textContent = status.dataset.new + ' ' + (title ? title.textContent.trim() : '');
		});
		source.onerror = function () {
			status.textContent = status.dataset.offline;
			status.classList.remove('on');
		};
	}

	// Signed in: links to the ICS calendar of each of the subscriber's subscriptions.
	function calendarLinks() {
		var box = document.querySelector('[data-ics-links]');
		var key = sessionStorage.getItem(KEY);
		if (!box || !key) {
			return;
		}
		fetch('/api/v1/subscriptions', { headers: { Authorization: 'Bearer ' + key } })
			.then(function (response) { return response.ok ? response.json() : []; })
			.then(function (subs) {
				var list = box.querySelector('ul');
				subs.forEach(function (sub) {
					var li = document.createElement('li');
					var a = document.createElement('a');
					a.href = '/calendar/' + encodeURIComponent(sub.feedToken) + '.ics';
					a.textContent = sub.name + ' (.ics)';
					li.appendChild(a);
					list.appendChild(li);
				});
				box.hidden = subs.length === 0;
			});
	}

	document.addEventListener('DOMContentLoaded', function () {
		localTimes(document);
		liveFeed();
		calendarLinks();
	});
})();
