package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

class LuceneMonitorMatchIndexTests extends MatchIndexContractTests {

	private final List<LuceneMonitorMatchIndex> opened = new ArrayList<>();

	@Override
	MatchIndex newIndex() {
		LuceneMonitorMatchIndex index = new LuceneMonitorMatchIndex();
		this.opened.add(index);
		return index;
	}

	@AfterEach
	void close() {
		this.opened.forEach(LuceneMonitorMatchIndex::close);
	}

}
