package org.kremlinwatch.alert.match;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;

import static org.assertj.core.api.Assertions.assertThat;

class DedupeKeysTests {

	@Test
	void sameMeetingFromRussianAndEnglishVersionsHasOneKey() {
		ReleaseTagged en = TestReleases.genevaTalks(Lang.en, 67487);
		ReleaseTagged ru = TestReleases.genevaTalks(Lang.ru, 67487);

		assertThat(DedupeKeys.ofEvent(ru, event(ru, EventType.MEETING)))
			.isEqualTo(DedupeKeys.ofEvent(en, event(en, EventType.MEETING)))
			.isEqualTo("meeting:geneva:2022-01-09:russia,united states");
	}

	@Test
	void sameMeetingReportedByAnotherReleaseHasTheSameKey() {
		ReleaseTagged first = TestReleases.genevaTalks(Lang.en, 67487);
		ReleaseTagged later = TestReleases.genevaTalks(Lang.en, 67510);

		assertThat(DedupeKeys.ofEvent(later, event(later, EventType.MEETING)))
			.isEqualTo(DedupeKeys.ofEvent(first, event(first, EventType.MEETING)));
	}

	@Test
	void callOfOneReleaseHasTheSameKeyInBothLanguagesButDiffersFromAnotherRelease() {
		ReleaseTagged en = TestReleases.genevaTalks(Lang.en, 67487);
		ReleaseTagged ru = TestReleases.genevaTalks(Lang.ru, 67487);
		ReleaseTagged other = TestReleases.genevaTalks(Lang.en, 67999);

		String key = DedupeKeys.ofEvent(en, event(en, EventType.CALL));
		assertThat(key).startsWith("CALL:67487:");
		assertThat(DedupeKeys.ofEvent(ru, event(ru, EventType.CALL))).isEqualTo(key);
		assertThat(DedupeKeys.ofEvent(other, event(other, EventType.CALL))).isNotEqualTo(key);
	}

	@Test
	void releaseKeyIsSharedByBothLanguageVersions() {
		assertThat(DedupeKeys.ofRelease(TestReleases.genevaTalks(Lang.ru, 67487)))
			.isEqualTo(DedupeKeys.ofRelease(TestReleases.genevaTalks(Lang.en, 67487)))
			.isEqualTo("release:67487");
	}

	@Test
	void normalizesCaseDashesAndSpaces() {
		assertThat(DedupeKeys.normalize("  Russia — NATO   Council "))
			.isEqualTo(DedupeKeys.normalize("russia-nato council"));
	}

	private static ExtractedEvent event(ReleaseTagged release, EventType type) {
		List<ExtractedEvent> events = release.events().stream().filter((e) -> e.type() == type).toList();
		assertThat(events).hasSize(1);
		return events.get(0);
	}

}
