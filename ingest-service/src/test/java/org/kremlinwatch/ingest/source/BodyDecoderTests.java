package org.kremlinwatch.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.ingest.page.PageParser;
import org.kremlinwatch.ingest.page.ParsedPage;

import static org.assertj.core.api.Assertions.assertThat;

class BodyDecoderTests {

	@Test
	void decodesAWindows1251PageByItsMetaCharset() throws IOException {
		byte[] bytes = fixture("ru-windows-1251.html");

		ParsedPage page = new PageParser().parse(BodyDecoder.decode(bytes, "text/html"),
				"http://kremlin.ru/events/president/news/57002", Lang.ru);

		assertThat(page.title()).isEqualTo("Телефонный разговор с Президентом Примерии");
		assertThat(page.text()).contains("двустороннего сотрудничества — «ёлки»");
		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2012-03-15T18:00+04:00"));
	}

	@Test
	void headerCharsetWinsOverTheDeclaration() {
		byte[] bytes = "<meta charset=\"utf-8\"><p>Кремль</p>".getBytes(java.nio.charset.Charset.forName("KOI8-R"));

		assertThat(BodyDecoder.decode(bytes, "text/html; charset=KOI8-R")).contains("Кремль");
	}

	@Test
	void fallsBackToUtf8() {
		byte[] bytes = "<p>Кремль</p>".getBytes(StandardCharsets.UTF_8);

		assertThat(BodyDecoder.decode(bytes, null)).isEqualTo("<p>Кремль</p>");
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = BodyDecoderTests.class.getResourceAsStream("/pages/" + name)) {
			return in.readAllBytes();
		}
	}

}
