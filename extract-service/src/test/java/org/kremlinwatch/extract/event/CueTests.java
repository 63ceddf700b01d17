package org.kremlinwatch.extract.event;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shortcuts a cue takes (one pass for the needles of all families, each alternative
 * tried only where its own words occur) must decide as the whole pattern does.
 */
class CueTests {

	@Test
	void decidesAsTheWholePatternOnWarningsAndLookAlikes() {
		List<String> english = List.of("We will respond appropriately to these steps.",
				"They are making a colossal mistake.", "This is a wake-up call for all of us.",
				"It would be a mistake to assume that the talks failed.", "The response was positive.",
				"Their own miscalculations are to blame.", "We learnt from our mistakes.",
				"Any further expansion of NATO is unacceptable for us.", "The terror attack was condemned.",
				"If need be, we will use all the means at our disposal.", "Prices will rise.");
		for (String sentence : english) {
			assertThat(WarningCues.EN.in(sentence)).as(sentence)
				.isEqualTo(WarningCues.EN.pattern().matcher(sentence).find());
		}
		List<String> russian = List.of("Мы дадим достойный ответ.", "Это была бы серьёзная ошибка.",
				"Ответ на вопрос прост.", "Вопреки нашим предупреждениям они продолжили.",
				"Для нас неприемлемо любое дальнейшее расширение.");
		for (String sentence : russian) {
			assertThat(WarningCues.RU.in(sentence)).as(sentence)
				.isEqualTo(WarningCues.RU.pattern().matcher(sentence).find());
		}
	}

	@Test
	void aCueOfOnePieceTriesItsAlternativesBehindTheirOwnWords() {
		Cue cue = Cue.of("held (\\w+ ){0,2}talks|met with|visited", "held", "met with", "visited");
		assertThat(cue.in("The leaders held bilateral talks.")).isTrue();
		assertThat(cue.in("He was held up by traffic and met nobody.")).isFalse();
		assertThat(cue.in("Putin Visited Minsk.")).isTrue();
	}

	@Test
	void oneScanOfAllSentenceCuesDecidesAsEachCueScanningAlone() {
		List<String> sentences = List.of("We will respond appropriately to these steps.",
				"The President held a telephone conversation with the Chancellor.",
				"Talks will be held in Geneva on January 10.", "They will regret it: it will hurt them.",
				"Putin met with the Governor.", "Мы дадим достойный ответ.", "Переговоры состоятся в Женеве.",
				"Это ударит по ним самим.", "Prices will rise.", "");
		for (Lang lang : Lang.values()) {
			Cues cues = Cues.of(lang);
			// a sentence in the other script scans for the other language's consequences
			List<Cue> all = List.of(cues.call(), cues.meetingNoun(), cues.announced(), cues.held(), cues.meetingVerb(),
					cues.datedMeetingVerb(), cues.warning(), OthersStepJudged.consequence(Lang.en),
					OthersStepJudged.consequence(Lang.ru));
			for (String sentence : sentences) {
				String lowerCase = sentence.toLowerCase(java.util.Locale.ROOT);
				CueScan.Hits hits = cues.hits(lowerCase);
				for (Cue cue : all) {
					assertThat(cue.in(sentence, lowerCase, hits)).as(sentence)
						.isEqualTo(cue.pattern().matcher(sentence).find());
				}
				assertThat(cues.warning().start(sentence, lowerCase, hits)).as(sentence)
					.isEqualTo(cues.warning().pattern().matcher(sentence).find()
							? cues.warning().pattern().matcher(sentence).results().findFirst().orElseThrow().start()
							: -1);
			}
		}
	}

	@Test
	void aCueHoldsAtMostOneFamilyPerBitOfALong() {
		// possibleFamilies and the shared scan answer one bit per family: a 65th would be
		// lost, so it is refused when the cue is built.
		List<Cue.Family> families = java.util.stream.IntStream.range(0, 65)
			.mapToObj((i) -> new Cue.Family("word" + i, "word" + i))
			.toList();
		assertThatThrownBy(() -> Cue.ofFamilies(families)).hasMessageContaining("at most 64 families, not 65");
		assertThat(Cue.ofFamilies(families.subList(0, 64)).in("a sentence with word63 in it")).isTrue();
	}

}
