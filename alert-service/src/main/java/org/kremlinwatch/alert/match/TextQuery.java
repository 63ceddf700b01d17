package org.kremlinwatch.alert.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free-text query over a release's title and text, in a subset of Lucene's syntax:
 * <ul>
 * <li>{@code Geneva} matches the word, case-insensitively (ё and е count as one
 * letter);</li>
 * <li>{@code Женев*} matches words that start with {@code женев} (Женева, Женеве,
 * Женевой...), which stands in for Russian inflection;</li>
 * <li>{@code "security guarantees"} or {@code Russia–NATO} match consecutive words;</li>
 * <li>{@code a AND b} needs both, {@code a OR b} either; AND binds tighter than OR, and
 * terms side by side without an operator are ORed, as in Lucene.</li>
 * </ul>
 * Parentheses, fields, {@code NOT}/{@code -}, fuzzy and range queries are refused, so
 * that a query never silently means something else than in Lucene.
 */
public final class TextQuery {

	private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern UNSUPPORTED = Pattern.compile("[()\\[\\]{}:~^\\\\]|^[-+!]|\\?");

	/** OR of ANDs of terms. */
	private final List<List<Term>> clauses;

	private final String source;

	private TextQuery(String source, List<List<Term>> clauses) {
		this.source = source;
		this.clauses = clauses;
	}

	/**
	 * Parses {@code query}.
	 * @throws IllegalArgumentException with a message fit for the user when the query is
	 * empty or uses syntax outside the subset
	 */
	public static TextQuery parse(String query) {
		List<List<Term>> clauses = new ArrayList<>();
		List<Term> current = new ArrayList<>();
		boolean expectTerm = true;
		boolean pendingAnd = false;
		Matcher matcher = TOKEN.matcher(query);
		while (matcher.find()) {
			String quoted = matcher.group(1);
			String bare = matcher.group(2);
			if (bare != null && (bare.equals("AND") || bare.equals("&&") || bare.equals("OR") || bare.equals("||"))) {
				if (expectTerm) {
					throw new IllegalArgumentException("'" + bare + "' must stand between two terms");
				}
				pendingAnd = bare.equals("AND") || bare.equals("&&");
				expectTerm = true;
				continue;
			}
			if (bare != null && (bare.equals("NOT") || UNSUPPORTED.matcher(bare).find())) {
				throw new IllegalArgumentException("unsupported syntax in '" + bare
						+ "': use words, \"phrases\", a trailing * for a prefix, AND and OR");
			}
			Term term = Term.of((quoted != null) ? quoted : bare, quoted == null);
			if (!expectTerm && !pendingAnd || expectTerm && !pendingAnd && !current.isEmpty()) {
				clauses.add(current);
				current = new ArrayList<>();
			}
			current.add(term);
			expectTerm = false;
			pendingAnd = false;
		}
		if (expectTerm && !current.isEmpty()) {
			throw new IllegalArgumentException("the query must not end with an operator");
		}
		if (!current.isEmpty()) {
			clauses.add(current);
		}
		if (clauses.isEmpty()) {
			throw new IllegalArgumentException("the query has no terms");
		}
		return new TextQuery(query, List.copyOf(clauses.stream().map(List::copyOf).toList()));
	}

	/**
	 * The terms that made {@code text} match (from the first satisfied clause), or an
	 * empty set when it does not match.
	 */
	public Set<String> matchedTerms(List<String> words) {
		for (List<Term> clause : this.clauses) {
			if (clause.stream().allMatch((term) -> term.matches(words))) {
				Set<String> terms = new LinkedHashSet<>();
				clause.forEach((term) -> terms.add(term.display()));
				return terms;
			}
		}
		return Set.of();
	}

	/** The words of {@code text}, normalized as terms are. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(normalize(text));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	@Override
	public String toString() {
		return this.source;
	}

	private record Term(List<String> words, boolean prefix) {

		static Term of(String raw, boolean mayBePrefix) {
			boolean prefix = mayBePrefix && raw.endsWith("*");
			String body = prefix ? raw.substring(0, raw.length() - 1) : raw;
			if (body.contains("*")) {
				throw new IllegalArgumentException("'*' is only supported at the end of a word: '" + raw + "'");
			}
			List<String> words = TextQuery.words(body);
			if (words.isEmpty()) {
				throw new IllegalArgumentException("'" + raw + "' has no letters or digits");
			}
			return new Term(List.copyOf(words), prefix);
		}

		boolean matches(List<String> text) {
			int n = this.words.size();
			for (int i = 0; i + n <= text.size(); i++) {
				if (matchesAt(text, i)) {
					return true;
				}
			}
			return false;
		}

		private boolean matchesAt(List<String> text, int start) {
			int last = this.words.size() - 1;
			for (int j = 0; j <= last; j++) {
				String word = text.get(start + j);
				String wanted = this.words.get(j);
				boolean ok = (j == last && this.prefix) ? word.startsWith(wanted) : word.equals(wanted);
				if (!ok) {
					return false;
				}
			}
			return true;
		}

		String display() {
			return String.join(" ", this.words) + (this.prefix ? "*" : "");
		}

	}

}
