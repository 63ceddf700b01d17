package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kremlinwatch.extract.date.DateFinder;
import org.kremlinwatch.extract.entity.EntityFinder;
import org.kremlinwatch.extract.entity.Gazetteer;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.event.EventDetector;
import org.kremlinwatch.extract.event.SentenceFacts;
import org.kremlinwatch.extract.text.Sentence;
import org.kremlinwatch.extract.text.SentenceSplitter;
import org.kremlinwatch.extract.topic.Taxonomy;
import org.kremlinwatch.extract.topic.TopicTagger;

/**
 * The rule-based extraction engine: topics, entities and events of one release. Plain
 * Java, thread-safe, no Spring, so that the service, the CLI and the tests share it.
 */
public final class Extractor {

	/** The engine's own version, without its resources. */
	public static final String ENGINE_VERSION = "0.1.0";

	/** Class path location of the shipped taxonomy. */
	public static final String DEFAULT_TAXONOMY = "classpath:taxonomy.yml";

	/** Class path location of the shipped gazetteer. */
	public static final String DEFAULT_GAZETTEER = "classpath:gazetteer.yml";

	/**
	 * The version of the extractor with the shipped taxonomy and gazetteer, e.g.
	 * {@code 0.1.0+taxonomy-1a2b3c4d.code-5e6f7a8b}: the first hash changes with the
	 * resources, the second with the engine's compiled classes (rules written in Java),
	 * so that tagged records tell which rules made them.
	 */
	public static final String EXTRACTOR_VERSION = version(Resources.read(DEFAULT_TAXONOMY),
			Resources.read(DEFAULT_GAZETTEER));

	private final String version;

	private final SentenceSplitter splitter = new SentenceSplitter();

	private final TopicTagger topics;

	private final EntityFinder entities;

	private final EventDetector events = new EventDetector();

	private Extractor(byte[] taxonomy, byte[] gazetteer) {
		this.version = version(taxonomy, gazetteer);
		this.topics = new TopicTagger(Taxonomy.parse(taxonomy));
		this.entities = new EntityFinder(Gazetteer.parse(gazetteer));
	}

	/** An extractor with the shipped taxonomy and gazetteer. */
	public static Extractor withDefaults() {
		return of(DEFAULT_TAXONOMY, DEFAULT_GAZETTEER);
	}

	/**
	 * An extractor with the taxonomy and gazetteer at these locations
	 * ({@code classpath:...}, {@code file:...} or a path).
	 */
	public static Extractor of(String taxonomyLocation, String gazetteerLocation) {
		return new Extractor(Resources.read(taxonomyLocation), Resources.read(gazetteerLocation));
	}

	/** The version that goes into every tagged record. */
	public String version() {
		return this.version;
	}

	/** Extracts topics, entities and events from {@code release}. */
	public Extraction extract(ReleaseInput release) {
		String text = org.kremlinwatch.extract.text.PageFurniture.blank(release.text());
		List<Sentence> sentences = this.splitter.split(text);
		List<Mention> mentions = this.entities.find(release.lang(), text);
		List<Mention> titleMentions = this.entities.find(release.lang(), release.title());
		LocalDate published = release.publishedAt().toLocalDate();
		DateFinder dates = new DateFinder(release.lang(), published);
		List<SentenceFacts> facts = new ArrayList<>(sentences.size());
		int next = 0;
		for (Sentence sentence : sentences) {
			List<Mention> inSentence = new ArrayList<>();
			while (next < mentions.size() && mentions.get(next).start() < sentence.end()) {
				Mention mention = mentions.get(next++);
				if (mention.start() >= sentence.start()) {
					inSentence.add(new Mention(mention.name(), mention.type(), mention.start() - sentence.start(),
							mention.end() - sentence.start()));
				}
			}
			facts.add(new SentenceFacts(sentence, inSentence, dates.find(sentence.text(), sentence.lowerCase())));
		}
		List<Mention> all = new ArrayList<>(titleMentions);
		all.addAll(mentions);
		String title = release.title();
		SentenceFacts headline = new SentenceFacts(new Sentence(title, 0, title.length()), titleMentions,
				new DateFinder(release.lang(), published).find(title));
		return new Extraction(this.topics.tag(release.lang(), release.title(), sentences), EntityFinder.count(all),
				this.events.detect(release.lang(), published, headline, dateline(release), facts));
	}

	private static final java.util.regex.Pattern REGION = java.util.regex.Pattern
		.compile("\\s+(Region|Territory|Oblast)\\b");

	/** The first place the dateline names ("The Kremlin, Moscow" is Moscow). */
	private String dateline(ReleaseInput release) {
		if (release.place() == null || release.place().isBlank()) {
			return null;
		}
		String place = release.place();
		return this.entities.find(release.lang(), place)
			.stream()
			.filter((m) -> m.type() == org.kremlinwatch.events.v1.EntityType.PLACE)
			// "Moscow Region" is a region, not the city: no place.
			.filter((m) -> !REGION.matcher(place.substring(m.end())).lookingAt())
			.map(Mention::name)
			.findFirst()
			.orElse(null);
	}

	private static String version(byte[] taxonomy, byte[] gazetteer) {
		byte[] both = new byte[taxonomy.length + gazetteer.length];
		System.arraycopy(taxonomy, 0, both, 0, taxonomy.length);
		System.arraycopy(gazetteer, 0, both, taxonomy.length, gazetteer.length);
		return ENGINE_VERSION + "+taxonomy-" + Resources.shortHash(both) + ".code-" + EngineCode.HASH;
	}

}
