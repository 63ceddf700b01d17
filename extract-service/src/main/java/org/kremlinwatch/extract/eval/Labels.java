package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A labeled set ({@code eval/labels.yml}, the development set, or
 * {@code eval/heldout.yml}, the held-out set): per release, by URL, the topics, meetings,
 * calls and warnings a careful reader finds in it (rules in {@code eval/LABELING.md}).
 *
 * @param labeled what the file labels, of topics, meetings, calls and warnings: all four
 * unless it says otherwise (a file that labels only the warnings of long transcripts must
 * not count every topic and meeting the extractor finds there as false)
 * @param releases the labeled releases
 */
record Labels(List<String> labeled, List<Labeled> releases) {

	static final List<String> KINDS = List.of("topics", "meetings", "calls", "warnings");

	Labels {
		labeled = (labeled != null && !labeled.isEmpty()) ? List.copyOf(labeled) : KINDS;
		for (String kind : labeled) {
			if (!KINDS.contains(kind)) {
				throw new IllegalArgumentException("labeled: unknown kind " + kind + ", expected some of " + KINDS);
			}
		}
		releases = (releases != null) ? List.copyOf(releases) : List.of();
	}

	/** Whether the file labels this kind ({@link #KINDS}). */
	boolean labels(String kind) {
		return this.labeled.contains(kind);
	}

	static Labels read(Path file) {
		YAMLMapper mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try {
			return mapper.readValue(Files.readAllBytes(file), Labels.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/**
	 * One labeled release.
	 *
	 * @param url the release's address, its key in the corpus
	 * @param topics taxonomy ids
	 * @param meetings specific meetings it announces or reports
	 * @param calls telephone conversations it reports
	 * @param warnings warnings it reports
	 */
	record Labeled(String url, List<String> topics, List<Meeting> meetings, List<Call> calls, List<Warning> warnings) {

		Labeled {
			topics = (topics != null) ? List.copyOf(topics) : List.of();
			meetings = (meetings != null) ? List.copyOf(meetings) : List.of();
			calls = (calls != null) ? List.copyOf(calls) : List.of();
			warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
		}

		Labeled withCalls(List<Call> calls) {
			return new Labeled(this.url, this.topics, this.meetings, calls, this.warnings);
		}

	}

	/**
	 * A meeting: right when the extractor finds one with this first day and place.
	 *
	 * @param date first day, {@code null} when the release does not tell it
	 * @param place canonical city or venue, {@code null} when the release does not tell
	 * it
	 * @param status ANNOUNCED or HELD (documentation; not scored)
	 * @param cue a few words that identify it in the text
	 */
	record Meeting(LocalDate date, String place, String status, String cue) {

	}

	/**
	 * A telephone conversation: right when the extractor finds one on this day whose
	 * participants include one of {@code with}.
	 *
	 * @param date the day of the call
	 * @param with the counterpart and, as alternatives, their state
	 */
	record Call(LocalDate date, List<String> with) {

		Call {
			with = (with != null) ? List.copyOf(with) : List.of();
		}

	}

	/**
	 * A warning: right when the extractor's warning evidence contains {@code cue}.
	 *
	 * @param speaker who warns
	 * @param cue a few words of the sentence that states it
	 */
	record Warning(String speaker, String cue) {

	}

}
