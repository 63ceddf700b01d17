package org.kremlinwatch.alert.console;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.alert.Api;
import org.kremlinwatch.alert.TestDatabase;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.alert.WebhookReceiver;
import org.kremlinwatch.alert.WebhookReceiver.Call;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real headless Chromium against the whole service: embedded Kafka,
 * PostgreSQL, a real webhook receiver. Writes a screenshot of each page to
 * {@code target/screenshots}.
 */
@ExtendWith(Browser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=console-it-admin", "kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1",
				"kremlinwatch.alert.partitions=1", "kremlinwatch.alert.console.poll-interval=200ms",
				"kremlinwatch.alert.delivery.poll-interval=200ms" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class ConsoleBrowserIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static WebhookReceiver receiver;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@BeforeAll
	static void start(@TempDir Path profile) {
		receiver = new WebhookReceiver();
		browser = Browser.start(profile, 1280, 900);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		receiver.close();
	}

	@Test
	void signsInAndCreatesSubscriptionThroughTheFormShowingTheApisFieldErrors() {
		String key = new Api(this.port).newSubscriber("console-it-admin", "form");
		open("/subscriptions");
		browser.executeScript("sessionStorage.clear()");
		browser.navigate().refresh();

		type("api-key", "kw_not-a-key");
		browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("api-key-error"), "not known"));

		signIn(key);
		type("f-name", "Geneva talks");
		browser.findElement(By.cssSelector("input[name=eventTypes][value=MEETING_ANNOUNCED]")).click();
		type("f-query", "title:Geneva");
		browser.findElement(By.id("sub-save")).click();
		WebElement queryError = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("err-query")));
		assertThat(queryError.getText()).isNotBlank();
		assertThat(browser.findElement(By.id("f-query")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("err-name")).getText()).isEmpty();

		browser.findElement(By.id("f-query")).clear();
		type("f-query", "Женев* OR Geneva");
		type("f-webhookUrl", receiver.url("/form"));
		browser.findElement(By.id("sub-save")).click();
		WebElement created = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#subs-list li.sub")));
		assertThat(created.getText()).contains("Geneva talks", "MEETING_ANNOUNCED", receiver.url("/form"));
		assertThat(new Api(this.port).call("GET", "/api/v1/subscriptions", key, null)
			.json()
			.get(0)
			.get("query")
			.asString()).isEqualTo("Женев* OR Geneva");

		created.findElement(By.cssSelector("button.pause")).click();
		waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#subs-list li.sub"), "paused"));
		assertThat(new Api(this.port).call("GET", "/api/v1/subscriptions", key, null)
			.json()
			.get(0)
			.get("paused")
			.asBoolean()).isTrue();
		Browser.screenshot(browser, "subscriptions");

		// The list was drawn again after the pause.
		browser.findElement(By.xpath("//li[contains(@class,'sub')]//button[text()='Edit']")).click();
		assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).isEqualTo("Geneva talks");
		browser.findElement(By.id("f-name")).sendKeys(" and Minsk");
		browser.findElement(By.id("sub-save")).click();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#subs-list li.sub h3"),
				"Geneva talks and Minsk"));
		assertThat(
				new Api(this.port).call("GET", "/api/v1/subscriptions", key, null).json().get(0).get("name").asString())
			.isEqualTo("Geneva talks and Minsk");

		browser.findElement(By.cssSelector("#subs-list li.sub button.danger")).click();
		browser.switchTo().alert().accept();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("subs-empty")));
		assertThat(new Api(this.port).call("GET", "/api/v1/subscriptions", key, null).json()).isEmpty();
	}

	@Test
	void showsAReleaseLiveInTheFeedWithItsEvidenceHighlighted() {
		open("/");
		waitFor().until(ExpectedConditions.attributeContains(By.id("live-status"), "class", "on"));
		ReleaseTagged release = TestReleases.genevaTalks(Lang.en, 81001);
		publish(release);

		WebElement card = waitFor().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#feed article[data-release-id='en:81001']")));
		assertThat(card.findElement(By.cssSelector(".card-title")).getText()).isEqualTo(release.title());
		assertThat(card.findElements(By.cssSelector(".chip"))).extracting(WebElement::getText)
			.containsExactly("security-guarantees");
		assertThat(card.findElement(By.cssSelector(".meta time")).getText()).contains("2021-12-30 23:45");
		assertThat(card.findElement(By.cssSelector(".local-time")).getText()).isNotBlank();

		card.findElement(By.cssSelector(".event-MEETING .evidence-link")).click();
		WebElement mark = card.findElement(By.cssSelector("mark"));
		waitFor().until(ExpectedConditions.visibilityOf(mark));
		assertThat(mark.getText()).isEqualTo(TestReleases.EN_SENTENCE);
		assertThat(browser.switchTo().activeElement()).isEqualTo(mark);
		Browser.screenshot(browser, "feed");

		publish(TestReleases.genevaTalks(Lang.ru, 81001));
		WebElement russian = waitFor().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#feed article[data-release-id='ru:81001']")));
		russian.findElement(By.cssSelector("a.sibling")).click();
		waitFor().until(ExpectedConditions.urlContains("/releases/en:81001"));

		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			open("/?ui=ru");
			assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Лента");
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
			Browser.screenshot(browser, "feed-phone-ru");
		}
		finally {
			open("/?ui=en");
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	@Test
	void opensAMeetingFromTheUpcomingListWithItsHistoryAndReleases() {
		LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(40);
		List<String> participants = List.of("Russia", "Finland");
		publish(TestReleases.meeting(82001, 1, "2021-12-01T12:00:00+03:00", participants, "Helsinki", day, day,
				"Russian–Finnish talks will be held in Helsinki."));
		publish(TestReleases.meeting(82002, 1, "2021-12-02T12:00:00+03:00", participants, "Helsinki", day.plusDays(3),
				day.plusDays(3), "The Russian–Finnish talks in Helsinki are moved by three days."));

		open("/meetings/00000000-0000-0000-0000-000000000000");
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("404");
		open("/meetings");
		By link = By.linkText("Finland, Russia");
		waitFor().until((driver) -> {
			driver.navigate().refresh();
			return !driver.findElements(link).isEmpty() && driver.findElement(By.cssSelector(".meetings tbody"))
				.getText()
				.contains(day.plusDays(3).toString());
		});
		Browser.screenshot(browser, "meetings");

		browser.findElement(link).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.history")));
		// The archive is its own consumer group and may store the releases after matching
		// has tracked the meeting: the page shows their cards once they are there.
		waitFor().until((driver) -> {
			if (driver.findElements(By.cssSelector(".cards article")).size() >= 2) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Finland, Russia");
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Helsinki",
				day.plusDays(3).toString());
		List<WebElement> history = browser.findElements(By.cssSelector("ol.history li"));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).getText()).contains("announced", day.toString());
		assertThat(history.get(1).getText()).contains("rescheduled", day.plusDays(3).toString());
		assertThat(browser.findElements(By.cssSelector(".cards article")))
			.extracting((e) -> e.getAttribute("data-release-id"))
			.containsExactlyInAnyOrder("en:82001", "en:82002");
		Browser.screenshot(browser, "meeting");
	}

	@Test
	void testFiresTheWebhookAndShowsAndRedeliversTheAlertInTheDeliveryLog() {
		Api api = new Api(this.port);
		String key = api.newSubscriber("console-it-admin", "hooks");
		String created = api.call("POST", "/api/v1/subscriptions", key, """
				{"name":"Biden calls","eventTypes":["CALL"],"entities":["Joseph Biden"],"lang":"en",
				 "webhookUrl":"%s"}""".formatted(receiver.url("/hooks"))).json().get("webhookSecret").asString();
		open("/subscriptions");
		browser.executeScript("sessionStorage.clear()");
		browser.navigate().refresh();
		signIn(key);

		WebElement sub = waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#subs-list li.sub")));
		sub.findElement(By.cssSelector("button.test")).click();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("subs-status"), "200"));
		Call test = receiver.callsTo("/hooks").get(0);
		assertThat(test.webhookId()).startsWith("test_");
		assertThat(test.signatureVerifies(created)).isTrue();

		publish(TestReleases.genevaTalks(Lang.en, 83001));
		await().atMost(WAIT).until(() -> receiver.callsTo("/hooks").size() == 2);
		String subscriptionId = api.call("GET", "/api/v1/subscriptions", key, null).json().get(0).get("id").asString();
		await().atMost(WAIT)
			.until(() -> api.call("GET", "/api/v1/subscriptions/" + subscriptionId + "/deliveries", key, null)
				.body()
				.contains("DELIVERED"));
		browser.findElement(By.cssSelector("#subs-list li.sub button.log")).click();
		By delivered = By.cssSelector("#deliveries-body tr.status-DELIVERED");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(delivered));
		assertThat(browser.findElement(delivered).getText()).contains("webhook", "en:83001", "200");
		Browser.screenshot(browser, "deliveries");

		browser.findElement(By.cssSelector("#deliveries-body button.redeliver")).click();
		await().atMost(WAIT).until(() -> receiver.callsTo("/hooks").size() == 3);
		List<Call> calls = receiver.callsTo("/hooks");
		assertThat(calls.get(2).webhookId()).isEqualTo(calls.get(1).webhookId());

		// The alert itself, readable in the browser without a receiver.
		browser.navigate().refresh();
		By alert = By.cssSelector("#alerts-list li.alert");
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(alert));
		assertThat(browser.findElement(alert).getText()).contains("NEW", "Biden calls", "CALL");
		assertThat(browser.findElement(alert).findElement(By.tagName("a")).getAttribute("href"))
			.endsWith("/releases/en:83001");
		browser.executeScript("document.getElementById('alerts').scrollIntoView()");
		Browser.screenshot(browser, "alerts");
	}

	@Test
	void searchesTheArchiveByTextTopicAndEntity() {
		publish(TestReleases.genevaTalks(Lang.en, 84001));
		publish(TestReleases.genevaTalks(Lang.ru, 84001));
		publish(TestReleases.release(Lang.en, 84002, "Meeting with Government members",
				"The President discussed the harvest.", List.of("agriculture"), List.of(), List.of()));
		await().atMost(WAIT)
			.until(() -> new Api(this.port).call("GET", "/search?q=harvest", null, null).body().contains("84002"));

		open("/search");
		type("q", "переговоры");
		browser.findElement(By.cssSelector("form.search-form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
		assertThat(resultIds()).contains("ru:84001").doesNotContain("en:84001", "en:84002");

		open("/search?q=security+guarantee&lang=en");
		assertThat(resultIds()).contains("en:84001").doesNotContain("ru:84001", "en:84002");

		open("/search?topic=agriculture");
		assertThat(resultIds()).containsExactly("en:84002");

		open("/search?entity=joseph+biden&from=2021-12-30&to=2021-12-30");
		assertThat(resultIds()).contains("en:84001", "ru:84001").doesNotContain("en:84002");
		open("/search?entity=joseph+biden&from=2021-12-31");
		assertThat(resultIds()).isEmpty();

		open("/search?q=Geneva&lang=en");
		Browser.screenshot(browser, "search");
	}

	private List<String> resultIds() {
		return browser.findElements(By.cssSelector("#results article"))
			.stream()
			.map((e) -> e.getAttribute("data-release-id"))
			.toList();
	}

	private void signIn(String key) {
		browser.findElement(By.id("api-key")).clear();
		type("api-key", key);
		browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in")));
	}

	private void publish(ReleaseTagged release) {
		this.kafka.send(Topics.RELEASES_TAGGED_V1, release.releaseId(), release).join();
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + this.port + path);
	}

	private static void type(String id, String text) {
		browser.findElement(By.id(id)).sendKeys(text);
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(browser, WAIT);
	}

}
