package org.entente.report.briefing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.Dyad;
import org.entente.analyze.Event;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.ingest.PartialDate;

/** How the briefing words an event and a date, in the briefing's language. */
final class EventText {

    private final Labels labels;
    private final Dyad dyad;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter firstDayFormat;

    EventText(Labels labels, Dyad dyad) {
        this.labels = labels;
        this.dyad = dyad;
        Locale locale = labels.language().locale();
        this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        this.dayFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.firstDayFormat = labels.language() == Language.FR
            ? DateTimeFormatter.ofPattern("d'er' MMMM yyyy", locale) // French writes the first of the month "1er"
            : dayFormat;
    }

    String month(YearMonth month) {
        return monthFormat.format(month);
    }

    String day(LocalDate day) {
        return (day.getDayOfMonth() == 1 ? firstDayFormat : dayFormat).format(day);
    }

    String date(PartialDate date) {
        if (date == null) {
            return labels.get("date.none");
        }
        return switch (date.precision()) {
            case DAY -> day(date.localDate().orElseThrow());
            case MONTH -> month(date.yearMonth().orElseThrow());
            default -> Integer.toString(date.year());
        };
    }

    String countryA(Event event) {
        return CountryNames.name(orDefault(event.countryA(), dyad.sideA()), labels.language());
    }

    String countryB(Event event) {
        return CountryNames.name(orDefault(event.countryB(), dyad.sideB()), labels.language());
    }

    /** "Wang Yi (China) / Sergei Lavrov (Russia)"; a side named by no person is its country: "China / Russia". */
    String participants(Event event) {
        return side(event.participantsA(), countryA(event)) + " / " + side(event.participantsB(), countryB(event));
    }

    /** "Meeting", or for a shared position its direction: "Shared position (China → Russia)". */
    String type(Event event) {
        String type = labels.get("event.type." + event.type().label());
        if (event.type() == EventType.SHARED_POSITION && event.direction() != null) {
            String direction = switch (event.direction()) {
                case JOINT -> labels.get("direction.joint").toLowerCase(labels.language().locale());
                case A_TO_B -> countryA(event) + " \u2192 " + countryB(event);
                case B_TO_A -> countryB(event) + " \u2192 " + countryA(event);
            };
            type = type + " (" + direction + ")";
        }
        if (event.status() == EventStatus.PLANNED) {
            type = type + " \u2013 " + labels.get("event.planned");
        }
        return type;
    }

    /** "25 June 2023 · Meeting · 3 reports, 2 articles". */
    String heading(Event event) {
        String date = date(event.date());
        date = date.substring(0, 1).toUpperCase(labels.language().locale()) + date.substring(1); // starts a line
        return date + " \u00B7 " + type(event) + " \u00B7 "
            + labels.count("event.reports", event.mentions().size()) + ", "
            + labels.count("event.articles", event.articles().size());
    }

    /**
     * "« the clearest sentence » (article 000_abc)", the sentence as published; an event without evidence
     * falls back to its first report, and one without any text gives an empty string.
     */
    String evidence(Event event) {
        Mention source = evidenceMention(event);
        String text = event.evidence().isBlank() && source != null ? source.text() : event.evidence();
        if (text.isBlank()) {
            return "";
        }
        String article = source == null ? "" : " (" + labels.format("event.source", source.article()) + ")";
        String quoted = text.strip();
        // A sentence that is itself a quotation already opens with its own marks: doubling them reads as a typo.
        if (quoted.startsWith("\u00AB") || quoted.startsWith("\u201C") || quoted.startsWith("\"")) {
            return quoted + article;
        }
        return "\u00AB\u00A0" + quoted + "\u00A0\u00BB" + article;
    }

    /** The report whose sentence is the evidence, else the first report. */
    static Mention evidenceMention(Event event) {
        for (Mention mention : event.mentions()) {
            if (mention.text().equals(event.evidence())) {
                return mention;
            }
        }
        return event.mentions().isEmpty() ? null : event.mentions().get(0);
    }

    private static String side(List<String> persons, String country) {
        return persons.isEmpty() ? country : String.join(", ", persons) + " (" + country + ")";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
