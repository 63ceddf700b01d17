package org.kremlinwatch.alert.match;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.events.v1.ExtractedEvent;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingStateTests {

	private static final LocalDate JAN_9 = LocalDate.of(2022, 1, 9);

	private static final LocalDate JAN_10 = LocalDate.of(2022, 1, 10);

	private static final LocalDate JAN_12 = LocalDate.of(2022, 1, 12);

	private final MeetingState geneva = MeetingState
		.of(meeting("Talks will be held in Geneva on January 9–10.", "Geneva", JAN_9, JAN_10));

	@Test
	void newDateIsAChangeOfDateStartAndDateEnd() {
		MeetingState moved = this.geneva
			.next(meeting("Talks will be held in Geneva on January 12.", null, JAN_12, JAN_12));

		assertThat(moved.changesSince(this.geneva)).containsExactly("dateStart: 2022-01-09 -> 2022-01-12",
				"dateEnd: 2022-01-10 -> 2022-01-12");
		assertThat(moved.place()).as("a place left unsaid stays").isEqualTo("Geneva");
	}

	@Test
	void newPlaceIsAChangeButSpellingNoiseIsNot() {
		assertThat(this.geneva.next(meeting("Talks in Vienna on January 9–10.", "Vienna", JAN_9, JAN_10))
			.changesSince(this.geneva)).containsExactly("place: Geneva -> Vienna");
		assertThat(this.geneva.next(meeting("Talks in GENEVA on January 9–10.", "GENEVA ", JAN_9, JAN_10))
			.changesSince(this.geneva)).isEmpty();
	}

	@Test
	void readsPostponementAndCancellationInEnglishAndRussian() {
		assertThat(MeetingState.statusOf(meeting("The Geneva talks have been postponed.", null, null, null)))
			.isEqualTo(MeetingState.POSTPONED);
		assertThat(MeetingState.statusOf(meeting("Переговоры в Женеве перенесены на 12 января.", null, JAN_12, null)))
			.isEqualTo(MeetingState.POSTPONED);
		assertThat(MeetingState.statusOf(meeting("The talks in Geneva were called off.", null, null, null)))
			.isEqualTo(MeetingState.CANCELLED);
		assertThat(MeetingState.statusOf(meeting("Встреча в Женеве отменена.", null, null, null)))
			.isEqualTo(MeetingState.CANCELLED);
		assertThat(MeetingState.statusOf(meeting("Talks will be held in Geneva.", null, null, null)))
			.isEqualTo(MeetingState.ANNOUNCED);
	}

	@Test
	void postponedMeetingAnnouncedAgainStaysPostponedButCancelledOneComesBack() {
		MeetingState postponed = this.geneva
			.next(meeting("The talks are postponed to January 12.", null, JAN_12, JAN_12));
		MeetingState cancelled = this.geneva.next(meeting("The talks are cancelled.", null, null, null));

		assertThat(postponed.changesSince(this.geneva)).contains("status: ANNOUNCED -> POSTPONED");
		assertThat(postponed.next(meeting("Talks in Geneva on January 12.", "Geneva", JAN_12, JAN_12))
			.changesSince(postponed)).isEmpty();
		assertThat(cancelled.next(meeting("Talks will be held in Geneva on January 9–10.", "Geneva", JAN_9, JAN_10))
			.changesSince(cancelled)).containsExactly("status: CANCELLED -> ANNOUNCED");
	}

	private static ExtractedEvent meeting(String sentence, String place, LocalDate start, LocalDate end) {
		return new ExtractedEvent(EventType.MEETING, EventStatus.ANNOUNCED, start, end, place,
				List.of("Russia", "United States"), null, "talks", new Evidence(sentence, 0, sentence.length()));
	}

}
