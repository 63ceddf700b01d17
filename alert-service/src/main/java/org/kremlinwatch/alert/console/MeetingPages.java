package org.kremlinwatch.alert.console;

import java.time.LocalDate;
import java.util.UUID;

import org.kremlinwatch.alert.archive.ReleaseArchive;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /meetings}: upcoming (or all) tracked meetings, and one meeting's page. */
// Pages for people, not part of the REST API's description.
@Hidden
@Controller
class MeetingPages {

	private static final int LIMIT = 200;

	private final MeetingQueries meetings;

	private final ReleaseArchive archive;

	private final ReleaseCards cards;

	MeetingPages(MeetingQueries meetings, ReleaseArchive archive, ReleaseCards cards) {
		this.meetings = meetings;
		this.archive = archive;
		this.cards = cards;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(defaultValue = "upcoming") String when, Model model) {
		boolean all = "all".equals(when);
		model.addAttribute("page", "meetings");
		model.addAttribute("all", all);
		model.addAttribute("meetings", this.meetings.list(LocalDate.now(ReleaseArchive.MOSCOW), all, LIMIT));
		return "console/meetings";
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		model.addAttribute("page", "meetings");
		model.addAttribute("meeting", this.meetings.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no meeting " + id)));
		model.addAttribute("history", this.meetings.history(id));
		model.addAttribute("cards", this.cards.of(this.archive.byKremlinIds(this.meetings.kremlinIds(id))));
		return "console/meeting";
	}

}
