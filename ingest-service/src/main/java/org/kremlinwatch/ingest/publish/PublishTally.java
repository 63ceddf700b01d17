package org.kremlinwatch.ingest.publish;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a one-shot job (backfill, replay) came to: releases published new, revisions,
 * unchanged (already published with this text), and what failed. Thread-safe.
 */
public final class PublishTally {

	private final Map<PublishOutcome, Integer> outcomes = new EnumMap<>(PublishOutcome.class);

	private final List<String> failures = new ArrayList<>();

	public synchronized void add(PublishOutcome outcome) {
		this.outcomes.merge(outcome, 1, Integer::sum);
	}

	public synchronized void failed(String what, String why) {
		this.failures.add(what + ": " + why);
	}

	public synchronized int count(PublishOutcome outcome) {
		return this.outcomes.getOrDefault(outcome, 0);
	}

	public synchronized List<String> failures() {
		return List.copyOf(this.failures);
	}

	/** 0 when nothing failed, 1 otherwise: the one-shot command's exit status. */
	public synchronized int exitCode() {
		return this.failures.isEmpty() ? 0 : 1;
	}

	/** One line: {@code published new 3, revisions 1, unchanged 20, failed 0}. */
	public synchronized String summary() {
		return "published new " + count(PublishOutcome.NEW) + ", revisions " + count(PublishOutcome.REVISION)
				+ ", unchanged " + count(PublishOutcome.UNCHANGED) + ", failed " + this.failures.size();
	}

}
