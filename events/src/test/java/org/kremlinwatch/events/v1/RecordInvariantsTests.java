package org.kremlinwatch.events.v1;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RecordInvariantsTests {

	@Test
	void keepsTheMoscowOffsetOfPublishedAtOnTheWire() {
		String json = EventJson.mapper().writeValueAsString(Samples.releaseFetched());
		assertThat(json).contains("\"publishedAt\":\"2021-12-31T02:20:00+03:00\"");
		ReleaseFetched back = EventJson.mapper().readValue(json, ReleaseFetched.class);
		assertThat(back.publishedAt().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
	}

	@Test
	void rejectsAReleaseIdThatDisagreesWithLanguageAndKremlinId() {
		ReleaseFetched ok = Samples.releaseFetched();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReleaseFetched(ok.eventId(), ok.occurredAt(), "ru:67487", ok.kremlinId(), ok.lang(),
					ok.url(), ok.alternateUrl(), ok.section(), ok.title(), ok.lead(), ok.text(), ok.publishedAt(),
					ok.place(), ok.tags(), ok.contentHash(), ok.revision()))
			.withMessageContaining("en:67487");
	}

	@Test
	void rejectsARevisionBelowOne() {
		ReleaseFetched ok = Samples.releaseFetched();
		assertThatIllegalArgumentException().isThrownBy(() -> new ReleaseFetched(ok.eventId(), ok.occurredAt(),
				ok.releaseId(), ok.kremlinId(), ok.lang(), ok.url(), ok.alternateUrl(), ok.section(), ok.title(),
				ok.lead(), ok.text(), ok.publishedAt(), ok.place(), ok.tags(), ok.contentHash(), 0));
	}

	@Test
	void rejectsAMissingTitle() {
		ReleaseFetched ok = Samples.releaseFetched();
		assertThatNullPointerException()
			.isThrownBy(() -> new ReleaseFetched(ok.eventId(), ok.occurredAt(), ok.releaseId(), ok.kremlinId(),
					ok.lang(), ok.url(), ok.alternateUrl(), ok.section(), null, ok.lead(), ok.text(), ok.publishedAt(),
					ok.place(), ok.tags(), ok.contentHash(), ok.revision()))
			.withMessage("title");
	}

	@Test
	void rejectsAnEventThatEndsBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExtractedEvent(EventType.MEETING, EventStatus.ANNOUNCED, LocalDate.of(2022, 1, 10),
					LocalDate.of(2022, 1, 9), "Geneva", List.of(), null, null, Samples.MEETING_EVIDENCE));
	}

	@Test
	void namesEveryDeadLetterTopicAfterItsTopic() {
		assertThat(Topics.RELEASES_FETCHED_V1_DLT).isEqualTo("kremlin.releases.fetched.v1-dlt");
		assertThat(Topics.RELEASES_TAGGED_V1_DLT).isEqualTo("kremlin.releases.tagged.v1-dlt");
		assertThat(Topics.ALERTS_V1_DLT).isEqualTo("kremlin.alerts.v1-dlt");
		assertThat(Topics.deadLetterOf(Topics.ALERTS_V1)).isEqualTo(Topics.ALERTS_V1_DLT);
	}

}
