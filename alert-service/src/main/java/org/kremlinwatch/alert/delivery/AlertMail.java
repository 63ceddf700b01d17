package org.kremlinwatch.alert.delivery;

import java.util.List;
import java.util.Locale;

import org.kremlinwatch.events.v1.AlertKind;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import org.springframework.web.util.HtmlUtils;

/**
 * The words of an alert e-mail, as plain text and as HTML with the same content: mail
 * clients show whichever they prefer. One e-mail tells one alert or, for a digest, many.
 *
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 */
record AlertMail(String subject, String text, String html) {

	static AlertMail of(String subscriptionName, List<AlertRaised> alerts) {
		String subject = (alerts.size() == 1) ? "[kremlinwatch] " + headline(alerts.get(0))
				: "[kremlinwatch] " + alerts.size() + " alerts for \u201c" + subscriptionName + "\u201d";
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
			.append(escape(subject))
			.append("</title></head><body style=\"font-family:sans-serif\">");
		if (alerts.size() > 1) {
			text.append("Digest for \u201c").append(subscriptionName).append("\u201d: ").append(alerts.size());
			text.append(" alerts since the last one.\n\n");
			html.append("<p>Digest for <b>").append(escape(subscriptionName)).append("</b>: ");
			html.append(alerts.size()).append(" alerts since the last one.</p>");
		}
		for (AlertRaised alert : alerts) {
			appendText(text, alert);
			appendHtml(html, alert);
		}
		text.append("-- \nkremlinwatch: subscription \u201c").append(subscriptionName).append("\u201d\n");
		html.append("<p style=\"color:#666\">kremlinwatch: subscription \u201c")
			.append(escape(subscriptionName))
			.append("\u201d</p></body></html>");
		return new AlertMail(subject, text.toString(), html.toString());
	}

	private static String headline(AlertRaised alert) {
		return ((alert.kind() == AlertKind.UPDATED) ? "Updated: " : "") + alert.title();
	}

	private static void appendText(StringBuilder text, AlertRaised alert) {
		text.append(headline(alert)).append('\n');
		if (alert.event() != null) {
			ExtractedEvent event = alert.event();
			text.append("Event: ").append(describe(event)).append('\n');
			if (!event.participants().isEmpty()) {
				text.append("Participants: ").append(String.join(", ", event.participants())).append('\n');
			}
			text.append('\u00ab').append(event.evidence().sentence()).append("\u00bb\n");
		}
		if (!alert.changes().isEmpty()) {
			text.append("Changed: ").append(String.join("; ", alert.changes())).append('\n');
		}
		text.append("Why it matched: ").append(String.join(", ", alert.reasons())).append('\n');
		text.append(language(alert.lang())).append(": ").append(alert.url()).append('\n');
		if (alert.alternateUrl() != null) {
			text.append(language(other(alert.lang()))).append(": ").append(alert.alternateUrl()).append('\n');
		}
		text.append('\n');
	}

	private static void appendHtml(StringBuilder html, AlertRaised alert) {
		html.append("<h2 style=\"font-size:1.1em\">").append(escape(headline(alert))).append("</h2>");
		if (alert.event() != null) {
			ExtractedEvent event = alert.event();
			html.append("<p><b>Event:</b> ").append(escape(describe(event)));
			if (!event.participants().isEmpty()) {
				html.append("<br><b>Participants:</b> ").append(escape(String.join(", ", event.participants())));
			}
			html.append("</p><blockquote>").append(escape(event.evidence().sentence())).append("</blockquote>");
		}
		if (!alert.changes().isEmpty()) {
			html.append("<p><b>Changed:</b> ").append(escape(String.join("; ", alert.changes()))).append("</p>");
		}
		html.append("<p><b>Why it matched:</b> ").append(escape(String.join(", ", alert.reasons()))).append("</p>");
		html.append("<p>").append(link(alert.url(), language(alert.lang())));
		if (alert.alternateUrl() != null) {
			html.append(" \u00b7 ").append(link(alert.alternateUrl(), language(other(alert.lang()))));
		}
		html.append("</p><hr>");
	}

	/** E.g. "meeting, announced, 2022-01-09 to 2022-01-10, Geneva". */
	private static String describe(ExtractedEvent event) {
		StringBuilder line = new StringBuilder(event.type().name().toLowerCase(Locale.ROOT));
		if (event.status() != null) {
			line.append(", ").append(event.status().name().toLowerCase(Locale.ROOT));
		}
		if (event.dateStart() != null) {
			line.append(", ").append(event.dateStart());
			if (event.dateEnd() != null && !event.dateEnd().equals(event.dateStart())) {
				line.append(" to ").append(event.dateEnd());
			}
		}
		if (event.place() != null) {
			line.append(", ").append(event.place());
		}
		if (event.speaker() != null) {
			line.append(", by ").append(event.speaker());
		}
		return line.toString();
	}

	private static String link(String url, String label) {
		return "<a href=\"" + escape(url) + "\">" + escape(label) + "</a>";
	}

	private static String language(Lang lang) {
		return (lang == Lang.en) ? "English" : "\u0420\u0443\u0441\u0441\u043a\u0438\u0439";
	}

	private static Lang other(Lang lang) {
		return (lang == Lang.en) ? Lang.ru : Lang.en;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
