package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kremlinwatch.events.v1.Lang;

/**
 * A learned warning detector, kept as evidence: an L2-regularised logistic regression
 * over the stemmed unigrams and bigrams of a sentence (Lucene's English and Russian
 * analyzers, as the topic rules use) and a few structural features. Training is
 * deterministic (fixed seed, fixed order), so {@link WarningLoso} reproduces its table.
 */
final class WarningClassifier {

	private static final Analyzer ENGLISH = new EnglishAnalyzer();

	private static final Analyzer RUSSIAN = new RussianAnalyzer();

	/** "we will respond", «мы ответим»: the first person plural promising a step. */
	private static final Pattern WE_FUTURE = Pattern.compile(
			"(?iuU)\\bwe(?:'ll| will| shall| would| are going to| are ready to| must)\\b|\\bмы\\b[^.,;]{0,30}\\b(будем|ответим|примем|сделаем|вынуждены|допустим|позволим|должны)\\b");

	/** Threat vocabulary by stem, in both languages. */
	private static final Pattern THREAT = Pattern.compile(
			"(?iuU)\\b(warn|consequen|retaliat|respon|threat|red line|mistake|punish|cost|danger|escalat|последстви|ответ|ошибк|угроз|наказ|красн\\w* лини|реагир|опасн|эскалац|предупре)");

	/** A negation near the step: "will not allow", «не допустим». */
	private static final Pattern NOT_ALLOW = Pattern
		.compile("(?iuU)\\b(will not|won't|cannot|не)\\s+(allow|tolerate|допуст|позвол|оставим)");

	private final Map<String, Double> weights;

	private final double bias;

	WarningClassifier(Map<String, Double> weights, double bias) {
		this.weights = Map.copyOf(weights);
		this.bias = bias;
	}

	/** Whether a sentence passes the cheap prefilter: threat words or a promised step. */
	static boolean candidate(String text) {
		return THREAT.matcher(text).find() || WE_FUTURE.matcher(text).find() || NOT_ALLOW.matcher(text).find();
	}

	/** The features of one sentence. */
	static Set<String> features(Lang lang, String text, boolean ruleFired, boolean officialTurn) {
		Set<String> features = new LinkedHashSet<>();
		List<String> stems = stems(lang, text);
		String previous = null;
		for (String stem : stems) {
			features.add("u:" + stem);
			if (previous != null) {
				features.add("b:" + previous + "_" + stem);
			}
			previous = stem;
		}
		if (text.trim().endsWith("?")) {
			features.add("s:question");
		}
		if (WE_FUTURE.matcher(text).find()) {
			features.add("s:we-future");
		}
		if (THREAT.matcher(text).find()) {
			features.add("s:threat");
		}
		if (NOT_ALLOW.matcher(text).find()) {
			features.add("s:not-allow");
		}
		if (ruleFired) {
			features.add("s:rule");
		}
		if (officialTurn) {
			features.add("s:official-turn");
		}
		features.add("s:lang-" + lang);
		return features;
	}

	static List<String> stems(Lang lang, String text) {
		List<String> stems = new ArrayList<>();
		try (TokenStream stream = ((lang == Lang.en) ? ENGLISH : RUSSIAN).tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				stems.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return stems;
	}

	/** The probability that a sentence with these features is a warning. */
	double score(Set<String> features) {
		double z = this.bias;
		for (String feature : features) {
			Double w = this.weights.get(feature);
			if (w != null) {
				z += w;
			}
		}
		return 1 / (1 + Math.exp(-z));
	}

	Map<String, Double> weights() {
		return this.weights;
	}

	double bias() {
		return this.bias;
	}

	/**
	 * Trains by stochastic gradient descent, examples shuffled with a fixed seed each
	 * epoch; features seen fewer than {@code minCount} times are dropped.
	 */
	static WarningClassifier train(List<Example> examples, double l2, int epochs, int minCount) {
		Map<String, Integer> counts = new HashMap<>();
		examples.forEach((e) -> e.features().forEach((f) -> counts.merge(f, 1, Integer::sum)));
		Map<String, Integer> index = new HashMap<>();
		List<String> names = new ArrayList<>();
		counts.entrySet()
			.stream()
			.filter((c) -> c.getValue() >= minCount)
			.map(Map.Entry::getKey)
			.sorted()
			.forEach((f) -> {
				index.put(f, names.size());
				names.add(f);
			});
		int[][] rows = new int[examples.size()][];
		for (int i = 0; i < examples.size(); i++) {
			rows[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
		}
		double[] w = new double[names.size()];
		double b = 0;
		int[] order = new int[examples.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Random random = new Random(42);
		double rate = 0.1;
		for (int epoch = 0; epoch < epochs; epoch++) {
			for (int i = order.length - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			double step = rate / (1 + epoch * 0.5);
			for (int i : order) {
				Example example = examples.get(i);
				double z = b;
				for (int f : rows[i]) {
					z += w[f];
				}
				double p = 1 / (1 + Math.exp(-z));
				double g = (p - (example.positive() ? 1 : 0)) * example.weight();
				for (int f : rows[i]) {
					w[f] -= step * (g + l2 * w[f]);
				}
				b -= step * g;
			}
		}
		Map<String, Double> weights = new HashMap<>();
		for (int f = 0; f < w.length; f++) {
			if (Math.abs(w[f]) > 1e-4) {
				weights.put(names.get(f), w[f]);
			}
		}
		return new WarningClassifier(weights, b);
	}

	/**
	 * One training sentence.
	 *
	 * @param features its features
	 * @param positive whether it holds a labeled warning cue
	 * @param weight its weight in the loss
	 */
	record Example(Set<String> features, boolean positive, double weight) {

	}

}
