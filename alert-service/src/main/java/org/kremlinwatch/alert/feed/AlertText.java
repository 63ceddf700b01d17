package org.kremlinwatch.alert.feed;

import org.kremlinwatch.events.v1.AlertRaised;

/** An alert told in a few lines of plain text, for feeds (and later e-mail). */
final class AlertText {

	private AlertText() {
	}

	static String plain(AlertRaised alert) {
		StringBuilder text = new StringBuilder(alert.title()).append('\n');
		if (alert.event() != null) {
			text.append('«').append(alert.event().evidence().sentence()).append("»\n");
		}
		if (!alert.changes().isEmpty()) {
			text.append("Changed: ").append(String.join("; ", alert.changes())).append('\n');
		}
		text.append("Why: ").append(String.join(", ", alert.reasons())).append('\n');
		text.append(alert.url()).append('\n');
		if (alert.alternateUrl() != null) {
			text.append(alert.alternateUrl()).append('\n');
		}
		return text.toString();
	}

}
