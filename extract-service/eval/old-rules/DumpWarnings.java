package org.kremlinwatch.extract.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.ReleaseInput;

/**
 * Compiled against an OLD build of extract-service (see old-rules.sh): prints, for each
 * release of a label file (only its url: lines are read), the evidence sentence of every
 * warning the rules of that build find, one "url TAB sentence" a line. WarningLoso
 * --old-rules then measures what the classifier adds over the rules as they stood when
 * the set was first scored unseen.
 */
public final class DumpWarnings {

	public static void main(String[] args) throws Exception {
		Map<String, ReleaseInput> releases = CorpusReleases.load(Path.of(args[0]));
		Extractor extractor = Extractor.withDefaults();
		Pattern url = Pattern.compile("^\\s*-?\\s*url:\\s*(\\S+)");
		for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
			Matcher m = url.matcher(line);
			if (!m.find() || !releases.containsKey(m.group(1))) {
				continue;
			}
			for (ExtractedEvent event : extractor.extract(releases.get(m.group(1))).events()) {
				if (event.type() == EventType.WARNING) {
					System.out.println(m.group(1) + "\t" + event.evidence().sentence().replaceAll("\\s+", " ").trim());
				}
			}
		}
	}

}
