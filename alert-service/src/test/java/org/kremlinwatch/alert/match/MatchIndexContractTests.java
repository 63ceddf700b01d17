package org.kremlinwatch.alert.match;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link MatchIndex} must do; run against each implementation by its
 * subclasses.
 */
abstract class MatchIndexContractTests {

	/** A new, empty index of the kind under test. */
	abstract MatchIndex newIndex();

	private final ReleaseTagged en = TestReleases.genevaTalks(Lang.en, 67487);

	private final ReleaseTagged ru = TestReleases.genevaTalks(Lang.ru, 67487);

	@Test
	void emptyFilterMatchesEveryReleaseOnceByRelease() {
		List<Match> matches = matchOne(filter(null, Set.of(), Set.of(), Set.of(), null), this.en);

		assertThat(matches).singleElement().satisfies((match) -> {
			assertThat(match.event()).isNull();
			assertThat(match.dedupeKey()).isEqualTo("release:67487");
		});
	}

	@Test
	void matchesByLanguage() {
		SubscriptionFilter russianOnly = filter(Lang.ru, Set.of(), Set.of(), Set.of(), null);

		assertThat(matchOne(russianOnly, this.ru)).hasSize(1);
		assertThat(matchOne(russianOnly, this.en)).isEmpty();
	}

	@Test
	void matchesByAnyOfTheTopics() {
		assertThat(
				matchOne(filter(null, Set.of(), Set.of("sanctions", "security-guarantees"), Set.of(), null), this.en))
			.singleElement()
			.satisfies((match) -> assertThat(match.reasons()).containsExactly("topic:security-guarantees"));
		assertThat(matchOne(filter(null, Set.of(), Set.of("sanctions"), Set.of(), null), this.en)).isEmpty();
	}

	@Test
	void matchesByEntityIgnoringCase() {
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of("joseph biden"), null), this.ru)).singleElement()
			.satisfies((match) -> assertThat(match.reasons()).containsExactly("entity:Joseph Biden"));
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of("NATO"), null), this.ru)).isEmpty();
	}

	@Test
	void matchesByEventKindWithOneMatchPerEvent() {
		List<Match> meetings = matchOne(filter(null, Set.of(EventKind.MEETING_ANNOUNCED), Set.of(), Set.of(), null),
				this.en);
		assertThat(meetings).singleElement().satisfies((match) -> {
			assertThat(match.event().type()).isEqualTo(EventType.MEETING);
			assertThat(match.reasons()).containsExactly("event:MEETING_ANNOUNCED");
		});

		assertThat(matchOne(filter(null, Set.of(EventKind.MEETING_HELD), Set.of(), Set.of(), null), this.en)).isEmpty();
		assertThat(matchOne(filter(null, Set.of(EventKind.MEETING_ANNOUNCED, EventKind.CALL, EventKind.WARNING),
				Set.of(), Set.of(), null), this.en))
			.extracting((match) -> match.event().type())
			.containsExactlyInAnyOrder(EventType.MEETING, EventType.CALL);
	}

	@Test
	void matchesByQueryOverTitleAndText() {
		SubscriptionFilter geneva = filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("Geneva OR Женев*"));

		assertThat(matchOne(geneva, this.ru)).singleElement()
			.satisfies((match) -> assertThat(match.reasons()).containsExactly("query:женев*"));
		assertThat(matchOne(geneva, this.en)).hasSize(1);
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("Brussels")), this.en))
			.isEmpty();
	}

	@Test
	void andsAcrossFilterKinds() {
		SubscriptionFilter both = filter(Lang.en, Set.of(EventKind.MEETING_ANNOUNCED), Set.of("security-guarantees"),
				Set.of("Geneva"), TextQuery.parse("talks"));
		SubscriptionFilter wrongTopic = filter(Lang.en, Set.of(EventKind.MEETING_ANNOUNCED), Set.of("energy"),
				Set.of("Geneva"), TextQuery.parse("talks"));

		assertThat(matchOne(both, this.en)).singleElement()
			.satisfies((match) -> assertThat(match.reasons()).containsExactly("event:MEETING_ANNOUNCED",
					"topic:security-guarantees", "entity:Geneva", "query:talks"));
		assertThat(matchOne(wrongTopic, this.en)).isEmpty();
	}

	@Test
	void matchesEverySubscriptionStored() {
		MatchIndex index = newIndex();
		SubscriptionFilter a = filter(null, Set.of(), Set.of(), Set.of(), null);
		SubscriptionFilter b = filter(Lang.ru, Set.of(), Set.of(), Set.of(), null);
		SubscriptionFilter c = filter(null, Set.of(), Set.of("security-guarantees"), Set.of(), null);
		index.replaceAll(List.of(a, b, c));

		assertThat(index.match(this.en)).extracting(Match::subscriptionId)
			.containsExactlyInAnyOrder(a.subscriptionId(), c.subscriptionId());
	}

	@Test
	void replacingTheSubscriptionsForgetsTheOldOnes() {
		MatchIndex index = newIndex();
		SubscriptionFilter before = filter(null, Set.of(), Set.of(), Set.of(), null);
		SubscriptionFilter after = filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("Geneva"));
		index.replaceAll(List.of(before));
		index.replaceAll(List.of(after));

		assertThat(index.match(this.en)).extracting(Match::subscriptionId).containsExactly(after.subscriptionId());
	}

	@Test
	void putAddsOrReplacesOneSubscriptionAndRemoveForgetsIt() {
		MatchIndex index = newIndex();
		SubscriptionFilter kept = filter(null, Set.of(), Set.of("security-guarantees"), Set.of(), null);
		SubscriptionFilter changing = filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("Brussels"));
		index.replaceAll(List.of(kept, changing));
		assertThat(index.match(this.en)).extracting(Match::subscriptionId).containsExactly(kept.subscriptionId());

		index.put(new SubscriptionFilter(changing.subscriptionId(), null, Set.of(), Set.of(), Set.of(),
				TextQuery.parse("Geneva")));
		SubscriptionFilter added = filter(Lang.en, Set.of(EventKind.MEETING_ANNOUNCED), Set.of(), Set.of(), null);
		index.put(added);
		assertThat(index.match(this.en)).extracting(Match::subscriptionId)
			.containsExactlyInAnyOrder(kept.subscriptionId(), changing.subscriptionId(), added.subscriptionId());

		index.remove(kept.subscriptionId());
		index.remove(added.subscriptionId());
		index.remove(added.subscriptionId());
		assertThat(index.match(this.en)).extracting(Match::subscriptionId).containsExactly(changing.subscriptionId());
	}

	@Test
	void fuzzyTermMatchesWordsOneEditAway() {
		for (String query : List.of("Geneve~1", "Genva~1", "Genevaa~1", "Gneeva~1")) {
			assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse(query)), this.en)).as(query)
				.singleElement()
				.satisfies((match) -> assertThat(match.reasons()).containsExactly("query:geneva"));
		}
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("Genfa~1")), this.en)).isEmpty();
	}

	@Test
	void matchesByLuceneQuerySyntax() {
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("talks AND NOT Brussels")),
				this.en))
			.singleElement()
			.satisfies((match) -> assertThat(match.reasons()).containsExactly("query:talks"));
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("\"security guarantees\"")),
				this.en))
			.singleElement()
			.satisfies((match) -> assertThat(match.reasons()).containsExactly("query:security guarantees"));
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("\"guarantees security\"")),
				this.en))
			.isEmpty();
		assertThat(matchOne(filter(null, Set.of(), Set.of(), Set.of(), TextQuery.parse("Женева~1")), this.ru))
			.hasSize(1);
	}

	private List<Match> matchOne(SubscriptionFilter filter, ReleaseTagged release) {
		MatchIndex index = newIndex();
		index.replaceAll(List.of(filter));
		return index.match(release);
	}

	static SubscriptionFilter filter(Lang lang, Set<EventKind> kinds, Set<String> topics, Set<String> entities,
			TextQuery query) {
		return new SubscriptionFilter(UUID.randomUUID(), lang, kinds, topics, entities, query);
	}

}
