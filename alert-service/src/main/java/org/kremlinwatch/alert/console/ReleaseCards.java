package org.kremlinwatch.alert.console;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kremlinwatch.alert.archive.ArchivedRelease;
import org.kremlinwatch.alert.archive.ReleaseArchive;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Builds {@link ReleaseCard}s (looking up which other-language versions are archived) and
 * renders one as HTML, so that a card pushed over SSE looks exactly like one on the page.
 */
@Component
class ReleaseCards {

	private final ReleaseArchive archive;

	private final ITemplateEngine templates;

	ReleaseCards(ReleaseArchive archive, ITemplateEngine templates) {
		this.archive = archive;
		this.templates = templates;
	}

	List<ReleaseCard> of(List<ArchivedRelease> releases) {
		Set<String> siblings = new HashSet<>(
				this.archive.existing(releases.stream().map(ArchivedRelease::siblingId).distinct().toList()));
		return releases.stream()
			.map((release) -> ReleaseCard.of(release, siblings.contains(release.siblingId())))
			.toList();
	}

	String html(ReleaseCard card, Locale locale) {
		return this.templates.process("console/card", Set.of("card"), new Context(locale, Map.of("card", card)));
	}

}
