package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;

/**
 * The meeting a headline names: "On February 18, Vladimir Putin will hold talks ... in
 * Moscow" announces one; "Meeting with ..." / «Российско-китайские переговоры» reports
 * one held on the publication day where the dateline says. The first sentence is the
 * evidence.
 */
final class HeadlineMeeting {

	/** A lead that tells an earlier meeting, not the headline's ("Earlier, ..."). */
	private static final Finder EARLIER_LEAD = Finder
		.of(Patterns.words("earlier|previously|last|past|ранее|прошл\\w+"));

	/**
	 * A headline that names a forum the release reports: "St Petersburg International
	 * Economic Forum", «Международный форум «Арктика – территория диалога»».
	 */
	private static final Pattern FORUM_TITLE = Pattern
		.compile("(?U)((\\p{Lu}[\\p{L}-]*|\\d+\\w*|\\p{Ll}+(ый|ий|ой))\\s+){0,5}(Forum|форум)\\b");

	private HeadlineMeeting() {
	}

	/**
	 * Adds the headline's meeting to the release's {@code events}, placed and dated from
	 * the lead ({@code first}), and drops the meetings of the text that only tell it
	 * again.
	 */
	static void add(Cues cues, MeetingRule meetings, Narrative narrative, SentenceFacts headline, String dateline,
			LocalDate published, SentenceFacts first, List<ExtractedEvent> events, Set<ExtractedEvent> forums,
			Lang lang) {
		boolean verbHeadline = HeadlineVerb.reports(lang, headline);
		Set<LocalDate> told = new java.util.HashSet<>();
		// A meeting dated from the account around it ("That same day, ... via
		// videoconference") does not tell the headline's meeting.
		events.stream()
			.filter((e) -> e.type() == EventType.MEETING && !narrative.dated(e))
			.forEach((e) -> told.add(e.dateStart()));
		boolean announced = false;
		String headlineVenue = null;
		for (ExtractedEvent meeting : meetings.apply(headline, headline.text(), headline.lowerCase(), null)) {
			if (meeting.dateStart() != null && !told.contains(meeting.dateStart())) {
				events.add(placed(meeting, first, events));
			}
			announced |= meeting.dateStart() != null;
			if (headlineVenue == null && meeting.status() == EventStatus.HELD) {
				headlineVenue = meeting.place();
			}
		}
		if (!announced && (cues.titleMeeting().matcher(headline.text()).lookingAt()
				|| FORUM_TITLE.matcher(headline.text()).lookingAt() || verbHeadline)) {
			// No dateline, but the lead places the meeting ("held a meeting in the
			// Kremlin", «в Кремле»): that is the headline's meeting and its place.
			String place = dateline;
			if (place == null) {
				place = events.stream()
					// "In advance of the St Petersburg International Economic Forum, ...
					// met with": the forum's city is not the headline meeting's.
					.filter((e) -> e.type() == EventType.MEETING && !forums.contains(e)
							&& (e.dateStart() == null || narrative.dated(e)) && e.place() != null
							&& e.evidence().sentence().equals(first.text())
							&& !EventDetector.VIDEOCONFERENCE.find(first.text())
							&& !PastPeriod.in(e.evidence().sentence(), published))
					.map(ExtractedEvent::place)
					.findFirst()
					// Round 15b: "... consultations took place in Yekaterinburg": the
					// headline's own place, when neither dateline nor lead gives one.
					.orElse((headlineVenue != null) ? headlineVenue : named(headline));
			}
			if (place == null && dateline == null && verbHeadline) {
				// Round 18: a trip told as a sentence ("... visited the Voronezh Region",
				// no dateline): the first meeting the account places without a day ("also
				// met with education workers in Voronezh") is the trip's, on its day.
				place = events.stream()
					.filter((e) -> heldMeeting(e, forums) && e.dateStart() == null && e.place() != null
							&& !PastPeriod.in(e.evidence().sentence(), published)
							&& !EventDetector.VIDEOCONFERENCE.find(e.evidence().sentence()))
					.map(ExtractedEvent::place)
					.findFirst()
					.orElse(null);
			}
			String headlinePlace = place;
			if (headlinePlace != null && dateline == null) {
				events.removeIf((e) -> e.type() == EventType.MEETING && e.dateStart() == null
						&& headlinePlace.equals(e.place()) && e.evidence().sentence().equals(first.text()));
			}
			// The text tells the headline's meeting again without a date: it is that one.
			// "The Russia–Africa summit was held here in Sochi in 2019" is another one.
			// So is one the account dated to this day.
			// Round 17: without a dateline ("Amur Region" is none), the place of the
			// headline's meeting, else of the meeting the text holds that day ("the
			// talks ... today took place here, at Vostochny Cosmodrome"), stands in for
			// it: "during our visit to Vostochny Cosmodrome" is that meeting told again.
			String toldAt = (dateline != null) ? dateline
					: (headlinePlace != null) ? headlinePlace : events.stream()
						.filter((e) -> heldMeeting(e, forums) && published.equals(e.dateStart()) && e.place() != null)
						.map(ExtractedEvent::place)
						.findFirst()
						.orElse(null);
			events.removeIf((e) -> e.type() == EventType.MEETING && (e.dateStart() == null || narrative.dated(e))
					&& (e.place() == null || e.place().equals(toldAt))
					&& !PastPeriod.in(e.evidence().sentence(), published)
					// An earlier edition of the headline's forum ("which I attended three
					// years ago") is another meeting.
					&& !(e.dateStart() == null && Forums.named(headline.text())
							&& Narrative.earlier(e.evidence().sentence())));
			List<String> participants = headline.mentions()
				.stream()
				.filter((m) -> m.type() != EntityType.PLACE)
				.map(Mention::name)
				.distinct()
				.toList();
			LocalDate day = leadDay(events, forums, narrative, first, published);
			String summary = "Meeting" + (participants.isEmpty() ? "" : " (" + String.join(", ", participants) + ")")
					+ ((place != null) ? " in " + place : "") + " on " + day;
			events.add(new ExtractedEvent(EventType.MEETING, EventStatus.HELD, day, day, place, participants, null,
					summary, first.evidence()));
		}
		else if (!announced && dateline != null && HeadlineVerb.pastAccount(lang, headline)) {
			// Round 18: under a headline that tells the day's deed in the past tense
			// ("... signed a Statement"), the lead's meeting told without a day ("After
			// the documents were signed, the heads of the two countries held a separate
			// meeting") is the release's own: that day, at the dateline.
			for (int i = 0; i < events.size(); i++) {
				ExtractedEvent e = events.get(i);
				if (heldMeeting(e, forums) && e.dateStart() == null && (e.place() == null || e.place().equals(dateline))
						&& e.evidence().sentence().equals(first.text()) && !PastPeriod.in(first.text(), published)
						&& !Narrative.earlier(first.text()) && !EventDetector.VIDEOCONFERENCE.find(first.text())) {
					events.set(i, new ExtractedEvent(EventType.MEETING, EventStatus.HELD, published, published,
							dateline, e.participants(), e.speaker(), e.summary() + " on " + published, e.evidence()));
				}
			}
		}
	}

	/** A meeting the release reports as held, other than a forum's. */
	private static boolean heldMeeting(ExtractedEvent e, Set<ExtractedEvent> forums) {
		return e.type() == EventType.MEETING && e.status() == EventStatus.HELD && !forums.contains(e);
	}

	/**
	 * Round 19: the day of the headline's meeting. The lead that tells it with an earlier
	 * day and no place ("Yesterday evening, Vladimir Putin had a meeting with ..." under
	 * "Meeting with ...", published the next morning) dates it (round-6 rule for relative
	 * words); that lead's meeting is the headline's, told once. Only a day or two back: a
	 * lead that recalls an older meeting ("the results of your meeting on February 10")
	 * tells another one. Else the publication day.
	 */
	private static LocalDate leadDay(List<ExtractedEvent> events, Set<ExtractedEvent> forums, Narrative narrative,
			SentenceFacts first, LocalDate published) {
		if (PastPeriod.in(first.text(), published) || EARLIER_LEAD.find(first.text())) {
			return published;
		}
		for (ExtractedEvent e : events) {
			if (heldMeeting(e, forums) && e.dateStart() != null && e.dateStart().isBefore(published)
					&& !e.dateStart().isBefore(published.minusDays(2)) && e.place() == null && !narrative.dated(e)
					&& e.evidence().sentence().equals(first.text())) {
				events.remove(e);
				return e.dateStart();
			}
		}
		return published;
	}

	/**
	 * Round 16: the city or venue a headline names as its meeting's ("Conversation with
	 * Vostochny Cosmodrome employees"), where neither a dateline (a region's, "Amur
	 * Region", is none) nor the lead places the meeting; not a region ("Meeting with
	 * Kursk Region Governor").
	 */
	private static String named(SentenceFacts headline) {
		String text = headline.text();
		return headline.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.PLACE
					&& !MeetingPlaces.REGION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)))
						.lookingAt())
			.map(Mention::name)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The headline's dated meeting, which the text often places without repeating the day
	 * ("On June 3, Vladimir Putin will meet ..." over "... will hold talks ... in
	 * Sochi"): it takes the place of the undated meeting of the same status the text
	 * tells, which it replaces.
	 */
	private static ExtractedEvent placed(ExtractedEvent meeting, SentenceFacts first, List<ExtractedEvent> events) {
		ExtractedEvent dated = withEvidence(meeting, first);
		if (meeting.place() != null) {
			return dated;
		}
		for (ExtractedEvent told : events) {
			if (told.type() == EventType.MEETING && told.dateStart() == null && told.place() != null
					&& told.status() == meeting.status()) {
				events.remove(told);
				return new ExtractedEvent(EventType.MEETING, meeting.status(), meeting.dateStart(), meeting.dateEnd(),
						told.place(), meeting.participants(), null, meeting.summary() + " in " + told.place(),
						told.evidence());
			}
		}
		return dated;
	}

	private static ExtractedEvent withEvidence(ExtractedEvent event, SentenceFacts facts) {
		return new ExtractedEvent(event.type(), event.status(), event.dateStart(), event.dateEnd(), event.place(),
				event.participants(), event.speaker(), event.summary(), facts.evidence());
	}

}
