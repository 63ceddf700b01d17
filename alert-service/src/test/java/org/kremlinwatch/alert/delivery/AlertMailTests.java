package org.kremlinwatch.alert.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.AlertKind;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMailTests {

	private static final String SENTENCE = "Talks will be held in Geneva on January 12 <as agreed>.";

	@Test
	void updatedAlertSaysWhatChangedInBothParts() {
		AlertMail mail = AlertMail.of("Geneva", List.of(alert("Talks & more", AlertKind.UPDATED)));

		assertThat(mail.subject()).isEqualTo("[kremlinwatch] Updated: Talks & more");
		assertThat(mail.text()).contains("Changed: dateStart: 2022-01-09 -> 2022-01-12");
		assertThat(mail.html()).contains("<b>Changed:</b> dateStart: 2022-01-09 -&gt; 2022-01-12");
	}

	@Test
	void escapesReleaseTextInTheHtmlPartOnly() {
		AlertMail mail = AlertMail.of("<b>mine</b>", List.of(alert("<script>x</script>", AlertKind.NEW)));

		assertThat(mail.html()).doesNotContain("<script>")
			.doesNotContain("<as agreed>")
			.doesNotContain("<b>mine</b>")
			.contains("&lt;script&gt;x&lt;/script&gt;")
			.contains("&lt;as agreed&gt;");
		assertThat(mail.text()).contains("<script>x</script>").contains(SENTENCE);
	}

	@Test
	void digestSubjectCountsItsAlertsAndListsEachOnce() {
		AlertMail mail = AlertMail.of("Geneva",
				List.of(alert("First", AlertKind.NEW), alert("Second", AlertKind.NEW), alert("Third", AlertKind.NEW)));

		assertThat(mail.subject()).isEqualTo("[kremlinwatch] 3 alerts for \u201cGeneva\u201d");
		assertThat(mail.text()).containsOnlyOnce("First\n").containsOnlyOnce("Second\n").containsOnlyOnce("Third\n");
		assertThat(mail.html()).containsOnlyOnce(">First<").containsOnlyOnce(">Third<");
	}

	private static AlertRaised alert(String title, AlertKind kind) {
		ExtractedEvent meeting = new ExtractedEvent(EventType.MEETING, EventStatus.ANNOUNCED, LocalDate.of(2022, 1, 12),
				null, "Geneva", List.of("Russia", "United States"), null, "talks",
				new Evidence(SENTENCE, 0, SENTENCE.length()));
		return new AlertRaised(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), "en:67600", 67600,
				Lang.en, "http://en.kremlin.ru/events/president/news/67600", null, title,
				OffsetDateTime.parse("2022-01-05T12:00:00+03:00"), meeting, List.of("event:MEETING_ANNOUNCED"),
				"meeting:x", kind, (kind == AlertKind.UPDATED) ? List.of("dateStart: 2022-01-09 -> 2022-01-12") : null);
	}

}
