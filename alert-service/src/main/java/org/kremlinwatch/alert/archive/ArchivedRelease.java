package org.kremlinwatch.alert.archive;

import java.time.OffsetDateTime;
import java.util.List;

import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.TopicMatch;

/**
 * A release as the archive keeps it: the newest revision seen.
 *
 * @param releaseId {@code <lang>:<kremlin id>}
 * @param seq grows with every insert or update of a row, across instances
 * @param lang language version
 * @param kremlinId the Kremlin's numeric id, shared by both language versions
 * @param revision the revision stored
 * @param title headline
 * @param text plain text that the evidence offsets refer to; {@code null} if not sent
 * @param url the page's address
 * @param alternateUrl the other language version's page, if known
 * @param publishedAt publication time (Moscow offset)
 * @param topics taxonomy topics
 * @param entities named entities
 * @param events meetings, warnings and calls with their evidence
 */
public record ArchivedRelease(String releaseId, long seq, Lang lang, long kremlinId, int revision, String title,
		String text, String url, String alternateUrl, OffsetDateTime publishedAt, List<TopicMatch> topics,
		List<Entity> entities, List<ExtractedEvent> events) {

	/** The id of the other language version of this release. */
	public String siblingId() {
		return ((this.lang == Lang.en) ? Lang.ru : Lang.en).name() + ":" + this.kremlinId;
	}

}
