package org.kremlinwatch.alert.console;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kremlinwatch.alert.archive.ArchivedRelease;
import org.kremlinwatch.alert.archive.ReleaseArchive;
import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.TopicMatch;

/**
 * A release as the console shows it: its text cut into segments so that each event's
 * evidence sentence is highlighted in place (by its offsets), and each event linking to
 * its highlight.
 *
 * @param release the archived release
 * @param anchor an HTML id prefix unique on the page
 * @param moscowTime publication time in Moscow, e.g. {@code 2021-12-30 23:45}
 * @param instant publication time in ISO-8601, for the viewer's local time (JS)
 * @param siblingHref the console page of the other language version, {@code null} if it
 * is not archived
 * @param topics topic ids
 * @param entities entity names
 * @param events the events with the id of their highlight
 * @param segments the text, plain and highlighted parts in order
 */
public record ReleaseCard(ArchivedRelease release, String anchor, String moscowTime, String instant, String siblingHref,
		List<String> topics, List<String> entities, List<EventView> events, List<Segment> segments) {

	private static final DateTimeFormatter MOSCOW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static ReleaseCard of(ArchivedRelease release, boolean siblingArchived) {
		String anchor = "r-" + release.lang() + "-" + release.kremlinId();
		List<EventView> events = new ArrayList<>();
		for (int i = 0; i < release.events().size(); i++) {
			events.add(new EventView(release.events().get(i), anchor + "-e" + i));
		}
		return new ReleaseCard(release, anchor,
				release.publishedAt().atZoneSameInstant(ReleaseArchive.MOSCOW).format(MOSCOW_TIME),
				release.publishedAt().toInstant().toString(),
				siblingArchived ? "/releases/" + release.siblingId() : null,
				release.topics().stream().map(TopicMatch::id).toList(),
				release.entities().stream().map(Entity::name).distinct().toList(), events,
				segments(release.text(), events));
	}

	/**
	 * Cuts {@code text} at the evidence offsets; overlapping or out-of-range evidence is
	 * left unhighlighted rather than garbling the text.
	 */
	static List<Segment> segments(String text, List<EventView> events) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<EventView> marked = events.stream()
			.filter((event) -> event.event().evidence().end() <= text.length()
					&& event.event().evidence().end() > event.event().evidence().start())
			.sorted(Comparator.comparingInt((EventView event) -> event.event().evidence().start()))
			.toList();
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (EventView event : marked) {
			int start = event.event().evidence().start();
			int end = event.event().evidence().end();
			if (start < at) {
				continue;
			}
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), null));
			}
			segments.add(new Segment(text.substring(start, end), event.anchor()));
			at = end;
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return segments;
	}

	/**
	 * @param event the event
	 * @param anchor the HTML id of its highlighted evidence
	 */
	public record EventView(ExtractedEvent event, String anchor) {

		public String dates() {
			if (this.event.dateStart() == null) {
				return null;
			}
			if (this.event.dateEnd() == null || this.event.dateEnd().equals(this.event.dateStart())) {
				return this.event.dateStart().toString();
			}
			return this.event.dateStart() + " – " + this.event.dateEnd();
		}

	}

	/**
	 * @param text a piece of the release text
	 * @param mark the id of the highlight when it is an evidence sentence, else
	 * {@code null}
	 */
	public record Segment(String text, String mark) {
	}

}
