package org.kremlinwatch.extract.eval;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;

class WarningClassifierTests {

	private static final List<String> WARNINGS = List.of(
			"Those who threaten us will regret it, and our answer will be swift.",
			"Anyone who tries to interfere will face a swift answer from us.",
			"If they cross this line, our answer will be swift and harsh.",
			"They will regret any attempt to threaten our borders.");

	private static final List<String> OTHERS = List.of("The ministers discussed trade and the harvest.",
			"The President thanked the governor for the new hospital.",
			"They answered questions from students about the harvest.",
			"Our borders with Kazakhstan are open for trade.", "The hospital will open in the spring.",
			"The students thanked the minister for the answer.");

	@Test
	void learnsFromLabeledSentencesAndScoresAnUnseenWarningAboveALookAlike() {
		WarningClassifier model = WarningClassifier.train(examples(), 1e-4, 30, 1);
		double warning = model.score(WarningClassifier.features(Lang.en,
				"Whoever threatens us should know that our answer will be swift.", false, false));
		double lookAlike = model.score(WarningClassifier.features(Lang.en,
				"The governor answered questions about the harvest.", false, false));
		assertThat(warning).isGreaterThan(0.5);
		assertThat(lookAlike).isLessThan(0.5);
	}

	@Test
	void trainingIsDeterministic() {
		WarningClassifier first = WarningClassifier.train(examples(), 1e-4, 30, 1);
		WarningClassifier second = WarningClassifier.train(examples(), 1e-4, 30, 1);
		assertThat(second.weights()).isEqualTo(first.weights());
		assertThat(second.bias()).isEqualTo(first.bias());
	}

	private static List<WarningClassifier.Example> examples() {
		List<WarningClassifier.Example> examples = new ArrayList<>();
		WARNINGS.forEach((s) -> examples
			.add(new WarningClassifier.Example(WarningClassifier.features(Lang.en, s, false, false), true, 1)));
		OTHERS.forEach((s) -> examples
			.add(new WarningClassifier.Example(WarningClassifier.features(Lang.en, s, false, false), false, 1)));
		return examples;
	}

}
