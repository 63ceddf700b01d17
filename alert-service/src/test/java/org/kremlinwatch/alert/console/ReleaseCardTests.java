package org.kremlinwatch.alert.console;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.console.ReleaseCard.EventView;
import org.kremlinwatch.alert.console.ReleaseCard.Segment;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.events.v1.ExtractedEvent;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseCardTests {

	private static final String TEXT = "Putin spoke to Biden. Talks will be held in Geneva. More later.";

	@Test
	void highlightsEachEvidenceSentenceInPlaceByItsOffsets() {
		List<Segment> segments = ReleaseCard.segments(TEXT, List.of(view(22, 51, "e1"), view(0, 21, "e0")));

		assertThat(segments).containsExactly(new Segment("Putin spoke to Biden.", "e0"), new Segment(" ", null),
				new Segment("Talks will be held in Geneva.", "e1"), new Segment(" More later.", null));
		assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(TEXT);
	}

	@Test
	void leavesOverlappingOrOutOfRangeEvidenceUnhighlightedWithoutLosingText() {
		List<Segment> segments = ReleaseCard.segments(TEXT,
				List.of(view(0, 21, "a"), view(10, 30, "overlap"), view(50, 500, "beyond")));

		assertThat(segments).extracting(Segment::mark).containsExactly("a", null);
		assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(TEXT);
	}

	private static EventView view(int start, int end, String anchor) {
		return new EventView(new ExtractedEvent(EventType.MEETING, null, LocalDate.of(2022, 1, 9), null, null,
				List.of(), null, "talks", new Evidence("sentence", start, end)), anchor);
	}

}
