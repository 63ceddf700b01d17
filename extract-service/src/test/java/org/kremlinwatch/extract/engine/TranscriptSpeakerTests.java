package org.kremlinwatch.extract.engine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.events;

/**
 * Who warns in a transcript: the person of the turn's heading. Alerts show the speaker,
 * and a warning's dedupe key holds it, so the Russian and English versions of one release
 * must name the same person (round 21, found by scoring speakers).
 */
class TranscriptSpeakerTests {

	private static final String WARNING = "Мы не допустим посягательств на суверенитет нашей страны.";

	@Test
	void aOneWordOpeningWithAColonIsNotANewSpeaker() {
		// «Подчеркну:» ("Let me stress:") opens a sentence of the President's own turn.
		assertThat(speakers(Lang.ru, "В.Путин: Уважаемые коллеги! Подчеркну: " + WARNING))
			.containsExactly("Vladimir Putin");
	}

	@Test
	void anOfficialsHeadingNamesTheOfficialUnderTheCanonicalName() {
		assertThat(speakers(Lang.ru, "В.Путин: Слово Вячеславу Викторовичу.\n\nВ.Володин: " + WARNING))
			.containsExactly("Vyacheslav Volodin");
		assertThat(speakers(Lang.en,
				"Vladimir Putin: Mr Mishustin, please.\n\nPrime Minister Mikhail Mishustin: "
						+ "We will definitely not leave such unfriendly steps towards our country unanswered."))
			.containsExactly("Mikhail Mishustin");
	}

	@Test
	void aHeadingOfOneWordWithAnInitialIsStillASpeaker() {
		assertThat(speakers(Lang.ru, "В.Путин: Пожалуйста.\n\nА.Новак: " + WARNING)).containsExactly("Alexander Novak");
	}

	private static List<String> speakers(Lang lang, String text) {
		return events(lang, "Совещание", text, EventType.WARNING).stream().map(ExtractedEvent::speaker).toList();
	}

}
