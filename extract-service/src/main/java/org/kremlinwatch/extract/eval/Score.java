package org.kremlinwatch.extract.eval;

/**
 * True positives, false positives and false negatives, with what follows from them.
 */
final class Score {

	private int truePositives;

	private int falsePositives;

	private int falseNegatives;

	void add(int tp, int fp, int fn) {
		this.truePositives += tp;
		this.falsePositives += fp;
		this.falseNegatives += fn;
	}

	int truePositives() {
		return this.truePositives;
	}

	int falsePositives() {
		return this.falsePositives;
	}

	int falseNegatives() {
		return this.falseNegatives;
	}

	double precision() {
		int found = this.truePositives + this.falsePositives;
		return (found == 0) ? 1.0 : (double) this.truePositives / found;
	}

	double recall() {
		int relevant = this.truePositives + this.falseNegatives;
		return (relevant == 0) ? 1.0 : (double) this.truePositives / relevant;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0.0 : 2 * p * r / (p + r);
	}

	@Override
	public String toString() {
		return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
				this.truePositives, this.falsePositives, this.falseNegatives);
	}

}
