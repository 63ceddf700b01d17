package org.kremlinwatch.extract.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.TopicMatch;
import org.kremlinwatch.extract.engine.Extraction;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.ReleaseInput;

/**
 * Scores the extractor against the labeled set. Topics count per (release, topic);
 * meetings per distinct (first day, place) of a release, so a meeting told in three
 * sentences is one, and one with neither date nor place is not scored; calls per (day,
 * counterpart); warnings per labeled sentence, an extracted warning being right when its
 * evidence holds a labeled cue.
 */
public final class Evaluation {

	private final Map<String, Score> topics = new LinkedHashMap<>();

	private final Score meetings = new Score();

	private final Score calls = new Score();

	private final Score warnings = new Score();

	/** Found warnings whose speaker is the labeled one, of all found warnings. */
	private int speakersRight;

	private int speakersScored;

	private final List<String> differences = new ArrayList<>();

	private int releases;

	private final Labels labels;

	private Evaluation(Labels labels) {
		this.labels = labels;
	}

	/** Runs the extractor over every labeled release found in the corpus. */
	public static Evaluation run(Extractor extractor, Path corpusRoot, Path labelsFile) {
		Map<String, ReleaseInput> corpus = CorpusReleases.loadWithPages(corpusRoot);
		Labels labels = Labels.read(labelsFile);
		Evaluation evaluation = new Evaluation(labels);
		for (String topic : List.of("sanctions", "nato-expansion", "security-guarantees", "ukraine", "arms-control",
				"energy")) {
			evaluation.topics.put(topic, new Score());
		}
		for (Labels.Labeled labeled : labels.releases()) {
			ReleaseInput release = corpus.get(labeled.url());
			if (release == null) {
				throw new IllegalArgumentException("labeled release not in the corpus: " + labeled.url());
			}
			evaluation.score(canonical(extractor, labeled), extractor.extract(release));
		}
		return evaluation;
	}

	/**
	 * The labels' call counterparts under the gazetteer's canonical names: a label may
	 * write a person the way the release does ("Mohamed bin Zayed Al Nahyan", "Sayyid
	 * Ebrahim Raisi"), and the Kremlin's own spelling varies between years, while the
	 * extractor always answers with the canonical name. A name the gazetteer does not
	 * know stays as written.
	 */
	private static Labels.Labeled canonical(Extractor extractor, Labels.Labeled labeled) {
		List<Labels.Call> calls = labeled.calls().stream().map((call) -> {
			List<String> with = new ArrayList<>(call.with());
			for (String name : call.with()) {
				List<org.kremlinwatch.events.v1.Entity> found = extractor
					.extract(new ReleaseInput("en:0", org.kremlinwatch.events.v1.Lang.en, "", name,
							java.time.OffsetDateTime.parse("2022-01-01T12:00:00+03:00"), null))
					.entities();
				if (found.size() == 1 && !with.contains(found.get(0).name())) {
					with.add(found.get(0).name());
				}
			}
			return new Labels.Call(call.date(), with);
		}).toList();
		return labeled.withCalls(calls);
	}

	private void score(Labels.Labeled labeled, Extraction extraction) {
		this.releases++;
		if (this.labels.labels("topics")) {
			scoreTopics(labeled, extraction);
		}
		if (this.labels.labels("meetings")) {
			scoreMeetings(labeled, events(extraction, EventType.MEETING));
		}
		if (this.labels.labels("calls")) {
			scoreCalls(labeled, events(extraction, EventType.CALL));
		}
		if (this.labels.labels("warnings")) {
			scoreWarnings(labeled, events(extraction, EventType.WARNING));
		}
	}

	private void scoreTopics(Labels.Labeled labeled, Extraction extraction) {
		Set<String> found = new LinkedHashSet<>(extraction.topics().stream().map(TopicMatch::id).toList());
		Set<String> expected = new LinkedHashSet<>(labeled.topics());
		Set<String> all = new LinkedHashSet<>(expected);
		all.addAll(found);
		for (String topic : all) {
			Score score = this.topics.computeIfAbsent(topic, (t) -> new Score());
			boolean e = expected.contains(topic);
			boolean f = found.contains(topic);
			score.add((e && f) ? 1 : 0, (!e && f) ? 1 : 0, (e && !f) ? 1 : 0);
			if (e != f) {
				note(labeled, (f ? "extra topic " : "missed topic ") + topic);
			}
		}
	}

	private void scoreMeetings(Labels.Labeled labeled, List<ExtractedEvent> extracted) {
		Set<List<Object>> found = new LinkedHashSet<>();
		// A meeting with neither date nor place cannot be right or wrong on them:
		// unscored.
		extracted.stream()
			.filter((m) -> m.dateStart() != null || m.place() != null)
			.forEach((m) -> found.add(meetingKey(m.dateStart(), m.place())));
		Set<List<Object>> expected = new LinkedHashSet<>();
		labeled.meetings()
			.stream()
			.filter((m) -> m.date() != null || m.place() != null)
			.forEach((m) -> expected.add(meetingKey(m.date(), m.place())));
		Set<List<Object>> right = new HashSet<>(found);
		right.retainAll(expected);
		this.meetings.add(right.size(), found.size() - right.size(), expected.size() - right.size());
		found.stream().filter((k) -> !right.contains(k)).forEach((k) -> note(labeled, "extra meeting " + k));
		expected.stream().filter((k) -> !right.contains(k)).forEach((k) -> note(labeled, "missed meeting " + k));
	}

	private static List<Object> meetingKey(LocalDate date, String place) {
		return java.util.Arrays.asList(date, place);
	}

	private void scoreCalls(Labels.Labeled labeled, List<ExtractedEvent> extracted) {
		List<ExtractedEvent> unmatched = new ArrayList<>(extracted);
		int tp = 0;
		for (Labels.Call call : labeled.calls()) {
			ExtractedEvent match = unmatched.stream()
				.filter((c) -> Objects.equals(c.dateStart(), call.date()))
				.filter((c) -> c.participants().stream().anyMatch(call.with()::contains))
				.findFirst()
				.orElse(null);
			if (match != null) {
				unmatched.remove(match);
				tp++;
			}
			else {
				note(labeled, "missed call " + call.date() + " " + call.with());
			}
		}
		unmatched.forEach((c) -> note(labeled, "extra call " + c.dateStart() + " " + c.participants()));
		this.calls.add(tp, unmatched.size(), labeled.calls().size() - tp);
	}

	private void scoreWarnings(Labels.Labeled labeled, List<ExtractedEvent> extracted) {
		Set<Labels.Warning> matched = new HashSet<>();
		int extra = 0;
		for (ExtractedEvent warning : extracted) {
			String sentence = warning.evidence().sentence().toLowerCase(Locale.ROOT);
			List<Labels.Warning> hits = labeled.warnings()
				.stream()
				.filter((w) -> sentence.contains(w.cue().toLowerCase(Locale.ROOT)))
				.toList();
			if (hits.isEmpty()) {
				extra++;
				note(labeled, "extra warning: " + warning.summary());
			}
			for (Labels.Warning hit : hits) {
				if (matched.add(hit)) {
					scoreSpeaker(labeled, hit, warning);
				}
			}
		}
		labeled.warnings()
			.stream()
			.filter((w) -> !matched.contains(w))
			.forEach((w) -> note(labeled, "missed warning: " + w.cue()));
		this.warnings.add(matched.size(), extra, labeled.warnings().size() - matched.size());
	}

	/**
	 * Whether a found warning names the labeled speaker: alerts show who warns, and the
	 * found/missed score above checks only the sentence.
	 */
	private void scoreSpeaker(Labels.Labeled labeled, Labels.Warning label, ExtractedEvent warning) {
		this.speakersScored++;
		if (label.speaker() != null && label.speaker().equalsIgnoreCase(warning.speaker())) {
			this.speakersRight++;
		}
		else {
			note(labeled, "warning speaker " + warning.speaker() + ", labeled " + label.speaker() + ": " + label.cue());
		}
	}

	private static List<ExtractedEvent> events(Extraction extraction, EventType type) {
		return extraction.events().stream().filter((e) -> e.type() == type).toList();
	}

	private void note(Labels.Labeled labeled, String difference) {
		this.differences.add(labeled.url() + ": " + difference);
	}

	/** How many releases were scored. */
	public int releases() {
		return this.releases;
	}

	/** Micro-averaged F1 over all (release, topic) pairs. */
	public double topicMicroF1() {
		return micro().f1();
	}

	/** Meeting F1 (a meeting is right when its date and place are). */
	public double meetingF1() {
		return this.meetings.f1();
	}

	/**
	 * The share of found warnings whose speaker is the labeled one; 1 when none found.
	 */
	public double warningSpeakerAccuracy() {
		return (this.speakersScored == 0) ? 1.0 : (double) this.speakersRight / this.speakersScored;
	}

	/** Warning F1. */
	public double warningF1() {
		return this.warnings.f1();
	}

	/** Call F1. */
	public double callF1() {
		return this.calls.f1();
	}

	/** Every disagreement with the labels, one line each. */
	public List<String> differences() {
		return List.copyOf(this.differences);
	}

	private Score micro() {
		Score micro = new Score();
		this.topics.values().forEach((s) -> micro.add(s.truePositives(), s.falsePositives(), s.falseNegatives()));
		return micro;
	}

	/** The report as printed by {@link Evaluate}. */
	public String report() {
		StringBuilder out = new StringBuilder();
		out.append(String.format("releases: %d%n", this.releases));
		if (!this.labels.labeled().equals(Labels.KINDS)) {
			out.append(String.format("labeled in this file: %s (nothing else is scored)%n",
					String.join(", ", this.labels.labeled())));
		}
		if (this.labels.labels("topics")) {
			out.append(String.format("%ntopics%n"));
			this.topics.forEach((id, score) -> out.append(String.format("  %-20s %s%n", id, score)));
			out.append(String.format("  %-20s %s%n", "micro", micro()));
		}
		out.append(String.format("%nevents%n"));
		line(out, "meetings", "meeting", this.meetings);
		line(out, "warnings", "warning", this.warnings);
		if (this.labels.labels("warnings") && this.speakersScored > 0) {
			out.append(String.format("  %-20s %d of %d found warnings%n", "  speaker right", this.speakersRight,
					this.speakersScored));
		}
		line(out, "calls", "call", this.calls);
		return out.toString();
	}

	private void line(StringBuilder out, String kind, String name, Score score) {
		if (this.labels.labels(kind)) {
			out.append(String.format("  %-20s %s%n", name, score));
		}
	}

}
