package org.kremlinwatch.extract.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.extract.engine.Extraction;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.ReleaseInput;
import org.kremlinwatch.extract.eval.CorpusReleases;

/**
 * The engine over the whole corpus in a plain loop, timed by the thread's CPU time
 * rather than the wall clock, which on a shared machine measures the other builds. With
 * {@code -Dkremlinwatch.dump=FILE} it first writes every release's extraction as a JSON
 * line (URL, then the extraction), so that a change meant to be faster can be shown to
 * change no output. Run with {@code -XX:ActiveProcessorCount=1 -Xmx512m}; arguments:
 * rounds (default 12).
 */
public final class CpuTimeLoop {

	private CpuTimeLoop() {
	}

	public static void main(String[] args) throws IOException {
		Path corpus = Path.of(System.getProperty("kremlinwatch.corpus", "../../shared/corpus/kremlin"));
		Map<String, ReleaseInput> byUrl = CorpusReleases.load(corpus);
		List<ReleaseInput> releases = new ArrayList<>(byUrl.values());
		Extractor extractor = Extractor.withDefaults();
		System.out.println("extractor " + extractor.version() + ", releases: " + releases.size());
		String dump = System.getProperty("kremlinwatch.dump");
		if (dump != null) {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(dump), StandardCharsets.UTF_8))) {
				for (Map.Entry<String, ReleaseInput> entry : byUrl.entrySet()) {
					Extraction extraction = extractor.extract(entry.getValue());
					out.println(EventJson.mapper().writeValueAsString(Map.of("url", entry.getKey())) + "\t"
							+ EventJson.mapper().writeValueAsString(extraction));
				}
			}
		}
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 12;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int sink = 0;
		for (int round = 1; round <= rounds; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long wall = System.nanoTime();
			for (ReleaseInput release : releases) {
				sink += extractor.extract(release).entities().size();
			}
			double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			double wallSeconds = (System.nanoTime() - wall) / 1e9;
			System.out.printf("round %2d: %,.0f releases/s of CPU time (%,.0f/s wall)%n", round,
					releases.size() / cpuSeconds, releases.size() / wallSeconds);
		}
		System.out.println("(" + sink + ")");
	}

}
