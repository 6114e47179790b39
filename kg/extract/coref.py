"""Actor mentions to canonical entities, with a rule-based coreference resolver.

No English coreference model installs offline, so pronouns and descriptions are
resolved over the dependency parse and the article's entities, by salience:

- "he"/"his" -> the nearest person named earlier in the sentence, else the last person
  who was a subject or speaker;
- "it"/"the statement"/"the ministry" -> the issuers of the last statement or the last
  organisation (matching the head noun);
- "the Russian leader", "his Turkish counterpart" -> the person whose post belongs to
  that country (from the titles the registry split off), most recent first;
- "the two leaders", "both sides", "the countries", "the ministers", "they" -> the parties
  of the most recent multi-party event or coordination (size and kind checked).
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.extract.common import (COUNTRY_GROUP_NOUNS, DELEGATE_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, INSTITUTION_NOUNS,
                               ISSUE_VERBS, MEDIA_WORDS, MEETING_NOUNS,
                               NUMBER_WORDS, PERSON_GROUP_NOUNS, PERSON_ROLE_NOUNS, PRONOUNS_GROUP, PRONOUNS_IT,
                               PRONOUNS_PERSON, children, coordinated, entity_of, mention_text, prep_objects, span_ents,
                               unique_entities)
from kg.extract.status import tense_of
from kg.records import COUNTRY, ORGANIZATION, PERSON, Entity
from kg.resolve.names import has_title_head, is_title_word


@dataclass
class Mention:
    """An actor found for a phrase: the entity, the surface form, and whether coreference supplied it."""

    entity: Entity
    text: str
    inferred: bool = False


@dataclass
class Salience:
    """What the article has talked about so far (updated sentence by sentence)."""

    persons: list[Entity] = field(default_factory=list)  # most recent last
    times: dict[str, int] = field(default_factory=dict)  # person key -> sentences naming them so far
    orgs: list[Entity] = field(default_factory=list)
    groups: list[tuple[list[Entity], int]] = field(default_factory=list)  # (members, sentence number)
    sentence: int = 0  # number of the sentence being read
    met: set[tuple[str, ...]] = field(default_factory=set)  # entity keys of groups that have met
    acted: set[tuple[str, ...]] = field(default_factory=set)  # ... that were the parties of a meeting or agreement
    issuers: list[Entity] = field(default_factory=list)  # who issued the statement being talked about
    last_meeting: list[Entity] = field(default_factory=list)
    named: dict[int, list[Entity]] = field(default_factory=dict)  # sentence number -> people it named
    # (group key, sentence number) of groups told only as background there ("he said he had spoken with X")
    background: set[tuple[tuple[str, ...], int]] = field(default_factory=set)


def _push(stack: list[Entity], ent: Entity) -> None:
    if ent in stack:
        stack.remove(ent)
    stack.append(ent)


class Resolver:
    """Turns parse tokens into canonical actors for one article (wraps the resolve stage's registry)."""

    def __init__(self, registry, gazetteer, outlet: str | None = None) -> None:
        self.registry = registry
        self.gazetteer = gazetteer
        self.state = Salience()
        self.outlet = (outlet or "").casefold()
        self.ignored: set[int] = set()  # tokens that are never actors (datelines)
        self.quoted: set[int] = set()  # tokens inside quotations: the speaker's words, never antecedents
        self.bounds: tuple[int, int] = (0, 1 << 30)  # token range of the sentence being read
        self.nationality: dict[str, Entity] = {}  # person key -> country, from "his Turkish counterpart X"
        self.described: dict[str, Entity | None] = {}  # person key -> country the article puts before the name
        self._described_doc = None  # the doc `described` was read from (see `_read_nationalities`)
        self.counterparts: set[str] = set()  # keys of people introduced as someone's counterpart
        self.shared_posts: dict[str, str] = {}  # person key -> plural title over a list ("foreign ministers")
        self.styled: list[tuple[str, int, Entity]] = []  # ("royal highness", token index, person) per named style
        self._actors: dict[int, Mention | None] = {}  # token index -> actor (see `actor`)
        self._phrases: dict[tuple, list[Mention]] = {}  # (token, flags) -> actors, for the sentence being read
        self._phrases_bounds: tuple[int, int] = self.bounds
        self._resolving: set[tuple[int, bool, bool]] = set()  # phrases being read now (guards against cycles)
        self.resolved_groups: list[list[Entity]] = []  # groups "the two leaders" stood for in this sentence
        self._country_counts: dict[str, tuple[Entity, int]] | None = None  # see `story_countries`

    # ---- facts about entities --------------------------------------------------------------------

    def country_of(self, ent: Entity) -> Entity | None:
        """The country a person or organisation acts for (from split titles or the entity's own code)."""
        if ent.type == COUNTRY:
            return ent
        if ent.key in self.nationality:
            return self.nationality[ent.key]
        for person, _title, of in self.registry.roles:
            if same_entity(person, ent) and of is not None:
                return of if of.type == COUNTRY else self._country_by_code(of.country)
        if self.described.get(ent.key) is not None:
            return self.described[ent.key]
        return self._country_by_code(ent.country) if ent.type == ORGANIZATION else None

    def _country_by_code(self, iso2: str | None) -> Entity | None:
        if not iso2:
            return None
        country = self.gazetteer.country_by_code(iso2)
        return self.gazetteer.country_entity(country) if country else None

    def titles_of(self, ent: Entity) -> list[str]:
        return [title for person, title, _of in self.registry.roles if same_entity(person, ent)]

    def is_media(self, ent: Entity, text: str = "") -> bool:
        """News outlets and agencies report, they are not parties ("Reuters said", "RIA reported")."""
        if ent.type == PERSON:
            return False
        words = {w.strip(".,'’").casefold() for w in f"{ent.name} {text}".replace("-", " ").split()}
        if self.outlet and ent.name.casefold() == self.outlet:
            return True
        if {w.strip(".,'’").casefold() for w in ent.name.replace("-", " ").split()} & STATE_BODY_WORDS:
            return False  # "the prime minister's media office", "Royal Office for Media" speak for a state
        return bool(words & MEDIA_WORDS) and ("agency" not in words or "news" in words or "press" in words
                                              or len(words & MEDIA_WORDS) > 1)

    # ---- resolution -------------------------------------------------------------------------------

    def actor(self, tok: Token) -> Mention | None:
        """A named actor for a proper-noun phrase, via the registry (titles stripped, surnames linked).
        The same token gives the same actor all through the article, so each is looked up once."""
        if tok.i in self._actors:
            return self._actors[tok.i]
        found = self._actors[tok.i] = self._lookup_actor(tok)
        return found

    def _lookup_actor(self, tok: Token) -> Mention | None:
        text = mention_text(tok)
        label = tok.ent_type_ or None
        ent = None
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1
              for o in children(p, "pobj") if o.pos_ == "PROPN" and o.text[:1].isupper() and o.right_edge.i == o.i]
        if of and entity_of(tok) is None:  # "the Group of Seven", "the League of Arab States": a name with "of"
            longer = f"{text} {tok.doc[tok.i + 1 : of[0].i + 1].text}"
            ent = self.registry.actor(longer, "ORG", position=tok.idx)
            text = longer if ent is not None else text
        ent = ent or self.registry.actor(text, label, position=tok.idx)
        if ent is None and label in ("PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"):
            # the small model tags capitals as people ("by Kyiv and Moscow") and a country now and then as a
            # product ("Greece and Cyprus held a trade summit"): a name the gazetteer knows as a country is one
            ent = self.registry.actor(text, None, position=tok.idx)
            ent = ent if ent is not None and ent.type == COUNTRY else None
        span = entity_of(tok)
        if ent is None and tok.ent_type_ == "ORG" and re.search(r"['’]s ", text):
            ent = self.registry.actor(re.sub(r"['’]s ", " ", text), label, position=tok.idx)  # "X's Foreign Office"
            text = re.sub(r"['’]s ", " ", text) if ent is not None else text
        if ent is None and span is not None and tok.ent_type_ == "PERSON" and span.text != text:
            text = span.text  # "Lee's spokesperson Kang Yu-jung": the name alone
            ent = self.registry.actor(text, label, position=tok.idx)
        if ent is None and label is None and tok.pos_ == "PROPN" and any(
                c.dep_ == "compound" and (c.ent_type_ in ("ORG", "GPE", "NORP") or c.is_upper and len(c) > 1)
                for c in tok.children):
            ent = self.registry.actor(text, "ORG", position=tok.idx)  # "the OPEC Secretariat": a body of an org
        if ent is None and text != tok.text:
            ent = self.registry.actor(tok.text, label, position=tok.idx)
        return Mention(ent, text) if ent is not None else None

    def actors(self, tok: Token, *, as_countries: bool = False, depth: int = 0,
               agent: bool = False) -> list[Mention]:
        """Every actor a phrase stands for, coordination and descriptions included.

        `agent`: the phrase is the subject of a speech or meeting verb, so an unknown proper name
        that is no place ("Erdogan" tagged as a place by the small model) is read as a person.
        The rules ask about the same phrases several times per sentence; the salience they depend on
        changes only between sentences, so answers are kept for the sentence being read."""
        if self._described_doc is not tok.doc:
            self._read_nationalities(tok.doc)
        if self._phrases_bounds != self.bounds:  # a new sentence
            self._phrases, self._phrases_bounds = {}, self.bounds
        key = (tok.i, as_countries, depth, agent)
        if key not in self._phrases:
            if (tok.i, as_countries, agent) in self._resolving:
                return []  # a phrase whose reading leads back to itself (coordination, groups, pronouns) has none
            self._resolving.add((tok.i, as_countries, agent))
            try:
                self._phrases[key] = self._actors_of(tok, as_countries=as_countries, depth=depth, agent=agent)
            finally:
                self._resolving.discard((tok.i, as_countries, agent))
        return list(self._phrases[key])

    def _actors_of(self, tok: Token, *, as_countries: bool, depth: int, agent: bool) -> list[Mention]:
        named = self._name_ending_titles(tok)
        if named is not None:  # coordinated titles of one person: the other titles are that person's posts
            return self._as_country([named], as_countries)
        out: list[Mention] = []
        missed: list[Token] = []
        posts: set[int] = set()
        title_owners: set[int] = set()
        for head in coordinated(tok):
            if head.i in self.ignored:  # "ISTANBUL (Reuters) - Russia and Ukraine signed": the parser may
                out.extend(self._hung_on_dateline(head, as_countries, depth, agent))  # hang the subject on it
                continue
            if not self.bounds[0] <= head.i < self.bounds[1]:
                continue  # words the parser tied in from a neighbouring line
            if head.i < tok.i and tok.pos_ == "NOUN" and tok.lemma_.casefold() in PERSON_ROLE_NOUNS \
                    and tok.lemma_.casefold() not in DELEGATE_NOUNS and tok.is_ancestor(head) \
                    and self.gazetteer.demonym(head.text):
                continue  # "his Ugandan and Tanzanian counterparts": nationalities of the noun, which reads them itself
                # ("AU and EU officials" are still the two bodies)
            if _post_of_previous(head, out) or head.dep_ == "conj" and head.head.i in posts:
                posts.add(head.i)  # "X, Deputy Prime Minister and Minister of Foreign Affairs of New Zealand": X's posts
                continue
            found = self._one(head, as_countries=as_countries, depth=depth)
            # "A and Jordan's King B held ...": the parser makes "A and Jordan" the possessor of B's name (or of its
            # title); A is a party, Jordan only owns B's title
            for lead in [w for left in head.lefts for w in left.subtree if w.dep_ in ("poss", "nmod")
                         and self._person_before_owner(w)][:1]:
                out.extend(self._one(lead, as_countries=as_countries, depth=depth))
                title_owners |= {c.i for c in lead.children if c.dep_ == "conj"}
            # "X's government and a small armed group, the Y,", "A and Pakistan's Foreign Minister Ishaq Dar":
            # the parser hangs the conjunct's name on the first conjunct
            # ("..., and Jordan's King Abdullah II": the possessor conjoined, the name an apposition further up)
            possessor = any(c.tag_ == "POS" for c in head.children)
            if head.dep_ == "conj" and (head.pos_ == "NOUN" or head.lemma_.casefold() in PERSON_ROLE_NOUNS
                                        or possessor) and (not found or all(m.entity.type == COUNTRY for m in found)):
                late = [a for a in children(head.head, "appos") if a.i > head.i]
                if not late and possessor and head.head.dep_ == "appos":
                    late = [a for a in children(head.head.head, "appos") if a.i > head.i]
                named = self.actors(late[0], as_countries=as_countries, depth=depth + 1, agent=agent) if late else []
                found = named or found
            if not found and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN"):
                missed.append(head)
            out.extend(found)
        # "Macron and Scholz" with Scholz tagged as a place, "Trump met" with Trump tagged as a noun:
        # a name coordinated with people, or known as a person elsewhere in the article, is a person
        with_people = any(m.entity.type == PERSON for m in out)
        for head in missed:
            if head.is_upper and len(head.text) > 1 and self.registry.is_acronym(head.text):
                # "the PBOC said" with an acronym the article defined tagged a common noun
                ent = self.registry.actor(head.text, "ORG", position=head.idx)
                if ent is not None and ent.type in (ORGANIZATION, COUNTRY):
                    out.append(Mention(ent, head.text))
                    continue
            unknown_name = agent and head.pos_ == "PROPN" and self.gazetteer.place(head.text) is None
            if with_people or unknown_name or _named_person_elsewhere(head):
                ent = self.registry.actor(mention_text(head), "PERSON", position=head.idx)
                if ent is not None and ent.type == PERSON:
                    out.append(Mention(ent, mention_text(head)))
        if title_owners and not as_countries:
            owners = {tok.doc[i].text for i in title_owners}
            out = [m for m in out if not (m.entity.type == COUNTRY and m.text in owners)]
        return unique_mentions(out)

    def _person_before_owner(self, poss: Token) -> bool:
        """A person coordinated with the country that owns the next name's title ("A and Jordan's")."""
        return poss.ent_type_ == "PERSON" and poss.pos_ == "PROPN" and any(
            c.dep_ == "conj" and any(g.tag_ == "POS" for g in c.children) and self.gazetteer.country(c.text)
            for c in poss.children)

    def _read_nationalities(self, doc) -> None:
        """Each person the article introduces with a nationality ("Polish counterpart X", "Ukraine's X",
        "Bolivian President X", "his Eritrean and Somali counterparts, X and Y"), read once per article;
        a person given two different nationalities keeps none."""
        self._described_doc = doc
        for ent in doc.ents:  # (the small model tags many names as organisations: the registry decides)
            if ent.label_ not in NAME_LABELS:
                continue
            country = self._nationality_before(doc, ent.start) or self._nationality_after(doc, ent)
            found = self.actor(ent.root) if country is not None else None
            if found is not None and found.entity.type == PERSON:
                self._describe(found.entity, country)
        for tok in doc:
            self._note_shared_post(tok)
            style = _style(tok)
            name = _styled_name(tok) if style else None
            found = self.actor(name) if name is not None else None
            if found is not None and found.entity.type == PERSON:
                self.styled.append((style, tok.i, found.entity))
            if tok.lower_ == "counterparts":
                pairs = _respective_counterparts(tok, self._country_word)
                found = [self.actor(name) for name, _country in pairs]
                if all(m is not None and m.entity.type == PERSON for m in found):  # else the lists misalign
                    for m, (_name, country) in zip(found, pairs):
                        self._describe(m.entity, country)

    def _note_shared_post(self, tok: Token) -> None:
        """'Foreign Ministers A and B': a plural title right before a list of names is each one's post."""
        plural = tok.tag_ in ("NNS", "NNPS") and _singular(tok) in PERSON_ROLE_NOUNS | PERSON_GROUP_NOUNS
        if not (plural or _capitalised_plural_post(tok)) or tok.i + 1 >= len(tok.doc) \
                or tok.nbor().pos_ != "PROPN" or tok.nbor().ent_type_ in ("GPE", "NORP"):
            return
        name = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok.nbor()
        start = tok.i
        while start > 0 and is_title_word(tok.doc[start - 1].text) and tok.doc[start - 1].ent_type_ not in ("GPE", "NORP"):
            start -= 1
        title = tok.doc[start : tok.i + 1].text.casefold()
        for root in [name, *name.conjuncts]:
            found = self.actor(root) if root.pos_ == "PROPN" and root.i not in self.quoted else None
            if found is not None and found.entity.type == PERSON:
                self.shared_posts.setdefault(found.entity.key, title)

    def _describe(self, person: Entity, country: Entity) -> None:
        known = self.described.get(person.key, country)
        self.described[person.key] = country if same_entity(known, country) else None

    def _country_word(self, tok: Token) -> Entity | None:
        """The country a demonym or country name stands for ("Polish", "Ukraine" in "Ukraine's"), with the
        name's compounds ("South Sudan's")."""
        if not tok.text[:1].isupper() or tok.ent_type_ not in ("GPE", "NORP", "ORG"):
            return None
        span = entity_of(tok)
        text = span.text if span is not None and span.end == tok.i + 1 else tok.text
        country = self.gazetteer.demonym(text) or self.gazetteer.country_by_name(text)
        return self.gazetteer.country_entity(country) if country is not None else None

    def _nationality_before(self, doc, start: int) -> Entity | None:
        """The country named right before a person's name across nothing but post words ("Serbian President",
        "Ukraine's", "his Polish counterpart,")."""
        i = start - 1
        if i > 0 and doc[i].text == ",":  # "the President of Ghana, X", "the presidents of A, X, and B, Y"
            owner = doc[i - 1]
            while owner.dep_ == "conj" and owner.head.i < owner.i:
                owner = owner.head
            if owner.dep_ == "pobj" and owner.head.lower_ == "of" and \
                    _singular(owner.head.head) in PERSON_ROLE_NOUNS | PERSON_GROUP_NOUNS:
                return self._country_word(doc[i - 1])
        for _round in range(2):
            # "his Zambian counterpart, President X", "the Kenyan leader, Prime Minister X": a singular post
            # before a comma, then the name's own titles
            if i > 0 and doc[i].text == "," and doc[i - 1].tag_ in ("NN", "NNP") \
                    and doc[i - 1].lemma_.casefold() in PERSON_ROLE_NOUNS:
                i -= 1
            while i >= 0 and (doc[i].lower_ in ("counterpart", "leader") or is_title_word(doc[i].text)
                              and doc[i].ent_type_ not in ("GPE", "NORP")):
                i -= 1
        if i >= 1 and doc[i].tag_ == "POS":
            return self._country_word(doc[i - 1])
        return self._country_word(doc[i]) if i >= 0 and doc[i].ent_type_ == "NORP" else None

    def _nationality_after(self, doc, ent) -> Entity | None:
        """The country named right after a titled person's name by 'of' ("President X of Mozambique"), not
        a body of that country ("Minister X of Ghana's Finance Ministry", "of Kenya Airways")."""
        if ent.start == 0 or not is_title_word(doc[ent.start - 1].text) or ent.end + 1 >= len(doc) \
                or doc[ent.end].lower_ != "of":
            return None
        owner = entity_of(doc[ent.end + 1]) if doc[ent.end + 1].lower_ != "the" else \
            entity_of(doc[ent.end + 2]) if ent.end + 2 < len(doc) else None
        if owner is None or owner.end < len(doc) and (doc[owner.end].tag_ == "POS" or doc[owner.end].pos_ in (
                "NOUN", "PROPN")):
            return None
        return self._country_word(owner[-1])

    def _hung_on_dateline(self, head: Token, as_countries: bool, depth: int, agent: bool) -> list[Mention]:
        """The actors the parser hung on dateline words ("(ANSA) - ROME, MAR 5 - Italian Foreign Minister X met":
        X a conjunct of ROME, an apposition of ANSA)."""
        out, stack = [], [head]
        while stack:
            for c in stack.pop().children:
                if c.dep_ not in ("appos", "conj"):
                    continue
                if c.i in self.ignored:
                    stack.append(c)
                else:
                    out.extend(self.actors(c, as_countries=as_countries, depth=depth + 1, agent=agent))
        return out

    def _one(self, tok: Token, *, as_countries: bool, depth: int, past: bool = False) -> list[Mention]:
        if depth > 3:
            return []
        if not past and _past_holders(tok):
            # "the then foreign ministers signed", "the former Ugandan president": a post's past holders are not
            # the people holding it now; only the countries they acted for
            found = self._one(tok, as_countries=True, depth=depth, past=True)
            return [m for m in self._as_country(found, True) if m.entity.type == COUNTRY]
        lower = tok.lower_
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            return self._pronoun(tok)
        lemma = tok.lemma_.casefold()
        if _capitalised_plural_post(tok) and (tok.ent_type_ != "ORG" or _definite_group(tok)) \
                and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in PERSON_ROLE_NOUNS
                            for c in tok.children):
            # "The two Ministers agreed", "The two Prime Ministers had spoken": a capitalised plural post the tagger
            # took for a name (NNPS, or NNP with the title words as its compounds)
            lemma = _singular(tok) if tok.tag_ == "NNPS" else tok.lower_[:-1]
        # an apposition after a conjunct belongs to that conjunct ("X and a group, the Y,")
        # (a title coordination "Prime Minister and Minister of Foreign Affairs X" shares its name)
        appos = [a for a in children(tok, "appos") if not any(tok.i < c.i < a.i and c.pos_ == "NOUN"
                                                              for c in children(tok, "conj"))]
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        # "Presidents A of Kenya, B of Uganda and C of Tanzania held ...": the parser chains the names under each
        # other's countries, makes A a second subject or "Presidents" A's compound; every person named up to the verb
        post = tok.left_edge if tok.pos_ == "PROPN" and tok.left_edge.dep_ == "compound" else tok
        if post.tag_ in ("NNS", "NNPS") and _singular(post) in PERSON_ROLE_NOUNS | PERSON_GROUP_NOUNS \
                and post.i + 1 < len(tok.doc) and post.nbor().ent_type_ == "PERSON" and post.nbor().ent_iob_ == "B":
            end = tok.head.i if tok.head.i > tok.i else tok.right_edge.i + 1
            phrase = tok.doc[post.i + 1 : end]
            people = unique_mentions([m for ent in span_ents(phrase) if ent.label_ == "PERSON" and ent.root.i not in self.quoted
                              for m in [self.actor(ent.root)] if m is not None and m.entity.type == PERSON])
            if len(people) >= 2:
                return people
        if tok.ent_type_ == "PERSON" and tok.pos_ in ("NOUN", "ADJ", "VERB", "X") and not tok.text[:1].isupper():
            found = self.actor(tok)  # "Lee Jae-myung" with "myung" read as a common noun heading the name
            if found is not None and found.entity.type == PERSON:
                return [found]
        if lower in STYLES and appos:
            # "His Excellency the President of Fiji, Ratu X": the name among the appositions
            named = [m for a in appos for m in self.actors(a, as_countries=as_countries, depth=depth + 1)]
            people = [m for m in named if m.entity.type == PERSON]
            return people[:1] or named[:1]
        if lower in STYLES and not appos and _style(tok) and _styled_name(tok) is None and after is not None \
                and after.lower_ != "the" and not (after.text[:1].isupper() and is_title_word(after.text)):
            # (a lowercase word after the style is no title of a name: "His Majesty then hosted")
            # "His Royal Highness affirmed ...": the person the article last styled so by name
            styled = [p for style, i, p in self.styled if style == _style(tok) and i < tok.i]
            if not styled and _style(tok) == "majesty":  # "His Majesty said" about a king never styled by name
                styled = self._sole_monarch()
            return self._as_country([Mention(styled[-1], mention_text(tok), True)], as_countries) if styled else []
        named = self._name_ending_titles(tok) if not appos else None
        if named is not None:  # "Chairman-in-Office, Swiss Federal Councillor and Head of the X Department Y Z"
            return self._as_country([named], as_countries)
        holder = self._holder_of_post(tok) if _with_the(tok) and tok.pos_ in ("PROPN", "NOUN") else None
        if holder is not None:  # "the Chairman-in-Office said", "the High Commissioner added": a post only one holds
            return [holder]
        if tok.pos_ == "PROPN" and lemma in PERSON_ROLE_NOUNS and appos and _org_name_head(tok):
            # "UAE President His Highness Sheikh X" tagged as an organisation: the person in the apposition
            named = [m for m in self.actors(appos[0], depth=depth + 1, agent=True) if m.entity.type == PERSON]
            if len(named) == 1:
                return self._as_country(named, as_countries)
        office = self._state_office(tok) if lemma in STATE_OFFICE_NOUNS and tok.text[:1].isupper() else None
        if office is not None:  # "the Presidency of the Republic of X", "the President's Chancellery": the state
            return [office] if office.entity is not None else []
        if tok.pos_ == "PROPN" and (lemma not in PERSON_ROLE_NOUNS | GROUP_NOUNS or _org_name_head(tok)):
            found = self.actor(tok) or self._org_by_last_word(tok)
            if found is None and not appos and tok.dep_ in ("nsubj", "nsubjpass") and _bare_word(tok):
                found = self._addressed_person(tok)  # "Dasho said": the one person the article so addresses
            listed = self._list_read_as_apposition(tok, found, appos)
            if listed:  # "Mr. A, Ms. van der B and President C met": a list the parser hung on A as an apposition
                return self._as_country(listed, as_countries)
            if found is None and appos:
                return self.actors(appos[0], as_countries=as_countries, depth=depth + 1)
            return self._as_country([found], as_countries) if found else []
        if tok.pos_ == "ADJ" or (tok.pos_ == "PROPN" and tok.ent_type_ == "NORP"):
            country = self.gazetteer.demonym(tok.text) or self.gazetteer.country(tok.text)
            return [Mention(self.gazetteer.country_entity(country), tok.text)] if country else []
        # common nouns: an apposition names them ("his counterpart, Sergei Shoigu")
        if appos:
            named = self.actors(appos[0], as_countries=as_countries, depth=depth + 1)
            if named:
                self._note_nationality(tok, named)
                return named
        if lemma in PERSON_ROLE_NOUNS and not appos and after is not None and after.ent_type_ == "PERSON" and \
                after.ent_iob_ == "B" and after.head.i != tok.i:
            # "met his Turkish counterpart Hakan Fidan" with the name hung on the verb: the name follows the post
            name = entity_of(after)
            named = self.actors(name.root, depth=depth + 1, agent=True) if name is not None else []
            if len(named) == 1 and named[0].entity.type == PERSON:
                self._note_nationality(tok, named)
                return named
        if lemma in PERSON_ROLE_NOUNS and not appos and tok.dep_ == "conj" and after is not None \
                and after.text == "," and tok.i + 2 < tok.sent.end:
            # "A and his Indonesian counterpart, B, met": the parser hangs the name on A
            name = entity_of(tok.doc[tok.i + 2])
            if name is not None and name.root.ent_type_ == "PERSON" and name.root.dep_ == "appos" \
                    and name.root.head.i == tok.head.i:
                named = self.actors(name.root, depth=depth + 1, agent=True)
                if len(named) == 1 and named[0].entity.type == PERSON:
                    self._note_nationality(tok, named)
                    return named
        dangling = _dangling_name(tok) if lemma in PERSON_ROLE_NOUNS and not appos else None
        if dangling is not None:  # "a call from the Special Envoy of X on Y, Ambassador Qian Bo" (name on the verb)
            named = self.actors(dangling, depth=depth + 1, agent=True)
            if len(named) == 1 and named[0].entity.type == PERSON:
                return named
        listed = _namely(tok)
        if listed is not None:
            named = self.actors(listed, as_countries=as_countries, depth=depth + 1)
            if named:
                return named
        if lemma in DOCUMENT_NOUNS:
            return self._document(tok)
        if lemma in ("guest", "visitor", "host") and tok.tag_ in ("NN", "NNS") and not tok.text[:1].isupper():
            # "Milei hosted a working lunch for his guest": the one the owner was last paired with
            # ("a dinner for her guests": the others of the latest larger group she was part of)
            owners = unique_entities(m.entity for c in tok.children if c.dep_ == "poss"
                                     for m in self.actors(c, depth=depth + 1))
            partners = self.partners_of(owners[0], plural=tok.tag_ == "NNS") if len(owners) == 1 else []
            if partners:
                return [Mention(p, mention_text(tok), True) for p in partners]
        if tok.pos_ == "NOUN":  # "a delegation led by X", "producers led by X": the leader stands for them
            leaders = [a for acl in children(tok, "acl") if acl.lemma_ in ("lead", "head")
                       for p in children(acl, "agent") for a in children(p, "pobj")]
            if leaders:
                named = self.actors(leaders[0], as_countries=as_countries, depth=depth + 1, agent=True)
                if named:
                    return named
        # "the leaders of Turkey, Russia and Iran", "experts from both sides"
        of = prep_objects(tok, "of", "from", "for")  # "a spokesman for the State Department"
        if lemma == "head" and tok.tag_ in ("NN", "NNP") and of and of[0].lower_ in ("state", "government") \
                and not children(of[0], "prep") and _with_the(tok):
            leader = self._protagonist_leader()  # "The Head of State underlined ...": the story's leader
            return [leader] if leader is not None else []
        if lemma == "head" and tok.tag_ in ("NNS", "NNPS") and of and of[0].lower_ in ("state", "government") \
                and not children(of[0], "prep") and _definite_group(tok):
            return self._group(tok, lemma, as_countries, depth)  # "the two Heads of State agreed"
        if of and tok.tag_ == "NNS" and lemma in INSTITUTION_NOUNS and not tok.ent_type_:
            # "the football federations of A, B and C", "the defence ministries of A and B": the states they act for
            states = unique_mentions([m for o in of[:1] for c in [o, *o.conjuncts]
                                      for m in self.actors(c, depth=depth + 1) if m.entity.type == COUNTRY])
            if len(states) >= 2:
                return states
        if of and (lemma in GROUP_NOUNS or lemma in PERSON_ROLE_NOUNS):
            delegate = as_countries or lemma in DELEGATE_NOUNS
            # "the emir of Qatar, Sheikh Tamim ...": the parser hangs the post's name on its owner
            # ("the President of the Republic of Fiji, Ratu X": on the last owner of a chain of "of"s)
            owners = [of[0]]
            while len(owners) < 4 and prep_objects(owners[-1], "of"):
                owners.append(prep_objects(owners[-1], "of")[0])
            named = [m for o in owners for a in children(o, "appos")
                     for m in self.actors(a, depth=depth + 1, agent=True)]
            if lemma in PERSON_ROLE_NOUNS and not delegate and named and all(m.entity.type == PERSON for m in named):
                return named
            # "the Directors General of Military Operations of India and Pakistan": the office, then whose
            nested = [m for o in prep_objects(of[0], "of") for m in self.actors(o, as_countries=True, depth=depth + 1)
                      if m.entity.type in (COUNTRY, ORGANIZATION)] if of[0].pos_ == "PROPN" else []
            found = nested or self.actors(of[0], as_countries=delegate, depth=depth + 1)
            if lemma in PERSON_ROLE_NOUNS and not delegate and len(found) == 1 and found[0].entity.type == COUNTRY \
                    and tok.tag_ in ("NN", "NNP") and _with_the(tok):
                # "the President of Tajikistan noted": the holder of that post, when the article names one
                holder = self._person_of_country(found[0].entity, tok, strict=True)
                if holder is not None:
                    return [holder]
            if found:
                return found
        # "Russian and Turkish delegations", "the Russia delegation", "the Russian leader"
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                     and c.tag_ != "PRP$"]
        countries = []
        for m in modifiers:
            for c in coordinated(m):
                # "South Sudan's government": the name with its compounds, not "Sudan"
                full = " ".join(t.text for t in c.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")
                country = full and self.gazetteer.country_by_name(f"{full} {c.text}") or \
                    self.gazetteer.demonym(c.text) or self.gazetteer.country_by_name(c.text)
                if country is not None:
                    countries.append(Mention(self.gazetteer.country_entity(country), c.text))
        split = self._split_coordinated_modifier(tok, modifiers)
        if split:
            return split
        if lemma in PERSON_ROLE_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one")
                                              for c in tok.children):
            return []  # "a US official", "a senior Iranian diplomat": someone unnamed
        if countries:
            if lemma in PERSON_ROLE_NOUNS and tok.tag_ in ("NN", "NNP") and len(countries) == 1:
                person = self._person_of_country(countries[0].entity, tok)
                if person is not None:
                    return [person]
            if tok.tag_ in ("NNS", "NNPS") and lemma in PERSON_ROLE_NOUNS | PERSON_GROUP_NOUNS:
                # "his Belgian and Dutch counterparts, A and B,": the parser hangs the names on the verb
                listed = self._people_listed_after(tok, depth)
                if len(listed) == len(unique_mentions(countries)):
                    return listed
            if lemma == "counterpart":
                return countries  # "hosted his Finnish counterpart": the country, when unnamed
            if lemma in PERSON_ROLE_NOUNS and tok.tag_ in ("NN", "NNP"):
                return []  # "the Russian minister" we cannot name: not the country
            if lemma in GROUP_NOUNS | PERSON_ROLE_NOUNS:
                return unique_mentions(countries)
        if lemma in GROUP_NOUNS | PERSON_ROLE_NOUNS and tok.tag_ in ("NNS", "NNPS"):
            orgs = [m for m in modifiers if m.pos_ == "PROPN" and m.ent_type_ == "ORG"]
            found = self.actor(orgs[-1]) if orgs else None  # "European Union leaders", "NATO ministers"
            if found is not None and found.entity.type == ORGANIZATION:
                return [found]
        if lemma == "government" and tok.tag_ == "NN":
            state = self._government_facing(tok, depth)
            if state is not None:  # "the government and the rebels signed": the story's state
                return [Mention(state, mention_text(tok), True)]
        if lemma in ORG_HEADS and tok.tag_ not in ("NNS", "NNPS"):  # "the governments" are never one body
            named = self._org_phrase(tok)  # "the foreign ministry of Japan", "Japan's foreign ministry"
            if named is not None:
                return [named]
            org = self._org_by_head(lemma)
            if org is not None:
                return [org]
        if (lemma in GROUP_NOUNS or lemma in PERSON_ROLE_NOUNS) and tok.dep_ == "pobj" and tok.head.lower_ in (
                "with", "to") and any(c.dep_ == "det" and c.lower_ == "each" for c in tok.children):
            return self._group(tok, lemma, as_countries, depth)  # "with each leader", "with each country"
        if tok.pos_ == "NUM" and lower in NUMBER_WORDS and tok.dep_ in ("nsubj", "nsubjpass") and _with_the(tok):
            return self._group(tok, lower, as_countries, depth)  # "the two agreed", "the three signed"
        plural = tok.tag_ in ("NNS", "NNPS") or lemma in ("both", "pair", "duo", "trio") or _capitalised_plural_post(tok)
        if plural and (lemma in GROUP_NOUNS or lower in ("sides", "parties")) and _definite_group(tok):
            return self._group(tok, lemma, as_countries, depth)
        if lemma in PERSON_ROLE_NOUNS and _with_the(tok) and _visiting(tok):
            person = self._visiting_holder(tok) or self._last_person_with_title(tok, skip=_visiting)
            return [person] if person is not None else []
        if lemma in PERSON_ROLE_NOUNS and _with_the(tok):
            person = self._last_person_with_title(tok)
            if person is not None:
                return [person]
        by_name = self._org_by_last_word(tok)
        if by_name is not None:  # "the Fund said" after "the International Monetary Fund"
            return [by_name]
        # named collectives the registry knows ("Tigray rebels", "Syrian forces"), not generic ones
        # ("Business groups", "Human rights groups"): a name or nationality must be part of the phrase
        named = any(t.ent_type_ in ("NORP", "GPE", "ORG", "LOC", "PERSON") for t in tok.lefts)
        ent = self.registry.actor(mention_text(tok), None, position=tok.idx) if named else None
        return [Mention(ent, mention_text(tok))] if ent is not None else []

    def _state_office(self, tok: Token) -> Mention | None:
        """A head's office named as the state's voice: "the Presidency of the Republic of X", "the X-ian
        Presidency", "X's Chancellery" -> X; "the President's Chancellery" -> the country of the article's one
        holder of that post. A Mention without an entity when the owner is a post no single person of a known
        country holds (never another country's body of a similar name); None when no owner is stated."""
        for owner in prep_objects(tok, "of"):
            chain = [owner]
            while len(chain) < 4 and prep_objects(chain[-1], "of"):
                chain.append(prep_objects(chain[-1], "of")[0])  # "of the Republic of X"
            for word in chain:
                country = self._country_word(word)
                if country is not None:
                    return Mention(country, mention_text(tok), True)
        for mod in tok.children:
            if mod.dep_ not in ("amod", "compound", "poss", "nmod") or mod.tag_ == "PRP$":
                continue
            country = self._country_word(mod)
            if country is not None:
                return Mention(country, mention_text(tok), True)
            if mod.dep_ != "poss":
                continue
            post = mod.lemma_.casefold() in PERSON_ROLE_NOUNS and mod.ent_type_ != "PERSON"
            people = unique_entities(p for p, title, _of in self.registry.roles
                                     if p.type == PERSON and self._has_title(p, [mod.lemma_.casefold()])) if post \
                else [m.entity for m in self.actors(mod, depth=2, agent=True) if m.entity.type == PERSON]
            countries = unique_entities(c for c in (self.country_of(p) for p in people) if c is not None)
            # several holders of the post, or none of a known country: no state can be told
            return Mention(countries[0] if len(people) == 1 and len(countries) == 1 else None,
                           mention_text(tok), True)
        return None

    def _addressed_person(self, tok: Token) -> Mention | None:
        """A form of address used alone ("Lyonchhoen said", "Dasho added"): the one person the article names
        right after that word ("Lyonchhoen Tshering Tobgay", "Dasho Karma Wangdi"); None if none or several."""
        people = []
        for other in tok.doc:
            if other.i == tok.i or other.text != tok.text or other.i + 1 >= len(tok.doc):
                continue
            if other.dep_ == "compound" and other.head.i > other.i and other.head.pos_ == "PROPN":
                head = other.head  # the name the address is a modifier of
                while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
                    head = head.head
            else:
                name = entity_of(other.nbor()) if other.nbor().text[:1].isupper() else None
                head = name.root if name is not None else None
            if head is None or not any(t.ent_type_ in NAME_LABELS for t in tok.doc[other.i : head.i + 1]):
                continue
            found = self.actor(head)
            if found is not None and found.entity.type == PERSON:
                people.append(found.entity)
        people = unique_entities(people)
        return Mention(people[0], tok.text, True) if len(people) == 1 else None

    def _list_read_as_apposition(self, tok: Token, found: Mention | None, appos: list[Token]) -> list[Mention]:
        """'Mr. A, Ms. von der B and President C met': a subject person the parser gave an apposition, and the
        words up to the verb are a list of names (a particle surname breaks the parse of the list): every person
        listed; [] unless those words are only names, titles, commas and one 'and', and name three or more."""
        if found is None or found.entity.type != PERSON or tok.dep_ not in ("nsubj", "nsubjpass") or not appos \
                or tok.head.i <= tok.i or appos[0].ent_type_ != "PERSON":
            return []
        words = tok.doc[tok.i + 1 : tok.head.i]
        if not len(words) or words[0].text != "," or sum(t.lower_ == "and" for t in words) != 1 or any(
                t.pos_ in ("VERB", "AUX", "ADP", "DET", "NUM", "PRON") or t.is_punct and t.text != "," for t in words):
            return []
        people = [found]
        for ent in span_ents(words):
            if ent.label_ != "PERSON":
                continue  # (a nationality or a body in a title: "Finnish President", "European Council President")
            named = self.actor(ent.root)  # (the name alone: `actors` would add its conjuncts)
            if named is None or named.entity.type != PERSON:
                return []
            people.append(named)
        people = unique_mentions(people)
        return people if len(people) >= 3 else []

    def _split_coordinated_modifier(self, tok: Token, modifiers: list[Token]) -> list[Mention]:
        """'Ethiopia and Tigray rebels': the parser joins the names under one noun; read 'Ethiopia' and
        'Tigray rebels' unless every part is a country ('Russian and Turkish delegations')."""
        for m in modifiers:
            parts = coordinated(m)
            if len(parts) < 2 or m.dep_ not in ("nmod", "compound") or all(
                    self.gazetteer.country(p.text) for p in parts):
                continue
            out: list[Mention] = []
            for p in parts[:-1]:
                out.extend(self._one(p, as_countries=False, depth=3))
            last = f"{parts[-1].text} {tok.text}"
            ent = self.registry.actor(last, None, position=parts[-1].idx)
            if ent is not None:
                out.append(Mention(ent, last))
            if len(out) == len(parts):
                return out
        return []

    def _people_listed_after(self, tok: Token, depth: int) -> list[Mention]:
        """The people a plural description lists right after a comma ("the Malian and Nigerien leaders, A and B,"),
        however the parser attached the names; [] unless every listed name is a person."""
        if tok.i + 1 >= tok.sent.end or tok.doc[tok.i + 1].text != ",":
            return []
        names = _names_listed_from(tok.doc, tok.i + 2, tok.sent.end)
        found = [m for n in names if n.i not in self.quoted for m in self.actors(n, depth=depth + 1, agent=True)]
        people = unique_mentions(found)
        return people if len(names) >= 2 and len(people) == len(names) and all(
            m.entity.type == PERSON for m in people) else []

    def _note_nationality(self, tok: Token, named: list[Mention]) -> None:
        """'his Turkish counterpart Hulusi Akar': remember that Akar acts for Turkey (and is a counterpart)."""
        if tok.lemma_.casefold() == "counterpart" and len(named) == 1 and named[0].entity.type == PERSON:
            self.counterparts.add(named[0].entity.key)
        for c in tok.children:
            if c.dep_ in ("amod", "compound"):
                country = self.gazetteer.demonym(c.text) or self.gazetteer.country_by_name(c.text)
                if country is not None and len(named) == 1 and named[0].entity.type == PERSON:
                    self.nationality.setdefault(named[0].entity.key, self.gazetteer.country_entity(country))

    def _as_country(self, found: list[Mention], as_countries: bool) -> list[Mention]:
        if not as_countries:
            return found
        out = []
        for m in found:
            country = self.country_of(m.entity)
            out.append(Mention(country, m.text, True) if country is not None else m)
        return out

    def _pronoun(self, tok: Token) -> list[Mention]:
        lower = tok.lower_
        relcl = tok.head if tok.head.dep_ == "relcl" else None
        if tok.tag_ in ("WP", "WDT") and lower in ("who", "that", "which") and relcl is not None:
            # "X, who met Y at the White House": the relative pronoun is the noun the clause describes
            return self.actors(relcl.head, agent=True)
        if tok.text == "He" and _mid_sentence(tok):
            # "Reeves held talks with He on Sunday": a capitalised "He" inside a sentence is a name
            person = self.registry.person_by_word("He", tok.idx)
            if person is not None:
                return [Mention(person, tok.text)]
        if lower in PRONOUNS_PERSON:
            wanted = "female" if lower in FEMININE else "male"
            reporter = _reporting_subject(tok)
            if reporter is not None:  # "X said he would travel to Y": the reporter speaks of himself
                named = [m for m in self.actors(reporter, agent=True) if m.entity.type == PERSON]
                if len(named) == 1 and _gender(named[0].entity) in (wanted, None):
                    return [Mention(named[0].entity, tok.text, True)]
            owner = tok.head.head if tok.dep_ == "poss" and tok.head.dep_ == "conj" else None
            if owner is not None and owner.i < tok.i and owner.pos_ == "PROPN":
                # "talks between A and his Czech counterpart", "with A and her delegation": the name it is joined to
                named = self.actor(owner)
                if named is not None and named.entity.type == PERSON and _gender(named.entity) in (wanted, None):
                    return [Mention(named.entity, tok.text, True)]
            # "He and His Majesty held talks": a pronoun is never the one it is coordinated with
            # (a name by the registry: resolving the whole coordination may be under way)
            # ("Kovac and he met": the parser may make the two subjects siblings)
            mates = [*tok.conjuncts, *(t for t in tok.head.children if t.i != tok.i and t.dep_ == tok.dep_ == "nsubj")]
            others = {m.entity.key for c in [*mates, *_own_clause_subjects(tok)]
                      for m in ([self.actor(c)] if c.pos_ == "PROPN" and self.actor(c) else self.actors(c, agent=True))}
            recent = [p for p in reversed(self.state.persons) if p.key not in others]
            # the latest person the pronoun can be (a name of unknown gender included: "Narendra")
            # of the last few people, one whose first name says the pronoun's gender outranks a later one whose
            # name says nothing ("Maria Lopez met R. Sundaram ... She said")
            known = next((p for p in recent[:RECENT_FOR_GENDER] if _gender(p) == wanted), None) \
                if wanted == "female" else None  # (many men's names are unknown to the list: no skipping for "he")
            # ("A travelled to X, where B welcomed him": past the clause's own subject to the one before)
            nearest = self._nearest_person_in_sentence(tok, wanted, skip=others if _own_clause_subjects(tok) else ())
            person = (nearest if nearest is not None and nearest.key not in others else None) or known or next(
                (p for p in recent if _gender(p) in (wanted, None)), None)
            return [Mention(person, tok.text, True)] if person else []
        if lower in PRONOUNS_GROUP:
            reporter = _reporting_subject(tok, named_only=False)
            if reporter is not None:  # "the two presidents said they would meet again": the reporters themselves
                named = [m for m in self.actors(reporter, agent=True) if m.entity.type in (PERSON, COUNTRY)]
                if len(named) >= 2:
                    return [Mention(m.entity, tok.text, True) for m in named]
            # "X said that he and Y did not agree ... when they met": the coordination just named
            for t in reversed(list(tok.sent[: tok.i - tok.sent.start])):
                if t.dep_ in ("nsubj", "nsubjpass") and children(t, "conj") and t.i not in self.ignored:
                    named = [m for m in self.actors(t, agent=True) if m.entity.type != "place"]
                    if len(named) >= 2:
                        return [Mention(m.entity, tok.text, True) for m in named]
                    break
            # "X is set to meet Y at the White House, their third meeting": the two people just named
            sent_start = max(self.bounds[0], tok.sent.start)
            named = self._people_in_sentence(tok)
            if tok.lower_ == "their" and len(named) == 1:  # "he sat down with X ..., their first encounter"
                subject = next((t for t in tok.doc[sent_start : tok.i] if t.dep_ in ("nsubj", "nsubjpass")
                                and t.i not in self.quoted), None)
                found = self.actors(subject, depth=1) if subject is not None else []
                named = unique_entities([*(m.entity for m in found if m.entity.type == PERSON), *named])
            if len(named) == 2 and tok.lower_ == "they" and tok.dep_ == "nsubj":
                # "A held talks with B ..., where they discussed X": the pair of the clause it hangs under
                governing = _governing_subject(tok)
                found = self.actors(governing, depth=1) if governing is not None else []
                if len(found) == 1 and found[0].entity in named:
                    return [Mention(e, tok.text, True) for e in named]
            group = named if len(named) == 2 and tok.lower_ == "their" else self._recent_group(None, None)
            return [Mention(e, tok.text, True) for e in group]
        if lower in PRONOUNS_IT:
            if self.state.issuers:
                return [Mention(e, tok.text, True) for e in self.state.issuers]
            if self.state.orgs:
                return [Mention(self.state.orgs[-1], tok.text, True)]
        return []

    def _nearest_person_in_sentence(self, tok: Token, wanted: str | None = None, skip=()) -> Entity | None:
        """'Akar stressed during his meeting' -> Akar: a person named earlier in the same sentence (not one
        whose key is in `skip`)."""
        for t in reversed(list(tok.sent[: tok.i - tok.sent.start])):
            # a name the tagger missed ("Mr Prabowo will travel ..., where he") counts when the article knows it
            # (or tagged as something else: "Dissanayake" as ORG, "Prabowo" as GPE; the registry decides whether
            # it is a person)
            if (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or t.lemma_.casefold() in PERSON_ROLE_NOUNS) \
                    and t.dep_ in ("nsubj", "nsubjpass", "appos") and t.i not in self.quoted:
                found = self._name_ending_titles(t) or self.actor(t)
                if found is None and t.dep_ != "appos" and t.lemma_.casefold() in PERSON_ROLE_NOUNS \
                        and _with_the(t):  # "The Iranian President is expected to travel to X, where he will"
                    described = self.actors(t)
                    found = described[0] if len(described) == 1 else None
                if found is not None and found.entity.type == PERSON and _gender(found.entity) in (wanted, None) \
                        and found.entity.key not in skip:
                    return found.entity
        # "The meeting, X's second with Y, came a day after he ...": no subject named, the possessor is
        owners = [t for t in tok.sent[: tok.i - tok.sent.start] if t.dep_ == "poss" and t.pos_ == "PROPN"
                  and t.i not in self.quoted]
        found = [m.entity for m in (self.actor(t) for t in owners) if m is not None and m.entity.type == PERSON
                 and _gender(m.entity) in (wanted, None)]
        return found[-1] if len(set(e.key for e in found)) == 1 else None

    def _document(self, tok: Token) -> list[Mention]:
        """'the statement said' -> its issuers; 'a joint statement' -> the parties of the last meeting
        and the countries they act for, plus whoever published it ('published by the Ministry')."""
        poss = [c for c in tok.children if c.dep_ == "poss" and c.tag_ != "PRP$" and c.ent_type_ != "DATE"]
        if poss:
            return self.actors(poss[0])
        named = [m for obj in prep_objects(tok, "by", "from", "of") for m in self.actors(obj)]
        if named:
            return named
        if tok.dep_ == "dobj" and tok.head.lemma_ in ISSUE_VERBS:  # "X and Y issued a joint statement"
            issuers = [m for s in children(tok.head, "nsubj") for m in self.actors(s, agent=True)]
            if issuers:
                return issuers
        publishers = [m for acl in children(tok, "acl") for p in acl.children if p.dep_ == "agent"
                      for obj in children(p, "pobj") for m in self.actors(obj)]
        joint = any(c.lower_ in ("joint", "final", "common") for c in tok.children)
        base = list(self.state.issuers)
        # "a joint statement issued at the end of the visit / released after the talks": the story's main
        # talks, not a call or dinner told just before
        members = self._main_meeting() if _after_the_talks(tok) else []
        if joint and not base and (members or self.state.last_meeting):
            members = members or self.state.last_meeting
            base = members + [c for c in (self.country_of(e) for e in members) if c is not None]
        return unique_mentions([Mention(e, tok.text, True) for e in base] + publishers)

    def _main_meeting(self) -> list[Entity]:
        """The group that has met named in the most sentences (the earliest on a tie): the story's talks."""
        counts: dict[tuple[str, ...], tuple[list[Entity], set[int], int]] = {}
        for order, (group, sentence) in enumerate(self.state.groups):
            key = _group_key(group)
            if key in self.state.met:
                members, sentences, first = counts.get(key, (group, set(), order))
                counts[key] = (members, sentences | {sentence}, first)
        if not counts:
            return []
        return max(counts.values(), key=lambda c: (len(c[1]), -c[2]))[0]

    def _org_phrase(self, tok: Token) -> Mention | None:
        """An organisation named by a common-noun phrase with its country ('the foreign ministry of Japan')."""
        if not any(c.dep_ in ("poss", "amod", "compound") and c.tag_ != "PRP$" for c in tok.children) and \
                not prep_objects(tok, "of"):
            return None
        end = tok.i + 1
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                end = max(t.i for t in prep.subtree) + 1
        start = min([tok.i] + [c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ != "det"])
        text = tok.doc[start:end].text
        ent = self.registry.actor(text, "ORG", position=tok.idx)
        return Mention(ent, text) if ent is not None and ent.type != PERSON else None

    def _org_by_head(self, lemma: str) -> Mention | None:
        for org in reversed(self.state.orgs):
            if lemma in org.name.casefold():
                return Mention(org, lemma, True)
        return None

    def _org_by_last_word(self, tok: Token) -> Mention | None:
        """'the Fund said' after 'the International Monetary Fund', 'the Bank' after 'the World Bank': a bare
        definite noun that ends the name of an organisation the article named, the latest such."""
        lemma = tok.lemma_.casefold()
        if tok.tag_ not in ("NN", "NNP") or not _with_the(tok) or len(list(tok.children)) != 1 \
                or lemma in PERSON_ROLE_NOUNS | GROUP_NOUNS | DOCUMENT_NOUNS | MEETING_NOUNS:
            return None  # (anything more than "the" makes it another body: "the central bank", "the bank's board")
        # the sentence's own names before it first ("an agreement with the X Fund ..., the fund said")
        span = tok.doc[max(self.bounds[0], tok.sent.start) : tok.i]
        named = [m.entity for ent in span_ents(span) if ent.label_ == "ORG" and ent.root.i not in self.quoted
                 for m in [self.actor(ent.root)] if m is not None and m.entity.type == ORGANIZATION]
        for org in [*reversed(named), *reversed(self.state.orgs)]:
            if org.name.split()[-1].casefold() in (tok.lower_, lemma):
                return Mention(org, mention_text(tok), True)
        return None

    def _government_facing(self, tok: Token, depth: int) -> Entity | None:
        """'the government and the ELN', 'Prime Minister X's government and the EU': a government coordinated
        with parties that are no states is the state the story is about (the owner's country when known,
        else the article's most-named country when it clearly leads); None when anything is unclear."""
        if prep_objects(tok, "of") or not any(c.dep_ in ("det", "poss") for c in tok.children):
            return None
        others = [c for c in coordinated(tok) if c.i != tok.i]
        partners = [m.entity for c in others for m in self._one(c, as_countries=False, depth=depth + 1)]
        if not others or len(partners) < len(others) or any(e.type == COUNTRY for e in partners):
            return None
        owners = [m.entity for c in tok.children if c.dep_ == "poss" and c.tag_ != "PRP$"
                  for m in self._one(c, as_countries=False, depth=depth + 1)]
        if any(c.dep_ == "poss" for c in tok.children) and (len(owners) != 1 or owners[0].type != PERSON):
            return None  # "its government", "the region's government": not the story's state
        known = self.country_of(owners[0]) if owners else None
        if known is not None:
            return known
        ranked = sorted(self.story_countries(tok.doc).values(), key=lambda x: -x[1])
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None
        return ranked[0][0]

    def _person_of_country(self, country: Entity, tok: Token, strict: bool = False) -> Mention | None:
        """'the Russian leader', 'his Turkish counterpart': the latest person whose post is of that
        country; else the article's only such person (the description may come before the name).
        `strict`: only a person whose post matches the description ("the President of X" is no minister)."""
        owner = self._counterpart_owner(tok)
        if owner is not None:
            return self._counterpart(country, tok, owner)
        # the post's own words ("the Portuguese prime minister": "prime", not the nationality)
        # (a nationality among the compounds is no post word: "the Moldovan President" is a president)
        post_words = [c.lower_ for c in tok.children if (c.dep_ == "compound" or c.dep_ == "amod" and c.i == tok.i - 1
                      and c.lower_ not in ("former", "interim", "acting") and is_title_word(c.lower_))
                      and not self._country_word(c)]
        wanted = [w for w in (" ".join(post_words) + " " + tok.lemma_.casefold()).split()
                  if w not in ("leader", "counterpart", "official")]

        leader = tok.lemma_.casefold() == "leader"
        heads = leader or tok.lemma_.casefold() in LEADER_WORDS or "prime" in wanted

        def fits(person: Entity) -> bool:
            return self._has_title(person, wanted) and (not leader or self.is_leader(person))

        # "the Egyptian foreign minister" is not the Egyptian president, nor "the Egyptian president" a minister
        posted = has_title_head(wanted) or leader

        def contradicts(person: Entity) -> bool:
            rank = self.is_leader(person)
            return posted and rank is not None and not fits(person) and rank != bool(heads)

        best = None
        for person in reversed(self.state.persons):
            if same_entity(self.country_of(person), country):
                if fits(person):
                    return Mention(person, mention_text(tok), True)
                # a description need not repeat the post ("the Indian security chief"), but a minister is never
                # "the leader" or "the Indonesian President"; with `strict`, only a person whose post is never stated
                if not self.titles_of(person) or not strict and not contradicts(person):
                    best = best or Mention(person, mention_text(tok), True)
        if best is not None:
            return best
        known = unique_entities([p for p, _t, of in self.registry.roles if same_entity(of, country) and fits(p)])
        if len(known) == 1:
            return Mention(known[0], mention_text(tok), True)
        # "Vladimir Putin held talks with the President of Uzbekistan X. '...,' the Russian President said":
        # the only person named so far whose country is not known, and whose known posts do not contradict
        # (`strict`: "the Emir of Qatar" is one named emir, never someone whose post is unknown)
        unplaced = [p for p in self.state.persons if self.country_of(p) is None
                    and (fits(p) or not strict and not self.titles_of(p)) and not (leader and self.is_leader(p) is False)]
        # ("the Ghanaian leader": the one head of state or government named whose country is not known; of
        # several, the one who took part in the story's main talks: the others are named in passing)
        holders = [p for p in unplaced if wanted and fits(p)]  # one who holds the post beats one whose post is unknown
        unplaced = holders or unplaced
        if len(unplaced) > 1:
            talks = {e.key for e in self._main_meeting()}
            unplaced = [p for p in unplaced if p.key in talks]
        # (a minister known to be of that country does not hold "the Ghanaian president": only one who could)
        if len(unplaced) == 1 and (wanted or leader and self.is_leader(unplaced[0])) and not any(
                same_entity(self.country_of(p), country) and (fits(p) or not self.titles_of(p))
                for p in self.state.persons):
            self.nationality[unplaced[0].key] = country
            return Mention(unplaced[0], mention_text(tok), True)
        return None

    def _counterpart_owner(self, tok: Token) -> Entity | None:
        """Whose counterpart 'his Libyan counterpart' is: the possessor, when a person whose post is known."""
        if tok.lemma_.casefold() != "counterpart":
            return None
        owners = [m.entity for c in tok.children if c.dep_ == "poss" for m in self.actors(c, agent=True)]
        return owners[0] if len(owners) == 1 and owners[0].type == PERSON and self.titles_of(owners[0]) else None

    def _counterpart(self, country: Entity, tok: Token, owner: Entity) -> Mention | None:
        """The person of `country` who holds the owner's rank: a head of state or government's counterpart
        is the other head, a minister's is no head (the latest such person; else one whose post is never
        stated; else the article's only holder of such a post)."""
        leader = bool(self.is_leader(owner))
        unknown = None
        for person in reversed(self.state.persons):
            if person != owner and same_entity(self.country_of(person), country):
                rank = self.is_leader(person)
                if rank is not None and rank == leader:
                    return Mention(person, mention_text(tok), True)
                unknown = unknown or (Mention(person, mention_text(tok), True) if rank is None else None)
        if unknown is not None:
            return unknown
        known = unique_entities([p for p, _t, of in self.registry.roles
                                 if same_entity(of, country) and p != owner and self.is_leader(p) == leader])
        if len(known) == 1:
            return Mention(known[0], mention_text(tok), True)
        unplaced = self._unplaced_of_rank(owner, leader)
        if unplaced is None:
            return None
        self.nationality[unplaced.key] = country
        return Mention(unplaced, mention_text(tok), True)

    def _unplaced_of_rank(self, owner: Entity, leader: bool) -> Entity | None:
        """'President X arrived ...; President Y received his Bhutanese counterpart': the one person named so far
        whose country the article never states and whose post has the owner's rank (a head's counterpart is
        a head, a minister's a minister); of several, the one named clearly most; None otherwise."""
        owner_country = self.country_of(owner)
        unplaced = [p for p in unique_entities(self.state.persons) if p.key != owner.key
                    and self.country_of(p) is None and self.is_leader(p) == leader
                    and not same_entity(self._country_by_code(p.country), owner_country)]
        if len(unplaced) <= 1:
            return unplaced[0] if unplaced else None
        times = self.state.times
        ranked = sorted(unplaced, key=lambda p: -times.get(p.key, 0))
        # (a person named in passing once does not tie with the visitor the story is about)
        return ranked[0] if times.get(ranked[0].key, 0) >= 2 * max(1, times.get(ranked[1].key, 0)) else None

    def _name_ending_titles(self, tok: Token) -> Mention | None:
        """A subject made of titles (coordinated, with "of" phrases) that ends in the one person's name: the
        parser hangs the name deep inside the last title ("Head of the Department of Foreign Affairs X Y")."""
        hung = tok.dep_ in ("conj", "appos") and tok.head.i in self.ignored  # under a dateline the parser made subject
        if tok.dep_ not in ("nsubj", "nsubjpass") and not hung or tok.pos_ not in ("PROPN", "NOUN") or not (
                is_title_word(tok.text) or tok.lemma_.casefold() in PERSON_ROLE_NOUNS):
            return None
        last = tok.right_edge
        after = tok.doc[last.i + 1] if last.i + 1 < len(tok.doc) else None
        # the phrase ends in the name, right before the verb
        if last.i <= tok.i or last.ent_type_ != "PERSON" or after is None or after.pos_ not in ("VERB", "AUX"):
            return None
        people = {entity_of(t).start for t in tok.subtree if t.ent_type_ == "PERSON" and entity_of(t) is not None}
        if len(people) != 1 or any(t.dep_ == "appos" for t in tok.subtree):
            return None
        found = self.actor(last)
        return found if found is not None and found.entity.type == PERSON else None

    def _holder_of_post(self, tok: Token) -> Mention | None:
        """The one person whose stated post is exactly the phrase ("the Chairman-in-Office" -> the person named
        "Council Chair-in-Office X"); None when no one or several hold it, or the phrase is a common post word."""
        phrase = tok.doc[tok.i : tok.right_edge.i + 1]
        if len(phrase) < 2 or any(t.pos_ in ("VERB", "PUNCT") and t.text != "-" for t in phrase):
            return None  # single words ("the President") are read by the rules for descriptions
        wanted = phrase.text.replace(" - ", "-").casefold()
        holders = unique_entities([p for p, title, _of in self.registry.roles
                                   if title.casefold() == wanted or title.casefold().endswith(" " + wanted)])
        return Mention(holders[0], phrase.text, True) if len(holders) == 1 else None

    def _protagonist_leader(self) -> Mention | None:
        """The head of state or government the story has named most so far (the latest on a tie)."""
        leaders = [p for p in self.state.persons if self.is_leader(p)]
        if not leaders:
            return None
        times = self.state.times
        best = max(reversed(leaders), key=lambda p: times.get(p.key, 0))
        return Mention(best, "head of state", True)

    def _sole_monarch(self) -> list[Entity]:
        """The one person the article gives a monarch's title (king, queen, sultan, emperor); [] if none or several."""
        monarchs = unique_entities([p for p, title, _of in self.registry.roles
                                    if p.type == PERSON and MONARCH_TITLES.search(title)])
        return monarchs if len(monarchs) == 1 else []

    def _has_title(self, person: Entity, words: list[str]) -> bool:
        """Every word of a description ("prime", "minister") in the person's titles; "the minister" is
        not the prime minister."""
        titles = " ".join(t.casefold() for t in self.titles_of(person))
        if "premier" in words:  # "the Premier" is the prime minister
            titles = re.sub(r"\bprime minister\b", "premier", titles)
        if "monarch" in words:  # "the Moroccan monarch" is its king
            titles = re.sub(r"\b(king|queen|emir|amir|sultan|emperor|grand duke)\b", "monarch", titles)
        if "minister" in words and "prime" not in words:
            titles = re.sub(r"\bprime minister\b", "premier", titles)
        return all(re.search(rf"\b{re.escape(w)}", titles) for w in words)

    def is_leader(self, person: Entity) -> bool | None:
        """Whether a person heads a state or government (None: no title known)."""
        titles = self.titles_of(person)
        if not titles:
            return None
        return any(LEADER_TITLES.search(t) and not re.search(r"\bvice|\bdeputy", t, re.IGNORECASE) for t in titles)

    def _last_person_with_title(self, tok: Token, skip=lambda _t: False) -> Mention | None:
        """'the prime minister', 'the foreign minister': the latest person holding that post (`skip`: modifiers
        that are no post words)."""
        words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ",
                                                                                                 "PROPN") and not skip(c)]
        words.append(tok.lemma_.casefold())
        holders = [p for p in reversed(self.state.persons) if self._has_title(p, words)]
        if not holders:
            return None
        # a holder named once in passing does not take "the prime minister" from the story's protagonist
        times = self.state.times
        main = max(holders, key=lambda p: times.get(p.key, 0))
        person = main if times.get(holders[0].key, 0) <= 1 and times.get(main.key, 0) >= 3 else holders[0]
        return Mention(person, tok.lemma_.casefold(), True)

    def _visiting_holder(self, tok: Token) -> Mention | None:
        """'the visiting president', 'the visiting foreign minister': the one person named so far who holds that
        post, the sentence's own subjects (the hosts) aside; None when no one or several do (then the latest)."""
        words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and not _visiting(c)
                 and c.pos_ in ("NOUN", "ADJ", "PROPN") and not self._country_word(c)] + [tok.lemma_.casefold()]
        hosts = {m.entity.key for s in _sentence_subjects(tok) for m in self.actors(s, depth=2)}
        holders = unique_entities([p for p in self.state.persons if p.key not in hosts and self._has_title(p, words)])
        return Mention(holders[0], mention_text(tok), True) if len(holders) == 1 else None

    def partners_of(self, person: Entity, plural: bool = False) -> list[Entity]:
        """The others of the latest pair the person was part of (with `plural`, of the latest group of three
        or more people); [] when there is none."""
        for group, _sentence in reversed(self.state.groups):
            others = [e for e in group if e.key != person.key]
            if len(others) == len(group) - 1 and (len(others) >= 2 if plural else len(others) == 1) \
                    and all(e.type == PERSON for e in others):
                return others
        return []

    def _group(self, tok: Token, lemma: str, as_countries: bool, depth: int = 0) -> list[Mention]:
        size = None
        for c in tok.children:
            if c.lower_ in NUMBER_WORDS and c.dep_ in ("nummod", "det", "predet", "amod", "quantmod"):
                size = NUMBER_WORDS[c.lower_]
        size = {"pair": 2, "duo": 2, "trio": 3}.get(lemma, NUMBER_WORDS.get(lemma, size))
        if lemma in PERSON_GROUP_NOUNS:
            kind = PERSON
        elif lemma in COUNTRY_GROUP_NOUNS or as_countries or lemma in DELEGATE_NOUNS:
            kind = COUNTRY
        else:
            kind = None
        # "the two presidents", "the foreign ministers": groups whose known posts fit the description come first
        post = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ not in NUMBER_WORDS
                and not self.gazetteer.demonym(c.text)] + [lemma] if lemma in TITLED_GROUP_NOUNS else None
        # "the Heads of State/Government" are leaders whatever their titles
        leaders = lemma == "leader" or lemma == "head" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("state", "government") for g in c.children)
            for c in tok.children)
        group = self._group_in_sentence(tok, size, kind, depth)
        # ("A met B in 2015, and the two countries signed ...": the pair just told, never an older group of countries)
        told = lemma in COUNTRY_GROUP_NOUNS and size == 2 and len(self._pair_in_sentence(tok)) == 2
        if told and not group and all(self.country_of(e) is None for e in self._pair_in_sentence(tok)):
            group = self._story_pair(tok.doc)  # neither's country stated: the two the story is about, if clear
        group = group or ([] if told else self._recent_group(size, kind, leaders=leaders, again=_meet_again(tok),
                                                              post=post, now=tense_of(tok) != "pluperfect"))
        if not group and size is not None and size >= 3 and kind != ORGANIZATION:
            group = self._gathering(size, kind)
        if leaders and size is not None and group and self._leader_tier(group) == 2:
            group = self._sole_leaders(size, group)
        if kind == COUNTRY and any(e.type != COUNTRY for e in group):
            group = self._countries_of_pair(group, tok.doc) or group
        if lemma in COUNTRY_GROUP_NOUNS and any(e.type != COUNTRY for e in group):
            group = []  # "the two countries" are countries, never the people who met when theirs are unknown
        self.resolved_groups.append(group)
        return [Mention(e, tok.text, True) for e in group]

    def _group_in_sentence(self, tok: Token, size: int | None, kind: str | None, depth: int = 0) -> list[Entity]:
        """'the US-UK trade deal that the two countries agreed', 'Kenya and Uganda said the two
        neighbours ...': a set of that size and kind named earlier in the same sentence."""
        if kind is None:
            return self._pair_in_sentence(tok) if size == 2 else []
        sent_start = max(self.bounds[0], tok.sent.start)
        for t in reversed(tok.doc[sent_start : tok.i]):
            if t.i in self.quoted or t.i in self.ignored or t.dep_ == "conj" or tok in coordinated(t):
                continue  # (a coordination holding the description itself would resolve it again)
            # "US-UK": two names joined by a hyphen
            paired = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 2 and t.nbor(-1).text == "-"]
            if not children(t, "conj") and not paired or t.pos_ not in ("PROPN", "NOUN") and not t.ent_type_:
                continue
            named = unique_entities(m.entity for x in [*paired, t] for m in self.actors(x, depth=max(depth + 1, 2)))
            if kind == COUNTRY:
                named = unique_entities(self.country_of(e) or e for e in named)
            if (len(named) == size or size is None and len(named) >= 2) and all(e.type == kind for e in named):
                return named  # "X and his counterpart Y spoke ... and confirmed that the ministers would meet"
        if kind == COUNTRY and size == 2:  # "A last met B in X, during a visit in which the two countries signed"
            pair = self._pair_in_sentence(tok)
            countries = unique_entities(c for c in (self.country_of(e) for e in pair) if c is not None)
            return countries if len(countries) == 2 else self._countries_of_pair(pair, tok.doc)
        return self._pair_in_sentence(tok) if kind == PERSON and size == 2 else []

    def _gathering(self, size: int, kind: str | None) -> list[Entity]:
        """'the three ministers' after 'A hosted the dialogue, with B and C in attendance', 'the three men' after
        'A held separate talks with each leader': no group of that size was noted, but the latest of the last
        two sentences that noted a group holds exactly that many people, its groups and names together
        (their countries when countries are meant and all are known)."""
        recent = [n for _, n in self.state.groups if n >= self.state.sentence - 2]
        if not recent:
            return []
        latest = max(recent)
        people = unique_entities([*(e for g, n in self.state.groups if n == latest for e in g if e.type == PERSON),
                                  *self.state.named.get(latest, [])])
        if len(people) != size:
            return []
        countries = unique_entities(c for c in (self.country_of(e) for e in people) if c is not None)
        return countries if kind == COUNTRY and len(countries) == size else people

    def _countries_of_pair(self, pair: list[Entity], doc) -> list[Entity]:
        """'the two countries' for a pair one of whom has no stated country ("President X received the Speaker
        of the Y Parliament, Z"): the known one's country and the story's most-named other country, when one
        country clearly leads the rest; [] otherwise."""
        countries = [self.country_of(e) for e in pair]
        if len(pair) != 2 or countries.count(None) != 1:
            return []
        known = next(c for c in countries if c is not None)
        # (`c != known` compares aliases too: a copy of the known country with other aliases may rank first, which
        # keeps a pair unresolved that a key comparison would resolve; kept as it is, see the session note)
        ranked = sorted(((n, c) for c, n in self.story_countries(doc).values() if c != known), key=lambda x: -x[0])
        if not ranked or ranked[0][0] < 2 or len(ranked) > 1 and ranked[1][0] * 2 > ranked[0][0]:
            return []
        other = ranked[0][1]
        return [known if c == known else other for c in countries]

    def _story_pair(self, doc) -> list[Entity]:
        """The two countries the article names most, when they clearly lead the rest (each named at least twice,
        a third named less than half as often as the second); [] otherwise."""
        counts = dict(self.story_countries(doc))
        for ent in doc.ents:  # (the small model tags small states as organisations: a span that is a country's name)
            country = self.gazetteer.country_by_name(ent.text) if ent.label_ == "ORG" else None
            if country is not None:
                found = self.gazetteer.country_entity(country)
                counts[found.key] = (found, counts.get(found.key, (found, 0))[1] + 1)
        return self.leading_countries(doc, 2, counts=counts)

    def leading_countries(self, doc, n: int, exclude: set[str] = frozenset(),
                          counts: dict[str, tuple[Entity, int]] | None = None) -> list[Entity]:
        """The `n` countries the article names most (keys in `exclude` aside), when they clearly lead: each named
        at least twice, and the next one less than half as often as the n-th; [] otherwise."""
        counts = self.story_countries(doc) if counts is None else counts
        ranked = sorted(((k, c) for c, k in counts.values() if c.key not in exclude), key=lambda x: -x[0])
        if n < 1 or len(ranked) < n or ranked[n - 1][0] < 2 or len(ranked) > n and ranked[n][0] * 2 > ranked[n - 1][0]:
            return []
        return [c for _k, c in ranked[:n]]

    def story_countries(self, doc) -> dict[str, tuple[Entity, int]]:
        """Each country the article names (by key), with how often, by name or demonym (read once per article)."""
        if self._country_counts is None:
            counts: dict[str, tuple[Entity, int]] = {}
            for ent in doc.ents:
                if ent.label_ not in ("GPE", "NORP"):
                    continue
                country = self.gazetteer.country(ent.text) or self.gazetteer.demonym(ent.text)
                if country is not None:
                    entity = self.gazetteer.country_entity(country)
                    counts[entity.key] = (entity, counts.get(entity.key, (entity, 0))[1] + 1)
            self._country_counts = counts
        return self._country_counts

    def _pair_in_sentence(self, tok: Token) -> list[Entity]:
        """'A paid a courtesy call on B, where the two discussed ...': exactly two people named before
        (or described: 'A welcomed his Maltese counterpart, where the two held talks')."""
        named = self._people_in_sentence(tok)
        if len(named) == 1:
            named = unique_entities([*named, *self._people_described_in_sentence(tok)])
        return named if len(named) == 2 else []

    def _people_described_in_sentence(self, tok: Token) -> list[Entity]:
        """The people that definite or possessed post nouns and personal pronouns before `tok` in the
        sentence stand for."""
        sent_start = max(self.bounds[0], tok.sent.start)
        out: list[Entity] = []
        for t in tok.doc[sent_start : tok.i]:
            if t.i in self.quoted:
                continue
            if t.lower_ in PRONOUNS_PERSON and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                out.extend(m.entity for m in self._pronoun(t))
            elif t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.casefold() in PERSON_ROLE_NOUNS \
                    and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                    and any(c.dep_ == "poss" or c.lower_ == "the" for c in t.children):
                found = [m.entity for m in self.actors(t, depth=2) if m.entity.type == PERSON]
                out.extend(found if len(found) == 1 else [])
        return out

    def _people_in_sentence(self, tok: Token) -> list[Entity]:
        """The people named (outside quotes) in the sentence before `tok`."""
        sent_start = max(self.bounds[0], tok.sent.start)
        span = tok.doc[sent_start : tok.i]
        heads = [ent.root for ent in span_ents(span) if ent.label_ in ("PERSON", "ORG", "GPE")]
        # ... and names the tagger missed here but the article knows as a person ("an assurance from Xi Jinping")
        heads += [t for t in span if t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ != "compound"
                  and not is_title_word(t.text)]
        return unique_entities(m.entity for h in sorted(heads, key=lambda t: t.i) if h.i not in self.quoted
                               for m in [self.actor(h)] if m is not None and m.entity.type == PERSON)

    def _recent_group(self, size: int | None, kind: str | None, leaders: bool = False,
                      again: bool = False, post: list[str] | None = None, now: bool = False) -> list[Entity]:
        """The group meant by "the two leaders", "both sides", "the delegations" in a later sentence.

        Groups of that size and kind (persons mapped to their countries when countries are wanted) are
        candidates. A group noted in the previous sentence is meant ("A met B on Monday. The two ..."),
        otherwise the pair the story is about: the group noted in most sentences, the latest on a tie.
        `leaders`: "the two leaders" are heads of state or government when the titles say who is.
        `again`: "the two leaders will meet again" are a group that has met.
        `now`: the description is not itself in the pluperfect, so a group only told as background is not meant."""
        found: dict[tuple, tuple[list[Entity], set[int], int]] = {}  # keys -> (members, sentences, latest note)
        met: set[tuple] = set()
        acted: set[tuple] = set()
        fallback: list[Entity] = []
        fallback_eventful = False
        for order, (group, sentence) in enumerate(self.state.groups):
            members = group
            if kind == COUNTRY and any(e.type != COUNTRY for e in group):
                members = unique_entities([self.country_of(e) or e for e in group])
                countries = [e for e in members if e.type == COUNTRY]
                if len(countries) >= 2 and group[0].type == COUNTRY:  # "A and B's counterparts, X and Y"
                    members = countries
            if size is not None and len(members) != size:
                continue
            if kind is not None and not all(e.type == kind for e in members):
                # people whose country is not known (the parties of an event before a pair named in passing)
                people = all(e.type in (PERSON, COUNTRY) for e in group)  # never a place or an organisation
                named = [e for e in group if e.type == PERSON] if kind == PERSON else group
                # ("the heads of state" after "A, B and C and their countries": the people)
                eventful = _group_key(group) in self.state.acted | self.state.met
                if people and len(named) >= 2 and (not fallback or eventful or not fallback_eventful):
                    fallback, fallback_eventful = named, eventful
                continue
            key = _group_key(members)
            if _group_key(group) in self.state.met:
                met.add(key)
            if _group_key(group) in self.state.acted:
                acted.add(key)
            sentences = found[key][1] if key in found else set()
            found[key] = (members, sentences | {sentence}, order)
        if not found:
            return fallback or self._sole_holders(size, kind, post)
        candidates = [c for k, c in found.items() if k in met] if again and met else list(found.values())
        if now:  # "the two leaders agreed" after "he said he had spoken with X": the pair of the story's own time
            told = [c for c in candidates if any((_group_key(c[0]), n) not in self.state.background for n in c[1])]
            candidates = told or candidates
        if post:  # "the two presidents" are not the two ministers named last, when the posts say so
            # (one whose post is never stated fits beside one who holds it: "X met his counterpart Y")
            fitting = [c for c in candidates if all(self._has_title(e, post) or not self.titles_of(e) for e in c[0])
                       and any(self._has_title(e, post) for e in c[0])]
            # ... a group whose every member holds it first ("the two presidents" after a president was met by
            # someone whose post the article never split off)
            # (one introduced as a holder's counterpart holds it too)
            fitting = [c for c in fitting if all(self._holds(e, post) for e in c[0])] or fitting
            # ... and never a group whose every member's known posts say otherwise ("the two ministers" are no
            # two presidents)
            candidates = fitting or [c for c in candidates if not all(
                self.titles_of(e) and not self._has_title(e, post) for e in c[0])]
            if not candidates:
                return []
        if leaders:  # known leaders first, then groups whose titles are unknown, then the rest
            tier = {id(c): self._leader_tier(c[0]) for c in candidates}
            # ... but a pair that just met, no member known to be no leader, is "both leaders" of the next sentence
            recent = [c for c in candidates if max(c[1]) >= self.state.sentence - 1 and tier[id(c)] < 2]
            candidates = recent or candidates
            best = min(tier[id(c)] for c in candidates)
            candidates = [c for c in candidates if tier[id(c)] == best]
        latest = max(max(c[1]) for c in candidates)
        if latest >= self.state.sentence - 1:  # of that sentence's groups, the one the story names most
            candidates = [c for c in candidates if latest in c[1]]
        # parties of an event outrank a pair named in passing ("with Turkey and Qatar acting as guarantors")
        return max(candidates, key=lambda c: (_group_key(c[0]) in acted, len(c[1]), c[2]))[0]

    def _sole_holders(self, size: int | None, kind: str | None, post: list[str] | None) -> list[Entity]:
        """'the two ministers' never named together: the people named so far who hold that post, when there
        are exactly that many ("A, Minister of X, led one delegation, B, Minister of Y, the other")."""
        if not post or size is None or kind not in (PERSON, None):
            return []
        holders = [p for p in self.state.persons if self._has_title(p, post)]
        return holders if len(holders) == size else []

    def _sole_leaders(self, size: int, group: list[Entity]) -> list[Entity]:
        """'the two Heads of State' when the group found has a member known to lead no state (the two ministers
        who signed): the heads of state or government the article has named, when exactly that many; none
        when more (which ones is unclear); else the group found."""
        heads = unique_entities([p for p in self.state.persons if self.is_leader(p)])
        return heads if len(heads) == size else [] if len(heads) > size else group

    def _holds(self, person: Entity, post: list[str]) -> bool:
        """Whether the person holds the post by a stated title, by a plural title over a list of names
        ("Foreign Ministers A and B"), or as a counterpart (of a holder)."""
        shared = self.shared_posts.get(person.key, "")
        return self._has_title(person, post) or person.key in self.counterparts or bool(shared) and all(
            re.search(rf"\b{re.escape(w)}", shared) for w in post)

    def _leader_tier(self, group: list[Entity]) -> int:
        known = [self.is_leader(e) for e in group]
        return 0 if all(known) else 2 if False in known else 1

    # ---- salience updates ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self, start: int, end: int):
        """Read an earlier sentence (token range `start`..`end`) for a while, then come back to the current one;
        salience is not touched ("The agreement replaces a deal signed in 2024": the parties of that deal)."""
        current = self.bounds
        self.bounds = (start, end)
        try:
            yield self
        finally:
            self.bounds = current

    def start_sentence(self, start: int, end: int) -> None:
        """Read the next sentence (token range `start`..`end`)."""
        self.bounds = (start, end)
        self.state.sentence += 1
        self.resolved_groups = []

    def note_mentions(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.entity.type == PERSON:
                _push(self.state.persons, m.entity)
                named = self.state.named.setdefault(self.state.sentence, [])
                named.extend([] if m.entity in named else [m.entity])
                self.state.times[m.entity.key] = self.state.times.get(m.entity.key, 0) + 1
            elif m.entity.type == ORGANIZATION:
                _push(self.state.orgs, m.entity)

    def note_group(self, entities: list[Entity]) -> None:
        noted = (list(entities), self.state.sentence)
        if len(entities) >= 2 and noted not in self.state.groups[-8:]:  # once per sentence
            self.state.groups.append(noted)
            if self._told_as_background(entities):
                self.state.background.add((_group_key(entities), self.state.sentence))

    def _told_as_background(self, entities: list[Entity]) -> bool:
        """Whether the current sentence names the group's members only in the pluperfect ("he said he had
        spoken by phone with X", "Y had met Z a week earlier"): an aside, not the story's present talks."""
        doc = self._described_doc
        if doc is None:
            return False
        keys = {e.key for e in entities}
        tenses = {tense_of(t) for t in doc[self.bounds[0] : self.bounds[1]]
                  if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and t.pos_ in ("PROPN", "PRON", "NOUN")
                  and t.i not in self.quoted and not children(t.head, "ccomp")  # (the reporter of the aside)
                  and any(m.entity.key in keys for m in self.actors(t, depth=2))}
        return tenses == {"pluperfect"}

    def note_event_parties(self, entities: list[Entity]) -> None:
        """The parties of a meeting or agreement: the likeliest group for a later 'the two sides'."""
        if len(entities) >= 2:
            self.state.acted.add(_group_key(entities))

    def note_meeting(self, entities: list[Entity]) -> None:
        if len(entities) >= 2:
            self.state.last_meeting = list(entities)
            self.state.met.add(_group_key(entities))
            self.state.issuers = []

    def note_issuers(self, entities: list[Entity]) -> None:
        if entities:
            self.state.issuers = unique_entities(entities)


# Plural descriptions that name the members' post ("the two presidents", "the foreign ministers").
TITLED_GROUP_NOUNS = {"president", "minister", "premier", "chancellor", "king", "emir", "sultan"}

# Descriptions only a head of state or government fits ("the Moroccan monarch", "the Indonesian President").
LEADER_WORDS = {"president", "premier", "monarch", "king", "queen", "emir", "amir", "sultan", "emperor", "chancellor"}

# Posts whose holder is "the leader" of a country.
LEADER_TITLES = re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|amir|emperor|sultan|monarch|pope|"
                           r"leader|head of (state|government)|taoiseach|crown prince|supreme leader)\b",
                           re.IGNORECASE)


MONARCH_TITLES = re.compile(r"\b(king|queen|sultan|emperor|empress|monarch)\b", re.IGNORECASE)  # styled "Majesty"


def _group_key(entities: list[Entity]) -> tuple[str, ...]:
    return tuple(sorted(e.key for e in entities))


PAST_POST_WORDS = {"then", "former", "late", "erstwhile", "ex", "onetime", "one-time", "previous"}


def _visiting(tok: Token) -> bool:
    """A post described as the guest's ("the visiting president", "the visiting Indian minister")."""
    return tok.lower_ == "visiting" or any(c.dep_ == "amod" and c.lower_ == "visiting" for c in tok.children)


def _sentence_subjects(tok: Token) -> list[Token]:
    """The subjects of the verbs that `tok` hangs under, up to its sentence's root."""
    out, head = [], tok
    while head.head.i != head.i:
        head = head.head
        out += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
    return out


def _own_clause_subjects(tok: Token) -> list[Token]:
    """'X received him', 'X spoke to her': the subjects of the verb an object pronoun hangs on, whom the
    pronoun never is (one would say "himself")."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in ("dobj", "dative", "pobj") or tok.lower_ not in ("him", "her", "them") \
            or head.pos_ not in ("VERB", "AUX") or tok.tag_ == "PRP$":
        return []
    return [s for s in head.children if s.dep_ in ("nsubj", "nsubjpass")]


def _governing_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause above the one `tok` is the subject of ("A met B in X, where they
    discussed Y" -> A); None when there is none."""
    head = tok.head
    while head.head.i != head.i:
        head = head.head
        subjects = [s for s in head.children if s.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


def _past_holders(tok: Token) -> bool:
    """'the then foreign ministers', 'the former president', 'the late prime minister': a post described as
    held in the past (not a name: 'former President X' names its holder)."""
    return tok.pos_ in ("NOUN", "PROPN") and _singular(tok) in PERSON_ROLE_NOUNS | PERSON_GROUP_NOUNS \
        and not children(tok, "appos") and any(c.dep_ in ("amod", "advmod") and c.lower_ in PAST_POST_WORDS
                                               for c in tok.children)


def _mid_sentence(tok: Token) -> bool:
    """The word is not the first of its sentence, quote or line (where any word is capitalised)."""
    before = [t for t in tok.sent[: tok.i - tok.sent.start] if not t.is_space]
    return bool(before) and not before[-1].is_quote and before[-1].text not in (":", "-", "—", "–", "(") \
        and "\n" not in tok.doc[before[-1].i: tok.i].text


def _post_of_previous(tok: Token, found: list[Mention]) -> bool:
    """A bare post in a coordination right after a comma that follows a person: that person's post,
    misparsed as another conjunct ("Winston Peters, Deputy Prime Minister and ...")."""
    if tok.dep_ != "conj" or tok.lemma_.casefold() not in PERSON_ROLE_NOUNS or not found or \
            found[-1].entity.type != PERSON or tok.head.pos_ != "PROPN":
        return False
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].text == "," and all(
        is_title_word(t.text) or t.pos_ == "DET" for t in tok.doc[start:tok.i])


def _dangling_name(tok: Token) -> Token | None:
    """The name after a comma that the parser hung on the verb rather than on the post before it
    ("received a call from the Special Envoy of X, Ambassador Qian Bo"): nothing but the post's own
    phrase may come between."""
    doc = tok.doc
    i = tok.i + 1
    while i < tok.sent.end and doc[i].text != "," and doc[i].pos_ in ("ADP", "DET", "PROPN", "ADJ", "NOUN") \
            and doc[i].ent_type_ != "PERSON":
        i += 1
    if i < tok.sent.end and doc[i].ent_type_ == "PERSON" and all(
            t.pos_ == "PROPN" or t.lower_ in ("of", "for", "the") for t in doc[tok.i + 1: i]):
        # "UAE Minister of State for Foreign Trade Thani Al Zeyoudi" with the name hung on the verb's "for"
        name = entity_of(doc[i])
        prep = name.root.head if name is not None else None
        if name is not None and name.root.dep_ == "pobj" and prep.head.pos_ == "VERB" and prep.i > tok.i:
            return name.root
        return None
    if i >= tok.sent.end - 1 or doc[i].text != ",":
        return None
    j = i + 1
    while j < tok.sent.end and is_title_word(doc[j].text) and doc[j].ent_type_ != "PERSON":
        j += 1
    name = entity_of(doc[j]) if j < tok.sent.end and doc[j].ent_type_ == "PERSON" else None
    if name is None or name.root.dep_ not in ("npadvmod", "appos", "dep") or name.root.head.pos_ != "VERB":
        return None
    return name.root


def _named_person_elsewhere(tok: Token) -> bool:
    """The word is part of a PERSON entity somewhere in the article ("Donald Trump" ... "Trump met")."""
    people = tok.doc.user_data.get("newskg_person_words")
    if people is None:
        people = {w: True for ent in tok.doc.ents if ent.label_ == "PERSON" for w in ent.text.split()}
        tok.doc.user_data["newskg_person_words"] = people
    return tok.text in people


NAME_LABELS = ("PERSON", "ORG", "GPE")  # entity labels the small model gives people's names

# A head of state's or government's office named as an institution, which news uses for the state it serves
# ("the Presidency of X said", "the Chancellery said"); "office" is left to the names of bodies.
STATE_OFFICE_NOUNS = {"presidency", "chancellery", "chancellory"}


def _bare_word(tok: Token) -> bool:
    """A capitalised one-word phrase that is no title, place-like word or sentence-initial common word."""
    return not any(c.dep_ in ("compound", "amod", "det", "poss", "prep", "nmod") for c in tok.children) \
        and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok.text) > 2 and not is_title_word(tok.text)

# Honorific styles ("His Excellency", "Her Majesty", "His Royal Highness").
STYLES = {"excellency", "highness", "majesty", "eminence", "holiness", "beatitude", "grace"}

ORG_HEADS = {"ministry", "agency", "office", "organisation", "organization", "government", "army", "military",
             "council", "commission", "committee", "department", "presidency", "kremlin", "parliament", "cabinet"}


# Words that make a name a state's body or post holder, whatever media word it holds ("Ministry of Information
# and Media", "Government Press Office", "Minister of Media X" read as an organisation).
STATE_BODY_WORDS = {"office", "ministry", "minister", "ministers", "council", "department", "government",
                    "presidency", "secretariat", "cabinet", "chancellery", "commission", "directorate", "court"}

FEMININE = {"she", "her", "hers", "herself"}
RECENT_FOR_GENDER = 3  # people named last that a gendered pronoun may skip back over


@functools.cache
def _gender_detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def _gender(person: Entity) -> str | None:
    """'male', 'female' or None (unknown or ambiguous) from the first name, with gender-guesser's
    international name list; only used to keep 'she' off a man and 'he' off a woman."""
    first = person.name.split()[0] if person.name.split() else ""
    guess = _gender_detector().get_gender(first) if len(person.name.split()) > 1 else "unknown"
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(guess)


def _after_the_talks(document: Token) -> bool:
    """'a joint statement issued at the end of the visit', '... released after the talks': the document closes
    the story's main event, named by a definite meeting noun."""
    for t in document.subtree:
        noun = t.lemma_.casefold() in MEETING_NOUNS or t.lower_ in MEETING_NOUNS
        if noun and any(d.lower_ == "the" for d in t.children) and (
                t.head.lower_ in ("after", "following") or
                t.head.lower_ == "of" and t.head.head.lower_ == "end"):
            return True
    return False


def _capitalised_plural_post(tok: Token) -> bool:
    """A plural post the tagger read as a name: "Ministers" tagged NNPS, or NNP ("the two Prime Ministers")."""
    if tok.tag_ == "NNPS":
        return _singular(tok) in PERSON_ROLE_NOUNS | PERSON_GROUP_NOUNS
    return tok.tag_ == "NNP" and tok.lower_.endswith("s") and tok.lower_[:-1] in PERSON_GROUP_NOUNS


def _singular(tok: Token) -> str:
    """The lemma of a plural noun, also when the tagger took a capitalised one for a name ("Presidents")."""
    lemma = tok.lemma_.casefold()
    return lemma[:-1] if tok.tag_ == "NNPS" and lemma.endswith("s") else lemma


def _meet_again(tok: Token) -> bool:
    """'the two leaders are expected to meet again', 'the pair will talk again': the verb the subject
    governs (through 'expected to', 'due to') is modified by 'again'."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    while verb is not None:
        if any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children):
            return True
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return False


def _with_the(tok: Token) -> bool:
    """'the President of X', 'the Head of State': a definite description."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _definite_group(tok: Token) -> bool:
    """'the two leaders', 'both sides', 'the countries', 'the defence ministers' refer back to a group;
    'officials', 'diplomats', 'opposition parties in X' are other people."""
    if any(c.dep_ == "prep" and c.lower_ not in ("of", "from") for c in tok.children):
        return False
    # a name among the modifiers is someone else's group ("EU ministers"); title words are the post's own
    # ("the two Prime Ministers")
    if any(c.pos_ == "PROPN" and c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in PERSON_ROLE_NOUNS
           for c in tok.children):
        return False
    if tok.lower_ in ("both", "pair", "duo", "trio") and tok.dep_ != "compound":
        return True
    return any(c.lower_ in ("the", "both", "these", "those", "all") or c.lower_ in NUMBER_WORDS
               for c in tok.children if c.dep_ in ("det", "predet", "nummod", "poss", "quantmod"))


def _reporting_subject(tok: Token, named_only: bool = True) -> Token | None:
    """The subject of the speech verb whose reported clause `tok` is the subject of (with `named_only`, only
    a name: "X said he would ..."; else any phrase: "the two leaders said they would ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    subj = children(tok.head.head, "nsubj")
    if not named_only:
        return subj[0] if subj and subj[0].pos_ in ("PROPN", "NOUN", "NUM") else None
    return subj[0] if subj and subj[0].pos_ == "PROPN" and subj[0].ent_type_ in ("PERSON", "ORG", "") else None


def _org_name_head(tok: Token) -> bool:
    """'the Sabaot Land Defence Force', 'the Popular Mobilisation Forces': a group word ending an organisation's name."""
    ent = entity_of(tok)
    return ent is not None and tok.ent_type_ == "ORG" and len(ent) > 1 and tok.i == ent.end - 1


def _namely(tok: Token) -> Token | None:
    """'the guarantor countries ..., namely Turkiye, Russia and Iran' (the parser may hang the list lower);
    'Eight producing countries, including X and Y' (the named members stand for the group)."""
    if tok.tag_ in ("NNS", "NNPS"):
        for c in tok.children:
            if c.lower_ in ("including", "namely") and c.dep_ == "prep":
                listed = children(c, "pobj")
                if listed:
                    return listed[0]
    for t in tok.subtree:
        if t.i != tok.i and any(c.lower_ in ("namely", "including") and c.dep_ in ("advmod", "prep", "cc")
                                for c in t.children) and t.pos_ == "PROPN":
            return t
    return None


def same_entity(a: Entity | None, b: Entity | None) -> bool:
    """The same actor, however many aliases each copy has collected (the registry's "Moldova" knows
    "Republic of Moldova", the gazetteer's does not; dataclass equality would tell them apart)."""
    return a is not None and b is not None and a.key == b.key


def unique_mentions(mentions: list[Mention]) -> list[Mention]:
    """Mentions with the first of each entity kept."""
    seen: set[str] = set()
    return [m for m in mentions if not (m.entity.key in seen or seen.add(m.entity.key))]


def _respective_counterparts(tok: Token, country_of_word) -> list[tuple[Token, Entity]]:
    """'his Polish and Ukrainian counterparts, X and Y': each name with the nationality in the same place of
    the list before the noun ([] unless the two lists are as long)."""
    doc = tok.doc
    countries = []
    i = tok.i - 1
    while i >= 0 and (doc[i].lower_ in ("and", ",") or country_of_word(doc[i]) is not None):
        if doc[i].lower_ not in ("and", ","):
            countries.insert(0, country_of_word(doc[i]))
        i -= 1
    names = _names_listed_from(doc, tok.i + 1, len(doc))
    if len(countries) < 2 or len(countries) != len(names):
        return []
    return list(zip(names, countries))


def _names_listed_from(doc, start: int, end: int) -> list[Token]:
    """The roots of the names listed from `start` ("A, B and C"), up to the first word that is neither a name
    nor a separator."""
    names: list[Token] = []
    j = start
    while j < end and (doc[j].lower_ in ("and", ",") or doc[j].ent_type_ in NAME_LABELS and doc[j].ent_iob_ == "B"):
        if doc[j].ent_type_ in NAME_LABELS:
            span = entity_of(doc[j])
            names.append(span.root if span is not None else doc[j])
            j = span.end if span is not None else j + 1
        else:
            j += 1
    return names


def _style(tok: Token) -> str:
    """'royal highness' for the 'Highness' of 'His Royal Highness' ('' when the word is no possessed style)."""
    if tok.lower_ not in STYLES:
        return ""
    before = [t.lower_ for t in tok.doc[max(tok.i - 2, 0) : tok.i]]
    if before[-1:] and before[-1] in ("his", "her"):
        return tok.lower_
    return f"royal {tok.lower_}" if before == ["his", "royal"] or before == ["her", "royal"] else ""


def _styled_name(tok: Token) -> Token | None:
    """The name right after a style, across post words ('His Royal Highness Prince X', 'His Excellency the
    President X'); None when the style stands alone ('His Royal Highness affirmed')."""
    doc = tok.doc
    i = tok.i + 1
    while i < min(tok.i + 6, len(doc)) and (doc[i].lower_ == "the" or is_title_word(doc[i].text)) \
            and doc[i].ent_type_ != "PERSON":
        i += 1
    if i < len(doc) and doc[i].ent_type_ in NAME_LABELS and doc[i].text[:1].isupper():
        span = entity_of(doc[i])
        return span.root if span is not None else doc[i]
    if i < len(doc) and i > tok.i + 1 and doc[i].pos_ == "PROPN" and not doc[i].ent_type_ and doc[i].text[:1].isupper() \
            and not any(t.lower_ == "the" for t in doc[tok.i + 1 : i]):
        # "His Majesty Sultan Haji X Y" with the name untagged at the start of a sentence: the name's last word
        # (after "the" it is a title: "His Majesty the Asantehene")
        name = doc[i]
        while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i \
                and not is_title_word(name.head.text):
            name = name.head
        return name
    return None
