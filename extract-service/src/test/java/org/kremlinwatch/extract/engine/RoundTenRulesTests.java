package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.calls;
import static org.kremlinwatch.extract.engine.RuleSentences.topics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The round-10 call rules on hand-written sentences in both languages, each with a
 * look-alike that must stay as it was: calls between other leaders (LABELING.md, round-6
 * conventions), a leader named by his office beside a named one, others' calls with their
 * own colleagues, calls still ahead, a call received, «созванивались», and the first
 * person in another official's turn.
 */
class RoundTenRulesTests {

	@Test
	void aNuclearPowerPlantIsEnergyAndANuclearPowerArmsControl() {
		assertThat(topics(Lang.en, "Work on the new nuclear power plant near the coast is going ahead of schedule."))
			.containsExactly("energy");
		assertThat(topics(Lang.en, "As two nuclear powers, we bear a special responsibility for the world."))
			.containsExactly("arms-control");
		// Russian compounds of energy and electricity
		assertThat(topics(Lang.ru, "Регион страдает от энергодефицита: электроэнергии не хватает уже третий месяц."))
			.containsExactly("energy");
		assertThat(topics(Lang.en, "Electricity consumption in the region grew by a tenth last winter."))
			.containsExactly("energy");
	}

	@Test
	void sanctionInTheSingularAsAuthorisationIsNoSanction() {
		assertThat(topics(Lang.en, "The bombing went ahead without the UN Security Council's sanction.")).isEmpty();
		assertThat(topics(Lang.ru, "Бомбардировки начались без санкции Совета Безопасности ООН.")).isEmpty();
		// sanctions the Security Council imposes still are sanctions
		assertThat(topics(Lang.en, "The Security Council discussed new sanctions against the regime."))
			.containsExactly("sanctions");
		// restrictions named as unlawful are sanctions
		assertThat(topics(Lang.en, "Several states imposed illegal restrictions on our exporters."))
			.containsExactly("sanctions");
		assertThat(topics(Lang.ru, "Ряд стран ввёл нелегитимные ограничения против наших экспортёров."))
			.containsExactly("sanctions");
		// restrictions of a pandemic are not
		assertThat(topics(Lang.en, "The pandemic restrictions on gatherings were lifted in May.")).isEmpty();
	}

	@Test
	void guarantiesAndNatoForcesCloseToRussia() {
		assertThat(topics(Lang.en, "We want reliable, legally binding guaranties from our Western partners."))
			.containsExactly("security-guarantees");
		assertThat(topics(Lang.en, "The number of NATO flights close to Russia keeps growing."))
			.containsExactly("nato-expansion");
		// NATO named beside Russia without forces moving toward it
		assertThat(topics(Lang.en, "The NATO summit was discussed by Russia's experts close to the ministry."))
			.isEmpty();
	}

	@Test
	void anotherLeadersCallWithANamedPartnerIsACallOfThoseTwo() {
		assertThat(calls(Lang.en, "Meeting with students",
				"The students asked about Belarus. Cooperation was discussed, as agreed in Alexander Lukashenko's "
						+ "telephone conversation with Emmanuel Macron on March 12."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(LocalDate.of(2025, 3, 12), List.of("Alexander Lukashenko", "Emmanuel Macron")));
		// a leader's calls with no partner named: nothing is known of them
		assertThat(calls(Lang.en, "Meeting with students",
				"The students asked about Belarus. They recalled Alexander Lukashenko's telephone conversations."))
			.isEmpty();
	}

	@Test
	void aLeaderNamedByHisOfficeBesideANamedOneIsAnotherCallParty() {
		// a three-way call: the King stands for his state
		assertThat(calls(Lang.ru, "Интервью",
				"Мы говорили о рынке нефти. Помню и разговор втроём по телефону: я, Президент США Трамп и Король "
						+ "Саудовской Аравии."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Donald Trump", "Saudi Arabia"));
		assertThat(calls(Lang.en, "Interview",
				"We spoke about oil. I recall a joint telephone conversation with President Trump and the Emir of "
						+ "Qatar."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Donald Trump", "Qatar"));
		// an office followed by its holder's name is that person, no extra party
		assertThat(calls(Lang.en, "Interview",
				"We spoke about oil. I recall the telephone conversation with President of the United States Donald "
						+ "Trump."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Donald Trump"));
	}

	@Test
	void othersCallsWithTheirOwnColleaguesAreNoneOfTheReleases() {
		assertThat(calls(Lang.en, "Interview with Yury Ushakov",
				"Talks went on. Several ministers of the Biden administration talked over the phone with their "
						+ "Russian colleagues yesterday."))
			.isEmpty();
		assertThat(calls(Lang.ru, "Интервью",
				"Переговоры продолжились. Министры вчера говорили по телефону со своими российскими коллегами."))
			.isEmpty();
		// the President's own call with a named colleague still is one
		assertThat(calls(Lang.en, "Interview",
				"Talks went on. Yesterday the President talked over the phone with Joseph Biden and their advisers."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Joseph Biden"));
	}

	@Test
	void aCallAheadIsNoCall() {
		assertThat(calls(Lang.en, "Meeting with Emmanuel Macron",
				"The talks lasted three hours. We agreed that we will speak on the telephone with Olaf Scholz next week."))
			.isEmpty();
		assertThat(calls(Lang.ru, "Встреча с Эммануэлем Макроном",
				"Переговоры шли три часа. Мы договорились в ближайшее время созвониться с Олафом Шольцем."))
			.isEmpty();
		// a call that took place, told in the same words of agreeing, still is one
		assertThat(calls(Lang.en, "Meeting with Emmanuel Macron",
				"The talks lasted three hours. Last week we agreed over the phone with Olaf Scholz to meet."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Olaf Scholz"));
	}

	@Test
	void aCallReceivedAndCallsHadInRussianAreCalls() {
		assertThat(calls(Lang.en, "Interview",
				"It was a hard year. In 2014 I got a call from President Obama about the crisis."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Barack Obama"));
		assertThat(calls(Lang.ru, "Интервью", "Год был трудным. Мы с Эммануэлем Макроном созванивались в феврале."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Emmanuel Macron"));
		// "a call for" is a demand, not a telephone call
		assertThat(calls(Lang.en, "Interview", "It was a hard year. There was a call for restraint from Joseph Biden."))
			.isEmpty();
	}

	@Test
	void theFirstPersonInAnotherOfficialsTurnIsHisCall() {
		assertThat(calls(Lang.ru, "Совместная пресс-конференция",
				"Вопрос: Как шли переговоры? Всё ясно. А.Лукашенко: Переговоры шли долго. Потом, когда мы начинали, было трудно. "
						+ "Я разговаривал в то же время с Эммануэлем Макроном и говорил ему об этом."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Alexander Lukashenko", "Emmanuel Macron"));
		// in the President's turn it is his
		assertThat(calls(Lang.ru, "Совместная пресс-конференция",
				"Вопрос: Как шли переговоры?\nВ.Путин: Переговоры шли долго. "
						+ "Я разговаривал в то же время с Эммануэлем Макроном и говорил ему об этом."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Emmanuel Macron"));
	}

}
