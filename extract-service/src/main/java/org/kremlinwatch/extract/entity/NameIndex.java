package org.kremlinwatch.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Scans;

/**
 * The literals of the gazetteer's names in one language (each name's literal starts, or
 * for a name without them the literals its matches contain), indexed by their first two
 * characters. One pass over a text then finds every place where some name's literal
 * occurs, instead of a test of each of several hundred names against the text: the cost
 * grows with the text, not with the gazetteer.
 */
final class NameIndex {

	private static final int SIZE = 1 << 16;

	/** The names with forms in this language, in gazetteer order. */
	private final List<Gazetteer.Known> names = new ArrayList<>();

	private final List<Pattern> patterns = new ArrayList<>();

	/**
	 * Per name: whether its literals are starts (the regex is tried where they occur).
	 */
	private final boolean[] anchored;

	/** Per name: whether it has literals at all (a name without any is always tried). */
	private final boolean[] filtered;

	private final List<String> literals = new ArrayList<>();

	/** Per literal, the index of its name in {@link #names}. */
	private final List<Integer> owners = new ArrayList<>();

	/** Literal indices by the hash of their first two characters; null for none. */
	private final int[][] byPair = new int[SIZE][];

	/** Literal indices of one character, by that character; null for none. */
	private final int[][] bySingle = new int[SIZE][];

	/**
	 * The characters some literal starts with, one bit each: most characters of a text
	 * (lower-case letters, spaces) start none, and this table of 8 KB answers for them
	 * without a look into the two large ones.
	 */
	private final long[] starts = new long[SIZE / Long.SIZE];

	/**
	 * Per anchored name, literals one of which each of its matches holds besides its
	 * start, or null: "Russia" starts the Russia–NATO Council as well as Russia, and
	 * without "NATO Council" in the text its pattern need not be tried at every Russia.
	 */
	private final String[][] inner;

	private final String[] literalArray;

	private final int[] ownerArray;

	/**
	 * Per literal, how far into it the characters it is indexed by stand: 0, or for a
	 * literal that opens with a small word or a particle ("the Kremlin", "el-Sisi", "von
	 * der Leyen") its first capital. Indexed by "th", "el" or "vo" it would be tried at a
	 * quarter of all the characters of an English text.
	 */
	private final int[] offsets;

	/** Per name: whether a literal of it is indexed past its start. */
	private final boolean[] offset;

	NameIndex(Lang lang, List<Gazetteer.Known> entries) {
		this.anchored = new boolean[entries.size()];
		this.offset = new boolean[entries.size()];
		this.filtered = new boolean[entries.size()];
		this.inner = new String[entries.size()][];
		for (Gazetteer.Known known : entries) {
			Pattern pattern = known.forms().get(lang);
			if (pattern == null) {
				continue;
			}
			int name = this.names.size();
			this.names.add(known);
			this.patterns.add(pattern);
			List<String> starts = known.anchors().get(lang);
			List<String> needles = known.needles().get(lang);
			List<String> inside = (starts != null) ? starts : needles;
			this.anchored[name] = starts != null;
			if (starts != null && needles != null && needles.stream().noneMatch(String::isEmpty)
					&& !starts.containsAll(needles)) {
				this.inner[name] = needles.toArray(String[]::new);
			}
			this.filtered[name] = inside != null && inside.stream().noneMatch(String::isEmpty);
			if (this.filtered[name]) {
				for (String literal : inside) {
					add(literal, name);
				}
			}
		}
		this.literalArray = this.literals.toArray(new String[0]);
		this.ownerArray = this.owners.stream().mapToInt(Integer::intValue).toArray();
		this.offsets = this.literals.stream().mapToInt(NameIndex::indexedFrom).toArray();
	}

	/** Where the characters a literal is indexed by stand in it. */
	private static int indexedFrom(String literal) {
		if (Character.isUpperCase(literal.charAt(0))) {
			return 0;
		}
		for (int i = 1; i < literal.length(); i++) {
			if (Character.isUpperCase(literal.charAt(i))) {
				return i;
			}
		}
		return 0;
	}

	private void add(String literal, int name) {
		int id = this.literals.size();
		this.literals.add(literal);
		this.owners.add(name);
		int from = indexedFrom(literal);
		this.offset[name] |= from > 0;
		this.starts[literal.charAt(from) / Long.SIZE] |= 1L << (literal.charAt(from) % Long.SIZE);
		boolean single = from + 1 == literal.length();
		int[][] table = single ? this.bySingle : this.byPair;
		int key = single ? literal.charAt(from) : hash(literal.charAt(from), literal.charAt(from + 1));
		int[] ids = table[key];
		ids = (ids != null) ? Arrays.copyOf(ids, ids.length + 1) : new int[1];
		ids[ids.length - 1] = id;
		table[key] = ids;
	}

	/**
	 * Adds every mention of a name in {@code text} to {@code mentions}, name by name in
	 * gazetteer order, each name's mentions in text order.
	 */
	void find(String text, List<Mention> mentions) {
		int count = this.names.size();
		// Per name, the positions where one of its literal starts occurs (ascending,
		// each once: sorted below for a name indexed past a start), or for a name with
		// inner literals a mark that one occurs.
		int[][] positions = new int[count][];
		int[] found = new int[count];
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char first = text.charAt(i);
			if ((this.starts[first / Long.SIZE] & (1L << (first % Long.SIZE))) == 0) {
				continue;
			}
			int[] single = this.bySingle[first];
			if (single != null) {
				hits(single, text, i, positions, found);
			}
			if (i + 1 < length) {
				int[] pair = this.byPair[hash(first, text.charAt(i + 1))];
				if (pair != null) {
					hits(pair, text, i, positions, found);
				}
			}
		}
		for (int name = 0; name < count; name++) {
			Gazetteer.Known known = this.names.get(name);
			if (this.filtered[name] && found[name] == 0) {
				continue;
			}
			if (this.offset[name] && found[name] > 1) {
				found[name] = sortedOnce(positions[name], found[name]);
			}
			java.util.regex.Matcher matcher = this.patterns.get(name).matcher(text);
			if (!this.anchored[name]) {
				while (matcher.find()) {
					mentions.add(new Mention(known.name(), known.type(), matcher.start(), matcher.end()));
				}
				continue;
			}
			// One start costs one try, about what the search for the inner literal costs.
			if (found[name] > 1 && this.inner[name] != null && !Scans.containsAny(text, this.inner[name])) {
				continue;
			}
			// Try the pattern only where one of its literal starts occurs: far cheaper
			// than a scan of every position of a long transcript.
			matcher.useTransparentBounds(true).useAnchoringBounds(false);
			int[] at = positions[name];
			for (int k = 0; k < found[name]; k++) {
				if (matcher.region(at[k], length).lookingAt()) {
					mentions.add(new Mention(known.name(), known.type(), matcher.start(), matcher.end()));
				}
			}
		}
	}

	private void hits(int[] ids, String text, int indexedAt, int[][] positions, int[] found) {
		for (int id : ids) {
			int at = indexedAt - this.offsets[id];
			if (at < 0 || !text.startsWith(this.literalArray[id], at)) {
				continue;
			}
			int name = this.ownerArray[id];
			int[] list = positions[name];
			int size = found[name];
			if (size > 0 && list[size - 1] == at) {
				// Two literals of the name start here ("Владимир" and "В").
				continue;
			}
			if (list == null) {
				list = new int[4];
			}
			else if (size == list.length) {
				list = Arrays.copyOf(list, size * 2);
			}
			list[size] = at;
			positions[name] = list;
			found[name] = size + 1;
		}
	}

	/**
	 * Sorts the first {@code size} positions and drops repeats, for a name whose literals
	 * are found out of text order: the number left.
	 */
	private static int sortedOnce(int[] positions, int size) {
		Arrays.sort(positions, 0, size);
		int kept = 1;
		for (int k = 1; k < size; k++) {
			if (positions[k] != positions[kept - 1]) {
				positions[kept++] = positions[k];
			}
		}
		return kept;
	}

	private static int hash(char first, char second) {
		return ((first * 31) ^ (second * 0x9E37)) & (SIZE - 1);
	}

}
