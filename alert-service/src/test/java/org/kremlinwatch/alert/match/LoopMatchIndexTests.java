package org.kremlinwatch.alert.match;

class LoopMatchIndexTests extends MatchIndexContractTests {

	@Override
	MatchIndex newIndex() {
		return new LoopMatchIndex();
	}

}
