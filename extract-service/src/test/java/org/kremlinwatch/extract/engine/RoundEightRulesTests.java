package org.kremlinwatch.extract.engine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.calls;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The round-8 rules on hand-written sentences in both languages: the new warning families
 * (each with a look-alike that is no warning), claims and fears that are no warnings; and
 * earlier telephone conversations a text mentions, undated unless it gives the day, with
 * habit and conversations at a meeting left out.
 */
class RoundEightRulesTests {

	@Test
	void harmlessConsequencesAResponseToALetterAndAnotherLeadersWordsAreNoWarnings() {
		// consequences overcome, a reply to a letter, an escalation prevented
		assertThat(warnings(Lang.en, "We will overcome the consequences of the drought in the southern regions."))
			.isEmpty();
		assertThat(warnings(Lang.en, "We will send our response to the letter from NATO next week.")).isEmpty();
		assertThat(warnings(Lang.ru, "Будем и дальше работать, чтобы предотвратить эскалацию военного конфликта."))
			.isEmpty();
		// a foreign leader reported in the third person is not the release's speaker
		assertThat(warnings(Lang.en,
				"Joseph Biden said the consequences for Russia's economy would be severe if troops moved."))
			.isEmpty();
	}

	@Test
	void findsTheOtherSideToldToTakeNoteAndAnEncroachmentNotAllowed() {
		assertThat(warnings(Lang.en, "Let our partners know that such deployments are unacceptable to us.")).hasSize(1);
		assertThat(warnings(Lang.en, "We will not tolerate any interference in the affairs of our allies.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Мы не допустим посягательств на нашу землю.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Мы выстраиваем адекватную линию реагирования на эти шаги.")).hasSize(1);
		// "let me know" is no addressee put on notice
		assertThat(warnings(Lang.en, "Let me know if the response to the request arrives.")).isEmpty();
	}

	@Test
	void aFearOrAClaimReportedIsNoWarning() {
		assertThat(warnings(Lang.en, "This way, we could be drawn into an armed conflict against our will.")).isEmpty();
		assertThat(warnings(Lang.en,
				"Newspapers keep claiming that Russia will retaliate with serious consequences for its neighbours."))
			.isEmpty();
		assertThat(warnings(Lang.ru, "Якобы Россия готовит ответные удары, пишут газеты.")).isEmpty();
	}

	@Test
	void aConversationWithALeaderWhoWasNotThereIsACallUndatedUnlessToday() {
		assertThat(calls(Lang.en, "News conference",
				"Question: You spoke with Angela Merkel twice, and you also spoke with Alexander Lukashenko."))
			.extracting(ExtractedEvent::dateStart, (e) -> e.participants().get(1))
			.containsExactlyInAnyOrder(tuple(null, "Angela Merkel"), tuple(null, "Alexander Lukashenko"));
		assertThat(calls(Lang.en, "Meeting with Prime Minister of Italy Mario Draghi",
				"I have just spoken with the President of Kazakhstan about the gas prices."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of("Vladimir Putin", "Kazakhstan")));
		assertThat(calls(Lang.ru, "Интервью", "Я разговаривал с Президентом Франции о зерновой сделке."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of("Vladimir Putin", "France")));
		// not the lead, which tells the release's own call
		assertThat(calls(Lang.en, "Interview",
				"The President answered questions. I told President Macron over the phone that we were ready."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of("Vladimir Putin", "Emmanuel Macron")));
	}

	@Test
	void habitAConversationAtAMeetingOrWithTheGuestPresentIsNoCall() {
		assertThat(calls(Lang.en, "Interview", "We talk with Olaf Scholz regularly and always over the phone."))
			.isEmpty();
		assertThat(calls(Lang.en, "Interview", "We spoke with Olaf Scholz during the summit in Rome.")).isEmpty();
		// the leader the release meets is spoken with at the meeting itself
		assertThat(calls(Lang.en, "Meeting with Federal Chancellor of Germany Olaf Scholz",
				"We spoke with Olaf Scholz about gas transit."))
			.isEmpty();
	}

	@Test
	void aCallWithTheGuestAnEarlierOneFollowedUpAndOneOfOthers() {
		assertThat(calls(Lang.en, "Meeting with Federal Chancellor of Germany Olaf Scholz",
				"The talks began in the Kremlin. Vladimir Putin: Mr Chancellor, you and I recently spoke on the "
						+ "telephone about gas transit."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of("Vladimir Putin", "Olaf Scholz")));
		assertThat(calls(Lang.en, "Telephone conversation with President of France Emmanuel Macron",
				"Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. "
						+ "Following up on their previous conversation, the leaders discussed grain exports."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactlyInAnyOrder(PUBLISHED, null);
		assertThat(calls(Lang.en, "Speech at a reception",
				"Friends, thank you for coming. In the spring, I had a telephone conversation with President of the "
						+ "Republic of Ruritania, " + "Mr Rudolf Elphberg, and we agreed to expand trade."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of("Vladimir Putin", "Rudolf Elphberg")));
	}

	@Test
	void aRussianOtherwiseWithRussiaAsTheSubjectIsAWarning() {
		// Cues are tried on lower-cased text: a capital in a cue never matched.
		assertThat(warnings(Lang.ru, "В противном случае Россия будет действовать иначе.")).hasSize(1);
		assertThat(warnings(Lang.ru, "В противном случае мы будем действовать иначе.")).hasSize(1);
		assertThat(warnings(Lang.ru, "В противном случае Россия останется в стороне от переговоров.")).isEmpty();
	}

}
