package org.kremlinwatch.extract.engine;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;

/**
 * What the engine reads of a release.
 *
 * @param releaseId {@code <lang>:<kremlin id>}
 * @param lang language of the text
 * @param title headline
 * @param text plain text that evidence offsets refer to
 * @param publishedAt publication time with the Moscow offset; dates resolve against its
 * local day
 * @param place the dateline ("The Kremlin, Moscow", «Москва, Кремль»): where the event
 * the release reports took place, {@code null} when the page states none
 */
public record ReleaseInput(String releaseId, Lang lang, String title, String text, OffsetDateTime publishedAt,
		String place) {

	public ReleaseInput {
		Objects.requireNonNull(lang, "lang");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(publishedAt, "publishedAt");
		title = (title != null) ? title : "";
	}

	/** A release without a dateline. */
	public ReleaseInput(String releaseId, Lang lang, String title, String text, OffsetDateTime publishedAt) {
		this(releaseId, lang, title, text, publishedAt, null);
	}

	/**
	 * The engine's view of a fetched release: its lead, then its body. A release page
	 * keeps its lead apart from the body ({@code .read__lead}), and the lead is often the
	 * news itself ("Vladimir Putin had a telephone conversation with ..."), so the engine
	 * reads both; the tagged release carries this text, the one its evidence offsets
	 * refer to.
	 */
	public static ReleaseInput of(ReleaseFetched release) {
		return new ReleaseInput(release.releaseId(), release.lang(), release.title(),
				withLead(release.lead(), release.text()), release.publishedAt(), release.place());
	}

	/**
	 * {@code lead}, a blank line and {@code text}; {@code text} alone when there is no
	 * lead or the text already opens with it (a source that folds the lead in).
	 */
	static String withLead(String lead, String text) {
		if (lead == null || lead.isBlank() || text.startsWith(lead.strip())) {
			return text;
		}
		return text.isEmpty() ? lead.strip() : lead.strip() + "\n\n" + text;
	}

}
