package org.kremlinwatch.extract.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseTagged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service tags of a fetched release. Ingest publishes a page's lead apart from
 * its body, as ReleaseFetched v1 says; the lead is where a release usually tells its
 * news, so it must be read.
 */
class TaggerTests {

	private static final String LEAD = "Vladimir Putin had a telephone conversation with President of France "
			+ "Emmanuel Macron.";

	private static final String BODY = "The leaders discussed bilateral trade.\n\nThey agreed to stay in touch.";

	private final Tagger tagger = new Tagger(Extractor.withDefaults());

	@Test
	void readsTheLeadThatIngestPublishesApartFromTheBody() {
		ReleaseTagged tagged = this.tagger.tag(release(LEAD, BODY), Instant.now());

		assertThat(tagged.text()).isEqualTo(LEAD + "\n\n" + BODY);
		assertThat(tagged.events()).filteredOn((e) -> e.type() == EventType.CALL).singleElement().satisfies((call) -> {
			assertThat(call.participants()).contains("Emmanuel Macron");
			assertEvidenceInPlace(tagged, call);
		});
	}

	@Test
	void readsALeadOnceWhenTheTextAlreadyOpensWithIt() {
		ReleaseTagged tagged = this.tagger.tag(release(LEAD, LEAD + "\n\n" + BODY), Instant.now());

		assertThat(tagged.text()).isEqualTo(LEAD + "\n\n" + BODY);
		assertThat(tagged.events()).filteredOn((e) -> e.type() == EventType.CALL).hasSize(1);
	}

	@Test
	void readsTheBodyAloneWhenThereIsNoLead() {
		ReleaseTagged tagged = this.tagger.tag(release(null, BODY), Instant.now());

		assertThat(tagged.text()).isEqualTo(BODY);
		assertThat(tagged.events()).noneMatch((e) -> e.type() == EventType.CALL);
	}

	private static void assertEvidenceInPlace(ReleaseTagged tagged, ExtractedEvent event) {
		assertThat(tagged.text().substring(event.evidence().start(), event.evidence().end()))
			.isEqualTo(event.evidence().sentence());
	}

	private static ReleaseFetched release(String lead, String text) {
		return new ReleaseFetched(UUID.randomUUID(), Instant.now(), "en:90010", 90010, Lang.en,
				"http://en.kremlin.ru/events/president/news/90010", null, "news", "Russia and France", lead, text,
				OffsetDateTime.parse("2022-02-20T14:15:00+03:00"), null, List.of(), "hash", 1);
	}

}
