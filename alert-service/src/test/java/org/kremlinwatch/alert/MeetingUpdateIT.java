package org.kremlinwatch.alert;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Api.Response;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.AlertKind;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.ReleaseTagged;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A meeting that moves, is edited in place or is cancelled is told as an UPDATED alert
 * saying what changed, once per change, to the subscriptions that heard of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=meeting-it-admin", "kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1",
				"kremlinwatch.alert.webhook.retry-schedule=0s,1s", "kremlinwatch.alert.webhook.timeout=2s",
				"kremlinwatch.alert.delivery.poll-interval=200ms", "kremlinwatch.alert.partitions=1" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
@DirtiesContext
class MeetingUpdateIT {

	private static final WebhookReceiver receiver = new WebhookReceiver();

	private static final LocalDate JAN_9 = LocalDate.of(2022, 1, 9);

	private static final LocalDate JAN_10 = LocalDate.of(2022, 1, 10);

	private static final LocalDate JAN_12 = LocalDate.of(2022, 1, 12);

	private static final LocalDate JAN_13 = LocalDate.of(2022, 1, 13);

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	private Subscriber subscriber;

	private Api api;

	private String apiKey;

	private String everything;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@BeforeEach
	void subscriber() {
		this.subscriber = Subscriber.create(this.port, "meeting-it-admin", "desk");
		this.api = this.subscriber.api();
		this.apiKey = this.subscriber.apiKey();
		// Alerts on every release as a whole: once the last release of a test has one,
		// every release before it on the partition has been processed.
		this.everything = subscribe("everything", "[]", null);
	}

	@Test
	void laterReleaseMovingTheDateRaisesOneUpdatedAlertSayingWhatChanged() {
		List<String> parties = List.of("Russia", "United States");
		String moved = subscribe("moved", "[\"MEETING_ANNOUNCED\"]", receiver.url("/moved"));

		publish(TestReleases.meeting(80001, 1, "2021-12-30T20:00:00+03:00", parties, "Geneva", JAN_9, JAN_10,
				"Russia–United States talks will be held in Geneva on January 9–10."));
		publish(TestReleases.meeting(80002, 1, "2022-01-05T12:00:00+03:00", parties, "Geneva", JAN_12, JAN_13,
				"The Russia–United States talks in Geneva have been postponed to January 12–13."));
		// The first report again, late: older than the state, it changes nothing back.
		publish(TestReleases.meeting(80001, 1, "2021-12-30T20:00:00+03:00", parties, "Geneva", JAN_9, JAN_10,
				"Russia–United States talks will be held in Geneva on January 9–10."));
		publish(TestReleases.meeting(80003, 1, "2022-01-06T12:00:00+03:00", parties, "Geneva", JAN_12, JAN_13,
				"Russia–United States talks will be held in Geneva on January 12–13."));
		awaitProcessed(80003);

		List<AlertRaised> alerts = alertsOf(moved);
		assertThat(alerts).extracting(AlertRaised::kind).containsExactly(AlertKind.NEW, AlertKind.UPDATED);
		AlertRaised updated = alerts.get(1);
		assertThat(updated.kremlinId()).isEqualTo(80002);
		assertThat(updated.changes()).containsExactly("dateStart: 2022-01-09 -> 2022-01-12",
				"dateEnd: 2022-01-10 -> 2022-01-13", "status: ANNOUNCED -> POSTPONED");
		assertThat(updated.dedupeKey()).startsWith(alerts.get(0).dedupeKey());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(receiver.callsTo("/moved"))
				.extracting((call) -> EventJson.mapper().readValue(call.body(), AlertRaised.class).changes())
				.containsExactlyInAnyOrder(List.of(), updated.changes()));
	}

	@Test
	void silentEditsChangingPlaceAndDateAndThenACancellationRaiseAnUpdateEach() {
		List<String> parties = List.of("Russia", "NATO");
		String edited = subscribe("edited", "[\"MEETING_ANNOUNCED\"]", null);
		String published = "2021-12-30T21:00:00+03:00";

		publish(TestReleases.meeting(80101, 1, published, parties, "Brussels", JAN_12, JAN_12,
				"A Russia–NATO Council meeting will be held in Brussels on January 12."));
		// Revision 2 of the same release moves both place and date: only the release
		// ties it to the meeting it reported before.
		ReleaseTagged edit = TestReleases.meeting(80101, 2, published, parties, "Vienna", JAN_13, JAN_13,
				"A Russia–NATO Council meeting will be held in Vienna on January 13.");
		publish(edit);
		publish(edit);
		publish(TestReleases.meeting(80102, 1, "2022-01-10T10:00:00+03:00", parties, "Vienna", null, null,
				"The Russia–NATO Council meeting in Vienna has been cancelled."));
		awaitProcessed(80102);

		List<AlertRaised> alerts = alertsOf(edited);
		assertThat(alerts).extracting(AlertRaised::kind)
			.containsExactly(AlertKind.NEW, AlertKind.UPDATED, AlertKind.UPDATED);
		assertThat(alerts.get(1).changes()).containsExactly("dateStart: 2022-01-12 -> 2022-01-13",
				"dateEnd: 2022-01-12 -> 2022-01-13", "place: Brussels -> Vienna");
		assertThat(alerts.get(2).changes()).containsExactly("status: ANNOUNCED -> CANCELLED");
	}

	@Test
	void sameParticipantsAndPlaceAfterTheMeetingTookPlaceIsAnotherMeeting() {
		List<String> parties = List.of("Russia", "Ukraine");
		String again = subscribe("again", "[\"MEETING_ANNOUNCED\"]", null);

		publish(TestReleases.meeting(80201, 1, "2021-06-01T10:00:00+03:00", parties, "Minsk", LocalDate.of(2021, 6, 16),
				LocalDate.of(2021, 6, 16), "Talks will be held in Minsk on June 16."));
		publish(TestReleases.meeting(80202, 1, "2021-12-30T10:00:00+03:00", parties, "Minsk", JAN_10, JAN_10,
				"Talks will be held in Minsk on January 10."));
		awaitProcessed(80202);

		assertThat(alertsOf(again)).extracting(AlertRaised::kind).containsExactly(AlertKind.NEW, AlertKind.NEW);
	}

	@Test
	void calendarKeepsOneEventPerMeetingAndBumpsItsSequenceWhenTheDateMovesAndAtomListsTheAlerts() throws Exception {
		List<String> parties = List.of("Russia", "China");
		String watched = subscribe("calendar", "[\"MEETING_ANNOUNCED\"]", null);
		String token = this.api.call("GET", "/api/v1/subscriptions/" + watched, this.apiKey, null)
			.json()
			.get("feedToken")
			.asString();
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);

		publish(TestReleases.meeting(80301, 1, "2021-12-30T20:00:00+03:00", parties, "Beijing",
				LocalDate.of(2022, 2, 4), LocalDate.of(2022, 2, 4), "Talks will be held in Beijing on February 4."));
		awaitProcessed(80301);
		VEvent before = singleEvent(token);

		publish(TestReleases.meeting(80302, 1, "2022-01-20T20:00:00+03:00", parties, "Beijing",
				LocalDate.of(2022, 2, 5), LocalDate.of(2022, 2, 6),
				"The talks in Beijing are postponed to February 5–6."));
		awaitProcessed(80302);
		VEvent after = singleEvent(token);

		assertThat(property(after, Property.UID)).isEqualTo(property(before, Property.UID));
		assertThat(property(before, Property.DTSTART)).isEqualTo("20220204");
		assertThat(property(after, Property.DTSTART)).isEqualTo("20220205");
		assertThat(property(after, Property.DTEND)).as("all day, exclusive end").isEqualTo("20220207");
		assertThat(Integer.parseInt(property(after, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(property(before, Property.SEQUENCE)));
		assertThat(property(after, Property.LOCATION)).isEqualTo("Beijing");
		assertThat(property(after, Property.STATUS)).isEqualTo("TENTATIVE");

		Response atom = this.api.call("GET", "/feeds/" + token + ".atom", null, null);
		assertThat(atom.contentType()).startsWith("application/atom+xml");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getAuthor()).isEqualTo("kremlinwatch");
		assertThat(feed.getEntries()).allSatisfy((entry) -> assertThat(entry.getAuthor()).isEqualTo("kremlinwatch"));
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly("Updated: Russia–China talks", "Russia–China talks");
		assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
			.contains("dateStart: 2022-02-04 -> 2022-02-05", "The talks in Beijing are postponed to February 5–6.");
		assertThat(this.api.call("GET", "/feeds/" + token.substring(1) + ".atom", null, null).status()).isEqualTo(404);
		assertThat(this.api.call("GET", "/calendar/not-a-token.ics", null, null).status()).isEqualTo(404);
	}

	private VEvent singleEvent(String token) throws Exception {
		Response response = this.api.call("GET", "/calendar/" + token + ".ics", null, null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		List<VEvent> events = calendar.<CalendarComponent>getComponents()
			.stream()
			.filter(VEvent.class::isInstance)
			.map(VEvent.class::cast)
			.toList();
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String property(VEvent event, String name) {
		return event.<Property>getProperties()
			.stream()
			.filter((property) -> property.getName().equals(name))
			.map(Property::getValue)
			.findFirst()
			.orElse(null);
	}

	private String subscribe(String name, String eventTypes, String webhookUrl) {
		return this.subscriber.subscribe(name, eventTypes, webhookUrl).get("id").asString();
	}

	private void publish(ReleaseTagged release) {
		Subscriber.publish(this.kafka, release);
	}

	private void awaitProcessed(long kremlinId) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> alertsOf(this.everything).stream().anyMatch((alert) -> alert.kremlinId() == kremlinId));
	}

	/** The subscription's alerts, oldest first. */
	private List<AlertRaised> alertsOf(String subscriptionId) {
		List<AlertRaised> alerts = new ArrayList<>();
		for (JsonNode node : this.api.call("GET", "/api/v1/alerts?limit=500", this.apiKey, null).json()) {
			AlertRaised alert = EventJson.mapper().treeToValue(node, AlertRaised.class);
			if (alert.subscriptionId().equals(subscriptionId)) {
				alerts.add(0, alert);
			}
		}
		return alerts;
	}

}
