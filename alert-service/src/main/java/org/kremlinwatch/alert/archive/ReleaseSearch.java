package org.kremlinwatch.alert.archive;

import java.time.LocalDate;
import java.util.List;

import org.kremlinwatch.events.v1.Lang;

/**
 * What to look for in the archive; {@code null} or blank parts do not constrain.
 *
 * @param text words in PostgreSQL's web search syntax ({@code "phrase"}, {@code or},
 * {@code -word}), stemmed in the release's language
 * @param topic a taxonomy topic id
 * @param entity a canonical entity name
 * @param lang a language version
 * @param from first publication day (Moscow), inclusive
 * @param to last publication day (Moscow), inclusive
 * @param page 0-based page
 * @param size releases per page
 */
public record ReleaseSearch(String text, String topic, String entity, Lang lang, LocalDate from, LocalDate to, int page,
		int size) {

	/**
	 * One page of results, newest first (best text match first when searching by text).
	 *
	 * @param releases the releases on this page
	 * @param total how many releases match in all
	 * @param page this page, 0-based
	 * @param size releases per page
	 */
	public record Page(List<ArchivedRelease> releases, long total, int page, int size) {

		public boolean hasNext() {
			return (long) (this.page + 1) * this.size < this.total;
		}

		public boolean hasPrevious() {
			return this.page > 0;
		}

	}

}
