package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.ReleaseInput;
import org.kremlinwatch.extract.text.PageFurniture;
import org.kremlinwatch.extract.text.Sentence;
import org.kremlinwatch.extract.text.SentenceSplitter;

/**
 * {@code WarningLoso --corpus DIR --labels a.yml,b.yml,... [--objective union|alone|precision]
 * [--no-rule-feature] [--prefilter] [--l2 X] [--old-rules set.yml=dump.tsv,...] [--audit N
 * --exclude x.yml,...]}: whether a learned sentence classifier
 * ({@link WarningClassifier}) adds warnings the phrase rules miss, measured
 * leave-one-set-out. For each labeled set S the classifier is trained on the other sets,
 * its threshold chosen by an inner leave-one-set-out over those sets only (the best F1 of
 * rules OR classifier, the best F1 of the classifier alone, or the lowest threshold at
 * which the classifier alone keeps precision 0.5), and S is scored for (a) the shipped
 * rules, (b) the classifier alone, (c) rules OR classifier. With {@code --old-rules},
 * also over the rules as they stood when each set was first scored unseen
 * ({@code eval/old-rules/old-rules.sh} makes the dumps). The rules were tuned on every
 * set, so only what (c) adds over (a) is an honest figure. With {@code --audit N}, a
 * model trained on all the sets is run over N unlabeled corpus releases with warning
 * vocabulary (none in the label files nor in the {@code --exclude} files, of which only
 * the {@code url:} lines are read), and every warning it adds is printed for reading.
 * <p>
 * Long transcripts were labeled from their opening and the passages on a subject
 * (LABELING.md), so a sentence of theirs without a cue may be an unread warning: their
 * negatives weigh {@value #LONG_NEGATIVE_WEIGHT} in training, and their additions are
 * counted apart.
 */
public final class WarningLoso {

	/** A release of more sentences than this was possibly not read whole. */
	static final int LONG = 150;

	static final double LONG_NEGATIVE_WEIGHT = 0.25;

	static final double POSITIVE_WEIGHT = 3;

	static double l2 = 1e-4;

	static final int EPOCHS = 12;

	static final int MIN_COUNT = 2;

	// The guards of EventDetector's warning path, repeated here: a journalist's turn, a
	// question put to the President, what others claim.
	private static final Pattern TURN = Pattern.compile(
			"^\\s*((?:(?:\\p{Lu}[\\p{L}.’'-]*+|(?:of|the|and|de|bin|ibn|al|von|der|van|и)\\b)\\s*+){1,16}+)(?:\\((?:retranslated|перевод)\\))?:\\s");

	private static final Pattern NOT_OFFICIAL = Pattern
		.compile("(?iu)^\\s*(question|remark|reply|response|вопрос|реплика|ведущий|ведущая|moderator)\\b");

	private static final Pattern ASKED = Pattern.compile(
			"(?iuU)\\b(you|your|will russia|would russia|does russia|is russia|can russia|could russia|mr president|вы|вас|вам|ваш\\w*|будет ли россия|господин президент)\\b[^?]*\\?\\s*$");

	private static final Pattern NOT_A_WARNING = Pattern
		.compile("(?iuU)\\b(we|russia|us) (could|might|may|would|will) (\\w+ ){0,2}(be )?(drawn|dragged|pulled) into\\b"
				+ "|\\b(claim(s|ed|ing)?|alleged(ly)?|supposedly)\\b|\\bякобы\\b");

	/** Warning vocabulary for picking unlabeled releases to audit. */
	private static final Pattern VOCABULARY = Pattern.compile(
			"(?iuU)\\b(warn\\w*|consequences|red lines?|retaliat\\w*|response|threat\\w*|mistake|последстви\\w*|ответ\\w*|красн\\w* лини\\w*|угроз\\w*|ошибк\\w*|предупре\\w*)\\b");

	private static final Pattern URL_LINE = Pattern.compile("^\\s*-?\\s*url:\\s*(\\S+)");

	/**
	 * Whether the threshold maximises the classifier's own F1 (rather than that of rules
	 * OR classifier, which no threshold beats when the rules miss no training warning).
	 */
	static boolean alone = false;

	/**
	 * Whether only sentences with threat vocabulary, a first-person-plural promise or
	 * "will not allow" are trained on and scored: the cheap prefilter a shipped
	 * classifier would need for speed.
	 */
	static boolean prefilter = false;

	/**
	 * Whether the threshold is the lowest at which the classifier alone keeps a precision
	 * of at least one half (the bar its additions must pass), rather than its best F1.
	 */
	static boolean precise = false;

	/** Whether "the phrase rules fired" is a feature. */
	static boolean ruleFeature = true;

	private WarningLoso() {
	}

	public static void main(String[] args) {
		Path corpus = null;
		List<Path> sets = new ArrayList<>();
		List<Path> exclude = new ArrayList<>();
		Map<String, Path> oldRules = new LinkedHashMap<>();
		int audit = 0;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--corpus" -> corpus = Path.of(args[++i]);
				case "--labels" -> List.of(args[++i].split(",")).forEach((s) -> sets.add(Path.of(s)));
				case "--exclude" -> List.of(args[++i].split(",")).forEach((s) -> exclude.add(Path.of(s)));
				case "--audit" -> audit = Integer.parseInt(args[++i]);
				case "--objective" -> {
					String objective = args[++i];
					alone = !"union".equals(objective);
					precise = "precision".equals(objective);
				}
				case "--no-rule-feature" -> ruleFeature = false;
				case "--prefilter" -> prefilter = true;
				case "--old-rules" -> List.of(args[++i].split(","))
					.forEach((s) -> oldRules.put(s.substring(0, s.indexOf('=')),
							Path.of(s.substring(s.indexOf('=') + 1))));
				case "--l2" -> l2 = Double.parseDouble(args[++i]);
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Map<String, ReleaseInput> releases = CorpusReleases.loadWithPages(corpus);
		Extractor extractor = Extractor.withDefaults();
		Map<String, List<Item>> bySet = new LinkedHashMap<>();
		Set<String> labeledUrls = new HashSet<>();
		for (Path set : sets) {
			List<Item> items = new ArrayList<>();
			for (Labels.Labeled labeled : Labels.read(set).releases()) {
				labeledUrls.add(labeled.url());
				items.addAll(sentences(extractor, releases.get(labeled.url()), labeled));
			}
			bySet.put(set.getFileName().toString(), items);
		}
		bySet.forEach((name, items) -> out.printf("%s: %d sentences, %d positive, %d in long releases%n", name,
				items.size(), items.stream().filter((i) -> !i.cues().isEmpty()).count(),
				items.stream().filter(Item::longRelease).count()));
		Tally rules = new Tally();
		Tally alone = new Tally();
		Tally union = new Tally();
		Tally added = new Tally();
		out.printf("%nset          warnings  (a) rules P/R/F1     (b) classifier P/R/F1  (c) union P/R/F1      "
				+ "added TP / FP (of which in long) / threshold%n");
		List<String> additions = new ArrayList<>();
		for (String held : bySet.keySet()) {
			Fold fold = Fold.holdingOut(bySet, held);
			List<Item> test = fold.test();
			Map<Item, Double> scores = fold.scores();
			Tally r = score(test, (i) -> i.ruleFired());
			Tally c = score(test, fold::picks);
			Tally u = score(test, (i) -> i.ruleFired() || fold.picks(i));
			Tally a = additions(test, Item::ruleFired, fold::picks, additions, held, scores);
			Set<String> byRules = new HashSet<>();
			test.stream().filter(Item::ruleFired).forEach((i) -> byRules.addAll(i.cues()));
			test.stream()
				.filter((i) -> !i.cues().isEmpty())
				.filter((i) -> !byRules.containsAll(i.cues()))
				.forEach((i) -> additions.add(String.format("%s MISSED-BY-RULES %s %.3f eligible=%s %s", held,
						i.release(), scores.get(i), i.eligible(), WarningCuesText.oneLine(i.text()))));
			out.printf("%-12s %8d  %-20s %-22s %-20s %d / %d (%d) / %.3f%n", held, r.expected, r, c, u, a.tp, a.fp,
					a.longFp, fold.threshold());
			rules.add(r);
			alone.add(c);
			union.add(u);
			added.add(a);
		}
		if (!oldRules.isEmpty()) {
			additions.addAll(overOldRules(out, bySet, oldRules, releases));
		}
		out.printf("%-12s %8d  %-20s %-22s %-20s %d / %d (%d)%n", "all sets", rules.expected, rules, alone, union,
				added.tp, added.fp, added.longFp);
		out.println();
		additions.forEach(out::println);
		if (audit > 0) {
			exclude.forEach((file) -> labeledUrls.addAll(urls(file)));
			audit(out, extractor, releases, labeledUrls, new ArrayList<>(bySet.values()), audit);
		}
	}

	/**
	 * What the classifier (trained on the other sets) adds over the rules as they stood
	 * when each set was first scored unseen: their warnings read from the dumps of
	 * {@code eval/old-rules/old-rules.sh}, matched to sentences by text.
	 */
	private static List<String> overOldRules(PrintStream out, Map<String, List<Item>> bySet, Map<String, Path> dumps,
			Map<String, ReleaseInput> releases) {
		List<String> lines = new ArrayList<>();
		Tally rules = new Tally();
		Tally union = new Tally();
		Tally added = new Tally();
		out.printf("%nover the rules as first scored unseen%nset          warnings  (a') old rules P/R/F1  "
				+ "(c') old OR classifier P/R/F1  added TP / FP (of which in long)%n");
		for (Map.Entry<String, Path> dump : dumps.entrySet()) {
			String held = dump.getKey();
			Map<String, List<String>> fired = new HashMap<>();
			try {
				for (String line : Files.readAllLines(dump.getValue(), StandardCharsets.UTF_8)) {
					String[] parts = line.split("\\t", 2);
					fired.computeIfAbsent(releases.get(parts[0]).releaseId(), (k) -> new ArrayList<>()).add(parts[1]);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			java.util.function.Predicate<Item> old = (
					i) -> fired.getOrDefault(i.release(), List.of()).stream().anyMatch((e) -> {
						String text = i.text().replaceAll("\\s+", " ").trim();
						return text.contains(e) || e.contains(text);
					});
			Fold fold = Fold.holdingOut(bySet, held);
			List<Item> test = fold.test();
			Map<Item, Double> scores = fold.scores();
			Tally r = score(test, old);
			Tally u = score(test, old.or(fold::picks));
			Tally a = additions(test, old, fold::picks, lines, "old-" + held, scores);
			out.printf("%-12s %8d  %-23s %-30s %d / %d (%d)%n", held, r.expected, r, u, a.tp, a.fp, a.longFp);
			rules.add(r);
			union.add(u);
			added.add(a);
		}
		out.printf("%-12s %8d  %-23s %-30s %d / %d (%d)%n%n", "sets 1-5", rules.expected, rules, union, added.tp,
				added.fp, added.longFp);
		return lines;
	}

	/**
	 * The sentences of one labeled release (or of an unlabeled one, {@code labeled}
	 * null).
	 */
	static List<Item> sentences(Extractor extractor, ReleaseInput release, Labels.Labeled labeled) {
		Set<Integer> fired = new HashSet<>();
		for (ExtractedEvent event : extractor.extract(release).events()) {
			if (event.type() == EventType.WARNING) {
				fired.add(event.evidence().start());
			}
		}
		List<Sentence> sentences = new SentenceSplitter().split(PageFurniture.blank(release.text()));
		boolean longRelease = sentences.size() > LONG;
		List<Item> items = new ArrayList<>();
		String turn = null;
		for (Sentence sentence : sentences) {
			Matcher header = TURN.matcher(sentence.text());
			if (header.find()) {
				turn = NOT_OFFICIAL.matcher(header.group(1)).find() ? "" : header.group(1).trim();
			}
			boolean journalist = "".equals(turn);
			boolean candidate = !prefilter || WarningClassifier.candidate(sentence.text());
			boolean eligible = candidate && !journalist && !ASKED.matcher(sentence.text()).find()
					&& !NOT_A_WARNING.matcher(sentence.text()).find();
			List<String> cues = new ArrayList<>();
			if (labeled != null) {
				String lower = sentence.lowerCase();
				labeled.warnings()
					.stream()
					.map(Labels.Warning::cue)
					.filter((cue) -> lower.contains(cue.toLowerCase(Locale.ROOT)))
					.forEach((cue) -> cues.add(labeled.url() + "#" + cue));
			}
			boolean rule = fired.contains(sentence.start());
			items.add(new Item(release.releaseId(), sentence.text(),
					WarningClassifier.features(release.lang(), sentence.text(), rule && ruleFeature,
							turn != null && !journalist),
					cues, rule, eligible, longRelease, (labeled != null) ? labeled.warnings().size() : 0));
		}
		return items;
	}

	static WarningClassifier train(List<Item> items) {
		List<WarningClassifier.Example> examples = items.stream()
			.filter(Item::eligible)
			.map((i) -> new WarningClassifier.Example(i.features(), !i.cues().isEmpty(),
					!i.cues().isEmpty() ? POSITIVE_WEIGHT : i.longRelease() ? LONG_NEGATIVE_WEIGHT : 1))
			.toList();
		return WarningClassifier.train(examples, l2, EPOCHS, MIN_COUNT);
	}

	/**
	 * The threshold that maximises the warning F1 of rules OR classifier over these sets,
	 * each scored by a model trained on the others; {@code +inf} (no addition) when no
	 * threshold beats the rules alone.
	 */
	static double threshold(List<List<Item>> sets) {
		List<Item> all = new ArrayList<>();
		Map<Item, Double> scores = new HashMap<>();
		for (int k = 0; k < sets.size(); k++) {
			List<Item> others = new ArrayList<>();
			for (int j = 0; j < sets.size(); j++) {
				if (j != k) {
					others.addAll(sets.get(j));
				}
			}
			WarningClassifier model = train(others);
			for (Item item : sets.get(k)) {
				scores.put(item, model.score(item.features()));
				all.add(item);
			}
		}
		if (alone) {
			return aloneThreshold(all, scores);
		}
		Tally base = score(all, Item::ruleFired);
		Set<String> matched = new HashSet<>();
		all.stream().filter(Item::ruleFired).forEach((i) -> matched.addAll(i.cues()));
		int tp = base.tp;
		int fp = base.fp;
		double best = f1(tp, fp, base.expected);
		double threshold = Double.POSITIVE_INFINITY;
		List<Item> candidates = all.stream()
			.filter((i) -> !i.ruleFired() && i.eligible())
			.sorted(Comparator.comparingDouble((Item i) -> -scores.get(i)))
			.toList();
		for (int n = 0; n < candidates.size(); n++) {
			Item item = candidates.get(n);
			if (item.cues().isEmpty()) {
				fp++;
			}
			else {
				for (String cue : item.cues()) {
					if (matched.add(cue)) {
						tp++;
					}
				}
			}
			double score = scores.get(item);
			boolean last = n + 1 == candidates.size() || scores.get(candidates.get(n + 1)) < score;
			double f1 = f1(tp, fp, base.expected);
			if (last && f1 > best + 1e-9) {
				best = f1;
				threshold = score;
			}
			if (score < 0.01) {
				break;
			}
		}
		return threshold;
	}

	private static double aloneThreshold(List<Item> all, Map<Item, Double> scores) {
		Set<String> matched = new HashSet<>();
		int expected = score(all, (i) -> false).expected;
		int fp = 0;
		double best = 0;
		double threshold = Double.POSITIVE_INFINITY;
		List<Item> candidates = all.stream()
			.filter(Item::eligible)
			.sorted(Comparator.comparingDouble((Item i) -> -scores.get(i)))
			.toList();
		for (int n = 0; n < candidates.size(); n++) {
			Item item = candidates.get(n);
			if (item.cues().isEmpty()) {
				fp++;
			}
			matched.addAll(item.cues());
			double score = scores.get(item);
			boolean last = n + 1 == candidates.size() || scores.get(candidates.get(n + 1)) < score;
			double f1 = f1(matched.size(), fp, expected);
			if (precise) {
				if (last && matched.size() >= fp) {
					threshold = score;
				}
			}
			else if (last && f1 > best + 1e-9) {
				best = f1;
				threshold = score;
			}
			if (score < 0.01) {
				break;
			}
		}
		return threshold;
	}

	private static double f1(int tp, int fp, int expected) {
		return (tp == 0) ? 0 : 2.0 * tp / (2.0 * tp + fp + (expected - tp));
	}

	/**
	 * Labeled warnings found and false alarms, when {@code picked} sentences are
	 * warnings.
	 */
	static Tally score(List<Item> items, java.util.function.Predicate<Item> picked) {
		Tally tally = new Tally();
		Set<String> expected = new HashSet<>();
		Set<String> releases = new HashSet<>();
		Set<String> matched = new HashSet<>();
		for (Item item : items) {
			if (releases.add(item.release())) {
				tally.expected += item.warnings();
			}
			if (picked.test(item)) {
				if (item.cues().isEmpty()) {
					tally.fp++;
				}
				matched.addAll(item.cues());
			}
			expected.addAll(item.cues());
		}
		tally.tp = matched.size();
		return tally;
	}

	/**
	 * What the classifier adds over a baseline: each item it flags that the baseline does
	 * not, as a right warning (a labeled cue the baseline missed), a duplicate (a cue the
	 * baseline found in another sentence) or a false alarm, one line each.
	 */
	private static Tally additions(List<Item> items, java.util.function.Predicate<Item> baseline,
			java.util.function.Predicate<Item> classifier, List<String> lines, String set, Map<Item, Double> scores) {
		Set<String> byBaseline = new HashSet<>();
		items.stream().filter(baseline).forEach((i) -> byBaseline.addAll(i.cues()));
		Tally tally = new Tally();
		for (Item item : items) {
			if (baseline.test(item) || !classifier.test(item)) {
				continue;
			}
			String verdict;
			if (item.cues().isEmpty()) {
				tally.fp++;
				tally.longFp += item.longRelease() ? 1 : 0;
				verdict = item.longRelease() ? "FP(long)" : "FP";
			}
			else if (item.cues().stream().anyMatch((c) -> !byBaseline.contains(c))) {
				tally.tp++;
				verdict = "TP";
			}
			else {
				verdict = "dup";
			}
			lines.add(String.format("%s %s %s %.3f %s", set, verdict, item.release(), scores.get(item),
					WarningCuesText.oneLine(item.text())));
		}
		return tally;
	}

	private static void audit(PrintStream out, Extractor extractor, Map<String, ReleaseInput> releases,
			Set<String> labeledUrls, List<List<Item>> sets, int count) {
		double threshold = threshold(sets);
		WarningClassifier model = train(sets.stream().flatMap(List::stream).toList());
		List<String> urls = new ArrayList<>(
				releases.keySet().stream().filter((u) -> !labeledUrls.contains(u)).filter((u) -> {
					Matcher vocabulary = VOCABULARY.matcher(releases.get(u).text());
					return vocabulary.find();
				}).sorted().toList());
		java.util.Collections.shuffle(urls, new Random(9));
		int added = 0;
		int rules = 0;
		out.printf("%naudit: %d unlabeled releases with warning vocabulary, threshold %.3f (all six sets)%n",
				Math.min(count, urls.size()), threshold);
		for (String url : urls.subList(0, Math.min(count, urls.size()))) {
			for (Item item : sentences(extractor, releases.get(url), null)) {
				rules += item.ruleFired() ? 1 : 0;
				double score = model.score(item.features());
				if (!item.ruleFired() && item.eligible() && score >= threshold) {
					added++;
					out.printf("ADD %s %.3f %s%n", url, score, WarningCuesText.oneLine(item.text()));
				}
			}
		}
		out.printf("audit: rules %d warnings, classifier adds %d%n", rules, added);
	}

	/** Only the {@code url:} lines of a label file. */
	private static List<String> urls(Path file) {
		try {
			List<String> urls = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				Matcher url = URL_LINE.matcher(line);
				if (url.find()) {
					urls.add(url.group(1));
				}
			}
			return urls;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One sentence of a release.
	 * @param release the release id
	 * @param text the sentence
	 * @param features its classifier features
	 * @param cues the labeled warnings (url#cue) whose cue it holds
	 * @param ruleFired whether the phrase rules made it a warning
	 * @param eligible whether the warning path's guards let it be one
	 * @param longRelease whether its release was possibly not read whole
	 * @param warnings how many warnings its release has labeled
	 */
	/**
	 * One fold of leave-one-set-out: the held set scored by a model trained on the other
	 * sets, at the threshold chosen inside them (never on the held set).
	 */
	private record Fold(List<Item> test, Map<Item, Double> scores, double threshold) {

		static Fold holdingOut(Map<String, List<Item>> bySet, String held) {
			List<List<Item>> training = bySet.entrySet()
				.stream()
				.filter((e) -> !e.getKey().equals(held))
				.map(Map.Entry::getValue)
				.toList();
			WarningClassifier model = train(training.stream().flatMap(List::stream).toList());
			List<Item> test = bySet.get(held);
			Map<Item, Double> scores = new HashMap<>();
			test.forEach((i) -> scores.put(i, model.score(i.features())));
			return new Fold(test, scores, WarningLoso.threshold(training));
		}

		/** Whether the classifier flags {@code item} as a warning. */
		boolean picks(Item item) {
			return item.eligible() && this.scores.get(item) >= this.threshold;
		}

	}

	record Item(String release, String text, Set<String> features, List<String> cues, boolean ruleFired,
			boolean eligible, boolean longRelease, int warnings) {

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

	/** Labeled warnings found, false alarms, and how many were labeled. */
	static final class Tally {

		int tp;

		int fp;

		int longFp;

		int expected;

		void add(Tally other) {
			this.tp += other.tp;
			this.fp += other.fp;
			this.longFp += other.longFp;
			this.expected += other.expected;
		}

		@Override
		public String toString() {
			double p = (this.tp + this.fp == 0) ? 0 : (double) this.tp / (this.tp + this.fp);
			double r = (this.expected == 0) ? 0 : (double) this.tp / this.expected;
			return String.format("%.2f/%.2f/%.3f", p, r, f1(this.tp, this.fp, this.expected));
		}

	}

	/** A sentence on one line, cut, for the printed additions. */
	static final class WarningCuesText {

		private WarningCuesText() {
		}

		static String oneLine(String text) {
			String line = text.replaceAll("\\s+", " ").trim();
			return (line.length() <= 220) ? line : line.substring(0, 219) + "…";
		}

	}

}
