package org.kremlinwatch.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a recorded site of invented English releases on the template of
 * {@code src/test/resources/site/html/en/news/90001.html}, alternately announcing a
 * meeting and reporting a telephone conversation, each with another counterpart; the
 * replay server makes the feed from the pages.
 */
final class ScaleSite {

	private static final String[] COUNTRIES = { "Kazakhstan", "Italy", "Finland", "France", "Egypt", "Brazil",
			"Mongolia", "Vietnam", "Argentina", "Serbia", "Indonesia", "Kenya" };

	private static final String[] CITIES = { "Sochi", "Moscow", "St Petersburg", "Kazan", "Novosibirsk",
			"Vladivostok" };

	private ScaleSite() {
	}

	/**
	 * Writes releases {@code firstId} to {@code firstId + count - 1} under {@code root}.
	 */
	static void write(Path root, long firstId, int count) throws IOException {
		String template = Files.readString(Path.of("src/test/resources/site/html/en/news/90001.html"),
				StandardCharsets.UTF_8);
		String title = "Russian–US talks to be held in Geneva";
		String lead = "Russian and US delegations will hold talks on security guarantees in Geneva.";
		String body = template.substring(template.indexOf("<p>Vladimir Putin had"),
				template.indexOf("<div class=\"read__bottommeta"));
		Path news = Files.createDirectories(root.resolve("html/en/news"));
		for (int i = 0; i < count; i++) {
			long id = firstId + i;
			String country = COUNTRIES[i % COUNTRIES.length];
			String[] text = (i % 2 == 0) ? meeting(country, CITIES[i % CITIES.length], 1 + i) : call(country);
			String page = template.replace("90001", Long.toString(id))
				.replace(title, text[0])
				.replace(lead, text[1])
				.replace(body, "<p>" + text[2] + "</p>\n")
				.replace("<div class=\"read__time\">20:15</div>",
						"<div class=\"read__time\">" + String.format("%02d", 8 + i % 12) + ":00</div>");
			Files.writeString(news.resolve(id + ".html"), page, StandardCharsets.UTF_8);
		}
	}

	private static String[] meeting(String country, String city, int day) {
		return new String[] { "Meeting with President of " + country + " to be held in " + city,
				"Vladimir Putin will meet with the President of " + country + ".",
				"Vladimir Putin will meet with the President of " + country + " in " + city + " on February " + day
						+ ", 2022. The leaders will discuss trade and energy cooperation." };
	}

	private static String[] call(String country) {
		return new String[] { "Telephone conversation with President of " + country,
				"Vladimir Putin had a telephone conversation with the President of " + country + ".",
				"Vladimir Putin had a telephone conversation with the President of " + country
						+ ". The presidents discussed bilateral relations and agreed to stay in contact." };
	}

}
