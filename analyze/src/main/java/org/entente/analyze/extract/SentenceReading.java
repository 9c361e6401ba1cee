package org.entente.analyze.extract;

import java.util.List;
import org.entente.analyze.actor.ActorRef;
import org.entente.analyze.lexicon.Cue;
import org.entente.analyze.lexicon.CueKind;
import org.entente.analyze.text.Sentence;

/**
 * A sentence with what the matching stages found in it: actor references and lexicon cues.
 * The rules read only this.
 */
public record SentenceReading(Sentence sentence, List<ActorRef> actors, List<Cue> cues, Segments segments) {

    public SentenceReading {
        actors = List.copyOf(actors);
        cues = List.copyOf(cues);
    }

    public String folded() {
        return sentence.folded();
    }

    public List<Cue> cues(CueKind kind) {
        return cues.stream().filter(c -> c.kind() == kind).toList();
    }

    public List<Cue> cuesIn(CueKind kind, int from, int to) {
        return cues.stream().filter(c -> c.kind() == kind && c.start() >= from && c.end() <= to).toList();
    }

    public List<ActorRef> actorsIn(int from, int to) {
        return actors.stream().filter(a -> a.start() >= from && a.end() <= to).toList();
    }
}
