package org.entente.analyze.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.analyze.Dyad;
import org.entente.analyze.actor.ActorDictionary;
import org.entente.analyze.actor.ActorKind;
import org.entente.analyze.actor.ActorRef;
import org.entente.analyze.actor.Person;
import org.entente.ingest.PartialDate;

/**
 * Turns actor references into participants on a date: a name to its person (a surname shared by
 * two people to the one the article named in full, else the one in office), an office to whoever
 * held it then, {@code son homologue russe} to the Russian holder of the office the other side's
 * person held.
 */
final class ParticipantResolver {

    static final String COUNTERPART = "counterpart";

    private final ActorDictionary dictionary;
    private final Dyad dyad;

    ParticipantResolver(ActorDictionary dictionary, Dyad dyad) {
        this.dictionary = dictionary;
        this.dyad = dyad;
    }

    Participants resolve(List<ActorRef> refs, PartialDate date, PassageMemory memory) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        boolean hasA = false;
        boolean hasB = false;
        for (ActorRef r : refs) {
            boolean sideA = r.country().equals(dyad.sideA());
            hasA |= sideA;
            hasB |= !sideA;
            person(r, refs, date, memory).ifPresent(p -> (sideA ? a : b).add(p.name()));
        }
        return new Participants(a, b, hasA, hasB);
    }

    Optional<Person> person(ActorRef r, List<ActorRef> context, PartialDate date, PassageMemory memory) {
        if (r.kind() == ActorKind.PERSON) {
            return Optional.of(choose(r.candidates(), date, memory));
        }
        if (r.kind() != ActorKind.OFFICE || date == null) {
            return Optional.empty();
        }
        LocalDate[] period = period(date);
        if (COUNTERPART.equals(r.office())) {
            if (context.stream().anyMatch(o -> o != r && o.kind() == ActorKind.PERSON && o.country().equals(r.country()))) {
                // "son homologue chinois, Wang Yi": the name says who; in 2023 the office would have said Qin Gang
                return Optional.empty();
            }
            for (ActorRef other : context) {
                if (other.country().equals(r.country()) || other == r) {
                    continue;
                }
                Optional<Person> p = person(other, List.of(), date, memory);
                if (p.isEmpty()) {
                    continue;
                }
                for (String office : dictionary.officesOf(p.get(), period[0], period[1])) {
                    Optional<Person> holder = dictionary.holder(r.country(), office, period[0], period[1]);
                    if (holder.isPresent()) {
                        return holder;
                    }
                }
            }
            return Optional.empty();
        }
        if (DIPLOMATS.contains(r.office())) {
            // In 2023 "le chef de la diplomatie chinoise" was Qin Gang as minister, Wang Yi as the party's top
            // diplomat: the one the article names in full is the one it means
            for (String office : DIPLOMATS) {
                Optional<Person> holder = dictionary.holder(r.country(), office, period[0], period[1]);
                if (holder.isPresent() && memory.wasNamedInFull(holder.get().name())) {
                    return holder;
                }
            }
        }
        return dictionary.holder(r.country(), r.office(), period[0], period[1]);
    }

    private static final List<String> DIPLOMATS = List.of("top_diplomat", "foreign_minister");

    private Person choose(List<Person> candidates, PartialDate date, PassageMemory memory) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        for (Person p : candidates) {
            if (memory.wasNamedInFull(p.name())) {
                return p;
            }
        }
        if (date != null) {
            LocalDate[] period = period(date);
            for (Person p : candidates) {
                if (!dictionary.officesOf(p, period[0], period[1]).isEmpty()) {
                    return p;
                }
            }
        }
        return candidates.get(0);
    }

    static LocalDate[] period(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> new LocalDate[] {date.localDate().orElseThrow(), date.localDate().orElseThrow()};
            case MONTH -> {
                YearMonth m = YearMonth.of(date.year(), date.month());
                yield new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            default -> new LocalDate[] {LocalDate.of(date.year(), 1, 1), LocalDate.of(date.year(), 12, 31)};
        };
    }
}
