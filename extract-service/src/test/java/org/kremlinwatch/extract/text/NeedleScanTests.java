package org.kremlinwatch.extract.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The one-pass needle scan must tell exactly what {@code String.contains} for each needle
 * tells, overlapping needles and needles inside others included.
 */
class NeedleScanTests {

	@Test
	void findsTheGroupsOfEveryNeedleInOnePassOverlapsIncluded() {
		NeedleScan scan = new NeedleScan(List.of(List.of("he", "hers"), List.of("she"), List.of("his"), List.of()));
		assertThat(scan.in("ushers")).isEqualTo(0b011);
		assertThat(scan.in("this")).isEqualTo(0b100);
		assertThat(scan.in("hhsshi")).isZero();
		assertThat(scan.in("")).isZero();
		assertThat(new NeedleScan(List.of(List.of("x"), List.of(""))).in("")).isEqualTo(0b10);
		assertThat(new NeedleScan(List.of(List.of("ответ"))).in("ответим")).isEqualTo(1);
	}

	@Test
	void answersForMoreThanSixtyFourGroupsAsContainsDoes() {
		// A taxonomy has hundreds of needle groups; the same needle may sit in several.
		List<List<String>> groups = new ArrayList<>();
		for (int g = 0; g < 150; g++) {
			groups.add(List.of("w" + g + "x", (g % 7 == 0) ? "санкц" : "nato" + (g % 5)));
		}
		NeedleScan scan = new NeedleScan(groups);
		String text = "w3x, w64x and w149x met; nato2 spoke of санкции";
		NeedleScan.Found found = scan.all(text);
		for (int g = 0; g < groups.size(); g++) {
			boolean contained = groups.get(g).stream().anyMatch(text::contains);
			assertThat(found.has(g)).as("group %d", g).isEqualTo(contained);
		}
		assertThat(found.hasAll(new int[] { 3, 64, 149 })).isTrue();
		assertThat(found.hasAll(new int[] { 3, 65 })).isFalse();
		// any: group g at bit g % 64 of word g / 64 (65 and 130 are absent, 149 is there)
		assertThat(found.any(new long[] { 0, 1L << 1, 1L << 2 })).isFalse();
		assertThat(found.any(new long[] { 0, 1L << 1, 1L << (149 - 128) })).isTrue();
		// range: a run of groups as bits from bit 0, within a word and across two
		for (int from : new int[] { 0, 3, 60, 64, 100, 140 }) {
			for (int count : new int[] { 1, 10, 64 }) {
				long expected = 0;
				for (int k = 0; k < count && from + k < groups.size(); k++) {
					expected |= found.has(from + k) ? 1L << k : 0;
				}
				assertThat(found.range(from, count)).as("%d, %d", from, count).isEqualTo(expected);
			}
		}
		assertThatIllegalStateException().isThrownBy(() -> scan.in(text));
	}

	@Test
	void readsOneCharacterAsAnotherInNeedlesAndTextWhenAsked() {
		NeedleScan folded = new NeedleScan(List.of(List.of("договорен"), List.of("всё")), 'ё', 'е');
		assertThat(folded.all("договорённости").has(0)).isTrue();
		assertThat(folded.all("договоренности").has(0)).isTrue();
		assertThat(folded.all("все").has(1)).isTrue();
		assertThat(new NeedleScan(List.of(List.of("договорен"))).all("договорённости").has(0)).isFalse();
	}

}
