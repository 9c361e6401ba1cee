package org.entente.analyze.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.entente.analyze.Direction;
import org.entente.analyze.Dyad;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.actor.ActorRef;
import org.entente.analyze.lexicon.Cue;
import org.entente.analyze.lexicon.CueKind;

/**
 * Shared positions in one sentence, segment by segment. A support word gives a directed position
 * from its holder (the actor before it, or the speaker) to its target (the actor after it); a
 * reciprocal word with both sides present, or a statement verb whose subject is both sides and
 * which bears on their relations, gives a joint one. Third parties' claims (reported speech whose
 * speaker is no actor of the dyad) and material help are not positions.
 */
final class PositionRule {

    private static final int TARGET_WINDOW = 15;
    private static final int MUTUAL_NEAR = 3;
    private static final int COMMITMENT_WINDOW = 12;
    /** Verbs that take a stance by themselves ("les deux dirigeants ont dénoncé ..."), with no need of a word on their ties. */
    private static final java.util.regex.Pattern STANCE_VERB = java.util.regex.Pattern.compile(
        "(?i)^(?:denonc|condamn|rejet|critiqu|accus|fustig|s'\\s*oppos|se\\s+sont\\s+oppos|oppos)");
    /** "le soutien de la Chine": the actor after the noun holds the support. */
    private static final java.util.regex.Pattern OF_HOLDER = java.util.regex.Pattern.compile(
        "\\s*\"?\\s*(?:\\p{L}+\\s*\"?\\s+)?(?:de|du|d')\\s*(?:la\\s+|le\\s+|l')?");
    private static final java.util.regex.Pattern SUPPORT_NOUN_ONLY = java.util.regex.Pattern.compile("(?i)soutiens?|appuis?");
    /** "chinois" names the backed side only as an adjective of what is backed: "le plan chinois", not "les Chinois". */
    private static final java.util.regex.Pattern SIDE_ADJECTIVE = java.util.regex.Pattern.compile(
        "(?<=\\p{L}\\s)(?<!(?:\\bles|\\bdes|\\baux|\\bces|\\bnos|\\bvos|\\bdeux|\\bleur|\\bleurs)\\s)(chinoise?s?|russes?)(?![\\p{L}-])");
    private static final int ADJECTIVE_WINDOW = 5;
    private static final java.util.regex.Pattern CHINAS_MATTER = java.util.regex.Pattern.compile(
        "(?i)\\b(?:taiwan|hong kong|xinjiang|tibet)\\b");
    /** Where a quote's speaker phrase ends and the occasion begins: "a déclaré Lavrov lors d'une rencontre avec Wang Yi". */
    private static final java.util.regex.Pattern OCCASION_AFTER_SPEAKER = java.util.regex.Pattern.compile(
        "(?i)\\b(?:lors d|au cours d|pendant|durant|en marge d|a l'issue d|apres (?:sa|son|leur|une|un) |avec )");
    private static final java.util.regex.Pattern SUPPORT_NOUN = java.util.regex.Pattern.compile("(?i)^(?:soutien|appui|solidarite)");
    /** "... soutien », a déclaré Vladimir Poutine": the words before were quoted. */
    private static final java.util.regex.Pattern QUOTE_THEN_SAYS = java.util.regex.Pattern.compile(
        "[\"'»”]\\s*,?\\s*(?:a|ont|avait)\\s+(?:\\p{L}+\\s+)?(?:declare|dit|affirme|estime|souligne|ajoute|indique|assure|note|precise|explique|confie)(?![\\p{L}])"
            + "|,\\s*(?:a|ont)\\s+(?:declare|dit|affirme|estime|souligne|ajoute|indique|assure)\\s+(?:M\\.|le|la)\\s");
    private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile("(?i)(?:^|\\s)entre\\s+(?:la\\s+|le\\s+|l')?$");
    private static final java.util.regex.Pattern RELATIVE_BEFORE = java.util.regex.Pattern.compile("(?i)(?:^|\\s)qui\\s+$");
    private static final java.util.regex.Pattern RIGHT = java.util.regex.Pattern.compile("(?i)le droit de");
    private static final java.util.regex.Pattern ARGUED = java.util.regex.Pattern.compile("(?i)^soutenu");
    private static final java.util.regex.Pattern THAT = java.util.regex.Pattern.compile("\\s*(?:que|qu')");
    private static final java.util.regex.Pattern OBJECT_FIRST = java.util.regex.Pattern.compile(
        "(?i)\\s+(?:\\p{L}+\\s+)?(?:(?:a|aux?)\\s+)?(?:un|une|des|tous\\s+les|toutes\\s+les)\\s");
    private static final java.util.regex.Pattern OF_THE_PEOPLE = java.util.regex.Pattern.compile(
        "(?i)\\s*(?:populaire|du\\s+peuple|de\\s+la\\s+population|des\\s+electeurs|de\\s+l'electorat)\\b");
    private static final java.util.regex.Pattern UNSPOKEN = java.util.regex.Pattern.compile(
        "(?i)\\s*(?:inavou|tacite|implicite|discret|officieu|non\\s+dit|silencieu)");
    private static final java.util.regex.Pattern STRUGGLES = java.util.regex.Pattern.compile(
        "(?i)\\b(?:pein(?:e|ent|ait|aient)|h[eé]sit(?:e|ent|ait|aient)|rechign(?:e|ent|ait|aient))\\s+a\\s+(?:\\p{L}+\\s+){0,4}?"
            + "(?:son|sa|ses|leur|leurs|le|la|les|un|une)?\\s*$");
    private static final java.util.regex.Pattern CONCERN = java.util.regex.Pattern.compile(
        "(?i)\\b(?:inquietude|preoccupation|craintes?|inquiet\\p{L}*|preoccup\\p{L}*)\\b[^.;:]{0,60}?\\b(?:concernant|quant\\s+a"
            + "|au\\s+sujet\\s+d[eu']|a\\s+propos\\s+d[eu']|sur|face\\s+a)\\s*(?:le|la|l'|les|son|sa|ses)?\\s*"
            // "quant à l'intention de la Chine d'armer et de soutenir la Russie": the worry is about an intention to back
            + "(?:(?:intention|volonte|projets?|decision)\\s+(?:de|d')\\s*(?:la\\s+|l')?\\p{L}+\\s+\"?\\s*(?:de|d')\\s*(?:\\p{L}+\\s+et\\s+(?:de|d')\\s*)?)?$");
    /** "des inquiétudes quant au fait que la Chine envisage de fournir un soutien": what the worry is about, up to the backing. */
    private static final java.util.regex.Pattern CONCERN_FACT = java.util.regex.Pattern.compile(
        "(?i)\\b(?:inquietudes?|preoccupations?|craintes?|inquiet\\p{L}*|preoccup\\p{L}*)\\b[^.;:]{0,60}?\\b(?:quant\\s+au|sur\\s+le|concernant\\s+le)"
            + "\\s+fait\\s+qu(?:e\\s|')[^.;:,\"]{0,60}$");
    /** "Moscou compte sur le soutien de la Chine", "avec le soutien de Pékin": backing counted on, not stated by its giver. */
    private static final java.util.regex.Pattern ASSURED = java.util.regex.Pattern.compile("(?i)\\b(?:assur|promi|promet|garanti)\\p{L}*");
    private static final java.util.regex.Pattern RELIED_ON = java.util.regex.Pattern.compile(
        "(?i)\\b(?:compt\\p{L}*\\s+(?:\\p{L}+\\s+)?sur|avec)\\s+(?:le|l'|son|leur)\\s*$");
    private static final java.util.regex.Pattern SUPPORT_AS_A_CAUSE = java.util.regex.Pattern.compile(
        "(?i)\\s*(?:de|du|d')\\s*(?:la\\s+|l')?\\p{L}+\\s+(?:signifie|signifiait|permet|permettait|a\\s+permis|explique|expliquait)\\b");
    private static final java.util.regex.Pattern FOR_HAVING = java.util.regex.Pattern.compile("(?i)\\bpour\\s+avoir\\s+$");
    private static final java.util.regex.Pattern THANKS = java.util.regex.Pattern.compile("(?i)\\b(?:remerci|salu|felicit|rend\\w*\\s+hommage)");

    /** The quote holding the cue closes on a speaker from a third party: NATO, the EU, the UN, Washington, Kyiv. */
    private static final java.util.regex.Pattern THIRD_SPEAKER_AFTER = java.util.regex.Pattern.compile(
        "(?i)[^\"]{0,120}\"\\s*,\\s*(?:a|ont|avait|selon)\\b[^.;:\"]{0,60}?\\b(?:otan|onu|nations unies|union europeenne|commission europeenne"
            + "|ue|g7|etats-unis|americaine?s?|washington|maison blanche|pentagone|ukrainien(?:ne)?s?|kiev|kyiv|zelensky|europeen(?:ne)?s?)\\b");
    private static final java.util.regex.Pattern BLAMED = java.util.regex.Pattern.compile(
        "(?i)(?:critiqu|accus|reproch|sanction|blam|condamn|fustig|denonc|pointe)\\p{L}*\\b[^,;:]{0,60}?\\b(?:pour avoir|d'avoir|de soutenir|pour son|pour leur|de son|de leur|de|d')\\s*$");
    private static final java.util.regex.Pattern TIES = java.util.regex.Pattern.compile("(?i)\\b(?:renforcer|approfondir|developper|consolider"
        + "|elargir|promouvoir|faire avancer|faire progresser|intensifier|resserrer|renforcera|approfondira|developpera|consolidera"
        + "|porter|hisser|elever"
        + "|developpement|renforcement|approfondissement)\\s+"
        + "(?:[\\p{L}'\\-]+\\s+){0,3}?(?:relations|liens|cooperation|partenariat"
        + "|coordination|amitie)\\s+(?:[\\p{L}'\\-]+\\s+){0,3}?((?:sino|russo)-\\p{L}+|entre\\s+(?:la\\s+)?(?:chine|russie|pekin|moscou)"
        + "\\s+et\\s+(?:la\\s+)?(?:chine|russie|pekin|moscou)|avec\\s+(?:la\\s+)?(?:chine|russie|pekin|moscou))");
    /** A joint declaration or a signing stays joint whoever announces it ("ils vont signer une déclaration commune, a dit Ouchakov"). */
    private static final java.util.regex.Pattern DECLARED_TOGETHER = java.util.regex.Pattern.compile(
        "(?i)(?:declaration|communique)s?\\s+(?:commune|conjoint)|(?<![\\p{L}])sign");
    private static final java.util.regex.Pattern FUTURE_WORD = java.util.regex.Pattern.compile(
        "(?i)(?<![\\p{L}])(?:\\p{L}{3,}(?:eront|iront|erons|irons)|doivent|devons|devront|allons|vont|continuer)(?![\\p{L}])");
    private static final String TIES_TARGET = "((?:sino|russo)-\\p{L}+|entre\\s+(?:la\\s+)?(?:chine|russie|pekin|moscou)"
        + "\\s+et\\s+(?:la\\s+)?(?:chine|russie|pekin|moscou)|avec\\s+(?:la\\s+)?(?:chine|russie|pekin|moscou))";
    private static final java.util.regex.Pattern PRIORITY_THEN_TIES = java.util.regex.Pattern.compile(
        "(?i)\\bpriorite\\b[^.;:]{0,60}?\\b(?:relations|liens|cooperation|partenariat|coordination|amitie)\\b[^.;:]{0,60}?" + TIES_TARGET);
    private static final java.util.regex.Pattern TIES_THEN_PRIORITY = java.util.regex.Pattern.compile(
        "(?i)\\b(?:relations|liens|cooperation|partenariat|coordination|amitie)\\s+(?:[\\p{L}'\"\\-]+\\s+){0,3}?" + TIES_TARGET
            + "[^.;:]{0,40}?\\bpriorite\\b");
    private static final java.util.regex.Pattern COMPANION_BEFORE = java.util.regex.Pattern.compile(
        "(?i)(?:\\bavec|\\ba\\s+(?:son|sa)\\s+homologue|\\baupres\\s+d)[^,;:]{0,40}"
            // an apposition after a title: "avec le Premier ministre russe, Mikhaïl Michoustine"
            + "(?:(?:russe|chinois|chinoise|homologue|ministre|president|dirigeant)\\s*,\\s*)?$");
    private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile("(?i)\\bchoix strategiques?\\b");
    private static final java.util.regex.Pattern PROMISED = java.util.regex.Pattern.compile("(?i)\\p{L}+(?:era|eront|ira|iront)\\b");
    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile("(?i)^(?:soutenue?s?|appuyee?s?)$");
    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("^[^,;:]{0,40}?\\bpar\\s");
    private static final java.util.regex.Pattern URGE = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:appel|exhort|invit)\\p{L}*");
    /** A joint declaration or communiqué named ("déclaration commune", "communiqué conjoint"). */
    static final java.util.regex.Pattern JOINT_TEXT = java.util.regex.Pattern.compile("(?i)(?:declaration|communique)s?\\s+(?:commune|conjoint)");
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
        "(?i)\\s*(?:,\\s*)?et\\s+(?:[\\p{L}'\\-]+\\s+){0,3}?");

    private final Dyad dyad;

    PositionRule(Dyad dyad) {
        this.dyad = dyad;
    }

    List<Draft> drafts(SentenceReading r) {
        List<Draft> out = new ArrayList<>();
        Segments s = r.segments();
        int count = countSegments(s, r.folded().length());
        for (int seg = 0; seg < count && out.size() < 3; seg++) {
            int from = s.segmentStart(seg);
            int to = s.segmentEnd(seg);
            if (!stanceWords(r, from, to) || thirdPartyClaim(r, seg)) {
                // most segments hold no word a stance could rest on: nothing more to read there
                continue;
            }
            Optional<Draft> directed = directed(r, from, to);
            directed.filter(d -> out.stream().noneMatch(o -> o.direction() == d.direction())).ifPresent(out::add);
            Optional<Draft> joint = joint(r, from, to)
                // "Lors de l'échange entre X et Y, la partie chinoise a exprimé son soutien ...", "disposée à travailler avec
                // la Russie pour approfondir la confiance mutuelle": one side spoke
                .filter(d -> directed.isEmpty() || JOINT_TEXT.matcher(d.cue().text()).find());
            joint.filter(d -> out.stream().noneMatch(o -> o.direction() == d.direction())).ifPresent(out::add);
            if (directed.isEmpty() && joint.isEmpty()) {
                ties(r, from, to).filter(d -> out.stream().noneMatch(o -> o.direction() == d.direction())).ifPresent(out::add);
            }
        }
        if (!out.isEmpty()) {
            int foreignSpeech = foreignSpeakerAt(r);
            // "« ... ceux qui soutiennent la Russie », a déclaré le secrétaire d'Etat américain": a third party's words
            out.removeIf(d -> d.cue().start() < foreignSpeech);
        }
        if (out.stream().anyMatch(d -> d.direction() == Direction.JOINT && JOINT_TEXT.matcher(d.cue().text()).find())) {
            // "dans un communiqué conjoint, Moscou s'est prononcé contre ... et la Chine a soutenu ...": the points of a
            // joint declaration are that declaration (codebook, "Real articles")
            out.removeIf(d -> d.direction() != Direction.JOINT);
        }
        return out;
    }

    private static int foreignSpeakerAt(SentenceReading r) {
        String f = r.folded();
        for (Cue speech : r.cuesIn(CueKind.SPEECH, 0, f.length())) {
            int end = Math.min(f.length(), speech.end() + 60);
            if (ThirdParty.foreignOfficeIn(f.substring(speech.end(), end)) && r.actorsIn(speech.end(), end).isEmpty()) {
                return speech.start();
            }
        }
        return -1;
    }

    private static boolean stanceWords(SentenceReading r, int from, int to) {
        return !r.cuesIn(CueKind.SUPPORT, from, to).isEmpty() || !r.cuesIn(CueKind.COOPERATE, from, to).isEmpty()
            || !r.cuesIn(CueKind.MUTUAL, from, to).isEmpty() || !r.cuesIn(CueKind.STATEMENT, from, to).isEmpty()
            || !r.cuesIn(CueKind.RELATION, from, to).isEmpty();
    }

    private static int countSegments(Segments s, int length) {
        int n = 1;
        while (s.segmentEnd(n - 1) < length) {
            n++;
        }
        return n;
    }

    private boolean thirdPartyClaim(SentenceReading r, int segment) {
        int[] speaker = r.segments().speakerRegion(segment);
        if (speaker == null) {
            return false;
        }
        if (!r.actorsIn(speaker[0], speaker[1]).isEmpty()) {
            return false;
        }
        if (ThirdParty.foreignOfficeIn(r.folded().substring(speaker[0], speaker[1]))) {
            // "..., a déclaré le secrétaire d'Etat américain": what follows is a third party's account of the two
            return true;
        }
        return !r.cuesIn(CueKind.CLAIM, speaker[0], speaker[1]).isEmpty()
            && r.cuesIn(CueKind.PRONOUN, speaker[0], speaker[1]).isEmpty()
            && Anaphors.both(r, speaker[0], speaker[1]).isEmpty();
    }

    private Optional<Draft> directed(SentenceReading r, int from, int to) {
        String f = r.folded();
        List<Cue> cues = new ArrayList<>(r.cuesIn(CueKind.SUPPORT, from, to));
        for (Cue c : r.cuesIn(CueKind.COOPERATE, from, to)) {
            if (stated(r, c, from)) {
                cues.add(c);
            }
        }
        cues.sort(java.util.Comparator.comparingInt(Cue::start));
        for (Cue cue : cues) {
            if (coordinated(r, r.actorsIn(from, cue.start()))) {
                // "Pékin et Moscou accusent l'Occident de se mêler de leurs affaires intérieures": both speak, jointly
                continue;
            }
            if (mutualNear(r, cue) || materialAfter(r, cue)) {
                continue;
            }
            String after = f.substring(cue.end(), Math.min(f.length(), cue.end() + 40));
            if (ARGUED.matcher(cue.text()).find() && THAT.matcher(after).lookingAt()) {
                // "il a soutenu que ...": argued, not backed
                continue;
            }
            if (BLAMED.matcher(f.substring(Math.max(from, cue.start() - 80), cue.start())).find()) {
                // "critiquée pour avoir soutenu la Russie", "accusée de soutenir Moscou": a charge against one side, not its statement
                continue;
            }
            String before = f.substring(Math.max(from, cue.start() - 120), cue.start());
            if (CONCERN.matcher(before).find() || CONCERN_FACT.matcher(f.substring(Math.max(0, cue.start() - 160), cue.start())).find() || SUPPORT_AS_A_CAUSE.matcher(after).lookingAt()) {
                // "l'inquiétude de Washington concernant le soutien apporté par Pékin", "le soutien de la Chine signifie que
                // Moscou a reconstitué ...": backing as a worry or a cause in someone's analysis, not a stance stated
                continue;
            }
            if (RELIED_ON.matcher(before).find() && SUPPORT_NOUN.matcher(cue.text()).find() 
                && !ASSURED.matcher(f.substring(Math.max(0, cue.start() - 120), cue.start())).find()) {
                // "a assuré à son homologue qu'il pouvait compter sur le soutien de Pékin" is the giver's own promise
                continue;
            }
            if (STRUGGLES.matcher(before).find()) {
                // "alors que Pékin peine à concrétiser son soutien à Moscou": backing that does not come about is no statement
                continue;
            }
            if (FOR_HAVING.matcher(before).find() && !THANKS.matcher(before).find()) {
                // "des sanctions contre 93 entités de Russie, de Chine, ... pour avoir soutenu l'effort de guerre": a charge
                continue;
            }
            if (r.actorsIn(from, cue.start()).isEmpty() && unknownNameOpensTheSentence(r, cue.start())) {
                // "Tokaïev appréciera le soutien et la visite de Xi": the one who speaks is a third party the dictionary lacks
                continue;
            }
            if (thirdSpeakerAfter(r, cue)) {
                // "« La Chine est un soutien décisif de la Russie », a attaqué le secrétaire général de l'Otan": a third party's charge
                continue;
            }
            if (SUPPORT_NOUN.matcher(cue.text()).find() && OF_THE_PEOPLE.matcher(after).lookingAt()) {
                // "sa réélection reflète le soutien du peuple russe": a people's backing of its own leader
                continue;
            }
            if (UNSPOKEN.matcher(after).lookingAt()) {
                // "un soutien inavoué à la Russie": backing nobody stated is no statement (codebook: publicly backs)
                continue;
            }
            if (OBJECT_FIRST.matcher(after).lookingAt()) {
                // "son soutien à un dialogue direct entre la Russie et l'Ukraine": what is backed is not the other side
                continue;
            }
            if (RIGHT.matcher(cue.text()).find()) {
                // "La Chine a le droit de protéger sa souveraineté, a déclaré la Russie": the speaker backs the holder of the right
                ActorRef owner = null;
                for (ActorRef a : r.actorsIn(from, cue.start())) {
                    owner = a;
                }
                ActorRef speaker = owner == null ? null : speaker(r, other(owner.country()));
                Optional<EventStatus> rightStatus = StatusRule.ofPosition(r, cue);
                if (owner != null && speaker != null && rightStatus.isPresent()) {
                    return Optional.of(directedDraft(rightStatus.get(), cue, speaker, owner, Draft.Anaphora.NONE));
                }
                continue;
            }
            Optional<Draft> passive = passive(r, cue, from, to);
            if (passive.isPresent()) {
                return passive;
            }
            Optional<EventStatus> status = StatusRule.ofPosition(r, cue);
            if (status.isEmpty()) {
                continue;
            }
            ActorRef target = null;
            // the target may begin inside the cue ("a salué l'initiative chinoise")
            // the target stands in the stance's own phrase: "il soutient la paix, il n'a pas condamné la Russie" backs no one
            int reach = clauseEnd(f, cue.end(), to);
            for (ActorRef a : r.actorsIn(cue.start(), reach)) {
                if (Words.between(f, cue.end(), a.start()) <= TARGET_WINDOW) {
                    target = a;
                }
                break;
            }
            if (target == null && !SUPPORT_NOUN_ONLY.matcher(cue.text()).matches()) {
                // "a salué le plan de paix chinois": the side is named by its adjective inside what is backed
                target = adjectiveTarget(f, cue.end(), reach, cue.start());
            }
            if (target == null && !SUPPORT_NOUN_ONLY.matcher(cue.text()).matches()) {
                // "la Russie s'opposait à toute ingérence dans les affaires de Taïwan": the matter is China's, when the
                // other side itself stands before the stance ("les États-Unis ont soutenu Taïwan, a dénoncé Moscou" is no backing)
                ActorRef matter = chinasMatter(f, cue.end(), reach);
                if (matter != null && r.actorsIn(from, cue.start()).stream().anyMatch(a -> !a.country().equals(matter.country()))) {
                    target = matter;
                }
            }
            if (target != null && BETWEEN.matcher(f.substring(Math.max(0, target.start() - 12), target.start())).find()
                && !bothSidesAfter(r, target)) {
                // "nous soutenons le dialogue entre la Russie et l'Ukraine": a process between one side and a third country
                continue;
            }
            if (target != null && target.start() >= cue.end() && OF_HOLDER.matcher(f.substring(cue.end(), target.start())).matches()
                && SUPPORT_NOUN.matcher(cue.text()).find()) {
                // "a assuré Poutine du soutien de la Chine": whose support follows the noun; the other side receives it
                ActorRef giver = target;
                if (OBJECT_FIRST.matcher(f.substring(giver.end(), Math.min(f.length(), giver.end() + 40))).lookingAt()) {
                    // "le soutien de Pékin à tous les efforts de paix": what is backed is not the other side
                    continue;
                }
                ActorRef receiver = null;
                for (ActorRef a : r.actorsIn(from, to)) {
                    if (a.kind() != org.entente.analyze.actor.ActorKind.PLACE && !a.country().equals(giver.country())
                        && (receiver == null || a.start() < cue.start())) {
                        receiver = a;
                    }
                }
                if (receiver == null) {
                    // "Xi a assuré Poutine qu'il avait le soutien de Pékin": the one told of the support is the speech verb's object
                    for (ActorRef a : r.actorsIn(0, from)) {
                        if (a.kind() != org.entente.analyze.actor.ActorKind.PLACE && !a.country().equals(giver.country())
                            && TOLD_BEFORE.matcher(f.substring(Math.max(0, a.start() - 25), a.start())).find()
                            && TOLD_AFTER.matcher(f.substring(a.end(), Math.min(f.length(), a.end() + 12))).lookingAt()) {
                            receiver = a;
                        }
                    }
                }
                if (receiver != null) {
                    return Optional.of(directedDraft(status.get(), cue, giver, receiver, Draft.Anaphora.NONE));
                }
            }
            ActorRef holder = null;
            for (ActorRef a : r.actorsIn(from, cue.start())) {
                if (target == null || !a.country().equals(target.country())) {
                    holder = a;
                }
            }
            if (holder == null && target != null && thirdPartySubject(r, from, cue.start())) {
                // "Kim Jong-un a juré de soutenir la Russie, tandis que la Chine ...": the one backing is not in the dictionary
                continue;
            }
            if (holder == null && target != null && !RELATIVE_BEFORE.matcher(f.substring(Math.max(0, cue.start() - 5), cue.start())).find()) {
                // "le parti au pouvoir, qui soutient Vladimir Poutine": the relative's antecedent holds it, not the speaker
                holder = speaker(r, other(target.country()));
            }
            Draft.Anaphora anaphora = Draft.Anaphora.NONE;
            if (target == null || holder == null || holder.country().equals(target.country())) {
                continue;
            }
            return Optional.of(directedDraft(status.get(), cue, holder, target, anaphora));
        }
        return Optional.empty();
    }

    /**
     * Working with or standing beside the other side is a stance when it is said (reported or quoted speech) or promised
     * ({@code disposée à travailler avec}); "le Kremlin a cherché à approfondir ses liens" reports an effort.
     */
    private static boolean stated(SentenceReading r, Cue cue, int segmentStart) {
        if (r.segments().isReported(r.segments().segmentAt(cue.start())) || insideQuotation(r.folded(), cue.start())) {
            return true;
        }
        if (PROMISED.matcher(cue.text()).lookingAt()) {
            // "La Chine développera ses relations avec la Russie": a side's future tense is its commitment
            return true;
        }
        int from = Math.max(segmentStart, Words.back(r.folded(), cue.start(), COMMITMENT_WINDOW, segmentStart));
        return !r.cuesIn(CueKind.COMMITMENT, from, cue.start()).isEmpty();
    }

    /**
     * Direct speech: an odd number of quotation marks before the offset, or none before it and an odd
     * number in the sentence (a quote opened in the sentence before: "... de l'un et de l'autre », a déclaré Lavrov").
     */
    private static boolean insideQuotation(String folded, int offset) {
        int before = 0;
        int all = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == '"') {
                all++;
                if (i < offset) {
                    before++;
                }
            }
        }
        return before % 2 == 1 || before == 0 && all % 2 == 1;
    }

    private Optional<Draft> joint(SentenceReading r, int from, int to) {
        for (Cue cue : r.cuesIn(CueKind.MUTUAL, from, to)) {
            Optional<EventStatus> status = StatusRule.ofPosition(r, cue);
            if (status.isEmpty()) {
                continue;
            }
            List<ActorRef> refs = r.actorsIn(from, to).stream().filter(a -> a.kind() != org.entente.analyze.actor.ActorKind.PLACE).toList();
            if (RELATIVE_BEFORE.matcher(r.folded().substring(Math.max(0, cue.start() - 5), cue.start())).find()) {
                // "les deux pays, qui partagent une volonté commune de ...": a description, not a stance taken
                continue;
            }
            if (aboutAnEncounter(r, cue)) {
                // "leurs projets mutuels de visite": plans to meet, not a stance
                continue;
            }
            ActorRef speaker = soleSpeaker(r, cue);
            if (speaker != null && committing(r, from, to) && otherSideThere(r, speaker, from, to)
                && !DECLARED_TOGETHER.matcher(r.folded().substring(from, to)).find()) {
                // "Poutine a souligné que les deux pays continueront à renforcer leur partenariat", "« soutien mutuel », a dit
                // Xi": one side said it, so it is that side's stance towards the other (how the codebook's readers annotate)
                return Optional.of(directedDraft(status.get(), cue, speaker, otherSide(speaker, cue), Draft.Anaphora.NONE));
            }
            if (oneSideSpeaks(r, cue)) {
                // "« Nos relations reposent sur le respect mutuel », a déclaré Vladimir Poutine": one side's appraisal
                continue;
            }
            Optional<Draft> urged = urged(r, cue, status.get(), from);
            if (urged.isPresent()) {
                return urged;
            }
            if (bothSides(refs) && !aGroupsPurpose(r, from, refs)) {
                return Optional.of(jointDraft(cue, status.get(), refs, Draft.Anaphora.NONE));
            }
            if (!refs.isEmpty() && !r.cuesIn(CueKind.PRONOUN, from, cue.start()).isEmpty()
                && refs.stream().anyMatch(ActorRef::isPerson)) {
                // "Il doit signer deux déclarations conjointes avec Vladimir Poutine": il is the passage's other side
                return Optional.of(jointDraft(cue, status.get(), refs, Draft.Anaphora.PERSON));
            }
            List<Cue> anaphors = Anaphors.both(r, from, to);
            if (!anaphors.isEmpty()) {
                List<ActorRef> withAntecedents = new ArrayList<>(refs);
                withAntecedents.addAll(Anaphors.antecedents(r, anaphors.get(0), dyad));
                return Optional.of(jointDraft(cue, status.get(), withAntecedents, Draft.Anaphora.BOTH));
            }
        }
        for (Cue cue : r.cuesIn(CueKind.STATEMENT, from, to)) {
            // what was said may stand in the reported clause after "que"
            int end = r.folded().length();
            boolean bearsOnRelations = !r.cuesIn(CueKind.RELATION, cue.end(), end).isEmpty()
                || !r.cuesIn(CueKind.MUTUAL, cue.end(), end).isEmpty();
            if (!bearsOnRelations && !STANCE_VERB.matcher(cue.text()).find()) {
                continue;
            }
            Optional<EventStatus> status = StatusRule.ofPosition(r, cue);
            if (status.isEmpty()) {
                continue;
            }
            if (oneSideSpeaks(r, cue)) {
                continue;
            }
            List<ActorRef> subject = r.actorsIn(from, cue.start());
            List<ActorRef> speakers = subject.stream().filter(a -> a.kind() != org.entente.analyze.actor.ActorKind.PLACE).toList();
            if (oneSidesPeople(speakers)
                && !Anaphors.both(r, cue.end(), end).isEmpty() && committing(r, cue.end(), end)
                && !DECLARED_TOGETHER.matcher(r.folded().substring(cue.end(), end)).find()) {
                // "le président russe a souligné que les deux pays continueront à renforcer leur partenariat": his stance
                ActorRef speaker = speakers.get(speakers.size() - 1);
                return Optional.of(directedDraft(status.get(), cue, speaker, otherSide(speaker, cue), Draft.Anaphora.NONE));
            }
            if (coordinated(r, subject)) {
                return Optional.of(jointDraft(cue, status.get(), subject, Draft.Anaphora.NONE));
            }
            List<Cue> anaphors = Anaphors.both(r, from, cue.start());
            if (!anaphors.isEmpty()) {
                List<ActorRef> withAntecedents = new ArrayList<>(subject);
                withAntecedents.addAll(Anaphors.antecedents(r, anaphors.get(0), dyad));
                return Optional.of(jointDraft(cue, status.get(), withAntecedents, Draft.Anaphora.BOTH));
            }
        }
        return Optional.empty();
    }

    /**
     * "La Russie a appelé la Chine à travailler ensemble": one side urges the other to act together, which is
     * that side's stance toward the other, not yet a joint one.
     */
    private Optional<Draft> urged(SentenceReading r, Cue cue, EventStatus status, int from) {
        java.util.regex.Matcher m = URGE.matcher(r.folded());
        m.region(from, cue.start());
        if (!m.find()) {
            return Optional.empty();
        }
        ActorRef holder = null;
        for (ActorRef a : r.actorsIn(from, m.start())) {
            holder = a;
        }
        ActorRef urging = holder;
        // "a appelé Moscou et Pékin à défendre ensemble ...": the side urged together with the holder's own is the target
        ActorRef target = holder == null ? null
            : r.actorsIn(m.end(), cue.start()).stream().filter(a -> !a.country().equals(urging.country())).findFirst().orElse(null);
        if (holder != null && target == null && !Anaphors.both(r, m.end(), cue.start()).isEmpty()) {
            // "Sun Weidong a appelé les deux parties à renforcer la confiance mutuelle": both, the caller's own side included
            target = otherSide(holder, cue);
        }
        if (holder == null || target == null || holder.country().equals(target.country())) {
            return Optional.empty();
        }
        return Optional.of(directedDraft(status, cue, holder, target, Draft.Anaphora.NONE));
    }

    /** "la position de Pékin, soutenue par la Russie": the actor after "par" holds the support, the one before receives it. */
    private Optional<Draft> passive(SentenceReading r, Cue cue, int from, int to) {
        String f = r.folded();
        java.util.regex.Matcher by = BY.matcher(f.substring(cue.end(), Math.min(f.length(), cue.end() + 60)));
        if (!PASSIVE.matcher(cue.text()).find() || !by.find()) {
            return Optional.empty();
        }
        ActorRef holder = r.actorsIn(cue.end() + by.end(), to).stream().findFirst().orElse(null);
        ActorRef target = null;
        for (ActorRef a : r.actorsIn(from, cue.start())) {
            if (holder != null && !a.country().equals(holder.country())) {
                target = a;
            }
        }
        if (holder == null || target == null) {
            return Optional.empty();
        }
        Optional<EventStatus> status = StatusRule.ofPosition(r, cue);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(directedDraft(status.get(), cue, holder, target, Draft.Anaphora.NONE));
    }

    /** A side named by its adjective ("le plan chinois", "l'approche russe") within a few words after a stance. */
    private ActorRef adjectiveTarget(String f, int from, int reach, int at) {
        Matcher m = SIDE_ADJECTIVE.matcher(f);
        m.region(from, reach);
        if (!m.find() || Words.between(f, from, m.start()) > ADJECTIVE_WINDOW) {
            return null;
        }
        String side = m.group(1).startsWith("chin") ? "CHN" : "RUS";
        if (!side.equals(dyad.sideA()) && !side.equals(dyad.sideB())) {
            return null;
        }
        return new ActorRef(m.start(), m.end(), side, org.entente.analyze.actor.ActorKind.STATE, List.of(), null, m.group(1));
    }

    /** "entre la Russie et la Chine": the pair after "entre" is the two sides. */
    private static boolean bothSidesAfter(SentenceReading r, ActorRef first) {
        String f = r.folded();
        int end = Math.min(f.length(), first.end() + 20);
        return r.actorsIn(first.end(), end).stream().anyMatch(a -> !a.country().equals(first.country()));
    }

    private ActorRef chinasMatter(String f, int from, int reach) {
        if (!dyad.sideA().equals("CHN") && !dyad.sideB().equals("CHN")) {
            return null;
        }
        Matcher m = CHINAS_MATTER.matcher(f);
        m.region(from, reach);
        if (!m.find() || Words.between(f, from, m.start()) > TARGET_WINDOW) {
            return null;
        }
        return new ActorRef(m.start(), m.end(), "CHN", org.entente.analyze.actor.ActorKind.STATE, List.of(), null, m.group());
    }

    /** The next comma, semicolon or colon (quotation marks do not end a stance's phrase). */
    private static int clauseEnd(String f, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = f.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                return i;
            }
        }
        return limit;
    }

    private static boolean aboutAnEncounter(SentenceReading r, Cue cue) {
        String f = r.folded();
        for (Cue c : r.cues()) {
            boolean encounter = c.kind() == CueKind.VISIT || c.kind() == CueKind.MEETING;
            if (encounter && c.start() >= cue.end() && Words.between(f, cue.end(), c.start()) <= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reciprocal word inside a quotation or reported speech in a sentence whose people are all of one side,
     * with no "les deux ..." for both: that side's view of the relationship, not a stance the two took together.
     */
    /**
     * The one side whose words hold the cue: the speaker of a reported clause ("X a souligné que ...") or the one a quote is
     * attributed to ("« ... », a déclaré X"), when only that side stands there; null otherwise.
     */
    private ActorRef soleSpeaker(SentenceReading r, Cue cue) {
        String f = r.folded();
        int segment = r.segments().segmentAt(cue.start());
        List<ActorRef> speakers = new ArrayList<>();
        if (r.segments().isReported(segment)) {
            int[] region = r.segments().speakerRegion(segment);
            if (region != null) {
                speakers.addAll(r.actorsIn(region[0], region[1]));
            }
        } else if (insideQuotation(f, cue.start())) {
            Matcher says = QUOTE_THEN_SAYS.matcher(f);
            says.region(cue.end(), f.length());
            if (says.find()) {
                int end = Math.min(f.length(), says.end() + 80);
                Matcher occasion = OCCASION_AFTER_SPEAKER.matcher(f);
                occasion.region(says.end(), end);
                if (occasion.find()) {
                    // "« ... », a déclaré Lavrov lors d'une rencontre avec Wang Yi": the counterpart is not a speaker
                    end = occasion.start();
                }
                speakers.addAll(r.actorsIn(says.start(), end));
            } else {
                speakers.addAll(speakersBeforeQuote(r, f, cue.start()));
            }
        }
        speakers.removeIf(a -> a.kind() == org.entente.analyze.actor.ActorKind.PLACE);
        if (!oneSidesPeople(speakers)) {
            // a ministry's readout ("..., a déclaré le ministère russe") tells what both said
            return null;
        }
        return speakers.get(0);
    }

    /**
     * The subject of a quote led in by its speaker ("Choïgou a appelé à développer ces relations « en offrant chacun à
     * l'autre un soutien fort »"): the actors between the sentence start and the opening quotation mark, leaving out a
     * relative clause set off by commas (", qui a reçu son homologue chinois,"), whose people do not speak.
     */
    private static List<ActorRef> speakersBeforeQuote(SentenceReading r, String f, int offset) {
        int open = f.lastIndexOf('"', offset);
        if (open < 0) {
            return List.of();
        }
        Matcher addressed = ADDRESSED.matcher(f.substring(0, open));
        if (addressed.find()) {
            // a headline's "Xi à Poutine : « ... »": the one before "à" speaks to the one after it
            return r.actorsIn(0, addressed.start());
        }
        List<ActorRef> speakers = new ArrayList<>(r.actorsIn(0, open));
        Matcher incise = RELATIVE_INCISE.matcher(f);
        incise.region(0, open);
        while (incise.find()) {
            int from = incise.start();
            int to = incise.end();
            speakers.removeIf(a -> a.start() >= from && a.start() < to);
        }
        return speakers;
    }

    private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile("\\sa\\s[^,;:\"]{2,60}:\\s*$");
    private static final java.util.regex.Pattern RELATIVE_INCISE = java.util.regex.Pattern.compile(",\\s*(?:qui|dont|que)\\s[^,\"]*,");

    /**
     * A group named before either side, with no person of theirs in the clause: "l'OCS a pour but la sécurité mutuelle
     * de ses membres, dont la Chine et la Russie" tells what the group is for, not what the two said.
     */
    private static boolean aGroupsPurpose(SentenceReading r, int from, List<ActorRef> refs) {
        if (refs.stream().anyMatch(ActorRef::isPerson)) {
            return false;
        }
        int firstSide = refs.stream().mapToInt(ActorRef::start).min().orElse(from);
        return !r.cuesIn(CueKind.MULTILATERAL, from, firstSide).isEmpty();
    }

    /** A commitment, backing or future in the clause: "continueront à renforcer", "se soutenir", "prêts à"; not an appraisal. */
    private static boolean committing(SentenceReading r, int from, int to) {
        if (!r.cuesIn(CueKind.COMMITMENT, from, to).isEmpty() || !r.cuesIn(CueKind.SUPPORT, from, to).isEmpty()) {
            return true;
        }
        Matcher future = FUTURE_WORD.matcher(r.folded());
        future.region(from, to);
        return future.find();
    }

    private boolean otherSideThere(SentenceReading r, ActorRef speaker, int from, int to) {
        return r.actors().stream().anyMatch(a -> !a.country().equals(speaker.country())) || !Anaphors.both(r, from, to).isEmpty();
    }

    /** Actors (places left out) all of one side, with a person or an office among them: a ministry alone reads out both. */
    private static boolean oneSidesPeople(List<ActorRef> actors) {
        return !actors.isEmpty() && actors.stream().map(ActorRef::country).distinct().count() == 1
            && actors.stream().anyMatch(a -> a.isPerson() || a.kind() == org.entente.analyze.actor.ActorKind.OFFICE);
    }

    private ActorRef otherSide(ActorRef speaker, Cue cue) {
        return new ActorRef(cue.start(), cue.start(), other(speaker.country()), org.entente.analyze.actor.ActorKind.STATE, List.of(), null, "");
    }

    private boolean oneSideSpeaks(SentenceReading r, Cue cue) {
        boolean speech = insideQuotation(r.folded(), cue.start())
            || r.segments().isReported(r.segments().segmentAt(cue.start()))
            || QUOTE_THEN_SAYS.matcher(r.folded().substring(cue.end())).find();
        if (!speech || r.cues(CueKind.BOTH).stream().anyMatch(c -> Anaphors.strong(c) && !insideQuotation(r.folded(), c.start()))) {
            return false;
        }
        boolean a = false;
        boolean b = false;
        for (ActorRef x : r.actors()) {
            if (x.kind() == org.entente.analyze.actor.ActorKind.PERSON || x.kind() == org.entente.analyze.actor.ActorKind.OFFICE) {
                a |= x.country().equals(dyad.sideA());
                b |= x.country().equals(dyad.sideB());
            }
        }
        return a != b;
    }

    /** A stance from the holder's side toward the target's. */
    /**
     * One side promising to strengthen the two countries' ties ("Wang Yi a promis de renforcer les relations sino-russes",
     * "Pékin est prêt à approfondir la coopération entre la Chine et la Russie") commits it to the other (codebook: a_to_b
     * "commits to cooperate with it"); only one side may stand before the promise, else both spoke and it is joint.
     */
    private Optional<Draft> ties(SentenceReading r, int from, int to) {
        if (r.cuesIn(CueKind.RELATION, from, to).isEmpty()) {
            // most segments name no ties at all: skip the pattern
            return Optional.empty();
        }
        String f = r.folded();
        for (java.util.regex.Pattern pattern : List.of(TIES, PRIORITY_THEN_TIES, TIES_THEN_PRIORITY)) {
            Optional<Draft> found = ties(r, from, to, pattern);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Draft> ties(SentenceReading r, int from, int to, java.util.regex.Pattern pattern) {
        String f = r.folded();
        Matcher m = pattern.matcher(f);
        m.region(from, to);
        while (m.find()) {
            int back = Words.back(f, m.start(), COMMITMENT_WINDOW, from);
            // giving the ties priority is a commitment in itself ("continuera de donner la priorité au partenariat ...")
            boolean committed = pattern != TIES
                || PROMISED.matcher(m.group()).lookingAt() || !r.cuesIn(CueKind.COMMITMENT, back, m.start()).isEmpty()
                // "développer les relations avec la Russie est un choix stratégique": the choice may follow what is chosen
                || CHOICE.matcher(f.substring(m.end(), to)).find()
                || r.segments().isReported(r.segments().segmentAt(m.start())) || insideQuotation(f, m.start());
            if (!committed) {
                continue;
            }
            List<ActorRef> holders = new ArrayList<>();
            for (ActorRef a : r.actors()) {
                if (a.kind() != org.entente.analyze.actor.ActorKind.PLACE && (a.end() <= m.start() || a.start() >= m.end())
                    && !companion(f, a)) {
                    holders.add(a);
                }
            }
            if (holders.isEmpty() || holders.stream().map(ActorRef::country).distinct().count() != 1) {
                continue;
            }
            // "le président chinois ... a dit que Pékin continuera ...": the person who said it holds the stance
            ActorRef holder = holders.stream().filter(a -> a.isPerson() || a.kind() == org.entente.analyze.actor.ActorKind.OFFICE)
                .reduce((x, y) -> y).orElse(holders.get(holders.size() - 1));
            ActorRef target = null;
            for (ActorRef a : r.actorsIn(m.start(1), m.end())) {
                if (!a.country().equals(holder.country())) {
                    target = a;
                }
            }
            Cue cue = new Cue(CueKind.COOPERATE, m.start(), m.end(), f.substring(m.start(), m.end()));
            Optional<EventStatus> status = StatusRule.ofPosition(r, cue);
            if (target != null && status.isPresent()) {
                return Optional.of(directedDraft(status.get(), cue, holder, target, Draft.Anaphora.NONE));
            }
        }
        return Optional.empty();
    }

    /** "lors d'un entretien avec le Premier ministre russe", "a déclaré à son homologue russe": who was spoken to, not who spoke. */
    private static boolean companion(String f, ActorRef a) {
        return COMPANION_BEFORE.matcher(f.substring(Math.max(0, a.start() - 50), a.start())).find();
    }

    private Draft directedDraft(EventStatus status, Cue cue, ActorRef holder, ActorRef target, Draft.Anaphora anaphora) {
        Direction direction = holder.country().equals(dyad.sideA()) ? Direction.A_TO_B : Direction.B_TO_A;
        return new Draft(EventType.SHARED_POSITION, status, cue, List.of(holder, target), anaphora, direction, "");
    }

    /** Two actors of different sides joined by "et" ({@code Vladimir Poutine et Wang Yi}, {@code la Russie et la Chine}). */
    private boolean coordinated(SentenceReading r, List<ActorRef> refs) {
        for (int i = 0; i + 1 < refs.size(); i++) {
            ActorRef x = refs.get(i);
            for (int j = i + 1; j < refs.size(); j++) {
                ActorRef y = refs.get(j);
                if (x.country().equals(y.country()) || y.start() < x.end()) {
                    continue;
                }
                String between = r.folded().substring(x.end(), y.start());
                String before = r.folded().substring(Math.max(0, x.start() - 10), x.start());
                if (COORDINATION.matcher(between).matches() && !BETWEEN.matcher(before).find()) {
                    // "les relations entre la Chine et la Russie" name a tie, not two speakers
                    return true;
                }
            }
        }
        return false;
    }

    private static Draft jointDraft(Cue cue, EventStatus status, List<ActorRef> refs, Draft.Anaphora anaphora) {
        return new Draft(EventType.SHARED_POSITION, status, cue, refs, anaphora, Direction.JOINT, "");
    }

    private boolean bothSides(List<ActorRef> refs) {
        boolean a = refs.stream().anyMatch(x -> x.country().equals(dyad.sideA()));
        boolean b = refs.stream().anyMatch(x -> x.country().equals(dyad.sideB()));
        return a && b;
    }

    private static boolean mutualNear(SentenceReading r, Cue cue) {
        String f = r.folded();
        for (Cue m : r.cues(CueKind.MUTUAL)) {
            int gap = m.start() >= cue.end() ? Words.between(f, cue.end(), m.start())
                : m.end() <= cue.start() ? Words.between(f, m.end(), cue.start()) : 0;
            if (gap <= MUTUAL_NEAR - 1 && Math.abs(m.start() - cue.start()) < 40) {
                return true;
            }
        }
        return false;
    }

    private static boolean materialAfter(SentenceReading r, Cue cue) {
        String f = r.folded();
        for (Cue m : r.cues(CueKind.MATERIAL)) {
            if (m.start() >= cue.end() && Words.between(f, cue.end(), m.start()) <= 2) {
                return true;
            }
        }
        return false;
    }

    private String other(String side) {
        return side.equals(dyad.sideA()) ? dyad.sideB() : dyad.sideA();
    }

    /** "a assuré (à) Poutine que": the one told is the speech verb's object. */
    private static final java.util.regex.Pattern TOLD_BEFORE = java.util.regex.Pattern.compile(
        "(?i)(?:assur|garanti|promis|dit|affirme|confirme|indique)\\p{L}*\\s+(?:a\\s+)?(?:son\\s+|sa\\s+|le\\s+|la\\s+|l')?(?:homologue\\s+)?\\s*$");
    private static final java.util.regex.Pattern TOLD_AFTER = java.util.regex.Pattern.compile("\\s*(?:\\p{L}+\\s+)?qu(?:e\\s|')");

    /** A capitalised name unknown to the dictionary as the subject of the clause before the cue: a third party speaks. */
    private static boolean thirdPartySubject(SentenceReading r, int from, int cue) {
        java.util.regex.Matcher m = NAMED_SUBJECT.matcher(r.sentence().normalized());
        m.region(from, cue);
        while (m.find()) {
            String name = m.group(1);
            if (!NOT_A_SUBJECT_NAME.contains(name.split("[\\s'\\-]")[0]) && r.actorsIn(m.start(1), m.end(1)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The sentence opens on a capitalised name the dictionary does not know, followed by its verb, before the cue. */
    private static boolean unknownNameOpensTheSentence(SentenceReading r, int cue) {
        java.util.regex.Matcher m = OPENING_NAME.matcher(r.sentence().normalized());
        if (!m.lookingAt() || m.end(1) > cue) {
            return false;
        }
        String name = m.group(1);
        return !NOT_A_SUBJECT_NAME.contains(name.split("[\\s'\\-]")[0]) && r.actorsIn(m.start(1), m.end(1)).isEmpty()
            && r.actorsIn(0, cue).isEmpty();
    }

    private static final java.util.regex.Pattern OPENING_NAME = java.util.regex.Pattern.compile(
        "\\s*(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2})\\s+(?:a|ont|avait|avaient|est|sont|\\p{Ll}+(?:e|ent|ait|aient|era|eront|ra|ront))\\s");

    private static final java.util.regex.Pattern NAMED_SUBJECT = java.util.regex.Pattern.compile(
        "(?:^|[,;:]\\s*|\\s)(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2})\\s+(?:a|ont|avait|avaient)\\s+\\p{L}+\\s+(?:de|d')\\s*\"?\\s*$");
    private static final java.util.Set<String> NOT_A_SUBJECT_NAME = java.util.Set.of("Il", "Elle", "Ils", "Elles", "On", "Le", "La",
        "Les", "Ce", "Cela", "Nous", "Je", "Un", "Une", "Des", "M", "Mme");

    /** The quote holding the cue closes on a third party's speaker, and no speaker of the two stands before it. */
    private static boolean thirdSpeakerAfter(SentenceReading r, Cue cue) {
        String f = r.folded();
        java.util.regex.Matcher m = THIRD_SPEAKER_AFTER.matcher(f);
        m.region(cue.end(), Math.min(f.length(), cue.end() + 200));
        if (!m.lookingAt()) {
            return false;
        }
        int quoteEnd = f.indexOf('"', cue.end());
        // "», a déclaré Wang Yi devant la presse américaine": a speaker of the two names himself before the third party
        return r.actorsIn(quoteEnd, m.end()).stream().noneMatch(a -> a.kind() != org.entente.analyze.actor.ActorKind.PLACE);
    }

    /** Who says it when no actor stands before the support word: the sentence's actor of the other side. */
    private static ActorRef speaker(SentenceReading r, String side) {
        ActorRef person = null;
        ActorRef any = null;
        for (ActorRef a : r.actors()) {
            if (a.country().equals(side)) {
                if (a.isPerson() && person == null) {
                    person = a;
                }
                if (any == null) {
                    any = a;
                }
            }
        }
        return person != null ? person : any;
    }
}
