package org.kremlinwatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder skips positions where a match cannot start: it must find exactly the first
 * match {@code Matcher.find} finds, or a cue or a topic would lose its sentence.
 */
class FinderTests {

	@Test
	void firstCharactersAreThoseAPlainExpressionTells() {
		assertThat(FirstChars.of("meetings?|talks|(?:visit|summit)s?")).isEqualTo("mtvs");
		assertThat(FirstChars.of("(?<!(via|by) )video ?conference|[кК]онференц\\w*")).isEqualTo("vкК");
		// a lookbehind, then a group of one alternative: a word pattern's shape
		assertThat(FirstChars.of("(?<![\\p{L}\\p{N}])(?:will (\\w+ )?meet)(?![\\p{L}\\p{N}])")).isEqualTo("w");
		assertThat(FirstChars.of("-?1|x")).isNull();
		assertThat(FirstChars.of("(the )?talks")).isNull();
		assertThat(FirstChars.of("\\w+ talks")).isNull();
		assertThat(FirstChars.of("[a-z]x|.y|^z")).isNull();
		assertThat(FirstChars.of("(?i:t)alks")).isNull();
		assertThat(FirstChars.of("(?=t)")).isNull();
		// leading flags, word boundaries and named groups read through
		assertThat(FirstChars.of("(?iuU)\\b(just|только что)\\b")).isEqualTo("jт");
		assertThat(FirstChars.of("(?<cue>met with)(?=\\s+criticism)")).isEqualTo("m");
		assertThat(FirstChars.leadingFlags("(?iU)\\bx"))
			.isEqualTo(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
		assertThat(FirstChars.of("(?i-u)x")).isNull();
		assertThat(FirstChars.of("x(?i)y|(?i)z")).isNull();
	}

	@Test
	void findsTheSameFirstMatchAsMatcherFind() {
		String[] regexes = { "meetings?", "(is|are) (scheduled|planned|due)", "(?<!(news|press) )conference",
				"встреч\\w*|переговор\\w*", "прош(ёл|ел|ла|ли|ло)", "will (\\w+ ){0,2}(be held|meet)", "\\w+ talks",
				"us|the us" };
		String[] texts = { "The meeting will be held tomorrow; more meetings are due.",
				"A press conference, then a conference on security is scheduled.", "Встреча прошла. Переговоры",
				"Talks are planned; the US and us will soon meet.", "", "xmeeting meetingx remeet meeting",
				"«Встречи» прошли, 2meetings, meetings2 и meeting" };
		for (String regex : regexes) {
			Pattern pattern = Patterns.lowerCaseWords(regex);
			Finder finder = Finder.of(pattern);
			for (String text : texts) {
				String lower = text.toLowerCase(Locale.ROOT);
				Matcher matcher = pattern.matcher(lower);
				int expected = matcher.find() ? matcher.start() : -1;
				assertThat(finder.start(lower)).as(regex + " in " + text).isEqualTo(expected);
				assertThat(finder.find(lower)).as(regex + " in " + text).isEqualTo(expected >= 0);
			}
		}
	}

	@Test
	void aLookbehindStillSeesTheTextBeforeTheStart() {
		Finder finder = Finder.of(Patterns.lowerCaseWords("(?<!(news|press) )conference"));
		assertThat(finder.find("a press conference")).isFalse();
		assertThat(finder.start("a press conference, then a conference")).isEqualTo(27);
	}

	@Test
	void aCaseInsensitivePatternFindsWhatMatcherFindFinds() {
		String[] regexes = { "meetings?", "встреч\\w*|переговор\\w*", "(?<!(news|press) )conference", "kelvin|sun",
				"іс|ёлка" };
		// the Kelvin sign and the long s fold to k and s; Ё folds to ё, І to і
		String[] texts = { "A MEETING, then Meetings", "ВСТРЕЧА и Переговоры", "PRESS CONFERENCE, a Conference",
				"\u212Aelvin and \u017Fun", "ІС, Ёлка", "nothing here" };
		for (String regex : regexes) {
			Pattern pattern = Patterns.words(regex);
			Finder finder = Finder.of(pattern);
			for (String text : texts) {
				Matcher matcher = pattern.matcher(text);
				int expected = matcher.find() ? matcher.start() : -1;
				assertThat(finder.start(text)).as(regex + " in " + text).isEqualTo(expected);
			}
		}
		assertThat(Finder.of(Patterns.words("kelvin")).start("\u212Aelvin")).isZero();
		Pattern ascii = Pattern.compile("meet|ёлка", Pattern.CASE_INSENSITIVE);
		assertThat(Finder.of(ascii).start("x MEET")).isEqualTo(2);
		assertThat(Finder.of(ascii).start("Ёлка ёлка")).isEqualTo(5);
	}

	@Test
	void leadingFlagsFoldCaseAsTheCompileFlagsDo() {
		for (String regex : new String[] { "(?iuU)\\b(just|только что)\\b", "(?i)\\bjust", "(?U)\\bJust" }) {
			Pattern pattern = Pattern.compile(regex);
			for (String text : new String[] { "I JUST said", "Только что", "ТОЛЬКО ЧТО", "Just", "adjust", "" }) {
				Matcher matcher = pattern.matcher(text);
				int expected = matcher.find() ? matcher.start() : -1;
				assertThat(Finder.of(pattern).start(text)).as(regex + " in " + text).isEqualTo(expected);
			}
		}
	}

	@Test
	void aPatternWithoutPlainFirstCharactersIsTriedEverywhere() {
		Finder finder = Finder.of(Pattern.compile("(?i)\\bmeet"));
		assertThat(finder.start("a Meet")).isEqualTo(2);
	}

	@Test
	void findsEveryMatchWithItsGroupsAsSuccessiveFindsDo() {
		// a plain start, a digit start (tried everywhere), an empty match possible
		String[] regexes = { "(January|May) (\\d{1,2})(?:[–-](\\d{1,2}))?", "(\\d{1,2}) (мая|июня)",
				"today|the (next|previous) day", "x*" };
		String[] texts = { "On May 9 and January 10–12, then may 3; today.", "9 мая и 12 июня, 3 мая",
				"Today, the next day and the previous day.", "xx yx", "" };
		for (String regex : regexes) {
			Pattern pattern = Patterns.words(regex);
			Finder finder = Finder.of(pattern);
			for (String text : texts) {
				List<String> expected = new ArrayList<>();
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					expected.add(matcher.start() + "-" + matcher.end() + " " + matcher.group(matcher.groupCount()));
				}
				List<String> found = new ArrayList<>();
				Finder.Matches matches = finder.in(text);
				while (matches.find()) {
					Matcher match = matches.matcher();
					found.add(match.start() + "-" + match.end() + " " + match.group(match.groupCount()));
				}
				assertThat(found).as(regex + " in " + text).isEqualTo(expected);
			}
		}
	}

	@Test
	void blanksEachMatchAsReplaceAllWithSpacesDoes() {
		Pattern pattern = Patterns.words("the west|those who|europe\\w*");
		for (String text : new String[] { "Those who doubt it and the West, Europeans too.", "nothing here", "" }) {
			assertThat(Finder.of(pattern).blanked(text)).as(text)
				.isEqualTo(pattern.matcher(text).replaceAll((m) -> " ".repeat(m.group().length())));
		}
	}

	@Test
	void blanksTheFirstNamedGroupThatTookPartFoundInAnotherSpellingOfTheText() {
		Finder finder = Finder.of(Patterns.lowerCaseWords("(?<cue>met with) criticism|was (?<cue2>met) by"));
		String text = "The plan Met With criticism. The President was Met by the governor.";
		assertThat(finder.blanked(text, text.toLowerCase(java.util.Locale.ROOT), "cue", "cue2"))
			.isEqualTo("The plan          criticism. The President was     by the governor.");
		assertThat(finder.blanked("nothing here", "nothing here", "cue", "cue2")).isEqualTo("nothing here");
	}

}
