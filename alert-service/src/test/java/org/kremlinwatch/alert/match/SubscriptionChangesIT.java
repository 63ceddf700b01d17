package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Api.Response;
import org.kremlinwatch.alert.Subscriber;
import org.kremlinwatch.alert.TestDatabase;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscription changes made through the API reach the match index one subscription at a
 * time, in this instance and in another one sharing the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=changes-it-admin", "kremlinwatch.alert.partitions=1" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class SubscriptionChangesIT {

	private final ReleaseTagged geneva = TestReleases.genevaTalks(Lang.en, 67487);

	@LocalServerPort
	int port;

	@Autowired
	FilterCatalog catalog;

	@Autowired
	MatchIndex index;

	@Autowired
	JdbcClient jdbc;

	private Subscriber subscriber;

	private final List<RecordingIndex> others = new ArrayList<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@BeforeEach
	void subscriber() {
		this.subscriber = Subscriber.create(this.port, "changes-it-admin", "desk");
		this.catalog.refreshIfChanged();
	}

	@AfterEach
	void closeOthers() {
		this.others.forEach((other) -> other.delegate.close());
	}

	@Test
	void createUpdateAndDeleteThroughTheApiChangeWhatMatchesInThisAndAnotherInstance() {
		RecordingIndex second = anotherInstance();
		String geneva = create("{\"name\":\"g\",\"query\":\"Geneva\"}");
		String brussels = create("{\"name\":\"b\",\"query\":\"Brussels\"}");

		assertThat(matchedHere()).contains(geneva).doesNotContain(brussels);
		assertThat(matched(second)).contains(geneva).doesNotContain(brussels);

		update(brussels, "{\"name\":\"b\",\"entities\":[\"Geneva\"]}");
		update(geneva, "{\"name\":\"g\",\"query\":\"Brussels\"}");
		assertThat(matchedHere()).contains(brussels).doesNotContain(geneva);
		assertThat(matched(second)).contains(brussels).doesNotContain(geneva);

		assertThat(this.subscriber.api()
			.call("DELETE", "/api/v1/subscriptions/" + brussels, this.subscriber.apiKey(), null)
			.status()).isEqualTo(204);
		assertThat(matchedHere()).doesNotContain(brussels, geneva);
		assertThat(matched(second)).doesNotContain(brussels, geneva);

		// The second instance loaded everything once, then applied the five changes one
		// subscription at a time.
		assertThat(second.replaced).isEqualTo(1);
		assertThat(second.changes).containsExactly("put " + geneva, "put " + brussels, "put " + brussels,
				"put " + geneva, "remove " + brussels);
	}

	@Test
	void anInstanceStartedLaterLoadsEverythingAndThenFollowsChanges() {
		String early = create("{\"name\":\"early\",\"entities\":[\"Geneva\"]}");
		RecordingIndex late = anotherInstance();
		assertThat(matched(late)).contains(early);

		String later = create("{\"name\":\"later\",\"eventTypes\":[\"MEETING_ANNOUNCED\"],\"lang\":\"en\"}");
		assertThat(matched(late)).contains(early, later);
		assertThat(late.replaced).isEqualTo(1);
	}

	@Test
	void anInstanceThatMissedPrunedChangesReloadsEverything() {
		RecordingIndex idle = anotherInstance();
		matched(idle);
		String missed = create("{\"name\":\"missed\",\"query\":\"Geneva\"}");
		create("{\"name\":\"seen\",\"query\":\"talks\"}");
		// As if the entry of the first change had been pruned while the instance was
		// idle.
		this.jdbc.sql("DELETE FROM subscription_change_log WHERE subscription_id = ?")
			.param(UUID.fromString(missed))
			.update();

		assertThat(matched(idle)).contains(missed);
		assertThat(idle.replaced).isEqualTo(2);
	}

	private RecordingIndex anotherInstance() {
		RecordingIndex other = new RecordingIndex(new MonitorMatchIndex());
		this.others.add(other);
		other.catalog = new FilterCatalog(this.jdbc, other);
		other.catalog.refreshIfChanged();
		return other;
	}

	private List<String> matchedHere() {
		this.catalog.refreshIfChanged();
		return this.index.match(this.geneva).stream().map((match) -> match.subscriptionId().toString()).toList();
	}

	private List<String> matched(RecordingIndex other) {
		other.catalog.refreshIfChanged();
		return other.match(this.geneva).stream().map((match) -> match.subscriptionId().toString()).toList();
	}

	private String create(String json) {
		return this.subscriber.subscribe(json).get("id").asString();
	}

	private void update(String id, String json) {
		Response response = this.subscriber.api()
			.call("PUT", "/api/v1/subscriptions/" + id, this.subscriber.apiKey(), json);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	/** Another instance's index, telling how it was changed. */
	private static final class RecordingIndex implements MatchIndex {

		private final MonitorMatchIndex delegate;

		private final List<String> changes = new ArrayList<>();

		private int replaced;

		private FilterCatalog catalog;

		RecordingIndex(MonitorMatchIndex delegate) {
			this.delegate = delegate;
		}

		@Override
		public void replaceAll(Collection<SubscriptionFilter> filters) {
			this.replaced++;
			this.delegate.replaceAll(filters);
		}

		@Override
		public void put(SubscriptionFilter filter) {
			this.changes.add("put " + filter.subscriptionId());
			this.delegate.put(filter);
		}

		@Override
		public void remove(UUID subscriptionId) {
			this.changes.add("remove " + subscriptionId);
			this.delegate.remove(subscriptionId);
		}

		@Override
		public List<Match> match(ReleaseTagged release) {
			return this.delegate.match(release);
		}

	}

}
