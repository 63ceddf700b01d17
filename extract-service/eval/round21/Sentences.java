// Round 21: every sentence of the labeled releases, one line each, for the experiments in
// this folder. Columns: label file, URL, lang, how many labeled warning cues the sentence
// holds, whether the shipped rules raise a warning on it (1/0), the transcript turn's
// speaker ("-" outside a transcript, JOURNALIST for a question), the sentence.
// Run from the repository root after ./mvnw install (see README.md here).
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import org.kremlinwatch.extract.eval.CorpusReleases;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.text.PageFurniture;
import org.kremlinwatch.extract.text.Sentence;
import org.kremlinwatch.extract.text.SentenceSplitter;
import org.kremlinwatch.events.v1.EventType;

public class Sentences {

	// EventDetector's and WarningLoso's transcript turns: "Name Surname: text".
	static final Pattern TURN = Pattern.compile(
			"^\\s*((?:(?:\\p{Lu}[\\p{L}.’'-]*+|(?:of|the|and|de|bin|ibn|al|von|der|van|и)\\b)\\s*+){1,16}+)(?:\\((?:retranslated|перевод)\\))?:\\s");

	static final Pattern NOT_OFFICIAL = Pattern
		.compile("(?iu)^\\s*(question|remark|reply|response|вопрос|реплика|ведущий|ведущая|moderator)\\b");

	@SuppressWarnings("unchecked")
	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		var releases = CorpusReleases.loadWithPages(corpus);
		var extractor = Extractor.withDefaults();
		for (int a = 1; a < args.length; a++) {
			String set = Path.of(args[a]).getFileName().toString().replace(".yml", "");
			Map<String, Object> doc = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of(args[a])));
			for (Object o : (List<?>) doc.get("releases")) {
				var labeled = (Map<String, Object>) o;
				String url = (String) labeled.get("url");
				List<String> cues = new ArrayList<>();
				if (labeled.get("warnings") instanceof List<?> warnings) {
					warnings.forEach((w) -> cues.add(((String) ((Map<?, ?>) w).get("cue")).toLowerCase(Locale.ROOT)));
				}
				var release = releases.get(url);
				Set<Integer> fired = new HashSet<>();
				extractor.extract(release).events().stream().filter((e) -> e.type() == EventType.WARNING)
					.forEach((e) -> fired.add(e.evidence().start()));
				String turn = null;
				for (Sentence s : new SentenceSplitter().split(PageFurniture.blank(release.text()))) {
					Matcher header = TURN.matcher(s.text());
					if (header.find()) {
						turn = NOT_OFFICIAL.matcher(header.group(1)).find() ? "JOURNALIST" : header.group(1).trim();
					}
					long labels = cues.stream().filter((c) -> s.lowerCase().contains(c)).count();
					System.out.println(String.join("\t", set, url, release.lang().name(), Long.toString(labels),
							fired.contains(s.start()) ? "1" : "0", (turn == null) ? "-" : turn,
							s.text().replaceAll("\\s+", " ").trim()));
				}
			}
		}
	}

}
