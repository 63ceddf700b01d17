package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.calls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The round-11 call rules on hand-written sentences in both languages, each with a
 * look-alike that must stay as it was: counterparts the gazetteer does not know (private
 * persons by name, servicemen by their unit as Russia), and earlier calls within a
 * bounded period or "during our telephone conversations" (LABELING.md, set 7).
 */
class RoundElevenRulesTests {

	@Test
	void aPrivatePersonTheGazetteerDoesNotKnowIsTheCounterpart() {
		assertThat(calls(Lang.en, "News",
				"Vladimir Putin spoke on the phone with seven-year-old Ivan Sokolov from Tver, who dreams of flying."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of("Vladimir Putin", "Ivan Sokolov")));
		// no name after the call's words: the call stays as it was, no name is made up
		assertThat(calls(Lang.en, "News",
				"Vladimir Putin spoke on the phone with the organisers of the New Year charity campaign."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin"));
		// an office is no name
		assertThat(calls(Lang.en, "News", "Vladimir Putin spoke on the phone with Prime Minister of the republic."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin"));
	}

	@Test
	void thePersonsOfAListAreACallEach() {
		assertThat(calls(Lang.en, "News",
				"The President phoned Anna Belova and Pyotr Zuyev, the winners of the school science contest."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of("Vladimir Putin", "Anna Belova")),
					tuple(PUBLISHED, List.of("Vladimir Putin", "Pyotr Zuyev")));
		// "phoned in" a report is no call with a person
		assertThat(calls(Lang.en, "News", "The region's governor phoned in his report on the flood to the Kremlin."))
			.extracting(ExtractedEvent::participants)
			.noneMatch((with) -> with.size() > 1);
	}

	@Test
	void servicemenNamedByTheirUnitAreRussia() {
		assertThat(calls(Lang.ru, "Новости",
				"Владимир Путин поговорил по телефону с командирами 15-й мотострелковой бригады и поблагодарил их."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of("Vladimir Putin", "Russia")));
		assertThat(calls(Lang.en, "News",
				"The President spoke by phone with the commanders of the 12th Tank Regiment and thanked them."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Russia"));
		// other unnamed counterparts in Russian are not servicemen, and their names are
		// not transliterated: the call stays as it was
		assertThat(calls(Lang.ru, "Новости",
				"Владимир Путин поговорил по телефону с участниками школьного конкурса и поздравил их."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin"));
	}

	@Test
	void pastCallsWithinABoundedPeriodAreEarlierCalls() {
		String title = "Meeting with President of Azerbaijan Ilham Aliyev";
		assertThat(calls(Lang.en, title,
				"Vladimir Putin met with Ilham Aliyev in Sochi. "
						+ "During this year, we kept up our dialogue and often called each other on the telephone."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of("Vladimir Putin", "Ilham Aliyev")));
		// habitual contact with no bounded past is no call (LABELING.md, set 6)
		assertThat(calls(Lang.en, title,
				"Vladimir Putin met with Ilham Aliyev in Sochi. We often call each other on the telephone."))
			.isEmpty();
	}

	@Test
	void ourTelephoneConversationsWithANamedLeaderAreEarlierCalls() {
		String title = "Session of the Collective Security Council";
		assertThat(calls(Lang.en, title, "The session opened in the afternoon. "
				+ "The President of Kazakhstan told me during our telephone conversations that people asked for help."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly((LocalDate) null);
		assertThat(calls(Lang.en, title, "The session opened in the afternoon. "
				+ "The President of Kazakhstan told me during our telephone conversations that people asked for help."))
			.flatExtracting(ExtractedEvent::participants)
			.containsAnyOf("Kassym-Jomart Tokayev", "Kazakhstan");
		// telephone conversations that are not ours, no one named: calls in general
		assertThat(calls(Lang.en, title, "The session opened in the afternoon. "
				+ "During telephone conversations, many people asked for help."))
			.isEmpty();
		assertThat(calls(Lang.ru, "Заседание Совета коллективной безопасности", "Заседание открылось днём. "
				+ "Президент Казахстана говорил мне в ходе наших телефонных разговоров, что люди просят о помощи."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly((LocalDate) null);
	}

}
