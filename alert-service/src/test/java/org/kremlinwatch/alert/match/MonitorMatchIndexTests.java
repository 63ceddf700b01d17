package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

class MonitorMatchIndexTests extends MatchIndexContractTests {

	private final List<MonitorMatchIndex> opened = new ArrayList<>();

	@Override
	MatchIndex newIndex() {
		MonitorMatchIndex index = new MonitorMatchIndex();
		this.opened.add(index);
		return index;
	}

	@AfterEach
	void close() {
		this.opened.forEach(MonitorMatchIndex::close);
	}

}
