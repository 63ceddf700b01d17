package org.kremlinwatch.alert.feed;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.kremlinwatch.alert.feed.FeedRepository.FeedOwner;
import org.kremlinwatch.alert.feed.FeedRepository.Meeting;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /calendar/{token}.ics}: the announced meetings a subscription was told
 * about, as an iCalendar (RFC 5545) for calendar apps. One all-day VEVENT per meeting
 * whose UID never changes: when the meeting moves, the event is updated in place with a
 * higher SEQUENCE; a cancelled one stays with STATUS:CANCELLED so that apps remove it.
 */
@RestController
class CalendarController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final FeedRepository feeds;

	CalendarController(FeedRepository feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> calendar(@PathVariable String token) {
		FeedOwner owner = this.feeds.byToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such calendar"));
		List<Meeting> meetings = this.feeds.meetings(owner.subscriptionId());
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//kremlinwatch//alert-service//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + text("kremlinwatch: " + owner.name()));
		for (Meeting meeting : meetings) {
			event(ics, meeting);
		}
		line(ics, "END:VCALENDAR");
		return ResponseEntity.ok().contentType(CALENDAR).body(ics.toString());
	}

	private static void event(StringBuilder ics, Meeting meeting) {
		var latest = meeting.latest();
		String summary = (latest.event() != null && latest.event().summary() != null) ? latest.event().summary()
				: latest.title();
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + meeting.id() + "@kremlinwatch");
		line(ics, "SEQUENCE:" + (meeting.version() - 1));
		line(ics, "DTSTAMP:" + STAMP.format(meeting.updatedAt()));
		line(ics, "LAST-MODIFIED:" + STAMP.format(meeting.updatedAt()));
		line(ics, "DTSTART;VALUE=DATE:" + DATE.format(meeting.dateStart()));
		// All-day events end on the day after the last one.
		line(ics, "DTEND;VALUE=DATE:"
				+ DATE.format(((meeting.dateEnd() != null) ? meeting.dateEnd() : meeting.dateStart()).plusDays(1)));
		line(ics, "SUMMARY:" + text(summary));
		if (meeting.place() != null) {
			line(ics, "LOCATION:" + text(meeting.place()));
		}
		line(ics, "STATUS:" + switch (meeting.status()) {
			case "CANCELLED" -> "CANCELLED";
			case "POSTPONED" -> "TENTATIVE";
			default -> "CONFIRMED";
		});
		line(ics, "URL:" + latest.url());
		if (latest.event() != null) {
			line(ics, "DESCRIPTION:" + text(latest.event().evidence().sentence()));
		}
		line(ics, "END:VEVENT");
	}

	/** Escapes a TEXT value (RFC 5545 3.3.11). */
	private static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	/** Appends a content line, folded at 75 octets as RFC 5545 3.1 asks. */
	private static void line(StringBuilder ics, String content) {
		int used = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int width = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
			if (used + width > limit) {
				ics.append("\r\n ");
				used = 0;
				limit = 74;
			}
			ics.appendCodePoint(codePoint);
			used += width;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
