package org.kremlinwatch.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an HTML fragment: one paragraph per block element, paragraphs separated
 * by one blank line, runs of whitespace within a paragraph collapsed to one space,
 * non-breaking, figure, thin and zero-width spaces included; soft hyphens (invisible
 * hyphenation hints) dropped, so that a word or a sentence end reads as it shows.
 */
final class PageText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"blockquote", "table", "tr", "section", "article", "pre", "dl", "dt", "dd", "figure", "figcaption");

	private PageText() {
	}

	static String of(Element fragment) {
		Collector collector = new Collector();
		NodeTraversor.traverse(collector, fragment);
		collector.breakParagraph();
		return String.join("\n\n", collector.paragraphs);
	}

	/**
	 * {@code text} with every run of whitespace, non-breaking included, as one space, and
	 * without soft hyphens.
	 */
	static String collapse(String text) {
		return text.replace("\u00ad", "").replaceAll("[\\s\\u00a0\\u2007\\u2009\\u202f\\u200b]+", " ").strip();
	}

	private static final class Collector implements NodeVisitor {

		private final List<String> paragraphs = new ArrayList<>();

		private final StringBuilder current = new StringBuilder();

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				this.current.append(text.getWholeText());
			}
			else if (node instanceof Element element) {
				if (BLOCKS.contains(element.normalName())) {
					breakParagraph();
				}
				else if ("br".equals(element.normalName())) {
					this.current.append(' ');
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
				breakParagraph();
			}
		}

		void breakParagraph() {
			String paragraph = collapse(this.current.toString());
			if (!paragraph.isEmpty()) {
				this.paragraphs.add(paragraph);
			}
			this.current.setLength(0);
		}

	}

}
