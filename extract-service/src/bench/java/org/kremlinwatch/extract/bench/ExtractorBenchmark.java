package org.kremlinwatch.extract.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kremlinwatch.extract.engine.Extraction;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.ReleaseInput;
import org.kremlinwatch.extract.eval.CorpusReleases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine over every release of the corpus (816 English, 200 Russian), one thread:
 * {@code throughput} gives releases per second on one core, {@code latency} the
 * distribution of the time per release (p99 in the sample-time percentiles).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xmx512m" })
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractorBenchmark {

	private final Extractor extractor = Extractor.withDefaults();

	private List<ReleaseInput> releases;

	private int next;

	@Setup
	public void load() {
		Path corpus = Path.of(System.getProperty("kremlinwatch.corpus", "../../shared/corpus/kremlin"));
		this.releases = new ArrayList<>(CorpusReleases.load(corpus).values());
		System.out.println("releases: " + this.releases.size());
	}

	private ReleaseInput nextRelease() {
		ReleaseInput release = this.releases.get(this.next);
		this.next = (this.next + 1) % this.releases.size();
		return release;
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Extraction throughput() {
		return this.extractor.extract(nextRelease());
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Extraction latency() {
		return this.extractor.extract(nextRelease());
	}

}
