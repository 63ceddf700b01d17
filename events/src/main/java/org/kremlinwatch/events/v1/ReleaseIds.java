package org.kremlinwatch.events.v1;

import java.util.Objects;

/** The release id, {@code <lang>:<kremlin id>}, that keys release topics. */
public final class ReleaseIds {

	private ReleaseIds() {
	}

	/**
	 * The release id of the {@code lang} version of Kremlin release {@code kremlinId}.
	 */
	public static String of(Lang lang, long kremlinId) {
		return lang.name() + ":" + kremlinId;
	}

	static void check(String releaseId, Lang lang, long kremlinId) {
		Objects.requireNonNull(releaseId, "releaseId");
		if (!releaseId.equals(of(lang, kremlinId))) {
			throw new IllegalArgumentException(
					"releaseId must be '" + of(lang, kremlinId) + "' for lang and kremlinId, got '" + releaseId + "'");
		}
	}

}
