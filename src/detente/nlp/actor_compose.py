"""Compositional actors (issue 14): mentions the ``actor_resolver`` builds from a country word and a noun that the
role table does not pair it with. Called from :class:`detente.nlp.actor_resolver.ActorResolver` on its composed
mentions; every rule reads the dependency parse, so a country word that modifies a thing ("Algerian oil",
"Serbian cities") or a prepositional phrase that belongs to the verb ("withdrew troops from Afghanistan") never
makes an actor, and no rule gives a country that the text does not name.

- :func:`person_nouns`: a country word (demonym, name with a possessive, place) before a noun for people that
  ``roles.yml`` lacks takes the closest CAMEO role: "Algerian landowners" -> DZAAGR, "a Lebanese man" ->
  LBNCVL, "Egyptian civil society organizations" -> EGYNGO, "two Kenyan lawyers" -> KENJUD; a noun for people
  with no CAMEO role ("Croatian experts", "Kyrgyz politicians") gives the bare country on the whole phrase; an
  ethnic or religious plural after a demonym ("Iraqi Kurds", "Syrian Christians") is that country's community.
- :func:`plural_people`: a plural demonym counted or described as people ("Thousands of Nigerians", "Young
  Algerians", "three Britons", "many Syrians") is the country's civilians (XXXCVL); a bare collective ("the
  Palestinians said") keeps the country code.
- :func:`members_of`: a role noun with no country of its own, then "from" / "at" / "with" / "for" and a
  country's institution, is that country's: "members of parliament from Kenya's ruling party" -> KENLEG,
  "journalists at Sudan's largest daily" -> SDNMED, "officials from Kansas" -> USAGOV.
- :func:`supporters`: "supporters of <a resolved person or group>" / "<person>'s followers" take the person's
  country and, for a non-state person (an opposition leader, a rebel commander), the person's role; the
  supporters of a state official are civilians of that country (XXXCVL).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from detente.nlp.token_scan import lemma_hits, lower_hits
from detente.reference.actors import country_part, role_part

if TYPE_CHECKING:
    from detente.nlp.actor_resolver import Unit

_POSSESSIVE = {"'s", "’s", "'", "’"}


def _lower_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


@dataclass(frozen=True)
class ComposeLexicon:
    """The word lists of ``data/actors/compose.yml`` (loaded with the codebook, ``Codebook.compose``), in lower
    case: ``company_descriptions`` (:func:`company_names`), ``name_links`` (:func:`acronym_names`),
    ``state_nouns`` (:func:`former_union_states`), ``seated_government_words`` (the resolver's
    ``_role_of_country``, rule 70a), ``ngo_name_heads`` (:func:`organisation_names`, rule 70e),
    ``treasury_countries`` (the resolver's ``_us_treasury``, rule 266), ``staff_nouns`` and ``staff_article_nouns``
    (the resolver's ``_staff_of``, rule 415b), ``region_roles`` and ``region_court_nouns`` (the resolver's
    ``_emit``, rule 429a), ``paired_roles`` (role codes) and ``heritage_demonyms`` (the resolver's
    ``_shared_roles``, rule 439b), ``sub_national_nouns`` (the resolver's ``_place_noun_phrase``, rule 435a) and
    ``group_name_heads`` (the resolver's ``_described_parties``, rule 435c). The resolver builds one when it loads
    its data."""

    company_descriptions: frozenset[str] = frozenset()
    name_links: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    seated_government_words: frozenset[str] = frozenset()
    ngo_name_heads: frozenset[str] = frozenset()
    dissent_nouns: frozenset[str] = frozenset()
    dissent_suppressing_verbs: frozenset[str] = frozenset()
    crowd_counts: frozenset[str] = frozenset()
    crowd_verbs: frozenset[str] = frozenset()
    crowd_support_preps: frozenset[str] = frozenset()
    dissent_modifiers: frozenset[str] = frozenset()
    dissent_claim_nouns: frozenset[str] = frozenset()
    treasury_countries: frozenset[str] = frozenset()
    staff_nouns: frozenset[str] = frozenset()
    staff_article_nouns: frozenset[str] = frozenset()
    region_roles: frozenset[str] = frozenset()
    region_court_nouns: frozenset[str] = frozenset()
    paired_roles: frozenset[str] = frozenset()
    heritage_demonyms: frozenset[str] = frozenset()
    sub_national_nouns: frozenset[str] = frozenset()
    group_name_heads: frozenset[str] = frozenset()

    @classmethod
    def from_lists(cls, lists: Mapping[str, Iterable[str]]) -> ComposeLexicon:
        """From the codebook's ``compose`` lists (list name -> words); a list left out is empty."""
        return cls(
            company_descriptions=_lower_set(lists.get("company_descriptions", ())),
            name_links=_lower_set(lists.get("name_links", ())),
            state_nouns=_lower_set(lists.get("state_nouns", ())),
            seated_government_words=_lower_set(lists.get("seated_government_words", ())),
            ngo_name_heads=_lower_set(lists.get("ngo_name_heads", ())),
            dissent_nouns=_lower_set(lists.get("dissent_nouns", ())),
            dissent_suppressing_verbs=_lower_set(lists.get("dissent_suppressing_verbs", ())),
            crowd_counts=_lower_set(lists.get("crowd_counts", ())),
            crowd_verbs=_lower_set(lists.get("crowd_verbs", ())),
            crowd_support_preps=_lower_set(lists.get("crowd_support_preps", ())),
            dissent_modifiers=_lower_set(lists.get("dissent_modifiers", ())),
            dissent_claim_nouns=_lower_set(lists.get("dissent_claim_nouns", ())),
            treasury_countries=_lower_set(lists.get("treasury_countries", ())),
            staff_nouns=_lower_set(lists.get("staff_nouns", ())),
            staff_article_nouns=_lower_set(lists.get("staff_article_nouns", ())),
            region_roles=_lower_set(lists.get("region_roles", ())),
            region_court_nouns=_lower_set(lists.get("region_court_nouns", ())),
            paired_roles=_lower_set(lists.get("paired_roles", ())),
            heritage_demonyms=_lower_set(lists.get("heritage_demonyms", ())),
            sub_national_nouns=_lower_set(lists.get("sub_national_nouns", ())),
            group_name_heads=_lower_set(lists.get("group_name_heads", ())),
        )


# Nouns for people (lemmas) that roles.yml does not list, with the closest CAMEO role; "" = people with no
# CAMEO role (the bare country). Only read after a country word that modifies them, never alone.
PERSON_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "man woman girl boy citizen civilian person individual youth teenager family resident villager "
        "passenger pensioner voter shopper commuter victim survivor hostage captive inmate detainee "
        "prisoner worshipper mourner fan homeowner householder tenant renter".split(),
        "CVL",
    ),
    **dict.fromkeys("landowner farmer peasant fisherman herder rancher planter grower".split(), "AGR"),
    **dict.fromkeys(
        "teacher lecturer professor academic scholar pupil schoolchild schoolgirl schoolboy educator "
        "researcher".split(),
        "EDU",
    ),
    **dict.fromkeys(
        "journalist reporter editor blogger broadcaster photographer cameraman columnist publisher".split(), "MED"
    ),
    **dict.fromkeys("miner dockworker oilworker unionist employee driver trucker haulier".split(), "LAB"),
    **dict.fromkeys(
        "businessman businesswoman entrepreneur executive industrialist banker merchant shopkeeper tycoon".split(),
        "BUS",
    ),
    **dict.fromkeys("doctor nurse physician surgeon paramedic medic".split(), "HLH"),
    **dict.fromkeys("lawyer attorney jurist barrister".split(), "JUD"),
    **dict.fromkeys("priest imam bishop monk nun rabbi mullah pastor preacher".split(), "REL"),
    **dict.fromkeys("sergeant colonel lieutenant corporal brigadier admiral conscript".split(), "MIL"),
    **dict.fromkeys("spy operative".split(), "SPY"),
    **dict.fromkeys("lawmaker legislator".split(), "LEG"),
    # rule 439a (issue 14, session 41, newsprec1): a country's representatives are its agents, as its officials and
    # envoys are ("Armenian representatives" ARMGOV, "the US Trade Representative" USAGOV); not one who is "of" /
    # "from" / "for" a body the phrase names ("the Niger representative of the World Food Programme": ``_people_role``)
    "representative": "GOV",
    **dict.fromkeys(
        "expert politician delegate athlete player pilot crew sailor tourist volunteer intellectual".split(), ""
    ),
    # a country's people abroad, not its state (docs/events.md rule 325): its exiles are its opposition abroad,
    # its emigrants, emigres, expatriates and diaspora its civilians ("Iranian exiles protested in London")
    "exile": "OPP",
    **dict.fromkeys("emigrant emigre émigré expatriate expat diaspora".split(), "CVL"),
}
# rule 439a: the prepositions whose object a representative acts for ("of", "from", "for" the body)
_AGENT_OF_PREPS = frozenset({"of", "from", "for"})
# "Egyptian civil society organizations", "Sudanese rights groups": a country's non-governmental organisations
_NGO_HEADS = frozenset("organization organisation group association coalition network".split())
_NGO_MODIFIERS = frozenset("civil society rights human humanitarian charitable non-governmental".split())
# "Thousands of Nigerians", "a group of Algerians": counted people
_QUANTITY_NOUNS = frozenset(
    "thousand thousands hundred hundreds dozen dozens million millions score scores tens group crowd number "
    "handful majority minority".split()
)
_QUANTITY_DETS = frozenset("many some several few thousands hundreds dozens most other ordinary".split())
# the roles a group "at" / "with" / "for" a country's institution takes from it (its members); not
# protesters, gunmen, refugees or civilians, who are at an embassy or a school without belonging to it
_MEMBER_ROLES = frozenset("GOV MIL SPY COP JUD LEG MED EDU LAB HLH BUS REL NGO".split())
_MEMBER_PREPS = frozenset({"from", "at", "with", "for"})
SUPPORTER_NOUNS = frozenset(
    "supporter supporters follower followers loyalist loyalists partisan partisans backer backers "
    "sympathizer sympathizers sympathiser sympathisers devotee devotees disciple disciples".split()
)
_STATE_ROLES = frozenset({"", "GOV", "MIL", "SPY", "COP"})
# nouns for some members of a group ("members of Hamas", "representatives from ...": ``group_members``)
MEMBER_NOUNS = frozenset("member representative delegate staff employee cadre".split())


def _bare_country(m: Unit) -> bool:
    """A mention that names a country or a place of one and nothing more (``DZA``, from "Algerian", "Algeria's",
    "Utah")."""
    return len(m.code) == 3 and m.code.isalpha() and m.kind in ("country", "place")


def _head_noun(doc: Doc, m: Unit) -> Token | None:
    """The noun the country word ``m`` modifies, when ``m`` is a modifier of it in the parse ("Algerian
    landowners", "Brazil's truck drivers": the head through compounds), else None."""
    tok = doc[m.end - 1]
    if tok.dep_ == "case" and m.end - m.start > 1:  # a possessive inside the mention
        tok = doc[m.end - 2]
    if tok.dep_ not in ("amod", "compound", "poss", "nmod"):
        return None
    head = tok.head
    while head.dep_ in ("compound",) and head.head.i > head.i and head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.i < m.end or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head


def _people_role(head: Token) -> str | None:
    """The role of a noun for people ("landowners" -> AGR, "experts" -> ""), None for a noun that names no
    people ("oil", "cities")."""
    lemma = head.lemma_.lower()
    if lemma == "family" and any(c.lower_ == "royal" for c in head.children):
        return "GOV"  # "the Saudi royal family"
    if lemma in PERSON_NOUNS:
        if PERSON_NOUNS[lemma] == "GOV" and any(
            c.dep_ == "prep" and c.lower_ in _AGENT_OF_PREPS for c in head.children
        ):
            return None  # rule 439a: "the Niger representative of the WFP" is the WFP's, not Niger's
        return PERSON_NOUNS[lemma]
    if lemma in _NGO_HEADS and head.tag_ in ("NNS", "NNPS"):
        mods = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
        if mods & _NGO_MODIFIERS:
            return "NGO"
    return None


def person_nouns(doc: Doc, mentions: list[Unit]) -> list[Unit]:
    """A bare country word before a noun for people the role table lacks: country + the noun's role, the
    mention extended over the noun (see the module docstring)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Unit] = []
    for m in mentions:
        head = _head_noun(doc, m) if _bare_country(m) else None
        if head is None or any(i in taken for i in range(m.end, head.i + 1)):
            out.append(m)
            continue
        between = doc[m.end : head.i]
        if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PART") and t.text not in _POSSESSIVE for t in between):
            out.append(m)
            continue
        role = _people_role(head)
        if role is None and m.how == "demonym" and head.tag_ == "NNPS" and head.ent_type_ == "NORP":
            role = ""  # "Iraqi Kurds", "Syrian Christians": the country's community
        if role is None:
            out.append(m)
            continue
        code = m.code + role
        out.append(replace(m, end=head.i + 1, code=code, how="title" if role else m.how))
        taken.update(range(m.end, head.i + 1))
    return out


# the roles of ``PERSON_NOUNS`` that a noun for people with no country word of its own may take from its
# sentence (``bare_people``): a country's own civilians, farmers, teachers, workers and clergy
_BARE_PEOPLE_ROLES = frozenset({"CVL", "AGR", "EDU", "LAB", "REL"})
_BARE_PEOPLE = frozenset(k for k, v in PERSON_NOUNS.items() if v in _BARE_PEOPLE_ROLES)


def bare_people(doc: Doc, mentions: list[Unit], bare: list[Unit]) -> list[Unit]:
    """``bare`` plus the nouns for people of ``PERSON_NOUNS`` (civilians, farmers, teachers, workers, clergy)
    that have no country word of their own, as bare roles: the resolver's ``_bare_roles`` gives them their
    sentence's one country under the same conditions as a bare "civilians" or "students" ("Iranian police
    tortured an inmate" -> IRNCVL, "the Nigerian authorities pressured lecturers" -> NGAEDU, "conceded to the
    protesting truck drivers" -> the sentence's LAB). A noun with a country word before it is left to
    :func:`person_nouns`; noun modifiers before it join the unit ("truck drivers"). Not a predicate noun ("as a
    citizen"), one with an "of" owner ("the family of the judge") or one capitalised inside a title."""
    from detente.nlp.actor_resolver import Unit

    taken = {i for m in mentions + bare for i in range(m.start, m.end)}
    out = list(bare)
    for i in lemma_hits(doc, _BARE_PEOPLE):
        tok = doc[i]
        if i in taken or tok.pos_ != "NOUN" or any(c.i in taken for c in tok.children if c.i < i):
            continue
        if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            continue  # "he is a citizen", "honoured him as a citizen": a description, not a party
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "the family of a judge": whose people they are is said after them
        if tok.text[:1].isupper() and not tok.is_sent_start:
            continue  # "the Plan of Action Against Children": a word of a title
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == i:
            start -= 1
        if doc[start].pos_ != "NOUN":
            continue  # "Sinaloa cartel members", "Kurdish workers": a name or a people before it
        out.append(Unit(start, i + 1, "", "", "country", "context", None, PERSON_NOUNS[tok.lemma_.lower()]))
    return sorted(out, key=lambda u: u.start)


_NAMED_ON_NOUN = frozenset({"poss", "amod", "compound", "nmod"})  # who a noun's act is, named on the noun


def _suppressing(tok: Token, words: ComposeLexicon) -> bool:
    """Whether ``tok`` is a verb (or the noun of "opened fire") of suppressing dissent, ``dissent_suppressing_verbs``
    of compose.yml; an entry of two words needs its particle ("break up", "crack down")."""
    lemma = tok.lemma_.lower()
    if lemma in words.dissent_suppressing_verbs:
        return True
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words.dissent_suppressing_verbs for c in tok.children)


def _demonym_dissent(doc: Doc, mentions: list[Unit], words: ComposeLexicon) -> list[Unit]:
    """``mentions`` with a demonym right before a suppressed dissent noun read as the noun's doers, that country's
    opposition, one mention over both words: "Sudanese soldiers crushed the Sudanese uprising" -> SDNOPP (the bare
    adjective named the state itself, and the state's forces facing the state is no event)."""
    out: list[Unit] = []
    for m in mentions:
        tok = doc[m.end] if m.end < len(doc) else None
        if (
            tok is not None
            and m.how == "demonym"
            and _bare_country(m)
            and doc[m.end - 1].head.i == tok.i
            and tok.lemma_.lower() in words.dissent_nouns
            and _suppressed(tok, set(), words)
        ):
            m = replace(m, end=tok.i + 1, code=m.code + "OPP", kind="country", name=m.name)
        out.append(m)
    return out


def _suppressed_dissent(tok: Token, taken: set[int], words: ComposeLexicon) -> bool:
    """Whether ``tok`` is a dissent noun that a suppressing verb acts on (its object, its passive subject or its "on"
    / "against" object: "crushed the protests", "the rally was dispersed", "cracked down on protests", "opened fire
    on a rally") and whose doers no mention names ("protests by students", "Kurdish protests" are theirs)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.dissent_nouns:
        return False
    return _suppressed(tok, taken, words)


def _suppressed(tok: Token, taken: set[int], words: ComposeLexicon) -> bool:
    """Whether a suppressing verb acts on the noun ``tok`` whose doers or owners no mention names (see
    :func:`_suppressed_dissent`)."""
    if any(c.i in taken for c in tok.children if c.dep_ in _NAMED_ON_NOUN):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ in ("by", "of") and any(p.i in taken for p in c.subtree) for c in tok.children
    ):
        return False
    if tok.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("agent", "prep") and c.lower_ == "by" and any(p.dep_ == "pobj" for p in c.children)
        for c in tok.head.children
    ):
        return (
            False  # "crushed protests by students", "by" on the active verb: the protests' doers ("by firing" is not)
        )
    if tok.dep_ in ("dobj", "obj", "nsubjpass"):
        return _suppressing(tok.head, words)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "against"):
        return False
    # the verb itself, or the object noun of a light verb the parser hangs the phrase on ("opened fire on a rally")
    return any(_suppressing(t, words) for t in [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")])


def claiming_modifier(tok: Token, words: ComposeLexicon) -> bool:
    """Rule 382: whether ``tok`` is a dissent modifier (``dissent_modifiers``) right before the noun of demanding it
    modifies (``dissent_claim_nouns``): "opposition demands", whose maker it names."""
    owned = tok.head
    return (
        tok.dep_ == "compound"
        and tok.lemma_.lower() in words.dissent_modifiers
        and owned.i == tok.i + 1
        and owned.lemma_.lower() in words.dissent_claim_nouns
    )


def _claimed_by_modifier(tok: Token, taken: set[int], words: ComposeLexicon) -> bool:
    """Rule 382: whether ``tok`` is a noun of demanding (``dissent_claim_nouns``) whose maker no mention names on
    the noun itself (no possessive, modifier or "by" / "of" phrase: "the EU's opposition demands", "demands of
    the EU"), so that a dissent modifier before it names the maker."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.dissent_claim_nouns:
        return False
    if any(c.i in taken for c in tok.children if c.dep_ in _NAMED_ON_NOUN):
        return False
    return not any(
        c.dep_ == "prep" and c.lower_ in ("by", "of") and any(p.i in taken for p in c.subtree) for c in tok.children
    )


def _protesting_count(tok: Token, words: ComposeLexicon) -> bool:
    """Whether ``tok`` is a bare count ("Thousands", "Hundreds", "Tens of thousands") that is the subject of a verb
    of protesting (``crowd_counts``, ``crowd_verbs`` of compose.yml): "Thousands protested in Tbilisi". Not a count
    of someone named ("Thousands of Georgians", "hundreds of police officers")."""
    if tok.lemma_.lower() not in words.crowd_counts or tok.tag_ != "NNS" or tok.dep_ != "nsubj":
        return False
    if tok.head.lemma_.lower() not in words.crowd_verbs or tok.head.pos_ != "VERB":
        return False
    owners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return all(p.lemma_.lower() in words.crowd_counts for p in owners)


def _protesting_plural(tok: Token, words: ComposeLexicon) -> bool:
    """Whether the plural demonym ``tok`` is, with no determiner ("the Russians"), the subject of a verb of
    protesting (``crowd_verbs`` of compose.yml): "Iranians protested in London" (rule 339); not one that rallies
    behind or around someone (``crowd_support_preps``: "Venezuelans rallied behind their government"). The parser
    may tag such a plural at the start of a sentence NNP ("Georgians rallied"); the caller accepts that tag with a
    final "s"."""
    if tok.dep_ != "nsubj" or any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.crowd_verbs:
        return False
    # "Venezuelans rallied behind their government": a rally of support (053), the people standing for their state
    return not any(c.dep_ == "prep" and c.lower_ in words.crowd_support_preps for c in verb.children)


def dissent_crowds(
    doc: Doc, mentions: list[Unit], bare: list[Unit], words: ComposeLexicon
) -> tuple[list[Unit], list[Unit]]:
    """``bare`` plus the implied doers of dissent no mention names, as bare roles that the resolver's ``_bare_roles``
    gives their sentence's one country, as it does a bare "protesters" (docs/events.md rule 162): a dissent noun a
    suppressing verb acts on stands for its participants, the opposition ("Police crushed the protests in Minsk" ->
    BLROPP, and so the police BLRCOP); a bare count that protests is a crowd of civilians, as "thousands of people"
    is ("Thousands protested in Tbilisi against the government" -> GEOCVL; a crowd may back the government). A noun
    whose doers are named ("protests by students"), a count of someone ("thousands of Georgians") and any noun not
    acted on ("the protests were peaceful") are left; a demonym right before a suppressed dissent noun is its doers'
    country ("crushed the Sudanese uprising" -> SDNOPP). Returns the mentions and the bare roles."""
    from detente.nlp.actor_resolver import Unit

    if not words.dissent_nouns and not words.crowd_counts:
        return mentions, bare
    mentions = _demonym_dissent(doc, mentions, words)
    taken = {i for m in mentions + bare for i in range(m.start, m.end)}
    out = list(bare)
    mentioned = {i for m in mentions for i in range(m.start, m.end)}
    # each branch below first asks for a lemma of one of the three lists, and the loop changes no token: only the
    # tokens with such a lemma are visited (speed36), one lemma column read
    listed = words.dissent_modifiers | words.dissent_nouns | words.crowd_counts
    for tok in [doc[i] for i in lemma_hits(doc, listed)]:
        owned = tok.head
        if tok.dep_ == "compound" and tok.lemma_.lower() in words.dissent_modifiers and tok.i not in mentioned:
            # "Police raid opposition offices in Baku": the opposition's offices, one unit up to their noun, in place
            # of the bare "opposition" the role matcher found (which, singular and bare, takes no country)
            if owned.pos_ == "NOUN" and owned.i == tok.i + 1 and _suppressed(owned, mentioned, words):
                out = [b for b in out if not tok.i <= b.start < owned.i + 1]
                out.append(Unit(tok.i, owned.i + 1, "", "", "country", "context", None, "OPP"))
            elif owned.i == tok.i + 1 and _claimed_by_modifier(owned, mentioned, words):
                # rule 382: "gave in to opposition demands for a new constitution": the opposition makes the demand,
                # as in "the opposition's demands"; the unit is the modifier alone, the demand noun stays the act
                out = [b for b in out if not tok.i <= b.start < owned.i + 1]
                out.append(Unit(tok.i, tok.i + 1, "", "", "country", "context", None, "OPP"))
        elif tok.i not in taken and _suppressed_dissent(tok, taken, words):
            out.append(Unit(tok.i, tok.i + 1, "", "", "country", "context", None, "OPP"))
        elif tok.i not in taken and _protesting_count(tok, words):
            # a crowd, whoever it backs ("Hundreds rallied in support of the president"), as "thousands of people"
            out.append(Unit(tok.i, tok.i + 1, "", "", "country", "context", None, "CVL"))
    return mentions, sorted(out, key=lambda u: u.start)


def plural_people(doc: Doc, mentions: list[Unit], words: ComposeLexicon) -> list[Unit]:
    """A plural demonym counted or described as people is the country's civilians (see the module
    docstring); "Thousands of Nigerians" becomes one mention. So is a bare plural demonym, with no determiner, that is
    the subject of a verb of protesting (``crowd_verbs``): "Iranians protested in London" is a crowd of Iran's
    people, not Iran's state (rule 339); "the Russians protested to Tokyo" keeps the country."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Unit] = []
    for m in mentions:
        tok = doc[m.end - 1]
        # one plural demonym ("Nigerians"), or a community a demonym composed ("Iraqi Kurds")
        people = m.end - m.start == 1 or tok.ent_type_ == "NORP"
        if m.how != "demonym" or not _bare_country(m) or not people:
            out.append(m)
            continue
        protesting = _protesting_plural(tok, words)
        prep = tok.head if tok.dep_ == "pobj" else None
        counted = prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in _QUANTITY_NOUNS
        # rule 438b: the parser may tag a counted plural NNP too ("Tens of thousands of Georgians rallied")
        slipped = (protesting or counted) and tok.tag_ == "NNP" and tok.lower_.endswith("s")
        plural = tok.tag_ in ("NNS", "NNPS") or slipped
        if not plural or tok.dep_ in ("amod", "compound", "poss", "nmod"):
            out.append(m)
            continue
        described = protesting or any(
            c.dep_ in ("nummod", "amod")
            or (c.dep_ == "det" and c.lower_ in _QUANTITY_DETS)
            # "Young Algerians" at the start of a sentence, parsed as a proper-noun compound
            or (c.dep_ == "compound" and c.i < m.start and not c.ent_type_ and c.i not in taken and c.is_title)
            for c in tok.children
        )
        start = m.start
        if prep is not None and counted:
            quantity = prep.head
            if quantity.i == prep.i - 1 and prep.i == tok.i - 1:
                start = quantity.i  # "Thousands of Nigerians"
            described = True
        if not described:
            out.append(m)
            continue
        out.append(replace(m, start=start, code=m.code + "CVL", how="title"))
    return out


def _country_in(doc: Doc, pobj: Token, by_token: dict[int, Unit], possessive_only: bool) -> Unit | None:
    """The country-coded mention a prepositional object names: the object itself ("from Kenya", "from
    Kansas") or, as a possessive or modifier of it, its owner ("Kenya's ruling party", "the Egyptian
    embassy"); with ``possessive_only`` only an owner with a possessive ("Sudan's daily")."""
    candidates: list[Token] = []
    if not possessive_only:
        candidates.append(pobj)
    for child in pobj.children:
        if child.dep_ == "poss" or (not possessive_only and child.dep_ in ("amod", "compound")):
            candidates.append(child)
    for tok in candidates:
        m = by_token.get(tok.i)
        if m is None or m.kind in ("igo", "ngo", "person"):
            continue
        country = country_part(m.code)
        if len(country) != 3 or not country.isalpha() or country in ("IGO", "NGO"):
            continue
        if tok is not pobj and tok.dep_ == "poss" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text in _POSSESSIVE):
            continue  # a pronoun-like possessor, not "Kenya's"
        return m
    return None


def members_of(doc: Doc, mentions: list[Unit], bare: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """Role nouns with no country ("members of parliament", "journalists", "officials") followed by "from",
    "at", "with" or "for" and a country or a country's institution: that country + the role (see the module
    docstring). Returns the mentions with the new ones and the bare roles left."""
    if not bare:
        return mentions, bare
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[Unit] = []
    left: list[Unit] = []
    for b in bare:
        prep = doc[b.end] if b.end < len(doc) else None
        ok = (
            b.kind != "person"
            and b.role is not None
            and prep is not None
            and prep.lower_ in _MEMBER_PREPS
            and prep.dep_ == "prep"
            and b.start <= prep.head.i < b.end
        )
        m = None
        if ok and prep is not None:
            located = prep.lower_ != "from"
            if located and b.role not in _MEMBER_ROLES:
                ok = False
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # "expelled diplomats from Poland", "withdrew 200 peacekeepers from Liberia": after a verb that
            # takes the role noun as its object, "from" is most often the verb's (where they leave), even when
            # the parse hangs it on the noun; "from Poland, Germany and Sweden" names several countries
            noun = doc[b.end - 1]
            while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
                noun = noun.head.head  # "withdrew the batch of 200 peacekeepers from ..."
            obj = noun.dep_ in ("dobj", "dative", "obj")
            several = pobj is not None and any(c.dep_ == "conj" for c in pobj.children)
            if ok and pobj is not None and not obj and not several:
                m = _country_in(doc, pobj, by_token, possessive_only=located)
        before = doc[b.start - 1] if b.start > 0 else None
        if m is None or (before is not None and before.tag_ == "PRP$"):
            left.append(b)  # "its troops from Syria": the pronoun's, not Syria's
            continue
        found.append(replace(b, code=country_part(m.code) + (b.role or ""), name=m.name, how="title"))
    if not found:
        return mentions, bare
    return sorted(mentions + found, key=lambda u: u.start), left


def group_members(doc: Doc, mentions: list[Unit]) -> list[Unit]:
    """ "members of Kenya's ruling party", "representatives from Egyptian civil society organizations",
    "members of Hamas": a noun for some members of a group that is resolved (a country's institution or role,
    an armed group, a party) is coded as that group; the members of an international organisation are not
    (they are states), nor the members of a bare country ("representatives from Kenya" is any Kenyan)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[Unit] = []
    for i in lemma_hits(doc, MEMBER_NOUNS):
        tok = doc[i]
        if tok.i in taken or tok.pos_ != "NOUN":
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            continue
        owner = by_token.get(pobj.i)
        if owner is None or owner.end != pobj.i + 1 or owner.kind in ("igo", "person"):
            continue  # the mention must end at the object's head: "Kenya's ruling party", not "Kenya's"
        country, role = country_part(owner.code), role_part(owner.code)
        if len(country) != 3 or not country.isalpha() or country in ("IGO", "NGO"):
            continue
        if not role and owner.kind not in ("group", "ngo"):
            continue
        found.append(replace(owner, start=tok.i, end=tok.i + 1, how="title", gender=None))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda u: u.start)


def supporters(doc: Doc, mentions: list[Unit]) -> list[Unit]:
    """ "supporters of X", "X's followers" for a resolved person or group X: X's country + X's role when it is
    not a role of the state, else + CVL (see the module docstring)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[Unit] = []
    for i in lower_hits(doc, SUPPORTER_NOUNS):
        tok = doc[i]
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        owner: Unit | None = None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                owner = by_token.get(pobj.i) if pobj is not None else None
            elif child.dep_ == "poss" and child.i + 1 < len(doc) and doc[child.i + 1].text in _POSSESSIVE:
                owner = by_token.get(child.i)
        if owner is None or owner.kind not in ("person", "group", "ngo"):
            continue
        country = country_part(owner.code)
        if len(country) != 3 or not country.isalpha() or country in ("IGO", "NGO"):
            continue
        role = role_part(owner.code)
        code = country + (role if role not in _STATE_ROLES else "CVL")
        found.append(replace(owner, start=tok.i, end=tok.i + 1, code=code, kind="country", how="title", gender=None))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda u: u.start)


def _name_before(doc: Doc, end: int, links: frozenset[str]) -> int | None:
    """The start of the run of capitalised words (with ``links``, lower-case words an organisation's full name
    may hold: ``name_links`` of compose.yml, between them) that ends at ``end``, if it starts with a capitalised
    word; else None."""
    start = end
    while start > 0:
        tok = doc[start - 1]
        if tok.is_sent_start and not tok.text[:1].isupper():
            break
        if tok.text[:1].isupper() and tok.is_alpha or tok.lower_ in links or tok.text in _POSSESSIVE:
            start -= 1
            if tok.is_sent_start:
                break
            continue
        break
    while start < end and not doc[start].text[:1].isupper():
        start += 1
    return start if start < end else None


def _initials(doc: Doc, start: int, end: int) -> list[str]:
    """The sorted first letters of the capitalised words of ``doc[start:end]``, empty unless it starts with one."""
    if not doc[start].text[:1].isupper():
        return []
    return sorted(t.text[0] for t in doc[start:end] if t.text[:1].isupper() and t.is_alpha)


def acronym_names(doc: Doc, mentions: list[Unit], words: ComposeLexicon) -> list[Unit]:
    """An organisation's full name followed by its resolved acronym in brackets ("National Union for the Total
    Independence of Angola (UNITA)", "the Revolutionary Armed Forces of Colombia (FARC)") is one mention with
    the acronym's code, when the capitalised words' initials are the acronym's letters in any order (a name
    written in another language than its acronym keeps its words, reordered). A country inside the name is
    part of it, not an actor of its own; a name that resolves as a whole keeps its own code (docs/events.md
    rule 46c)."""
    out = list(mentions)
    for m in mentions:
        if m.end - m.start != 1 or m.start < 2 or m.end >= len(doc):
            continue
        acronym = doc[m.start].text
        if doc[m.start - 1].text != "(" or doc[m.end].text != ")" or not (acronym.isalpha() and acronym.isupper()):
            continue
        first = _name_before(doc, m.start - 1, words.name_links)
        if first is None:
            continue
        # the longest tail of the run whose initials spell the acronym ("Officials of the United Nations
        # Development Programme (UNDP)": from "United")
        starts = [k for k in range(first, m.start - 1) if _initials(doc, k, m.start - 1) == sorted(acronym)]
        if not starts or len(acronym) < 2:
            continue
        start = starts[0]
        initials = _initials(doc, start, m.start - 1)
        inside = [u for u in out if u is not m and start <= u.start and u.end <= m.start - 1]
        if any(u.end - u.start >= len(initials) for u in inside):
            continue  # the name resolves on its own ("Rapid Support Forces (RSF)"): it decides, not the acronym
        out = [u for u in out if u not in inside]
        out[out.index(m)] = replace(m, start=start, end=m.end + 1, how="acronym name")
    return sorted(out, key=lambda u: u.start)


# the people who speak and act for a company (lemmas), beside the businessmen of ``PERSON_NOUNS`` and the
# members of ``MEMBER_NOUNS``: "Gazprom executives", "the company's managers", "a spokesman for the firm"
_COMPANY_PEOPLE = frozenset(
    {k for k, v in PERSON_NOUNS.items() if v == "BUS"}
    | MEMBER_NOUNS
    | set("official manager director chief boss chairman chairwoman spokesman spokeswoman spokesperson".split())
)
_COMPANY_PEOPLE_PREPS = frozenset({"of", "at", "from", "for"})


def _company(m: Unit | None) -> bool:
    """A mention of a company: a business role ("Chinese telecom company" -> CHNBUS) or a codebook company."""
    return m is not None and m.kind != "person" and role_part(m.code) == "BUS" and len(country_part(m.code)) == 3


def _described_company_end(doc: Doc, m: Unit, taken: set[int], descriptions: frozenset[str]) -> int:
    """For a bare country word followed by lower-case nouns and adjectives that hold a noun for a company
    (``descriptions``: ``company_descriptions`` of compose.yml, "Chinese telecoms giant ..."), the index after
    those words, else ``m.end``. Read on the words, not the parse: the parser often takes a plural noun modifier
    ("telecoms") for the head."""
    k = m.end
    described = False
    while k < len(doc) and k not in taken and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower:
        described = described or doc[k].lemma_.lower() in descriptions or doc[k].lower_ in descriptions
        k += 1
    return k if described else m.end


def _org_name_end(doc: Doc, k: int, taken: set[int]) -> int:
    """The end of the organisation's name (proper nouns the parser tags ORG) that starts at ``k``, or ``k``."""
    end = k
    while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "ORG":
        end += 1
        if end < len(doc) and doc[end].ent_iob_ != "I":
            break
    return end


def company_names(doc: Doc, mentions: list[Unit], words: ComposeLexicon) -> list[Unit]:
    """A company described and then named is one mention, the name its head, so that what is said of the name
    is said of the company:

    - a business role mention and the name the parser tags an organisation right after it, joined to it in
      the parse ("the Chinese telecom company Huawei", "Russian oil firm Surgut");
    - a bare country word, lower-case words that hold a noun for a company that is not a business role
      (``company_descriptions`` of compose.yml: giant, maker, producer, ...) and a name: "the Chinese telecoms
      giant Huawei" is CHNBUS, no longer the bare state CHN;
    - either description before a company the codebook knows, of the same country ("the Russian energy giant
      Gazprom", "Russian energy company Gazprom"): the codebook's company over the whole; before, the country
      word stayed a mention of the state beside it."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = {m.start: m for m in mentions}
    merged: set[int] = set()
    out: list[Unit] = []
    for m in mentions:
        if m.start in merged:
            continue
        described = _bare_country(m) and m.how == "demonym"
        k = _described_company_end(doc, m, taken, words.company_descriptions) if described else m.end
        if not described or k > m.end:
            if not described and not (_company(m) and m.how == "title"):
                out.append(m)
                continue
            known = starts.get(k)
            if known is not None and _company(known) and country_part(known.code) == country_part(m.code):
                out.append(replace(known, start=m.start))
                merged.add(known.start)
                continue
            last = doc[m.end - 1]
            joined = k > m.end or (k < len(doc) and (last.head.i == k or doc[k].head.i == last.i))
            end = _org_name_end(doc, k, taken) if joined else k
            if end > k:
                code = m.code + "BUS" if described else m.code
                out.append(replace(m, end=end, code=code, how="title"))
                taken.update(range(m.end, end))
                continue
        out.append(m)
    return out


def company_people(doc: Doc, mentions: list[Unit]) -> list[Unit]:
    """The people who act for a company take the company's code: a company mention that modifies or owns a
    noun for them ("Gazprom executives", "Chinese telecom company executives", "Rosneft's chief executive")
    covers the noun; the noun followed by "of" / "at" / "from" / "for" and a company ("executives of the Chinese
    telecom company", "a spokesman for Gazprom") is a mention of its own. Before, the description stayed a
    modifier of the people and the people went uncoded."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out: list[Unit] = []
    for m in mentions:
        head = _head_noun(doc, m) if _company(m) else None
        if (
            head is None
            or head.lemma_.lower() not in _COMPANY_PEOPLE
            or any(i in taken for i in range(m.end, head.i + 1))
            or any(t.pos_ not in ("ADJ", "NOUN") and t.text not in _POSSESSIVE for t in doc[m.end : head.i])
        ):
            out.append(m)
            continue
        out.append(replace(m, end=head.i + 1, how="title", gender=None))
        taken.update(range(m.end, head.i + 1))
    for i in lemma_hits(doc, _COMPANY_PEOPLE):
        tok = doc[i]
        if i in taken or tok.pos_ != "NOUN":
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in _COMPANY_PEOPLE_PREPS), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            continue
        owner = by_token.get(pobj.i)
        if owner is None or not _company(owner) or owner.end != pobj.i + 1:
            continue  # the company must be the object itself ("of Gazprom"), not a word of it
        out.append(replace(owner, start=i, end=i + 1, how="title", gender=None))
    return sorted(out, key=lambda u: u.start)


_FORMER = frozenset({"former", "ex", "ex-", "erstwhile"})


def former_union_states(doc: Doc, mentions: list[Unit], words: ComposeLexicon) -> list[Unit]:
    """A country word before a plural noun for states (``state_nouns`` of compose.yml) that are "former" ones
    ("Former Soviet republics", "the former Yugoslav republics") names the states that left that union, not the
    union's heir: the country word is dropped (before: RUS, SRB as a modifier the event rules took for the
    actor). The states have no code of their own; an organisation named with them ("... from the CIS") keeps
    its own mention."""
    out: list[Unit] = []
    for m in mentions:
        head = _head_noun(doc, m) if _bare_country(m) else None
        if (
            head is not None
            and head.lemma_.lower() in words.state_nouns
            and head.tag_ in ("NNS", "NNPS")
            and any(c.lower_ in _FORMER and c.i < m.start for c in head.children)
        ):
            continue
        out.append(m)
    return out


def organisation_names(doc: Doc, mentions: list[Unit], words: ComposeLexicon) -> list[Unit]:
    """Rule 70e (docs/events.md): a body the codebook does not know, named by an organisation entity of the
    parser whose first or last word is a noun for a non-governmental body (``ngo_name_heads`` of compose.yml:
    Association, Forum, Foundation, Federation, Society, Committee, ...) and which holds no word of another
    mention ("the World Water Forum", "the Association of African Lawyers", "the Ceasefire Monitoring
    Committee"), is a non-governmental organisation, NGO, as the PLOVER gold-standard records code such bodies. A
    name that holds a country or a known body ("the Kenya Human Rights Commission", "the UN Human Rights
    Committee") keeps what the codebook gives; one in an "at" phrase is where something happens, a venue."""
    from detente.nlp.actor_resolver import Unit

    if not words.ngo_name_heads:
        return mentions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Unit] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        toks = [t for t in ent if t.lower_ != "the"]
        if len(toks) < 2 or not all(t.is_title or t.lower_ in ("of", "for", "and", "on") for t in toks):
            continue
        if toks[0].lower_ not in words.ngo_name_heads and toks[-1].lower_ not in words.ngo_name_heads:
            continue
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "at":
            continue  # "returned ... at the National Geographic Society": where it happened, a venue
        found.append(Unit(toks[0].i, toks[-1].i + 1, "NGO", ent.text, "ngo", "name"))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions
