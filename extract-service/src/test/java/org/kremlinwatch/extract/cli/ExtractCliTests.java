package org.kremlinwatch.extract.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.Tagger;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCliTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ExtractCli cli = new ExtractCli(new Tagger(Extractor.withDefaults()),
			new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	private List<ReleaseTagged> output() {
		return this.out.toString(StandardCharsets.UTF_8)
			.lines()
			.map((line) -> EventJson.mapper().readValue(line, ReleaseTagged.class))
			.toList();
	}

	@Test
	void tagsGoodLinesInOrderAndNamesTheBadLine() throws IOException {
		Path input = this.dir.resolve("releases.jsonl");
		Files.writeString(input, String.join("\n",
				"{\"releaseId\":\"en:67487\",\"lang\":\"en\",\"title\":\"Telephone conversation with US President Joseph Biden\","
						+ "\"text\":\"Vladimir Putin had a telephone conversation with Joseph Biden. Talks will take place in Geneva on January 9–10.\","
						+ "\"publishedAt\":\"2021-12-30T23:30:00+03:00\"}",
				"{\"releaseId\":\"en:2\",\"lang\":\"en\",\"title\":\"no text\"",
				"{\"releaseId\":\"ru:67488\",\"lang\":\"ru\",\"title\":\"Заседание\","
						+ "\"text\":\"Заседание Совета Россия – НАТО состоится 12 января в Брюсселе.\","
						+ "\"publishedAt\":\"2021-12-30T23:30:00+03:00\"}"),
				StandardCharsets.UTF_8);

		int status = this.cli.run(new String[] { input.toString() }, new ByteArrayInputStream(new byte[0]));

		assertThat(status).isEqualTo(1);
		List<ReleaseTagged> tagged = output();
		assertThat(tagged).extracting(ReleaseTagged::releaseId).containsExactly("en:67487", "ru:67488");
		assertThat(tagged.get(0).extractorVersion()).isEqualTo(Extractor.EXTRACTOR_VERSION);
		assertThat(tagged.get(0).events()).extracting((e) -> e.type()).contains(EventType.CALL, EventType.MEETING);
		assertThat(tagged.get(1).events())
			.anySatisfy((e) -> assertThat(e.dateStart()).isEqualTo(LocalDate.of(2022, 1, 12)));
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 2").doesNotContain("line 1:", "line 3");
	}

	@Test
	void reportsAMissingRequiredField() {
		String line = "{\"releaseId\":\"en:3\",\"lang\":\"en\",\"title\":\"t\",\"publishedAt\":\"2021-12-30T23:30:00+03:00\"}\n";
		int status = this.cli.run(new String[0], new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
		assertThat(status).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 1").contains("'text'");
	}

	@Test
	void readsAKremlinPage() throws IOException {
		Path page = this.dir.resolve("90001.html");
		Files.writeString(page,
				"""
						<!DOCTYPE html><html lang="en"><head><link rel="canonical" href="http://en.kremlin.ru/events/president/news/90001"/></head>
						<body><div class="read__lead entry-summary"><p>Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.</p></div>
						<div class="read__meta"><time class="read__published" datetime="2022-02-20">February 20, 2022</time><div class="read__time">14:15</div></div>
						<h1 class="entry-title p-name">Telephone conversation with President of France Emmanuel Macron</h1>
						<div class="entry-content e-content"><p>The leaders discussed the situation around <a class="person_tag">Ukraine<span class="read__tooltip">bio</span></a>.</p>
						<p>Vladimir Putin warned that the Western sanctions would be a grave mistake.</p></div></body></html>
						""",
				StandardCharsets.UTF_8);

		int status = this.cli.run(new String[] { page.toString() }, new ByteArrayInputStream(new byte[0]));

		assertThat(status).isZero();
		assertThat(output()).singleElement().satisfies((tagged) -> {
			assertThat(tagged.releaseId()).isEqualTo("en:90001");
			assertThat(tagged.publishedAt().toString()).isEqualTo("2022-02-20T14:15+03:00");
			assertThat(tagged.text()).doesNotContain("bio");
			assertThat(tagged.topics()).extracting((t) -> t.id()).contains("ukraine", "sanctions");
			assertThat(tagged.events()).extracting((e) -> e.type()).containsExactly(EventType.CALL, EventType.WARNING);
		});
	}

	@Test
	void readsThePagesDatelineAndTheFooterDateOfAnAnnouncementPage() throws IOException {
		Path report = this.dir.resolve("90002.html");
		Files.writeString(report,
				"""
						<!DOCTYPE html><html lang="en"><head><link rel="canonical" href="http://en.kremlin.ru/events/president/news/90002"/></head>
						<body><div class="read__meta"><time class="read__published" datetime="2013-04-17">April 17, 2013</time><div class="read__time">19:30</div>
						<div class="read__place p-location"><i></i>Sochi</div></div>
						<h1 class="entry-title p-name">Working meeting with a regional governor</h1>
						<div class="entry-content e-content"><p>Vladimir Putin had a working meeting with the Governor.</p></div></body></html>
						""",
				StandardCharsets.UTF_8);
		Path announcement = this.dir.resolve("90003.html");
		Files.writeString(announcement,
				"""
						<!DOCTYPE html><html lang="en"><head><link rel="canonical" href="http://en.kremlin.ru/events/president/news/90003"/></head>
						<body><h1 class="entry-title p-name">The President will speak at a discussion club</h1>
						<div class="entry-content e-content"><p>On December 14, Vladimir Putin will take part in the final session of the annual meeting of a discussion club.</p></div>
						<div class="read__status masha-ignore"><h3>Publication status</h3>
						<p> Publication date:    <time datetime="2012-12-10">December 10, 2012, 16:00</time> </p></div></body></html>
						""",
				StandardCharsets.UTF_8);

		int status = this.cli.run(new String[] { report.toString(), announcement.toString() },
				new ByteArrayInputStream(new byte[0]));

		assertThat(status).isZero();
		assertThat(output()).hasSize(2);
		// the meeting the page reports is at its dateline
		assertThat(output().get(0).events()).filteredOn((e) -> e.type() == EventType.MEETING)
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.dateStart()).isEqualTo(LocalDate.of(2013, 4, 17));
				assertThat(e.place()).isEqualTo("Sochi");
			});
		// Moscow's offset of the day, +4 from 2011 to 2014, as ingest reads pages
		assertThat(output().get(0).publishedAt().toString()).isEqualTo("2013-04-17T19:30+04:00");
		// "On December 14" of a page published in 2012, not of the year it is read in:
		// the footer (marked masha-ignore, left out of the text) still dates the page
		assertThat(output().get(1).publishedAt().toString()).isEqualTo("2012-12-10T16:00+04:00");
		assertThat(output().get(1).text()).doesNotContain("Publication");
		assertThat(output().get(1).events()).filteredOn((e) -> e.type() == EventType.MEETING)
			.extracting((e) -> e.dateStart())
			.containsExactly(LocalDate.of(2012, 12, 14));
	}

}
