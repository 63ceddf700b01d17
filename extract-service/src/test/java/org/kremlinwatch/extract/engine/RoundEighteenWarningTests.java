package org.kremlinwatch.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;

/**
 * The round-18 forms: the classic warnings of the pages of 1999-2020 (a line drawn
 * against outside interference or pressure, a demand of another side rejected, the right
 * to respond reserved, a mirrored reply, a reply the other side should have expected, a
 * hostile aim declared futile, no illusions, a serious loss foretold, compliance on
 * condition, force held in reserve, a step of the other side judged), each beside a
 * look-alike that must stay silent: domestic pressure, our own realism, organisers'
 * rights, our own mistakes, the law answering violations.
 */
class RoundEighteenWarningTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// a line drawn against outside interference or pressure
			"He stressed that any foreign interference in the elections there would be counterproductive.",
			"Meddling in the domestic affairs of the republic is absolutely unacceptable, the President said.",
			// a demand of another side rejected
			"The President described as unacceptable the conditions of the European partners for the new treaty.",
			// the right to respond reserved, a mirrored reply
			"Russia reserves the right to similar measures if the base is built.",
			"If they close our consulates, we will have to mirror their steps without delay.",
			// a reply the other side should have expected
			"Did they really believe that there would be no response to the seizure of our property?",
			// a hostile aim declared futile
			"If anyone thinks that sanctions will intimidate our people, they are gravely mistaken.",
			// no illusions
			"Our partners should have no illusions about our resolve on this matter.",
			// a serious loss foretold for another's body
			"If the ban goes ahead, world athletics will suffer enormous damage.",
			// compliance on condition
			"We will observe the moratorium only as long as our American partners observe it too.",
			// force held in reserve
			"The reserve units will not be used unless the border is attacked.",
			// a step of the other side judged
			"Their mistake is that they took our patience for weakness.",
			"Why were they so reckless in backing that adventure?" })
	void findsEnglishWarningsOfRoundEighteen(String sentence) {
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Он подчеркнул, что любое внешнее вмешательство в выборы недопустимо.",
			"Россия оставляет за собой право на аналогичные шаги.",
			"Если кто-то думает, что сможет нас запугать, он глубоко ошибается.",
			"Пусть никто не строит иллюзий насчёт нашей решимости.", "Они что, думали, что ответа не будет?",
			"Мы будем соблюдать договор, пока наши партнёры соблюдают его.",
			"Ваша ошибка в том, что вы приняли наше терпение за слабость." })
	void findsRussianWarningsOfRoundEighteen(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// domestic pressure, no outside side
			"Administrative pressure on small business is unacceptable.",
			// a demand of our own trade unions
			"The minister described as unacceptable the delays in paying teachers.",
			// organisers' rights
			"The organisers reserve the right to refuse accreditation.",
			// a past reply of ours
			"We had to reciprocate by building new plants.",
			// a reply hoped for, no question
			"We expect there will be a positive response from investors.",
			// a domestic mistake of view
			"If anyone thinks the epidemic is over, they are mistaken.",
			"If anyone thinks that self-isolation can end now, they are mistaken.",
			"If anyone thinks it is impossible to finish the road by May, they are wrong.",
			// our own realism
			"We have no illusions about how hard this year will be.",
			// our own loss
			"Our farmers will suffer serious losses from the drought.",
			// a schedule, not a condition on partners
			"We will finish the bridge provided the weather holds.",
			// our own mistakes
			"Our most serious mistake was that we trusted them too much.",
			"Our mistake is that we started the repairs too late.",
			// the law answering violations by either side
			"If anyone breaks the law, the law will respond accordingly." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Давление на малый бизнес недопустимо.", "У нас нет иллюзий насчёт этого года.",
			"Если кто-то думает, что эпидемия закончилась, он ошибается.",
			"Организаторы оставляют за собой право отказать в аккредитации." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
