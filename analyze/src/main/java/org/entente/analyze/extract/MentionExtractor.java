package org.entente.analyze.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.Mention;
import org.entente.analyze.actor.ActorFinder;
import org.entente.analyze.actor.ActorKind;
import org.entente.analyze.actor.ActorRef;
import org.entente.analyze.lexicon.Cue;
import org.entente.analyze.lexicon.CueKind;
import org.entente.analyze.lexicon.TriggerLexicon;
import org.entente.analyze.text.Sentence;
import org.entente.analyze.time.EventDates;
import org.entente.ingest.ArticleDate;
import org.entente.ingest.PartialDate;

/**
 * The last stages of the pipeline for one article: reads each sentence (actors, cues, segments),
 * applies the event and position rules, dates each report, names its participants, fills
 * anaphora from the passage, and ties each shared position to its occasion. Thread-safe: all
 * per-article state lives in the call.
 */
public final class MentionExtractor {

    /** The headline and the first sentences, where "les deux ..." may come before the names. */
    private static final int LEDE = 2;
    /** "cette rencontre", "ces entretiens", "cet entretien": an exchange the article has just told. */
    private static final java.util.regex.Pattern RETOLD = java.util.regex.Pattern.compile("(?i)(?:^|\\s)(?:cette|ces|cet)\\s+$");
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile("(?i)(?:rencontres|reunions|visites|appels)");
    private static final java.util.regex.Pattern INVITED = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:invit|convie|convié|attend\\p{L}*\\s+avec\\s+impatience)");
    private static final java.util.regex.Pattern THEIR = java.util.regex.Pattern.compile("(?i)(?:^|\\s)leurs?\\s+$");
    private static final java.util.regex.Pattern NEW_YEAR_ONLY = java.util.regex.Pattern.compile(
        "(?i)^(?!.*(?:lunaire|fete du printemps|nouvel an chinois)).*(?:nouvel an|nouvelle annee)");
    private static final java.util.regex.Pattern NEW_YEAR = java.util.regex.Pattern.compile("(?i)nouvel an|voeux|vœux");

    private final ActorFinder finder;
    private final TriggerLexicon lexicon;
    private final EventDates dates;
    private final Dyad dyad;
    private final EventRule eventRule;
    private final PositionRule positionRule;
    private final ParticipantResolver resolver;

    public MentionExtractor(ActorFinder finder, TriggerLexicon lexicon, EventDates dates) {
        this.finder = finder;
        this.lexicon = lexicon;
        this.dates = dates;
        this.dyad = finder.dyad();
        this.eventRule = new EventRule(dyad);
        this.positionRule = new PositionRule(dyad);
        this.resolver = new ParticipantResolver(finder.dictionary(), dyad);
    }

    /** Reads one sentence: the matching stages, exposed for tests and tools. */
    public SentenceReading read(Sentence sentence) {
        String folded = sentence.folded();
        List<ActorRef> actors = Counterparts.addBare(folded, finder.find(folded), dyad);
        List<Cue> cues = lexicon.find(folded);
        return new SentenceReading(sentence, actors, cues, Segments.of(folded, cues));
    }

    private record PendingPosition(SentenceReading reading, Draft draft, Participants participants, String span) {
    }

    public List<Mention> extract(String articleId, List<Sentence> sentences, ArticleDate published) {
        PassageMemory memory = new PassageMemory();
        List<Mention> events = new ArrayList<>();
        List<PendingPosition> positions = new ArrayList<>();
        java.util.Set<Mention> generic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Mention> plansWithoutDate = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Waiting> waiting = new ArrayList<>();
        java.util.Map<Integer, Participants> seenIn = new java.util.HashMap<>();
        for (Sentence sentence : sentences) {
            SentenceReading reading = read(sentence);
            rememberNames(reading, memory);
            int at = sentence.index();
            String next = at < sentences.size() ? sentences.get(at).text() : "";
            boolean undatedCaption = false;
            if (reading.cues().stream().anyMatch(c -> c.kind() == CueKind.MEETING || c.kind() == CueKind.VISIT)) {
                boolean caption = Captions.isCaption(sentence.text()) || (next.length() <= 60 && Captions.isCaption(next));
                undatedCaption = caption && !dates.hasDateExpression(sentence.text());
            }
            for (Draft d : eventRule.drafts(reading)) {
                if (undatedCaption) {
                    // a photo caption with no date shows an older encounter: never date it to the article
                    continue;
                }
                String span = DateSpan.of(reading, d.cue());
                boolean ownDate = dates.hasDateExpression(span);
                if (!ownDate) {
                    span = DateSpan.wide(reading, d.cue());
                    ownDate = dates.hasDateExpression(span);
                }
                PartialDate date = dates.resolve(span, published, d.status(), DateSpan.triggerAt(reading, d.cue()));
                if (d.type() == EventType.CONTACT && date != null && date.month() == 1 && !ownDate
                    && NEW_YEAR.matcher(reading.folded()).find()) {
                    // New Year wishes reported in January were sent at the end of December
                    date = PartialDate.ofMonth(java.time.YearMonth.of(date.year() - 1, 12));
                } else if (d.type() == EventType.CONTACT && date != null && date.month() > 1 && date.month() < 12 && !ownDate
                    && NEW_YEAR_ONLY.matcher(reading.folded()).find()) {
                    // the New Year exchange named in a text of another month: the nearest end of December
                    date = PartialDate.ofMonth(java.time.YearMonth.of(date.month() <= 6 ? date.year() - 1 : date.year(), 12));
                }
                if (d.status() == EventStatus.PLANNED && !ownDate && INVITED.matcher(reading.folded()).find()) {
                    // "Lavrov a invité son homologue à visiter la Russie": an invitation with no date proposed has none
                    // (codebook, invitations: the proposed date)
                    date = null;
                }
                if (d.status() == EventStatus.OCCURRED && date != null && !ownDate && Background.told(reading, d.cue())) {
                    // "les deux dirigeants s'étaient déjà rencontrés": before the news, so not in the article's month
                    date = PartialDate.ofYear(date.year());
                }
                Participants p = participants(d, date, sentence.index(), memory, reading);
                boolean told = retold(reading, d.cue())
                    // "Leur rencontre a aussi un air de défi": their encounter, the one just told, when nothing dates another
                    || !ownDate && d.type() == EventType.MEETING && !Background.told(reading, d.cue()) && THEIR.matcher(
                        reading.folded().substring(Math.max(0, d.cue().start() - 7), d.cue().start())).find();
                Mention toldBefore = d.status() == EventStatus.OCCURRED && told ? lastExchange(events, p) : null;
                List<PartialDate> several = severalDates(reading, sentence, published, d);
                if (toldBefore != null) {
                    // "Cette rencontre s'inscrit dans une visite ... débutée dimanche": the demonstrative points back
                    // to the exchange just reported, whatever date the rest of the sentence gives
                    addEvent(events, generic, d, new Mention(articleId, sentence.index(), toldBefore.type(), toldBefore.status(),
                        toldBefore.date(), toldBefore.participantsA(), toldBefore.participantsB(), null, null, d.location(),
                        sentence.text()));
                } else if (p.complete() && d.type() != EventType.SHARED_POSITION && several.size() > 1) {
                    // "ils s'étaient rencontrés à deux reprises cette année, à Pékin en mai puis à Astana en juillet"
                    for (PartialDate each : several) {
                        addEvent(events, generic, d, new Mention(articleId, sentence.index(), d.type(), d.status(), each, p.a(), p.b(),
                            null, null, d.location(), sentence.text()));
                    }
                } else if (p.complete()) {
                    Mention m = new Mention(articleId, sentence.index(), d.type(), d.status(), date, p.a(), p.b(),
                        null, null, d.location(), sentence.text());
                    addEvent(events, generic, d, m);
                    if (d.status() == EventStatus.PLANNED && !ownDate) {
                        plansWithoutDate.add(m);
                    }
                } else if (d.anaphora() == Draft.Anaphora.BOTH) {
                    waiting.add(new Waiting(reading, d, p, date, null));
                }
            }
            for (Draft d : positionRule.drafts(withPronounSpeaker(reading, memory, sentence.index()))) {
                PartialDate date = published.date();
                Participants p = participants(d, date, sentence.index(), memory, reading);
                if (p.complete()) {
                    positions.add(new PendingPosition(reading, d, p, DateSpan.of(reading, d.cue())));
                } else if (d.anaphora() == Draft.Anaphora.BOTH) {
                    waiting.add(new Waiting(reading, d, p, date, DateSpan.of(reading, d.cue())));
                }
            }
            Participants seen = resolver.resolve(reading.actors().stream()
                    .filter(a -> a.kind() != ActorKind.PLACE && !EventRule.spokesperson(a)).toList(),
                published.date(), memory);
            memory.saw(sentence.index(), seen);
            seenIn.put(sentence.index(), seen);
            events.stream().filter(e -> e.sentence() == sentence.index() && e.status() == EventStatus.OCCURRED)
                .reduce((x, y) -> y).ifPresent(memory::sawEvent);
        }
        for (Waiting w : waiting) {
            // "Les deux chefs d'État se sont engagés à ..." in a lede that names them only in the next sentences;
            // further on, "les deux hommes" point back to people the article named, whoever they are
            if (w.reading().sentence().index() > LEDE) {
                continue;
            }
            Participants ahead = ahead(seenIn, w.reading().sentence().index());
            if (!ahead.complete()) {
                continue;
            }
            Participants p = new Participants(w.found().hasA() ? w.found().a() : ahead.a(), w.found().hasB() ? w.found().b() : ahead.b(), true, true);
            if (w.draft().type() == EventType.SHARED_POSITION) {
                positions.add(new PendingPosition(w.reading(), w.draft(), new Participants(w.found().a(), w.found().b(), true, true), w.span()));
            } else {
                addEvent(events, generic, w.draft(), new Mention(articleId, w.reading().sentence().index(), w.draft().type(),
                    w.draft().status(), w.date(), p.a(), p.b(), null, null, w.draft().location(), w.reading().sentence().text()));
            }
        }
        events.sort(Comparator.comparingInt(Mention::sentence));
        Retellings.retype(events, generic);
        Retellings.datePlans(events, plansWithoutDate);
        Stays.join(events);
        List<Mention> all = new ArrayList<>(events);
        for (PendingPosition pp : positions) {
            all.add(position(articleId, pp, events, published));
        }
        all.sort(Comparator.comparingInt(Mention::sentence));
        return all;
    }

    /** A report whose "les deux ..." has no antecedent yet: the passage may name the two sides just after it. */
    private record Waiting(SentenceReading reading, Draft draft, Participants found, PartialDate date, String span) {
    }

    /** Both sides as the next sentences within reach name them, or NONE. */
    private static Participants ahead(java.util.Map<Integer, Participants> seenIn, int sentence) {
        List<String> a = null;
        List<String> b = null;
        for (int i = sentence + 1; i <= sentence + PassageMemory.REACH; i++) {
            Participants p = seenIn.get(i);
            if (p == null) {
                continue;
            }
            if (a == null && p.hasA()) {
                a = p.a();
            }
            if (b == null && p.hasB()) {
                b = p.b();
            }
        }
        return a != null && b != null ? new Participants(a, b, true, true) : Participants.NONE;
    }

    /** Whether the report's trigger, or an exchange word before it, follows a demonstrative ("Cette rencontre s'inscrit dans une visite"). */
    private static boolean retold(SentenceReading reading, Cue trigger) {
        for (Cue c : reading.cues()) {
            // "ces rencontres s'ajoutent à celle du 4 février": several encounters are not the one just told
            if (c.start() <= trigger.start() && (c.kind() == CueKind.MEETING || c.kind() == CueKind.CONTACT || c == trigger)
                && RETOLD.matcher(reading.folded().substring(Math.max(0, c.start() - 6), c.start())).find()
                && !SEVERAL.matcher(c.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The latest exchange reported so far that the given participants can be, or null. */
    private static Mention lastExchange(List<Mention> events, Participants p) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Mention e = events.get(i);
            if (e.type() != EventType.SHARED_POSITION
                && org.entente.analyze.merge.Compatibility.side(p.a(), e.participantsA())
                && org.entente.analyze.merge.Compatibility.side(p.b(), e.participantsB())) {
                return e;
            }
        }
        return null;
    }

    private static void addEvent(List<Mention> events, java.util.Set<Mention> generic, Draft d, Mention m) {
        for (int i = 0; i < events.size(); i++) {
            Mention e = events.get(i);
            if (sameReportButDate(e, m) && coarser(m.date(), e.date())) {
                // "ils s'étaient parlé par visioconférence à la fin décembre": two words of one sentence for one call; the
                // word the date is near says more than the other's bare year
                return;
            }
            if (sameReportButDate(e, m) && coarser(e.date(), m.date())) {
                events.set(i, m);
                generic.remove(e);
                return;
            }
        }
        Mention same = events.stream().filter(e -> sameReport(e, m)).findFirst().orElse(null);
        if (same == null) {
            events.add(m);
            if (EventRule.generic(d)) {
                generic.add(m);
            }
        } else if (!EventRule.generic(d)) {
            // "se sont entretenus ... lors d'une rencontre de trois heures": the sentence says how they met
            generic.remove(same);
        }
    }

    private Participants participants(Draft d, PartialDate date, int sentence, PassageMemory memory, SentenceReading reading) {
        Participants p = resolver.resolve(d.refs(), date, memory);
        if (p.complete()) {
            return p;
        }
        if (d.type() != EventType.SHARED_POSITION && ThirdParty.namedIn(reading.folded(), reading.actors())) {
            // "Choïgou a reçu samedi le président turc": the counterpart is named, and is neither side
            return p;
        }
        if (d.anaphora() == Draft.Anaphora.BOTH && d.type() != EventType.SHARED_POSITION && !p.hasA() && !p.hasB()
            && reading.cues(CueKind.BOTH).stream().anyMatch(c -> PRESIDENTS.matcher(c.text()).find() || LEADERS.matcher(c.text()).find())) {
            // "les deux présidents se sont vus pour la dernière fois en octobre": the heads of state the article named,
            // even when ministers were named since; "les deux dirigeants" too, unless the passage is about two premiers
            Participants heads = memory.headsOfState(dyad.sideA(), dyad.sideB());
            Participants passage = memory.both(sentence, PassageMemory.REACH);
            boolean presidents = reading.cues(CueKind.BOTH).stream().anyMatch(c -> PRESIDENTS.matcher(c.text()).find());
            boolean mixedPassage = passage.complete() && (heads.a().equals(passage.a()) != heads.b().equals(passage.b()));
            if (heads.complete() && (presidents || mixedPassage || !passage.complete())) {
                return heads;
            }
        }
        if (d.anaphora() == Draft.Anaphora.BOTH) {
            Participants passage = memory.both(sentence, PassageMemory.REACH);
            if (passage.complete() && d.type() == EventType.SHARED_POSITION && !memory.bothSidesActive(sentence, PassageMemory.REACH)) {
                return p;
            }
            if (passage.complete() && d.type() == EventType.SHARED_POSITION) {
                // a stance's participants are those it names; the passage only confirms both sides are there
                return new Participants(p.a(), p.b(), true, true);
            }
            if (passage.complete()) {
                return new Participants(p.hasA() ? p.a() : passage.a(), p.hasB() ? p.b() : passage.b(), true, true);
            }
        }
        if (d.anaphora() != Draft.Anaphora.NONE && (p.hasA() || p.hasB())) {
            // "il a été reçu par Vladimir Poutine": the missing side is the person the passage just named
            return p.plus(memory.lastPerson(sentence, !p.hasA()));
        }
        return p;
    }

    private Mention position(String articleId, PendingPosition pp, List<Mention> events, ArticleDate published) {
        int index = pp.reading().sentence().index();
        PartialDate own = dates.resolve(pp.span(), published, EventStatus.OCCURRED);
        Mention occasion = occasion(index, events, own);
        PartialDate date = own;
        if (occasion != null && occasion.date() != null
            && (!dates.hasDateExpression(pp.span()) || contains(own, occasion.date()))) {
            // said at that meeting: it dates the statement, and more finely than "en 2025" would
            date = occasion.date();
        }
        Direction direction = pp.draft().direction();
        return new Mention(articleId, index, EventType.SHARED_POSITION, pp.draft().status(), date,
            pp.participants().a(), pp.participants().b(), direction,
            occasion == null ? null : occasion.article() + "#" + occasion.sentence(), "", pp.reading().sentence().text());
    }

    /**
     * The contact or meeting a position was stated at: one in the same sentence; else the latest
     * reported before it in the same month (an article tells its occasion, then what was said
     * there); else (a lede announcing what the article then tells) the first one after it in that month.
     */
    private static Mention occasion(int sentence, List<Mention> events, PartialDate own) {
        Mention before = null;
        for (Mention e : events) {
            if (e.status() != EventStatus.OCCURRED) {
                continue;
            }
            if (e.sentence() == sentence) {
                return e;
            }
            if (PHOTO.matcher(e.text()).find()) {
                // "X (à gauche) et Y posent pour une photo lors de leur rencontre de 2022": a picture, not the day's occasion
                continue;
            }
            if (e.sentence() < sentence && (sentence - e.sentence() <= PassageMemory.REACH || sameMonth(own, e.date()))) {
                before = e;
            }
        }
        if (before != null) {
            return before;
        }
        for (Mention e : events) {
            if (e.status() == EventStatus.OCCURRED && e.sentence() > sentence && sameMonth(own, e.date())) {
                return e;
            }
        }
        return null;
    }

    /** Whether the coarser date holds the finer one (2025 holds 2025-01-21). */
    private static boolean contains(PartialDate coarse, PartialDate fine) {
        if (coarse == null || fine == null || coarse.year() != fine.year()) {
            return false;
        }
        return coarse.month() == 0 || (coarse.month() == fine.month() && coarse.day() == 0);
    }

    private static boolean sameMonth(PartialDate a, PartialDate b) {
        if (a == null && b == null) {
            // an undated article: its reports share the one unknown date
            return true;
        }
        return a != null && b != null && a.year() == b.year() && a.month() != 0 && a.month() == b.month();
    }

    private static final java.util.regex.Pattern PRONOUN_SPEAKER = java.util.regex.Pattern.compile(
        "(?i)^(il|elle)\\s+(?:a|avait)\\s+(?:\\p{L}+\\s+){0,2}?(?:souligne|declare|affirme|estime|dit|ajoute|assure|indique|precise"
            + "|rappele|note|insiste|promis|plaide)\\b|[,\"]\\s*(?:a|avait)-t-(il|elle)\\b");
    private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile("(?i)dirigeants");
    private static final java.util.regex.Pattern PRESIDENTS = java.util.regex.Pattern.compile("(?i)presidents|chefs d'etat");
    private static final java.util.regex.Pattern PHOTO = java.util.regex.Pattern.compile(
        "(?i)\\((?:à|a)\\s+(?:gauche|droite)\\)|\\bpos(?:e|ent)\\s+pour\\s+(?:une|la|des)\\s+photo");
    private static final String MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
    private static final java.util.regex.Pattern SEVERAL_TIMES = java.util.regex.Pattern.compile(
        "(?i)\\b(?:a (?:deux|trois) reprises|(?:deux|trois) fois)\\b"
            // "se sont rencontrés en mai et en juillet": two months joined, two encounters
            + "|\\ben\\s+(?:" + MONTHS + ")\\s+(?:et|puis)\\s+(?:en\\s+)?(?:" + MONTHS + ")\\b");

    /** The months a sentence gives an event told "à deux reprises"; empty when it says nothing of the kind. */
    private List<PartialDate> severalDates(SentenceReading reading, Sentence sentence, ArticleDate published, Draft d) {
        String folded = reading.folded();
        if (!SEVERAL_TIMES.matcher(folded).find()) {
            return List.of();
        }
        java.util.regex.Matcher bare = BARE_SECOND_MONTH.matcher(folded);
        if (bare.find()) {
            // "en mai et juillet": the second month has no "en" of its own for the date rules to see
            return dates.every(folded.substring(0, bare.start(1)) + "en " + folded.substring(bare.start(1)), published, d.status());
        }
        return dates.every(sentence.text(), published, d.status());
    }

    private static final java.util.regex.Pattern BARE_SECOND_MONTH = java.util.regex.Pattern.compile(
        "(?i)\\ben\\s+(?:" + MONTHS + ")\\s+(?:et|puis)\\s+(" + MONTHS + ")\\b");

    private static boolean sameReportButDate(Mention a, Mention b) {
        return a.sentence() == b.sentence() && a.type() == b.type() && a.status() == b.status()
            && a.participantsA().equals(b.participantsA()) && a.participantsB().equals(b.participantsB())
            && !java.util.Objects.equals(a.date(), b.date());
    }

    /** A bare year (or no date) against a month or day. */
    private static boolean coarser(PartialDate a, PartialDate b) {
        return b != null && b.month() != 0 && (a == null || a.month() == 0);
    }

    private static boolean sameReport(Mention a, Mention b) {
        return a.sentence() == b.sentence() && a.type() == b.type() && a.status() == b.status()
            && a.participantsA().equals(b.participantsA()) && a.participantsB().equals(b.participantsB())
            && java.util.Objects.equals(a.date(), b.date());
    }

    /**
     * "« ... », a-t-il poursuivi", "Il a souligné que les deux pays ...": a sentence whose speaker is a pronoun and which
     * names nobody speaks in the words of the person the sentence before began with.
     */
    private static SentenceReading withPronounSpeaker(SentenceReading reading, PassageMemory memory, int sentence) {
        String f = reading.folded();
        boolean pronoun = f.regionMatches(true, 0, "il ", 0, 3) || f.regionMatches(true, 0, "elle ", 0, 5) || f.contains("-t-il")
            || f.contains("-t-elle");
        // most sentences have no pronoun speaker: the checks above spare the pattern and the actor scan
        if (!pronoun || reading.actors().stream().anyMatch(a -> a.isPerson() || a.kind() == ActorKind.OFFICE)) {
            return reading;
        }
        java.util.regex.Matcher m = PRONOUN_SPEAKER.matcher(reading.folded());
        ActorRef subject = memory.subjectBefore(sentence);
        if (subject == null || !m.find() || PositionRule.JOINT_TEXT.matcher(reading.folded()).find()) {
            // "il a noté que les parties ont signé une déclaration commune": a joint text stays joint whoever reports it
            return reading;
        }
        List<ActorRef> actors = new ArrayList<>(reading.actors());
        int group = m.group(1) != null ? 1 : 2;
        actors.add(new ActorRef(m.start(group), m.end(group), subject.country(), subject.kind(), subject.candidates(), subject.office(),
            subject.text()));
        actors.sort(Comparator.comparingInt(ActorRef::start));
        return new SentenceReading(reading.sentence(), actors, reading.cues(), reading.segments());
    }

    private static void rememberNames(SentenceReading reading, PassageMemory memory) {
        reading.actors().stream().filter(ActorRef::isPerson).findFirst()
            .ifPresent(a -> memory.sawSubject(reading.sentence().index(), a));
        for (ActorRef a : reading.actors()) {
            if (a.isPerson() && a.candidates().size() == 1 && a.text().contains(" ")) {
                memory.namedInFull(a.candidates().get(0).name());
            }
            if (a.isPerson() && a.candidates().size() == 1
                && a.candidates().get(0).terms().stream().anyMatch(term -> term.office().equals("head_of_state"))) {
                memory.namedHeadOfState(a.country(), a.candidates().get(0).name());
            }
        }
    }
}
