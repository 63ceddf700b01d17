package org.kremlinwatch.extract.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The engine's compiled code, hashed into the extractor version: a rule written in Java
 * (a cue, a meeting rule, a date form) changes what the engine tags as much as an edit of
 * the YAML does, so users must see a new version and know to replay. The classes are
 * listed by name rather than discovered, because the service runs from a nested jar whose
 * entries cannot be listed portably; {@code EngineCodeTests} fails when a class of these
 * packages is missing from the list. Each listed class brings its nested, local and
 * anonymous classes (its nest). The bytes are read from the class path, as loaded.
 */
final class EngineCode {

	/** The packages of the engine, whose classes decide the output. */
	static final List<String> PACKAGES = List.of("date", "engine", "entity", "event", "text", "topic");

	/** Every top-level class of {@link #PACKAGES}, relative to the extract package. */
	static final List<String> CLASSES = List.of("date.DateFinder", "date.DateMention", "engine.EngineCode",
			"engine.Extraction", "engine.Extractor", "engine.ReleaseInput", "engine.Resources", "engine.Tagger",
			"entity.EntityFinder", "entity.Gazetteer", "entity.Mention", "entity.NameIndex", "event.CallCounterparts",
			"event.CallRule", "event.CallParties", "event.CallDay", "event.CallLog", "event.UntoldCalls", "event.Cue",
			"event.Cues", "event.CueScan", "event.EventDetector", "event.Forums", "event.MeetingRule",
			"event.MeetingPlaces", "event.Narrative", "event.PastPeriod", "event.SentenceFacts", "event.WarningCues",
			"event.OthersStepJudged", "event.EarlierCalls", "event.NotAMeeting", "event.HeadlineVerb",
			"event.HeadlineMeeting", "text.Finder", "text.FirstChars", "text.NeedleScan", "text.Needles",
			"text.PageFurniture", "text.Patterns", "text.Scans", "text.Sentence", "text.SentenceSplitter",
			"topic.Stems", "topic.Taxonomy", "topic.TermRule", "topic.TopicIndex", "topic.TopicTagger");

	private static final String ROOT = "org.kremlinwatch.extract.";

	/** The first 8 hex digits of the SHA-256 of the engine's class files. */
	static final String HASH = Resources.shortHash(bytes());

	private EngineCode() {
	}

	/** The binary names of every class hashed, in the order hashed. */
	static List<String> classNames() {
		ClassLoader loader = EngineCode.class.getClassLoader();
		return CLASSES.stream().flatMap((name) -> {
			try {
				return Arrays.stream(Class.forName(ROOT + name, false, loader).getNestMembers())
					.map(Class::getName)
					.sorted(Comparator.naturalOrder());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException("engine class " + name + " is listed but missing", ex);
			}
		}).toList();
	}

	private static byte[] bytes() {
		ClassLoader loader = EngineCode.class.getClassLoader();
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (String name : classNames()) {
			String resource = name.replace('.', '/') + ".class";
			try (InputStream in = loader.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("no class file " + resource);
				}
				all.writeBytes(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + resource, ex);
			}
		}
		return all.toByteArray();
	}

}
