"""The ``actor_resolver`` spaCy component: finds who is named in the text and gives them a CAMEO-style code.

Output: ``doc.spans["actors"]``, one span per mention, ``span.label_`` = actor code (``RUSGOV``, ``USA``,
``NATO``), ``span.kb_id_`` = the canonical name, ``span._.actor_how`` = how it was named (name, alias,
demonym, capital, metonym, title, pronoun). Mentions never overlap, except the two spans a pair phrase
("the two sides") yields on the same tokens.

How, in order (all driven by the data files in ``detente/data/actors``, see ``docs/actors.md``):

1. Glued tokens the tokenizer leaves whole ("U.S.President", "U.S.-Russia") are split when a part is a
   known form, so that the parts can be matched like any other token.
2. One case-insensitive ``PhraseMatcher`` (attr LOWER) over every form of every actor, plus the stop
   phrases; the longest match wins ("Russian Foreign Minister" over "Russian", "Latin American" shadows
   "American"), and of two equally long ones the later ("Xi Jinping" over "President Xi"). Forms marked
   case-sensitive ("US", "Turkey", every person name) must match exactly, or in an all-capitals headline
   ("TURKEY"); the pronoun "us" never does.
3. A second matcher over role nouns ("forces", "foreign minister"). A country followed by a role (an
   adjective or a possessive may sit between) becomes country + role: "Russian forces" -> RUSMIL,
   "Ukraine's foreign minister" -> UKRGOV, and "the president of France" -> FRAGOV; a role word tagged as an
   adjective ("Washington's firm rejection") is no role. A title or role directly followed by a person is absorbed into
   the person's mention ("Russian President Vladimir Putin" is one RUSGOV mention); a person's code comes
   from the role period valid on ``doc._.published``.
   Ethnic, religious and regional groups (``GROUP_KINDS``, groups.jsonl) take CAMEO's own codes ("Kurdish
   fighters" -> KURREB, "Sunnis" -> MOSSUN), the country first when one is named ("Iraqi Kurds" -> IRQKUR);
   their adjectives name an actor only before a role or group noun, never inside a name (``_groups``).
4. Conservative anaphora: he/she when exactly one person of that gender is in reach (this and the two
   preceding sentences, never across a line break), "the two sides" when exactly two actors are.

Everything per document is proportional to the number of matches, not to the size of the codebook.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup, Token
from spacy.util import filter_spans

from detente.nlp import actor_compose, extensions  # noqa: F401  (extensions registers Span._.actor_how)
from detente.nlp.actor_anaphora import StateAnaphora, cataphora
from detente.nlp.actor_quotes import quoted_speakers, speaker_states, speech_verbs
from detente.nlp.causal_parse import clause_verb
from detente.nlp.codebook import ACTORS_DIR, Alias, Codebook
from detente.nlp.component import DataComponent
from detente.nlp.extensions import doc_text
from detente.nlp.syntax import is_root
from detente.nlp.title_case import lemma_tables
from detente.nlp.token_scan import ColumnMemo, SentenceStarts, lower_hits, text_hits, text_memo
from detente.reference.actors import STATE_ROLES, country_part, is_igo, primary_code, role_part
from detente.reference.countries import country_codes

SPANS_KEY = "actors"
_POSSESSIVE = {"'s", "’s", "'", "’"}
_APOSTROPHES = str.maketrans({"'": "’", "’": "'"})
_NEGATING_PREFIX = {"pro", "anti", "non", "post", "pre", "ex"}
# "Russian-backed separatists", "a London-based group", "a UN-brokered deal": the named actor backs, hosts or
# brokers; the noun it modifies is someone else, so the form names no actor of the phrase
_SUPPORTER_SUFFIX = frozenset(
    "backed based supported sponsored funded financed armed trained allied aligned brokered mediated installed "
    "inspired".split()
)


@cache
def _event_words(patterns: Path | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The event lexicon's words the resolver reads, from one read of the event coder's patterns file
    (``patterns``; None = the packaged event_patterns.yml) on first use: the verbs by which a third party brings
    two others to a meeting (`mediating_verbs`, `hosting_verbs`, `meeting_arranging_verbs`), the meeting nouns
    (`mediated_meeting_nouns`) and the `sponsor_participles` (rule 146). One definition each, in that file; read
    once for all three (two reads of the whole file before), the read shared with ``actor_quotes.speech_verbs``."""
    from detente.nlp.events.lexicon import patterns_lexicon

    lex = patterns_lexicon(patterns)
    verbs = lex.mediating_verbs | lex.hosting_verbs | lex.meeting_arranging_verbs
    return frozenset(verbs), frozenset(lex.mediated_meeting_nouns), frozenset(lex.sponsor_participles)


def _meeting_mediation_words(patterns: Path | None) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs by which a third party brings two others to a meeting and the meeting nouns (rule 100;
    ``_event_words``), read on the first hyphenated participle met."""
    verbs, nouns, _ = _event_words(patterns)
    return verbs, nouns


def _last_name_word(name: str) -> str:
    """The last word of a person's canonical name, lower case ("abbas" of "Mahmoud Abbas"); "" for one word."""
    words = name.split()
    return words[-1].lower() if len(words) > 1 else ""


def _titled_lines(doc: Doc, start: int, aliases: tuple[Alias, ...], date: str | None) -> tuple[Alias, ...]:
    """In an undated text, a person's lines whose role the words right before the name spell ("Pakistani Prime
    Minister Imran Khan" is the prime minister of 2018-2022, not the opposition leader of his current line; "Senator
    Marco Rubio"); every line when none or all do, or when the text has a date (docs/actors.md, session 27)."""
    if date or len({a.actor.role for a in aliases}) < 2:
        return aliases
    # only the words a role can spell are read (the whole text before the name was, once per mention: speed38)
    widths = [len(a.actor.role.split()) for a in aliases if a.actor.kind == "person" and a.actor.role]
    width = start if not widths or 0 in widths else max(widths)
    before = [_us_spelling(t.lower_) for t in doc[max(0, start - width) : start]]
    picked = tuple(
        a
        for a in aliases
        if a.actor.kind == "person"
        and a.actor.role
        and before[-len(a.actor.role.split()) :] == [_us_spelling(w) for w in a.actor.role.lower().split()]
    )
    return picked or aliases


def _swapped_neighbours(a: str, b: str, diff: list[int]) -> bool:
    """Whether two words of one length, differing at the positions ``diff``, differ only by two neighbouring letters
    swapped ("Germany" / "Germnay")."""
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped, changed or two neighbours swapped (not the first
    letter), both five letters or more."""
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or _swapped_neighbours(a, b, diff)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


def _by_length(names: Iterable[str]) -> dict[int, set[str]]:
    """``names`` grouped by their length."""
    index: dict[int, set[str]] = {}
    for name in names:
        index.setdefault(len(name), set()).add(name)
    return index


def _lengths_near(index: dict[int, set[str]], length: int, spread: int, same: bool) -> Iterator[str]:
    """The names of ``index`` whose length is within ``spread`` of ``length`` (``same``: that length too)."""
    for n in range(length - spread, length + spread + 1):
        if n != length or same:
            yield from index.get(n, ())


def _slip(word: str, form: str, dropped: bool = True) -> bool:
    """Whether ``word`` is ``form`` with one typing slip that keeps the first letter (docs/events.md rule 420a): two
    neighbouring letters swapped ("Germnay"), a letter dropped inside the word ("Pakistn", "Rusia"; never the last:
    "Dominic" is a given name, not Dominica; not when ``dropped`` is False) or a letter doubled ("Russsia"). A letter
    changed is no slip here: "Gambia" and "Zambia", "Malta" and "Malte" differ by one."""
    if word == form or word[:1] != form[:1]:
        return False
    if len(word) == len(form):
        return _swapped_neighbours(word, form, [i for i in range(len(word)) if word[i] != form[i]])
    if len(word) == len(form) - 1 and dropped:
        return any(form[:i] + form[i + 1 :] == word for i in range(1, len(form) - 1))
    if len(word) == len(form) + 1:
        return any(word[i] == word[i - 1] and word[:i] + word[i + 1 :] == form for i in range(1, len(word)))
    return False


def _misspelt_country_shape(text: str) -> bool:
    """Whether a token's text may be a country's name with a slip (rule 420a): five letters or more, alphabetic, in
    title case."""
    return len(text) >= 5 and text.isalpha() and text.istitle()


def _misspelt_lower_country_shape(text: str) -> bool:
    """The same in lower case (rule 435b: informal text, read only where its sentence writes another name so)."""
    return len(text) >= 5 and text.isalpha() and text.islower()


def _misspelt_shape(text: str) -> bool:
    """Whether a token's text passes the tests of :meth:`ActorResolver._misspelt_people` that read the text alone:
    a lower-case form (``Token.lower_``) of six letters or more, alphabetic (``is_alpha``) and in title case
    (``is_title``), each spaCy's lexical attribute of the text."""
    return len(text.lower()) >= 6 and text.isalpha() and text.istitle()


def _us_spelling(word: str) -> str:
    """One spelling for a title word written either way ("defence" / "defense")."""
    return "defense" if word == "defence" else word


def _mediated_meeting(participle: Token, patterns: Path | None = None) -> bool:
    """Whether a hyphenated participle after an actor brings two others to a meeting it modifies: "Egyptian-brokered
    talks", "Qatar-sponsored negotiations" (docs/events.md rule 100). There the actor is the mediator, the one the
    event coder reads as the participle's doer; a deal, truce or group so modified ("a UN-brokered ceasefire",
    "Russian-backed separatists") still names no actor of its phrase. ``patterns``: the event coder's patterns
    file (None = packaged)."""
    if participle.dep_ not in ("amod", "acl") or participle.head.i == participle.i:
        return False
    verbs, nouns = _meeting_mediation_words(patterns)
    return participle.lemma_.lower() in verbs and participle.head.lemma_.lower() in nouns


def _police_words(patterns: Path | None) -> frozenset[str]:
    """The events lexicon's `police_nouns` (police, policeman, gendarme, gendarmerie ...; rule 407)."""
    from detente.nlp.events.lexicon import patterns_lexicon

    return frozenset(patterns_lexicon(patterns).police_nouns)


def _place_nouns(patterns: Path | None) -> frozenset[str]:
    """The events lexicon's `state_strike_place_nouns` (capital, city, town, province ...; rule 416): nouns of a place
    that a country's demonym on them ("the Kenyan capital", "a Turkish border town") says lies in that country."""
    from detente.nlp.events.lexicon import patterns_lexicon

    return frozenset(patterns_lexicon(patterns).state_strike_place_nouns)


def _police_role(doc: Doc, b: Unit, patterns: Path | None) -> bool:
    """Whether the bare role ``b`` is a police force named by a `police_nouns` word ("police", "riot police",
    "police officers", "gendarmes"; rule 407): a ``COP`` role, not "security forces" or "detectives"."""
    words = _police_words(patterns)
    return b.role == "COP" and any(t.lower_ in words or t.lemma_.lower() in words for t in doc[b.start : b.end])


def _sponsor_participles(patterns: Path | None) -> frozenset[str]:
    """The events lexicon's `sponsor_participles` (rule 146: backed, funded, allied ...; ``_event_words``)."""
    return _event_words(patterns)[2]


def _sponsor_modifier(token: Token, patterns: Path | None = None) -> bool:
    """Whether ``token`` is the participle of a hyphenated sponsor modifier ("Saudi-backed", "US - funded",
    "Western-backed"; rule 146): a `sponsor_participles` word right after a hyphen. It says who backs the noun it
    modifies, not who that noun is."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in ("-", "–") and token.lower_ in _sponsor_participles(patterns)


_GLUE_SPLIT = re.compile(r"([-–—/])")
_DOTTED = re.compile(r"^((?:[A-Za-z]\.){2,})(?=[A-Za-z])")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_GLUE_CHARS = ("-", "–", "—", "/", ".")
# Roles that belong to the place they are in ("police in Uganda" is Uganda's police): domestic agents only;
# troops, officials, envoys and embassies "in" a country are often another country's ("US officials in
# Kyiv" written as "officials in Kyiv"), so they stay uncoded there.
# Plain words that may stand before a seated government word ("the senior officials in Kabul", rule 70a).
_SEATED_MODIFIERS = frozenset({"the", "senior", "top", "state", "local", "some", "several"})
_LOCATED_ROLES = frozenset(
    {"COP", "JUD", "LEG", "OPP", "CVL", "REB", "INS", "EDU", "LAB", "AGR", "REL", "HLH", "REF", "CRM", "UAF", "PTY"}
)
# Roles a bare role noun ("police", "the opposition", "the government", "journalists") may take the country
# of its sentence for, when the sentence names exactly one country and no other actor (``_bare_roles``).
# Not businesses ("set up a company"), refugees and migrants (most often another country's), health
# ("hospital" is a place) or aid groups (measured on ConfliBERT train: these gave wrong domestic pairs), nor
# the media ("Peskov told reporters": the press at a briefing is anyone's).
# A bare "Congress" / "Senate" (``context_forms``) moves to the document's most mentioned country only when that
# country is named at least this often: one mention is the target or the place of the act ("Congress approved
# sanctions on Iran", "aid to Ukraine from Congress"), not what the document is about (issue 14, session 21).
_CONTEXT_MIN_MENTIONS = 2
_CONTEXT_ROLES = frozenset("GOV MIL SPY COP JUD LEG OPP REB INS UAF CRM EDU LAB CVL AGR REL PTY".split())
# Roles that say their holders are not known ("gunmen", "assailants"): the sentence's country is theirs only where
# it names more than the victims of their act and the one reporting it (``_victims_and_speaker``, rule 52a)
_UNNAMED_AGENT_ROLES = frozenset({"UAF"})
# Dependencies of a nationality or owner named on a noun: "two Chinese engineers", "Pakistan's soldiers"
_OWNER_DEPS = frozenset({"amod", "poss", "compound", "nmod"})
# Role nouns that name weapons, not people: a bare "drones" or "missiles" is no one's agent by itself
_WEAPON_ROLES = frozenset(
    "drones missiles tanks artillery warplanes warplane jets warships submarines gunboats units".split()
)
# Words before a bare role noun that say it is someone else's or no one's: "foreign journalists", "Western
# diplomats", "social media"; a role after one of these keeps no country from its sentence.
_FOREIGN_MODIFIERS = frozenset(
    "foreign international western overseas visiting allied coalition peacekeeping expatriate exiled "
    "multinational outside other social".split()
)
# Particles of an Arab patronymic ("bin Salman": son of Salman) that a person's short form may start with
_PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})
# After a state description ("the kingdom", anaphora.yml ``state_descriptions``), words that make it another one
# ("the kingdom of heaven", "the Alliance for Change", "the alliance between two parties"); and how many
# adjectives may stand before it
_DESCRIPTION_STOPS = frozenset({"of", "for", "between", "with", "among"})
_DESCRIPTION_MODIFIERS = 4
# Entity types of counts, measures and ages: a number before a bare role noun ("18 people", "more than 500
# civilians", "two homeguards") says how many, not whose; only a name entity ("Kurdish rebels") blocks it
_ARTICLES = frozenset({"the", "a", "an"})
# verbs whose object's "of" phrase is the charge or the topic, not the object's owner: "accused the government of
# corruption", "warned the police of reprisals" (docs/events.md rule 37)
_OF_TOPIC_VERBS = frozenset({"accuse", "charge", "suspect", "convict", "acquit", "warn", "inform", "remind"})
_COUNT_ENTS = frozenset("CARDINAL QUANTITY ORDINAL DATE TIME PERCENT MONEY".split())
# docs/events.md rule 219 (docs/actors.md, "Bare roles"): a bare "the administration" is the government the
# document is about (in 2025 wire copy most often the US one), seldom that of the one country its sentence names,
# which is as often the target of its act ("The administration imposed sanctions on Rosneft" was RUSGOV -> RUSBUS):
# it takes no country from its own sentence, only the previous sentence's (``actor_anaphora``, a subject at the
# start of its sentence), as "a senior administration official" takes none
_DOCUMENT_ROLE_WORDS = frozenset({"administration"})

# Kinds of groups.jsonl: ethnic, religious and regional groups with CAMEO codes of their own (KUR, MOS, WST);
# their adjectives name an actor only before a role or group noun (``ActorResolver._groups``)
GROUP_KINDS = frozenset({"ethnic", "religion", "region"})
# rule 207d: armed role nouns an ideology adjective only describes ("Islamist militants", "Islamist fighters")
_ARMED_ROLES = frozenset({"INS", "REB", "UAF"})


def _fallbacks(bare: list[Unit], taken: set[int]) -> list[Unit]:
    """Rule 207d: the bare roles with a ``fallback`` code that no country was lent to (``taken``: the starts of the
    roles that took one), as the group's own mention ("Islamist militants" MOSRADINS where no one country is named)."""
    return [
        replace(b, code=b.fallback, kind="religion", how="title") for b in bare if b.fallback and b.start not in taken
    ]


def _ideology_armed(place: Unit, roles: list[Unit]) -> bool:
    """Rule 207d: an ideology group (a religion's RAD code: "Islamist", "Islamic extremist") right before an armed
    role noun (``_ARMED_ROLES``): the adjective describes the armed group, which is coded as a bare role."""
    return (
        place.kind == "religion"
        and place.code.endswith("RAD")
        and bool(roles)
        and all(u.is_role for u in roles)
        and roles[0].role in _ARMED_ROLES
    )


# rule 288: the head nouns of a political party that its own name or a description before it makes one ("the
# Jamaat party", "the pro-Kurdish party", "the Islamist party"), and the entity types of a modifier that names a
# time, a place or an amount, never a party ("a Christmas party", "the Geneva party" of a summit)
_PARTY_HEADS = frozenset({"party", "parties"})
_NOT_PARTY_ENTS = _COUNT_ENTS | {"EVENT", "FAC", "LOC", "GPE", "WORK_OF_ART", "LAW"}


def _party_name_word(tok: Token) -> bool:
    """Rule 288: whether ``tok``, a word before a party noun, names the party: a capitalised word not at the
    sentence's start that names no time, place or amount (``_NOT_PARTY_ENTS``), or the "pro" / "anti" of an
    attitude adjective ("pro-Kurdish")."""
    if tok.lower_ in ("pro", "anti"):
        return True
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ not in _NOT_PARTY_ENTS


def _bracket_gloss(doc: Doc, end: int, words: list[int]) -> int | None:
    """Rule 429e: the start of a bracketed gloss or acronym of one to three words right before token ``end``, every
    word inside a modifier of the party noun (``words``) with a name word before the bracket: "the Renaissance
    (Nahda) party", "the Umma (Nation) party"; else None."""
    if end < 2 or doc[end - 1].text != ")":
        return None
    inside = end - 2
    while inside >= 0 and inside in words and doc[inside].text != "(" and end - 1 - inside <= 3:
        inside -= 1
    if inside < 1 or doc[inside].text != "(" or inside == end - 2 or inside - 1 not in words:
        return None
    return inside


def _title_case_sentence(tok: Token) -> bool:
    """Whether the sentence of ``tok`` is written in title case, as a headline is (most of its words capitalised):
    its capitalised words name nothing by their case ("Russia Opens New Front")."""
    words = [t for t in tok.sent if t.is_alpha and not t.is_stop]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) * 4 > len(words) * 3


def _group_name_head(doc: Doc, tok: Token, unit_at: dict[int, Unit], roles: list[Unit]) -> bool:
    """Rule 435c: whether ``tok``, one of compose.yml's ``group_name_heads`` ("Front", "Movement", "Alliance",
    "Union", "Council"), may head a party's own name: capitalised, in no codebook name ("the European Union", "the
    Polisario Front") nor in a role of more words ("the Security Council"), not in a headline written in title case,
    and with no "of" phrase after it but a country's ("the National Union of Journalists", "the Union of Islamic
    Courts" are no party; "the Democratic Alliance of Lesotho" is)."""
    if not tok.text.istitle() or tok.i in unit_at or tok.is_sent_start or _title_case_sentence(tok):
        return False
    if any(r.start <= tok.i < r.end and (r.start, r.end) != (tok.i, tok.i + 1) for r in roles):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
        after = unit_at.get(tok.i + 2)
        return after is not None and after.start == tok.i + 2 and after.kind == "country"
    return True


def _described_parties(
    doc: Doc, units: list[Unit], roles: list[Unit], name_heads: frozenset[str] = frozenset()
) -> list[Unit]:
    """Rule 288: a party noun (``_PARTY_HEADS``) heading its noun phrase, with a name or an attitude adjective
    right before it that no role covers, is a party (PTY) as the listed ones are: "banned the Jamaat-e-Islami
    party", "the pro-Kurdish party" (the span from the first naming word; a bare role, its sentence's country),
    "the Islamist party", "the Kurdish party" (the noun alone after a group's adjective, composed with it as "the
    Kurdish political party" is; after a country's name the name words alone, composed with it: "Cambodia National
    Rescue Party" KHMPTY). Not a party to something ("a party to the conflict"), not a noun modifier ("party
    leaders" stay as they were), not the noun alone after a country's name or adjective ("the Russian party" in
    talks is its side) or after lower-case words ("the warring parties", "a third party"), nor with a negated
    name before it ("U.S. and non-U.S. parties" to a transaction). Rule 435c (session 41): a capitalised head of
    ``name_heads`` (compose.yml's ``group_name_heads``: "the Popular Front", "the Patriotic Movement", "the People's
    Alliance", "the Socialist Union") that ``_group_name_head`` allows is read the same way, its capitalised
    possessor a name word too ("People's"); a head that is itself a role ("Union", labour) keeps its role when a role
    word names it ("the Teachers Union")."""
    in_role = {i for r in roles for i in range(r.start, r.end)}
    role_at = {i: r.role for r in roles for i in range(r.start, r.end)}
    unit_at = {i: u for u in units for i in range(u.start, u.end)}
    found = []
    # only the tokens written as a party noun (speed36): the loop changes no token
    for tok in [doc[i] for i in lower_hits(doc, _PARTY_HEADS | name_heads)]:
        group_head = tok.lower_ in name_heads and tok.lower_ not in _PARTY_HEADS
        if group_head and not _group_name_head(doc, tok, unit_at, roles):
            continue
        if (
            (tok.lower_ not in _PARTY_HEADS and not group_head)
            or (tok.i in in_role and not group_head)
            or tok.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        if tok.dep_ in ("compound", "amod") or any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            continue
        kinds = ("amod", "compound", "nmod", "poss") if group_head else ("amod", "compound", "nmod")
        modifiers = [c for c in tok.lefts if c.dep_ in kinds]
        words = sorted({t.i for c in modifiers for t in c.subtree if t.i < tok.i})
        start = tok.i
        # rule 425d (session 40): a capitalised role word in a capitalised party's name is a name word ("the Workers
        # Party", "Brazil's Farmers Party"), not the role
        named_role = tok.text == "Party" or (group_head and tok.i not in in_role)
        while start - 1 not in unit_at and (
            start - 1 not in in_role
            or (
                named_role
                and start - 1 in words
                and _party_name_word(doc[start - 1])
                # rule 435c: a state's institution names a state body, not a party ("the Transitional Military
                # Council"); a people's or a trade's word names a party ("the People's Alliance")
                and not (group_head and role_at.get(start - 1) in _STATE_INSTITUTIONS)
            )
        ):
            if start - 1 in words:
                start -= 1
            elif (gloss := _bracket_gloss(doc, start, words)) is not None:
                start = gloss  # rule 429e: "the Renaissance (Nahda) party"
            else:
                break
        named = [doc[i] for i in range(start, tok.i) if not doc[i].is_punct]
        before = unit_at.get(start - 1)
        if before is not None and before.end == start and before.kind in GROUP_KINDS and start - 1 in words:
            named.append(doc[start - 1])  # "the Islamist party": the group's adjective, composed as a place
        if any(t.lower_ in _NEGATING_PREFIX - {"pro", "anti"} for t in named):
            continue  # "U.S. and non-U.S. parties" to a deal: any party that is not of the named state
        if any(_party_name_word(t) for t in named):
            found.append(Unit(start, tok.i + 1, role="PTY"))
    return found


_IDENTITY_KINDS = frozenset({"ethnic", "religion"})
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern southeastern "
    "southwestern".split()
)
# Roles of a state's institutions: after a group's adjective they name an office holder of some state, not the
# group ("Sunni lawmakers", "Kurdish officials"), except the heads that speak for the group ("Kurdish leaders")
_INSTITUTION_ROLES = frozenset({"GOV", "MIL", "SPY", "COP", "LEG", "JUD"})
_GROUP_HEADS = frozenset(
    "leader leaders leadership spokesman spokeswoman spokesperson representatives representative".split()
)
# The head nouns of one person's high office, a head of state or government or a minister ("the prime
# minister", "Labor Minister X", "Treasury Secretary X", "the emir"): such an office holder, singular, takes
# its sentence's one country without a non-state actor beside it (``ActorResolver._office_holder``). Envoys,
# ambassadors, spokesmen, officials and leaders are left out: they speak of other countries as often.
# what the parser's entity recogniser calls a capitalised portfolio word ("Labour", "Health") before an office
_PORTFOLIO_ENTS = frozenset({"", "ORG", "PERSON"})
_OFFICE_HEADS = frozenset(
    "president vice-president premier chancellor minister secretary king queen emir emperor monarch prince "
    "governor mayor".split()
)
# Collective nouns a role noun may modify to name one organised actor ("rebel group", "opposition party",
# "police services"): the collective noun heads the phrase, and headline style drops its article ("demands from
# rebel group"), so a singular one needs none; a role noun before any other noun ("banned rebel activity")
# still does (``_group_head``)
_COLLECTIVE_HEADS = frozenset(
    "group groups party parties movement movements faction factions alliance coalition organisation organization "
    "organisations organizations militia militias network service services force forces".split()
)
# Adjectives that place a role inside its country ("national newspapers", "municipal police services", "the
# federal government", "local officials", "state media"): such a role takes its sentence's one country also
# where a bare one would not, a state role with no non-state actor beside it or the media, businesses, health
# and aid groups (``_DOMESTIC_SCOPE_ROLES``), when that country is named as a state, a place or a state's
# institution and not only as the people of a demonym ("Local journalists interviewed two Russian tourists" stays
# uncoded: the tourists are foreigners where the journalists are local), and not bare in the role's own clause
# (``ActorResolver._country_in_own_clause``)
_DOMESTIC_MODIFIERS = frozenset("national local municipal provincial federal domestic state".split())
_DOMESTIC_SCOPE_ROLES = frozenset("MED BUS HLH NGO".split())
_STATE_INSTITUTIONS = frozenset({"", "GOV", "MIL", "SPY", "COP", "JUD", "LEG"})
# "authorities" exercise power where they are: a bare "the authorities" whose sentence names its one country only
# as the place of an act ("Authorities eased the curfew as shops reopened in Amman") are that country's, where
# troops, officials or envoys there are as often another country's (``_LOCATED_ROLES``)
_TERRITORIAL_ROLES = frozenset({"authorities"})
# non-state roles whose bare noun takes the country of the place of its own act when the sentence names two
# countries (rule 68c: "Students rallied against Israel in Dhaka"); a state's roles do not (troops, officials or
# envoys in a place are as often another country's), nor unnamed attackers (rule 52a: "Gunmen killed three Egyptian
# soldiers in Libya" does not say whose they are)
_PLACED_ROLES = _CONTEXT_ROLES - STATE_ROLES - {"JUD", "LEG"} - _UNNAMED_AGENT_ROLES
# rule 217: armed groups CAMEO codes by the place they fight in, whoever backs them or whatever they are for
_FOUGHT_PLACE_ROLES = frozenset({"REB", "INS"})
# rule 217b: voices a "pro-" attitude toward their own state describes ("pro-Kremlin bloggers", "pro-government
# commentators" of one named state); not protesters (a rally's side), lawmakers or officials (a state's own offices)
_ATTITUDE_ROLES = frozenset({"MED", "CVL"})


def _backer_or_attitude(doc: Doc, start: int) -> bool:
    """Rule 217: whether the words right before ``start`` are a hyphenated backer ("Moscow-backed", "Iran - funded":
    a `_SUPPORTER_SUFFIX` participle after a hyphen) or a "pro-" attitude ("pro-Russian", "Pro-Kremlin")."""
    if start < 2:
        return False
    before, hyphen = doc[start - 1], doc[start - 2]
    if before.lower_.startswith("pro-"):
        return True
    if hyphen.text != "-":
        return False
    if before.lower_ in _SUPPORTER_SUFFIX:
        return True
    return start >= 3 and doc[start - 3].lower_ == "pro"


# prepositions of a verb whose object may carry the place of the act in its own "in" phrase ("outside the embassy in
# Amman")
_LOCATIVE_PREPS = frozenset({"outside", "near", "at", "before", "across", "through", "throughout"})
# rule 403a: the prepositions whose object is the place of an unnamed attacker's act ("in Kenya's Lamu county")
_ACT_PLACE_PREPS = _LOCATIVE_PREPS | {"in"}
# rule 337: the prepositions that carry the object of a verb + bare noun idiom ("set fire to", "opened fire on",
# "laid siege to", "took aim at")
_IDIOM_OBJECT_PREPS = frozenset({"to", "on", "upon", "at"})
# a region's adjective names the region's states only before one of these ("Arab states", "African countries")
_REGION_NOUNS = frozenset({"countries", "states", "nations", "powers", "capitals"})
# rule 78d: one unnamed state of a region or a people, said with an indefinite article ("an Arab country", "another
# African nation", "a European country"), names them as the plural does ("Arab countries"); "state" is left out
# ("an Islamic state", "the Jewish state" name a polity or one known country)
_ONE_STATE_NOUNS = frozenset({"country", "nation"})
# rule 350: "the" + a group's adjective + this noun names the whole group, as its plural name does ("the Arab
# world" is the Arabs, ARB; "the Muslim world" MOS; "the Western world" WST)
_WHOLE_NOUN = "world"
_INDEFINITE = frozenset({"a", "an", "another", "one"})


# "new EU members", "other NATO countries", "several EU states": some members of an organisation, not the
# organisation itself; such a mention is dropped (``ActorResolver._igo_members``)
_IGO_MEMBERS = frozenset(
    "member members countries country states state nations nation governments government allies ally".split()
)
# "Iran's UN envoy", "the Chinese UN ambassador": a country's envoy to an organisation (``ActorResolver._igo_envoy``)
_IGO_ENVOYS = frozenset(
    "envoy envoys ambassador ambassadors representative representatives delegate delegates delegation "
    "emissary mission".split()
)
_IGO_SUBSET = frozenset(
    "new other some several many few most two three four five six seven ten individual remaining fellow "
    "candidate prospective future former non smaller larger poorer richer eastern western southern northern "
    "key certain".split()
)


def _named_office(doc: Doc, before: Token, end: int) -> bool:
    """Whether the entity of the word ``before`` a role noun ends with the role (``end`` being the role's end):
    then the entity is the office's own name ("The Supreme Court", "Federal Police", "the Green Party", "The SA
    Government"), not a name in front of a role ("Kurdish rebels", "Hamas fighters"), and it takes its
    sentence's one country as the bare role does. The entity's other words are no actor forms (those would
    have composed with the role)."""
    if before.ent_type_ != "ORG" or doc[end - 1].ent_type_ != "ORG":
        return False
    one_entity = all(doc[i].ent_iob_ == "I" for i in range(before.i + 1, end))
    if not one_entity or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return False
    start = before.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    # the role is the name's head noun: not "the Plan of Action to End Violence Against Children"
    return doc[start:end].root.i == end - 1


def _group_head(doc: Doc, start: int, end: int) -> Token | None:
    """The collective noun (``_COLLECTIVE_HEADS``) or noun for members (``actor_compose.MEMBER_NOUNS``) that the role
    noun ``doc[start:end]`` modifies as the head of its noun phrase ("rebel group", "municipal police services", "a
    second opposition member"), through other noun modifiers; None when the role is the head itself or modifies
    another noun ("rebel activity", "rebel group leaders")."""
    tok = doc[end - 1]
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head
        if any(t.dep_ != "compound" for t in doc[end : tok.i]):
            return None
    if tok.i < end - 1 or tok.dep_ == "compound":
        return None
    if tok.lower_ in _COLLECTIVE_HEADS or (tok.i >= end and tok.lemma_.lower() in actor_compose.MEMBER_NOUNS):
        return tok
    return None


def _idiom_noun_before(prep: Token) -> bool:
    """Whether the preposition ``prep`` of a verb follows right after that verb's direct object, a bare singular
    common noun with no word of its own (no determiner, modifier or number): the noun of a verb + noun idiom whose
    object is the preposition's ("set fire to", "opened fire on", "laid siege to", "took aim at"; rule 337)."""
    if prep.i == 0:
        return False
    noun = prep.doc[prep.i - 1]
    return (
        noun.dep_ in ("dobj", "obj")
        and noun.head == prep.head
        and noun.tag_ == "NN"
        and not any(True for _ in noun.children)
    )


def _domestic_scope(doc: Doc, start: int, end: int) -> bool:
    """Whether a domestic adjective (``_DOMESTIC_MODIFIERS``) modifies the role ``doc[start:end]`` or the collective
    noun it heads: inside the role ("state media"), as an adjective or noun modifier of its head word ("the federal
    government", "national newspapers", "municipal police services") or in one ("state-run media")."""
    head = _group_head(doc, start, end) or doc[start:end].root
    words = [t for t in doc[start:end] if t.i < head.i]
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < start:
            words.extend(child.subtree)
    return any(t.lower_ in _DOMESTIC_MODIFIERS for t in words)


def _place_of_act(doc: Doc, m: Unit) -> bool:
    """Whether the mention ``m`` is a country or a place named as where something happens: the object of "in"
    ("reopen in Amman", "a curfew in New York City"), with no role of its own."""
    if m.kind not in ("country", "place") or role_part(m.code) or m.how == "demonym":
        return False
    root = doc[m.start : m.end].root
    return root.dep_ == "pobj" and root.head.lower_ == "in"


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


OCCUPIER_PARTICIPLES = frozenset({"occupied", "annexed", "held", "controlled"})


# rule 236b: a document named after the city it was signed in ("the Ottawa convention", "the Minsk agreements", "the
# Paris climate agreement"): the city is no party of the document
def _occupied_places(doc: Doc, mentions: list[Unit]) -> list[Unit]:
    """Rule 223: a place named after its occupier ("Russian-occupied Crimea", "the Israeli-occupied Golan Heights",
    "Moscow-annexed Kherson") is the occupier's holding: the place's own mention, which would code the state that
    holds it in law (rule 220), is dropped, so that the occupier's mention stands for the compound. Only a state's
    mention (a three-letter code: a country, its demonym or its capital) before a hyphen and one of
    ``OCCUPIER_PARTICIPLES`` counts; "rebel-held" names no state, and a place with no occupier keeps its code."""
    states = {m.end: m for m in mentions if m.kind in ("country", "place") and len(m.code) == 3}
    out = []
    for m in mentions:
        k = m.start
        occupied = (
            m.kind in ("country", "place")
            and k >= 3
            and doc[k - 1].lower_ in OCCUPIER_PARTICIPLES
            and doc[k - 2].text == "-"
            and k - 2 in states
            and states[k - 2].code != m.code
        )
        if not occupied:
            out.append(m)
    return out


# rules 236b, 238b: nouns of a document or a diplomatic track that a city names ("the Washington Accords", "the Doha
# declaration", "the Minsk agreements", "the Ottawa convention", "the Astana process")
NAMED_DOCUMENT_NOUNS = frozenset(
    {
        "accord",
        "accords",
        "agreement",
        "agreements",
        "declaration",
        "protocol",
        "protocols",
        "treaty",
        "pact",
        "charter",
        "convention",
        "conventions",
        "communique",
        "communiqué",
        "framework",
        "process",
        "format",
        "memorandum",
    }
)

# rule 263: nouns of a meeting that a city names as its venue when the noun has its own "with" / "between" party
# ("the Budapest summit with Putin", "the Geneva talks between Russia and Ukraine"); alone ("the Washington talks")
# the city keeps its reading
NAMED_MEETING_NOUNS = frozenset({"summit", "talks", "meeting", "negotiations", "conference"})
MEETING_PARTY_PREPS = frozenset({"with", "between"})


def _document_places(doc: Doc, mentions: list[Unit]) -> list[Unit]:
    """Rules 236b and 238b: a city (a capital or a place mention) that names a document or a diplomatic track
    (``NAMED_DOCUMENT_NOUNS``), right before the noun or as a compound of it, names where it was signed or held,
    not a party to it: the city's mention is dropped, so that "Congo and Rwanda signed the Washington Accords" codes
    no United States and "Lithuania withdrew from the Ottawa convention" no Canada (before: LTU -> CAN 160). A
    country's own name ("the Iran nuclear deal"), a city before anything else ("the Washington talks", "Washington's
    plan") and a city beside another actor among the noun's modifiers ("the Moscow-Kyiv agreement") keep their
    mentions."""
    parsed = doc.has_annotation("DEP")

    def document(tok: Token) -> bool:
        return tok.lower_ in NAMED_DOCUMENT_NOUNS or tok.lemma_.lower() in NAMED_DOCUMENT_NOUNS

    def met_with(noun: Token, m: Unit) -> bool:
        # rule 263: a meeting noun with its own "with" / "between" phrase naming another mention
        if noun.lower_ not in NAMED_MEETING_NOUNS:
            return False
        spans = [(p.i, p.right_edge.i) for p in noun.children if p.dep_ == "prep" and p.lower_ in MEETING_PARTY_PREPS]
        return any(o is not m and a < o.start <= b for a, b in spans for o in mentions)

    def document_noun(m: Unit) -> Token | None:
        if m.end < len(doc) and document(doc[m.end]):
            return doc[m.end]
        if not parsed:
            return None
        root = doc[m.start : m.end].root
        head = root
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return head if head is not root and (document(head) or met_with(head, m)) else None

    out = []
    for m in mentions:
        city = (m.kind == "place" or (m.kind == "country" and m.how == "capital")) and not m.is_role
        noun = document_noun(m) if city and not role_part(m.code) else None
        left = noun.left_edge.i if noun is not None and parsed else m.start
        if noun is not None and not any(o is not m and left <= o.start < noun.i for o in mentions):
            continue
        out.append(m)
    return out


def _reporting_verb(doc: Doc, m: Unit, verb: Token) -> Token | None:
    """The verb whose subject is mention ``m`` and whose clause reports the clause of ``verb``, before it or after it
    ("China said gunmen ...", "..., China said": the act reported under the speaker's verb, or the speaker's verb
    after it hung under the act); None when ``m`` is no such subject."""
    root = doc[m.start : m.end].root
    said = root.head
    if root.dep_ not in _SUBJECTS or said.i == verb.i:
        return None
    if verb in said.subtree or (said.dep_ in ("ccomp", "parataxis") and said.head.i == verb.i):
        return said
    return None


def _subject_clause(tok: Token, sent: Span) -> Token:
    """The verb of the clause whose subject ``tok`` acts under: its own clause verb, or for a clause with no
    subject of its own (a conjoined verb, an infinitive, a participle) the clause it takes its subject from:
    in "the secretary noted ... and urged Russia to agree", "Russia" belongs to "noted", the secretary's."""
    verb = clause_verb(tok, sent)
    for _ in range(8):
        if verb.dep_ == "ROOT" or is_root(verb) or any(c.dep_ in _SUBJECTS for c in verb.children):
            break
        verb = clause_verb(verb.head, sent)
    return verb


@dataclass(frozen=True)
class Unit:
    """A matched piece before composition: an actor form or a bare role noun."""

    start: int
    end: int
    code: str = ""
    name: str = ""
    kind: str = ""
    how: str = ""
    gender: str | None = None
    role: str | None = None  # role suffix, for role nouns only
    # a person's title on the document's date as the codebook lists it ("president", "senator": people.jsonl
    # ``role``), so that a later bare "the president" can find its holder though the text never titled him (rule 132)
    title: str | None = None
    # rule 207d: the code a bare role keeps when its sentence lends it no country ("a suspected Islamist militant"
    # beside two countries stays MOSRADINS)
    fallback: str = ""

    @property
    def is_role(self) -> bool:
        return self.role is not None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def is_title(self) -> bool:
        return self.how == "title"


def _surname_mentions(doc: Doc, mentions: list[Unit]) -> list[Unit]:
    """A person named by surname alone after a first mention by full name (issue 14, session 38, docs/events.md rule
    405a): a capitalised word that no mention covers, that stands alone (no capitalised proper noun beside it, no
    entity but a one-word PERSON one; the model may read an unknown surname as a plain noun) is the party of an
    earlier mention that ends with the same word as the last of two or more words of a PERSON entity ("Estonian
    Foreign Minister Liisa Kask spoke ... Kask condemned Russia": ``ESTGOV``; "Lebanese Prime Minister Nawaf Salam
    ... Salam thanked France"), when the earlier mentions ending so are of one code. The
    codebook matches a listed person's surname already ("Boric"); this reads the names it does not list, and the
    listed ones whose surname alone is no form of theirs (a common name or word). A two-word name ("Hunter Biden")
    or a surname that two earlier parties share is left alone."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    named: dict[str, list[Unit]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        last = doc[m.end - 1]
        if m.end - m.start >= 2 and last.ent_type_ == "PERSON" and doc[m.end - 2].ent_type_ == "PERSON":
            named.setdefault(last.text, []).append(m)
    if not named:
        return []
    out: list[Unit] = []
    # the words spelt as a named surname, found by their string ids (no Token per word of the document)
    for tok in [doc[i] for i in text_hits(doc, frozenset(named).__contains__)]:
        if tok.i in covered or not tok.is_title:
            continue
        if tok.ent_type_ not in ("", "PERSON") or (tok.ent_type_ and not (tok.ent_iob_ == "B" and _ent_alone(tok))):
            continue  # a word of a longer name or of another entity ("Kask Group", "Hunter Biden")
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title for j in (tok.i - 1, tok.i + 1)):
            continue
        earlier = [m for m in named[tok.text] if m.end <= tok.i]
        if earlier and len({m.code for m in earlier}) == 1:
            out.append(replace(earlier[-1], start=tok.i, end=tok.i + 1))
    return out


def _ent_alone(tok: Token) -> bool:
    """Whether the entity that ``tok`` opens is the one word."""
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].ent_iob_ != "I"


def _iso_day(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` of a published date (ISO string, date or datetime); None when it is not one,
    so that a malformed date never picks a wrong role period by string comparison."""
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text[:10] if _ISO_DAY.match(text) else None


# the kinds of actor whose descriptions may hold words the list leaves out, and how many (``_described``)
_DESCRIBED_KINDS = ("igo", "ngo")
# rule 287: where a bare lower-case surname stands as a party (a clause's subject or object, a preposition's object,
# a conjunct) and the dependents it may have there (a phrase or punctuation after it, never a determiner or modifier)
_BARE_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "dative", "conj"})
_BARE_NAME_CHILDREN = frozenset({"prep", "punct", "cc", "conj"})


def _party_slot(word: Token, named: set[int]) -> bool:
    """Rule 425c: whether a lower-case word that is a country's name and a common noun ("china", "turkey") stands
    where a state acts or is acted on, not where a thing is: a clause's subject, or an object (of the verb, of its
    preposition) or a conjunct beside a name, the verb's subject being one, a proper noun or a word where an actor's
    form starts (``named``): "putin praised china", "the philippines accused china"; "she bought china", "we ate
    turkey" stay words."""

    def name(tok: Token) -> bool:
        return tok.pos_ == "PROPN" or tok.i in named or tok.left_edge.i in named

    if word.dep_ in ("nsubj", "nsubjpass"):
        return True
    if word.dep_ == "conj":
        return name(word.head)
    verb = word.head.head if word.dep_ == "pobj" else word.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and name(c) for c in verb.children)


_DESCRIBED_GAP = 2


def _longest(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first; of two equally long ones the later wins, so that
    "President Xi Jinping" keeps the name "Xi Jinping" (the title is absorbed later) rather than
    "President Xi" and a stray "Jinping"."""
    out: list[Span] = []
    seen: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), -s.start)):
        if not seen.intersection(range(span.start, span.end)):
            out.append(span)
            seen.update(range(span.start, span.end))
    return sorted(out, key=lambda s: s.start)


@Language.factory(
    "actor_resolver",
    default_config={
        "data_path": None,
        "extra_paths": [],
        "use_env": True,
        "resolve_pronouns": True,
        "split_glued": True,
        "context_roles": True,
        "compose": True,
        "state_anaphora": True,
        "state_anaphora_across": True,
        "state_anaphora_reach": 1,
        "quote_speakers": True,
        "event_patterns": "",
        "spans_key": SPANS_KEY,
    },
)
def make_actor_resolver(
    nlp: Language,
    name: str,
    data_path: str | None,
    extra_paths: list[str],
    use_env: bool,
    resolve_pronouns: bool,
    split_glued: bool,
    context_roles: bool,
    compose: bool,
    spans_key: str,
    state_anaphora: bool = True,
    state_anaphora_across: bool = True,
    state_anaphora_reach: int = 1,
    event_patterns: str = "",
    quote_speakers: bool = True,
) -> ActorResolver:
    """spaCy factory; ``event_patterns``: the event coder's patterns file, whose mediation words tell a mediator
    from a backer in "Egyptian-brokered talks" ("" = the packaged file; ``build_pipeline`` passes the coder's)."""
    return ActorResolver(
        nlp,
        name,
        data_path=data_path,
        extra_paths=extra_paths,
        use_env=use_env,
        resolve_pronouns=resolve_pronouns,
        split_glued=split_glued,
        context_roles=context_roles,
        compose=compose,
        spans_key=spans_key,
        state_anaphora=state_anaphora,
        state_anaphora_across=state_anaphora_across,
        state_anaphora_reach=state_anaphora_reach,
        event_patterns=event_patterns,
        quote_speakers=quote_speakers,
    )


def _people_demonym(doc: Doc, m: Unit) -> bool:
    """Whether ``m`` is a bare plural demonym naming a people, with no article before it: "Kenyans", "thousands
    of Georgians" (docs/events.md rule 90c); "the Americans" and "Kenyan" (an adjective) are not."""
    if m.how != "demonym" or role_part(m.code) or m.end - m.start != 1:
        return False
    tok = doc[m.start]
    before = doc[m.start - 1] if m.start > 0 else None
    return tok.tag_ in ("NNS", "NNPS") and not (before is not None and before.lower_ in _ARTICLES)


class ActorResolver(DataComponent):
    """Matcher-based actor resolution; see the module docstring."""

    def __init__(
        self,
        nlp: Language,
        name: str = "actor_resolver",
        *,
        data_path: str | Path | None = None,
        extra_paths: Iterable[str | Path] = (),
        use_env: bool = True,
        resolve_pronouns: bool = True,
        split_glued: bool = True,
        context_roles: bool = True,
        compose: bool = True,
        spans_key: str = SPANS_KEY,
        state_anaphora: bool = True,
        state_anaphora_across: bool = True,
        state_anaphora_reach: int = 1,
        event_patterns: str | Path = "",
        quote_speakers: bool = True,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.extra_paths = [Path(p) for p in extra_paths]
        self.use_env = use_env
        self.resolve_pronouns = resolve_pronouns
        self.split_glued = split_glued
        self.context_roles = context_roles  # bare role nouns take their sentence's one country
        self.compose = compose  # compositional actors (actor_compose): "Algerian landowners", "Thousands of Nigerians"
        # it/its/they/their/them for states and organisations; across sentences also bare roles (actor_anaphora)
        self.state_anaphora = state_anaphora
        self.state_anaphora_across = state_anaphora_across
        self.state_anaphora_reach = state_anaphora_reach
        # first-person pronouns of a quotation take its speaker (actor_quotes, docs/events.md rule 112)
        self.quote_speakers = quote_speakers
        self.spans_key = spans_key
        self.event_patterns = Path(event_patterns) if event_patterns else None  # None = the packaged file
        self._known_words: dict[str, set[str]] | None = None  # rule 136a: the lemmatizer's words, read on first use
        self.from_disk(data_path or ACTORS_DIR)

    # ---- data ----------------------------------------------------------------------------------
    def load_data(self, path: Path) -> None:
        """(Re)load the codebook from a directory of jsonl/yml files and rebuild the matchers."""
        self.data_path = path
        self.codebook = Codebook.load(self.extra_paths, use_env=self.use_env, base=self.data_path)
        self._build()

    def data_sources(self) -> dict[str, Path]:
        """The codebook files in load order; a later file of the same name (a user codebook) gets a prefix."""
        out: dict[str, Path] = {}
        for n, src in enumerate(self.codebook.sources):
            out[src.name if src.name not in out else f"{n:03d}_{src.name}"] = src
        return out

    def _key(self, tokens: Iterable[Any]) -> str:
        return " ".join(t.lower_ for t in tokens)

    def _build(self) -> None:
        """Index every form by its lower-cased token sequence and load the three matchers."""
        vocab = self.nlp.vocab
        make: Any = self.nlp.tokenizer  # a Tokenizer (spaCy types it as a plain callable)
        self.forms: dict[str, list[tuple[Alias, str]]] = {}
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.role_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.pair_matcher = PhraseMatcher(vocab, attr="LOWER")
        # each distinct written form once (a person with two role periods lists the same names twice)
        texts = list(dict.fromkeys(a.text for aliases in self.codebook.by_form.values() for a in aliases))
        # a form written with a straight apostrophe also matches the typographic one and back ("Sudan
        # People's Liberation Army" in text that writes "People’s"): each form with its variant
        variants = [(t, t) for t in texts] + [
            (t.translate(_APOSTROPHES), t) for t in texts if t.translate(_APOSTROPHES) != t
        ]
        patterns = []
        seen: set[str] = set()
        for (_variant, original), doc in zip(variants, make.pipe(v for v, _ in variants), strict=True):
            key = self._key(doc)
            exact = " ".join(t.text for t in doc)
            for alias in self.codebook.by_form[original.lower()]:
                if alias.text == original:
                    self.forms.setdefault(key, []).append((alias, exact))
            if key not in seen:
                seen.add(key)
                patterns.append(doc)
        self.matcher.add("ACTOR", patterns)
        stops = list(self.codebook.stop)
        stops += [t.translate(_APOSTROPHES) for t in stops if t.translate(_APOSTROPHES) != t]
        self.matcher.add("STOP", list(make.pipe(stops)))
        self.role_matcher.add("ROLE", list(make.pipe(list(self.codebook.roles))))
        self.role_keys = {
            self._key(d): suffix
            for d, suffix in zip(make.pipe(list(self.codebook.roles)), self.codebook.roles.values(), strict=True)
        }
        self.role_heads = {key.split()[0] for key in self.role_keys}  # first words of the role nouns
        pairs = self.codebook.anaphora.get("pairs", {})
        for kind, phrases in pairs.items():
            self.pair_matcher.add(kind, list(make.pipe(phrases)))
        # rule 106e: plurals naming two states ("the two Koreas"), phrase (lower case) -> the two codes
        self.named_pair_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.named_pairs: dict[str, list[str]] = {}
        for phrase, codes in (self.codebook.anaphora.get("named_pairs", {}) or {}).items():
            pattern = make(phrase)
            self.named_pairs[self._key(pattern)] = [str(c) for c in codes]
            self.named_pair_matcher.add("NAMED_PAIR", [pattern])
        # session 26 (actors10): a state or an alliance named again by what it is ("the kingdom", "the alliance"),
        # noun (lower case) -> the codes it may name
        # text hash -> written as a listed office, shared across documents by ``_document_offices`` (speed36)
        self._office_texts = ColumnMemo()
        self.state_description_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.state_descriptions: dict[str, list[str]] = {}
        for phrase, codes in (self.codebook.anaphora.get("state_descriptions", {}) or {}).items():
            pattern = make(str(phrase))
            self.state_descriptions[self._key(pattern)] = [str(c) for c in codes]
            self.state_description_matcher.add("STATE_DESCRIPTION", [pattern])
        # rule 106d: a word several states name their own office by ("Chancellery"), as written -> its codes
        self.document_offices: dict[str, list[str]] = {
            str(form): [str(c) for c in codes]
            for form, codes in (self.codebook.anaphora.get("document_offices", {}) or {}).items()
        }
        self.pronouns: dict[str, str] = dict(self.codebook.anaphora.get("pronouns", {}))
        self.pronoun_forms = frozenset(self.pronouns)
        # rule 112: first-person pronouns of a quotation -> "speaker" (I, my) or "side" (we, our)
        self.quote_pronouns: dict[str, str] = {
            str(w).lower(): str(sort) for w, sort in (self.codebook.anaphora.get("quote_pronouns", {}) or {}).items()
        }
        # rule 151: the speaker's state named by a possessive ("his country") -> role suffix; possessive -> owner
        self.speaker_state_nouns: dict[str, str] = {
            str(w).lower(): str(r or "")
            for w, r in (self.codebook.anaphora.get("speaker_state_nouns", {}) or {}).items()
        }
        self.speaker_state_possessives: dict[str, str] = {
            str(w).lower(): str(s)
            for w, s in (self.codebook.anaphora.get("speaker_state_possessives", {}) or {}).items()
        }
        # rule 182: the speech verb's object nouns whose "of" phrase may name the speaker's state ("the decision of
        # its government")
        self.speaker_state_objects = frozenset(
            str(w).lower() for w in self.codebook.anaphora.get("speaker_state_objects", []) or []
        )
        self.us_pronoun_after = {str(w).lower() for w in self.codebook.anaphora.get("us_pronoun_after", [])}
        self.single_forms = {k for k in self.forms if " " not in k}
        # session 28 (actors13): people's forms for a misspelt surname (``_misspelt_people``): one-word surnames, and
        # two-word "Given Surname" forms by their given name
        self.person_surnames = {k for k in self.single_forms if any(a.actor.kind == "person" for a, _ in self.forms[k])}
        # rule 420a (session 39, actors2): countries' one-word names and spellings of five letters or more, for a
        # country's name written with a slip (``_misspelt_countries``)
        self.country_names = {
            k
            for k in self.single_forms
            if len(k) >= 5
            and k.isalpha()
            and all(a.actor.kind == "country" and a.how in ("name", "alias") for a, _ in self.forms[k])
        }
        # rule 425c (session 40): countries' one-word demonyms too ("Rusian", "Ukranian", "Venezeulan"), the singular
        # ones only: a plural's dropped letter makes a place ("Americas" is not "Americans")
        self.demonym_names = {
            k
            for k in self.single_forms
            if len(k) >= 5
            and k.isalpha()
            and not k.endswith("s")
            and all(a.actor.kind == "country" and a.how == "demonym" for a, _ in self.forms[k])
        }
        self.country_names |= self.demonym_names
        # rule 435b (session 41, actors5): the plural one-word demonyms ("Russians", "Iranians"), read with a swap or
        # a doubled letter only: a dropped letter makes real places and words ("Americas" is not "Americans")
        self.plural_demonym_names = {
            k
            for k in self.single_forms
            if len(k) >= 5
            and k.isalpha()
            and k.endswith("s")
            and all(a.actor.kind == "country" and a.how == "demonym" for a, _ in self.forms[k])
        }
        self.plural_demonyms_by_length = _by_length(self.plural_demonym_names)
        # a slip (``_slip``) changes a name's length by one letter at most: the names by length, so a word is tried
        # against the names of its own length and its neighbours' only
        self.surnames_by_length = _by_length(self.person_surnames)
        self.country_names_by_length = _by_length(self.country_names)
        self.person_full_names: dict[str, list[str]] = {}
        for k, pairs in self.forms.items():
            words = k.split()
            if len(words) == 2 and words[0].isalpha() and any(a.actor.kind == "person" for a, _ in pairs):
                self.person_full_names.setdefault(words[0], []).append(words[1])
        self._glued_memo = ColumnMemo()  # token text hash -> a glued text to split (``_split_glued``)
        self.group_nouns = {str(w).lower() for w in self.codebook.anaphora.get("group_nouns", [])}
        # rule 132: head nouns of one person's office ("president", "senator"): a bare definite one is a holder the
        # document named before, or no one we can code
        self.title_heads = frozenset(str(w).lower() for w in self.codebook.anaphora.get("title_heads", []))
        # titles whose head is no ``title_heads`` noun that rule 132 reads as well ("the supreme leader", session 28)
        self.holder_titles = frozenset(str(w).lower() for w in self.codebook.anaphora.get("holder_titles", []) or [])
        # rule 415a: institution names several states use for their own ("Senate", "Congress": ``context_forms``)
        self.shared_institutions = frozenset(str(w) for w in self.codebook.anaphora.get("context_forms", []) or [])
        # words before a title that make it another office ("vice president" is no "president")
        self.title_ranks = frozenset(str(w).lower() for w in self.codebook.anaphora.get("title_ranks", []))
        # words of joint or mutual acts that let a they/them take the previous sentence's two parties (rule 74b)
        self.joint_markers = frozenset(
            tuple(str(w).lower().split()) for w in self.codebook.anaphora.get("joint_markers", [])
        )
        # lemmas of a reply whose pronoun subject does not take the previous sentence's subject (rule 408)
        self.reply_verbs = frozenset(str(w).lower() for w in self.codebook.anaphora.get("reply_verbs", []) or [])
        # words of a date in history whose sentence's pronoun subject is background (rule 417b)
        self.history_time_words = frozenset(
            str(w).lower() for w in self.codebook.anaphora.get("history_time_words", []) or []
        )
        # rule 428c: "the former" / "the latter" -> the first / the second of two people or parties named before
        self.order_descriptions: dict[str, str] = {
            str(w).lower(): str(v) for w, v in (self.codebook.anaphora.get("order_descriptions", {}) or {}).items()
        }
        self.compose_words = actor_compose.ComposeLexicon.from_lists(self.codebook.compose)  # compose.yml
        countries = {a.code for a in self.codebook.actors if a.kind == "country"}
        # primary codes that name a group, not a country (KUR, MOS, WST; not NGA of NGAYRB)
        self.group_primaries = {primary_code(a.code) for a in self.codebook.actors if a.kind in GROUP_KINDS} - countries
        self.group_codes = {a.code for a in self.codebook.actors if a.kind in _IDENTITY_KINDS}
        # forms that name places of several countries ("Congolese": COG and COD), besides ``codebook.shared``
        self._multi_forms = {
            key
            for key, pairs in self.forms.items()
            if len({a.actor.code for a, _ in pairs if a.actor.kind in ("country", "place") and len(a.actor.code) == 3})
            > 1
        }
        self._actor_id = vocab.strings["ACTOR"]
        self._stop_id = vocab.strings["STOP"]
        # descriptions of bodies ("Western military alliance", "Europe's security forum", "UN atomic watchdog"):
        # forms of an international or non-governmental body ending in a lower-case noun, by that noun; news
        # writes them with a word the list cannot foresee ("Europe's leading security forum", "the U.N.'s
        # nuclear agency"), which ``_described`` lets in (docs/events.md rule 86a)
        self.descriptions: dict[str, list[str]] = {}
        for key, pairs in self.forms.items():
            words = key.split()
            last = pairs[0][1].split()[-1] if pairs else ""
            if len(words) < 2 or not last.isalpha() or not last.islower():
                continue
            if any(a.actor.kind in _DESCRIBED_KINDS and not a.cased for a, _ in pairs):
                self.descriptions.setdefault(words[-1], []).append(key)
        self.description_heads = frozenset(self.descriptions)

    # ---- per document --------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self.split_glued:
            self._split_glued(doc)
        date = _iso_day(doc._.published if Doc.has_extension("published") else None)
        units = self._communities(doc, self._shared_groups(doc, self._shared_places(doc, self._actor_units(doc, date))))
        units = self._owned_titles_as_roles(doc, units)
        taken = {i for u in units for i in range(u.start, u.end)}
        roles = self._role_units(doc, taken)
        parties = _described_parties(doc, units, roles, self.compose_words.group_name_heads)
        # rule 425d: a role word inside a party's name is the party's ("the Workers Party")
        roles = [r for r in roles if not any(p.start <= r.start and r.end <= p.end for p in parties)] + parties
        bare: list[Unit] = []
        mentions = self._compose(doc, sorted(units + roles, key=lambda u: u.start), bare)
        mentions, bare = self._security_council(doc, mentions, bare)
        mentions = self._eu_commission(doc, mentions)
        mentions = self._us_treasury(doc, mentions)
        mentions = self._groups(doc, mentions)
        mentions = self._in_context(doc, mentions)
        mentions = self._document_offices(doc, mentions)
        if self.compose:
            # "... of Angola (UNITA)": one mention
            mentions = actor_compose.acronym_names(doc, mentions, self.compose_words)
        if self.compose and doc.has_annotation("DEP"):
            mentions, bare = self._compositional(doc, mentions, bare)
        if self.context_roles and doc.has_annotation("SENT_START") and doc.has_annotation("DEP"):
            # rule 132: "the president", "the senator" take the holder the document named last, before a bare role
            # takes its sentence's country
            mentions, bare = self._title_holders(doc, mentions, bare)
        if self.compose and doc.has_annotation("DEP"):
            mentions, bare = self._staff_of(doc, mentions, bare)  # rule 415b: "an aide to President X"
        if self.context_roles and doc.has_annotation("SENT_START"):
            if self.compose and doc.has_annotation("DEP"):
                bare = actor_compose.bare_people(doc, mentions, bare)  # "tortured an inmate": a person noun
                # "crushed the protests in Minsk", "Thousands protested": implied protesters (rule 162)
                mentions, bare = actor_compose.dissent_crowds(doc, mentions, bare, self.compose_words)
            mentions = self._bare_roles(doc, mentions, bare)
        if self.compose and doc.has_annotation("DEP"):
            # after the bare roles: "deported 165 Venezuelans" must not lend Venezuela to a bare "authorities"
            mentions = actor_compose.person_nouns(doc, mentions)
            mentions = actor_compose.plural_people(doc, mentions, self.compose_words)
            mentions = actor_compose.group_members(doc, mentions)  # "representatives from Egyptian NGOs"
            mentions = actor_compose.supporters(doc, mentions)
            # "the Chinese telecom company Huawei", then its executives
            named = actor_compose.company_names(doc, mentions, self.compose_words)
            mentions = actor_compose.company_people(doc, named)
            mentions = actor_compose.former_union_states(doc, mentions, self.compose_words)  # "former Soviet republics"
            mentions = actor_compose.organisation_names(doc, mentions, self.compose_words)  # "the World Water Forum"
        if doc.has_annotation("ENT_IOB"):
            # rule 405a: "Estonian Foreign Minister Liisa Kask ... Kask condemned Russia": the surname alone
            mentions = mentions + _surname_mentions(doc, mentions)
        if self.resolve_pronouns and doc.has_annotation("SENT_START"):
            mentions = mentions + self._anaphora(doc, mentions)
        mentions = mentions + self._named_pairs(doc, mentions)
        if doc.has_annotation("SENT_START") and doc.has_annotation("TAG"):
            mentions = self._state_descriptions(doc, mentions)
        if self.state_anaphora and doc.has_annotation("SENT_START") and doc.has_annotation("DEP"):
            mentions = mentions + self._state_anaphora(doc, mentions, bare)
        if self.quote_speakers and self.quote_pronouns and doc.has_annotation("DEP"):
            mentions = mentions + self._quoted(doc, mentions)
        if self.quote_speakers and self.speaker_state_nouns and doc.has_annotation("DEP"):
            # rule 151: "X said his country / its government ...", '"Our country ...," X said'
            mentions = self._speaker_states(doc, mentions)
        mentions = _document_places(doc, _occupied_places(doc, mentions))
        spans = []
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            span = Span(doc, m.start, m.end, label=m.code, kb_id=m.name)
            span._.actor_how = m.how
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _in_context(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """Bare institution names several countries use (``context_forms`` in anaphora.yml: "Congress",
        "Senate") keep their code only in a document about that country; elsewhere they take the country
        the document mentions most, when it is named at least ``_CONTEXT_MIN_MENTIONS`` times ("the Congress party" in
        a story about India is not the US Congress; "Congress approved sanctions on Iran" is)."""
        forms = set(self.codebook.anaphora.get("context_forms", []) or [])
        if not forms:
            return mentions

        def bare(m: Unit) -> bool:  # "Congress", "Congress leaders" (a form with a role noun after it)
            text = doc[m.start : m.end].text
            return text in forms or any(text.startswith(f + " ") for f in forms)

        ambiguous = [m for m in mentions if len(m.code) > 3 and bare(m)]
        if not ambiguous:
            return mentions
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        skip = {id(m) for m in ambiguous}
        for m in mentions:
            code = country_part(m.code)
            if id(m) in skip or not code.isalpha() or not code.isupper() or m.kind in ("igo", "ngo", *GROUP_KINDS):
                continue
            counts[code] = counts.get(code, 0) + 1
            first.setdefault(code, m.start)
        if not counts:
            return mentions
        top = min(counts, key=lambda c: (-counts[c], first[c]))
        if counts[top] < _CONTEXT_MIN_MENTIONS:
            return mentions
        ends = {m.end: country_part(m.code) for m in mentions}
        out = []
        for m in mentions:
            own = country_part(m.code)
            qualified = ends.get(m.start) == own  # "U.S. Congressional support": the US one
            main = counts.get(own, 0) * 3 >= counts[top]  # a document about that country (US-Russia news)
            if id(m) in skip and own != top and not qualified and not main:
                m = replace(m, code=top + m.code[3:], how="context")
            out.append(m)
        return out

    def _document_offices(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """A word several states name their own office by (``document_offices`` in anaphora.yml: "Chancellery" is
        Germany's and Austria's), written as listed and inside no other mention, takes the one listed code whose
        country the document names ("The Chancellery in Berlin", "Germany's coalition ... The Chancellery" ->
        DEUGOV); with none or two of them named it stays unresolved, as it was (docs/events.md rule 106d)."""
        if not self.document_offices:
            return mentions
        covered = {i for m in mentions for i in range(m.start, m.end)}
        named = {country_part(m.code) for m in mentions}
        found: list[Unit] = []
        offices = self.document_offices
        # only the tokens written as a listed office (speed36): one text column read, no Token for the rest
        for tok in [doc[i] for i in text_hits(doc, offices.__contains__, self._office_texts)]:
            codes = offices[tok.text]
            if tok.i in covered:
                continue
            fits = [c for c in codes if country_part(c) in named]
            if len(fits) == 1:
                found.append(Unit(tok.i, tok.i + 1, fits[0], tok.text, "institution", "context"))
        if not found:
            return mentions
        return sorted(mentions + found, key=lambda m: m.start)

    def _named_pairs(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """A plural naming two states at once (``named_pairs`` in anaphora.yml: "the two Koreas" -> KOR and PRK) is a
        mention of each over the same words, as a resolved pair phrase ("the two countries") is, so that a reciprocal
        act is coded both ways and an act toward them reaches both (docs/events.md rule 106e). Words already in a
        mention are left alone."""
        if not self.named_pairs:
            return []
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out: list[Unit] = []
        for s, e in sorted((s, e) for _, s, e in self.named_pair_matcher(doc)):
            if any(i in covered for i in range(s, e)):
                continue
            covered.update(range(s, e))
            for code in self.named_pairs.get(self._key(doc[s:e]), []):
                out.append(Unit(s, e, code, code, "pair", "named_pair", None))
        return out

    def _state_descriptions(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """A state or an alliance named again by what it is (``state_descriptions`` in anaphora.yml: "Saudi Arabia
        ... the kingdom", "NATO ... the alliance"): the noun, with "the" before it and only adjectives or hyphened
        words between ("the Hashemite kingdom", "the oil-rich emirate"), inside no mention and not followed by a
        word of ``_DESCRIPTION_STOPS`` ("the kingdom of heaven"), takes the one listed code named before it in its
        sentence or the two before (a country's role counts for the country: "Saudi officials"). With none or two of
        them in reach it names no one (docs/actors.md, session 26)."""
        if not self.state_descriptions:
            return mentions
        covered = {i for m in mentions for i in range(m.start, m.end)}
        sents = list(doc.sents)
        starts = [s.start for s in sents]
        found: list[Unit] = []
        for s, e in sorted((s, e) for _, s, e in self.state_description_matcher(doc)):
            if any(i in covered for i in range(s, e)) or (e < len(doc) and doc[e].lower_ in _DESCRIPTION_STOPS):
                continue
            first = s  # the first word after "the"
            while first > 0 and first - 1 not in covered and s - first < _DESCRIPTION_MODIFIERS:
                prev = doc[first - 1]
                hyphened = prev.text == "-" or doc[first].text == "-"
                if prev.tag_ not in ("JJ", "NNP") and not hyphened:
                    break
                first -= 1
            if first == 0 or doc[first - 1].lower_ != "the" or first - 1 in covered:
                continue
            sent = bisect.bisect_right(starts, s) - 1
            reach = starts[max(0, sent - 2)]
            listed = self.state_descriptions.get(self._key(doc[s:e]), [])
            named = {
                c
                for m in mentions
                if reach <= m.start and m.end < first
                for c in listed
                if m.code == c or (len(c) == 3 and country_part(m.code) == c and not is_igo(m.code))
            }
            if len(named) == 1:
                code = named.pop()
                kind = "country" if len(code) == 3 and code.isalpha() and code.isupper() else "igo"
                found.append(Unit(first, e, code, code, kind, "described_state"))
                covered.update(range(first - 1, e))
        if not found:
            return mentions
        return sorted(mentions + found, key=lambda m: m.start)

    @staticmethod
    def _compositional(doc: Doc, mentions: list[Unit], bare: list[Unit]) -> tuple[list[Unit], list[Unit]]:
        """Members of a country's institution, composed before the bare roles take their sentence's country
        (``detente.nlp.actor_compose``): "journalists at Sudan's largest daily" -> SDNMED, "members of
        parliament from Kenya's ruling party" -> KENLEG. Returns the mentions and the bare roles left. The
        other compositions ("Algerian landowners", "Thousands of Nigerians", "supporters of X") run after the
        bare roles (``__call__``)."""
        mentions = actor_compose.group_members(doc, mentions)
        return actor_compose.members_of(doc, mentions, bare)

    def _bare_title(self, doc: Doc, b: Unit) -> str | None:
        """The title of ``b`` when it is a plain definite one person's office, "the president", "the senator", "the
        foreign minister" (its head in ``title_heads`` of anaphora.yml, singular, "the" right before it and no other
        word of its phrase before it: "the former president", "the new senator" may be someone else; no "of" or
        "for" after it, which says whose office it is): the title's words, lower case; else None (rule 132)."""
        if b.kind == "person" or b.start == 0 or doc[b.start - 1].lower_ != "the":
            return None
        head = doc[b.end - 1]
        if head.tag_ not in ("NN", "NNP") or (
            head.lower_ not in self.title_heads and self._key(doc[b.start : b.end]) not in self.holder_titles
        ):
            return None
        if any(c.i < b.start - 1 for c in head.lefts) or any(
            c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.children
        ):
            return None
        return self._key(doc[b.start : b.end])

    def _title_holders(self, doc: Doc, mentions: list[Unit], bare: list[Unit]) -> tuple[list[Unit], list[Unit]]:
        """Rule 132: a bare definite title ("the president", "the senator": ``_bare_title``) names the holder of that
        title the document named last, in the nearest earlier sentence that names one: a person titled so in the
        text ("President Macron", "Kenyan President X") or by the codebook on the document's date ("Putin": a
        president in people.jsonl; "Trump" only in his terms), or a country's office holders ("U.S. senators",
        "Turkey's president"). It takes that holder's code; two holders of different codes there ("Putin met
        Erdogan. The president ...") leave it uncoded, as a guess would make a wrong dyad. A title with no holder
        named before is left to the bare roles (``_bare_roles``: its sentence's country, never one named in its
        own clause), as is one whose own sentence names a holder too (``_title_clause`` and rule 118b read it).
        Returns the mentions and the bare roles left."""
        if not self.title_heads or not bare:
            return mentions, bare
        titled = [(b, key) for b in bare if (key := self._bare_title(doc, b)) is not None]
        if not titled:
            return mentions, bare
        sent_no = SentenceStarts(doc).number
        # the role phrases written in each mention ("vice president" is no "president": the longest phrase wins)
        phrases = filter_spans([doc[s:e] for _, s, e in self.role_matcher(doc)])

        def singular(span: Span) -> str:  # "senators" -> "senator": a plural country's holders name the title too
            return " ".join([t.lower_ for t in span[:-1]] + [span[-1].lemma_.lower()])

        holders: list[tuple[int, Unit, set[str]]] = []  # (sentence, mention, its titles)
        for m in [*mentions, *(u for u in bare if u.kind == "person")]:
            titles = {singular(p) for p in phrases if m.start <= p.start and p.end <= m.end}
            if m.title is not None:
                titles.add(m.title)
            if titles:
                holders.append((sent_no(m.start), m, titles))

        def holds(titles: set[str], key: str) -> bool:
            """Whether one of ``titles`` is the title ``key`` or names it with a portfolio ("Foreign Minister X" is "the
            minister"), not with a rank that makes another office (``title_ranks``: "Vice President X")."""
            return any(
                t == key or (t.endswith(" " + key) and not set(t[: -len(key)].split()) & self.title_ranks)
                for t in titles
            )

        found: list[Unit] = []
        done: set[int] = set()
        for b, key in titled:
            n = sent_no(b.start)
            if any(k == n and holds(titles, key) for k, _, titles in holders):
                continue  # "After meeting President X, the president ...": two holders in one sentence
            before = [(k, m) for k, m, titles in holders if k < n and holds(titles, key)]
            if not before:
                head = key.split()[-1]
                if any(
                    k == n - 1 and m.is_person and any(t.split()[-1] == head for t in titles)
                    for k, m, titles in holders
                ):
                    # "Vice President X visited India. The president ...": the previous sentence's titled person holds
                    # another office, which the previous-sentence reading (rule 106f) would give the title to
                    done.add(id(b))
                continue
            last = max(k for k, _ in before)
            codes = {m.code for k, m in before if k == last}
            done.add(id(b))
            if len(codes) != 1 or "" in codes:
                if "" in codes and len(codes) == 1:
                    done.discard(id(b))  # a holder we cannot code ("President Mahendra Chaudhry"): as before
                continue
            holder = next(m for k, m in before if k == last)
            if holder.is_person:
                found.append(Unit(b.start, b.end, holder.code, holder.name, "person", "title_holder", holder.gender))
            else:
                found.append(Unit(b.start, b.end, holder.code, holder.name, b.kind, "title_holder", None))
        if not done:
            return mentions, bare
        left = [b for b in bare if id(b) not in done]
        return sorted(mentions + found, key=lambda m: m.start), left

    def _staff_of(self, doc: Doc, mentions: list[Unit], bare: list[Unit]) -> tuple[list[Unit], list[Unit]]:
        """Rule 415b: a staff noun (``staff_nouns`` of compose.yml: aide, adviser; ``staff_article_nouns`` only after
        "a" / "an": "an aid to ...") that no mention covers, with a "to" phrase naming one person's office (a person
        mention, or a title mention headed by a ``title_heads`` noun: "the Romanian president", "Senator X"), is a
        mention of that office's code: "an aide to President X" is X's government, "an aide to Senator Y" the
        legislature, as CAMEO codes a member of a leader's staff. The leader keeps his own mention; a bare role the
        staff noun was ("aide" is a GOV role of roles.yml) leaves ``bare``. Returns the mentions and the bare roles."""
        words = self.compose_words.staff_nouns
        article_words = self.compose_words.staff_article_nouns
        if not words and not article_words:
            return mentions, bare
        covered = {i for m in mentions for i in range(m.start, m.end)}
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        found: list[Unit] = []
        for tok in doc:
            if tok.i in covered or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
                continue
            if tok.lower_ in article_words:
                if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                    continue
            elif tok.lower_ not in words:
                continue
            objects = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
            leaders = [by_token[p.i] for p in objects if p.dep_ == "pobj" and p.i in by_token]
            leader = next((m for m in leaders if self._office_of_one(doc, m)), None)
            if leader is not None and leader.code.isalpha():
                found.append(Unit(tok.i, tok.i + 1, leader.code, leader.name, "country", "title", None))
        if not found:
            return mentions, bare
        staff = {u.start for u in found}
        bare = [b for b in bare if not any(b.start <= i < b.end for i in staff)]
        return sorted(mentions + found, key=lambda m: m.start), bare

    def _office_of_one(self, doc: Doc, m: Unit) -> bool:
        """Whether mention ``m`` names one person's office: a person, or a title headed by a ``title_heads`` noun or
        a ``holder_titles`` phrase ("the Ukrainian president", "Prime Minister X", "the supreme leader")."""
        if m.kind == "person":
            return True
        if m.how != "title":
            return False
        text = doc[m.start : m.end].text.lower()
        return doc[m.end - 1].lower_ in self.title_heads or any(text.endswith(t) for t in self.holder_titles)

    def _bare_roles(self, doc: Doc, mentions: list[Unit], bare: list[Unit]) -> list[Unit]:
        """Bare role nouns ("police", "the opposition", "rebels", "the government", "Prime Minister X") take
        the country of their sentence when the sentence's other mentions all name one country and nothing
        else (no organisation, no second country): "Fijian rebels said they will release Prime Minister
        Mahendra Chaudhry" -> FJIREB, FJIGOV. A role of the state itself (government, officials, army,
        police: ``STATE_ROLES``) takes it only beside a non-state actor of that country ("the opposition",
        "Kenyan students"), the only place where it can make a domestic event: "Officials said US sanctions
        will stay" leaves "Officials" uncoded. With two countries, an organisation or none the role stays
        uncoded; so does a role after a foreign modifier ("foreign journalists"), a supporter
        ("Russian-backed rebels") or a possessive pronoun. Only the roles of ``_CONTEXT_ROLES``."""
        if not bare or not mentions:
            return sorted(mentions + _fallbacks(bare, set()), key=lambda m: m.start)
        sent_of = SentenceStarts(doc).start

        by_sent: dict[int, set[str]] = {}
        # each sentence's mentions in order, read once (each bare role asked for its sentence's up to four times)
        in_sent: dict[int, list[Unit]] = {}
        for m in mentions:
            by_sent.setdefault(sent_of(m.start), set()).add(primary_code(m.code))
            in_sent.setdefault(sent_of(m.start), []).append(m)
        # sentences whose country is named as a state, a place or a state institution, not only as people
        # ("two Russian tourists", a bare demonym)
        stated = {
            sent_of(m.start)
            for m in mentions
            if role_part(m.code) in _STATE_INSTITUTIONS and not (m.how == "demonym" and not role_part(m.code))
        }
        found: list[Unit] = []
        # state roles that need no non-state actor beside them: after a domestic adjective ("national newspapers",
        # "the federal government") or authorities at the place of their act
        scoped: list[Unit] = []
        speech = speech_verbs(self.event_patterns)
        for b in bare:
            sent = sent_of(b.start)
            codes = by_sent.get(sent, set())
            # rule 318: an organisation that only reports the role's act ("..., Amnesty International said", "a rights
            # group said ...") names no country and is no party of it: the sentence's other mentions decide
            named = in_sent.get(sent, [])
            reporters = self._organisation_reporters(doc, b, list(named), speech)
            if reporters:
                codes = {primary_code(m.code) for m in named if id(m) not in reporters}
            domestic = (
                sent in stated
                and _domestic_scope(doc, b.start, b.end)
                and not self._country_in_own_clause(doc, b, list(named))
            )
            allowed = b.role in _CONTEXT_ROLES or (domestic and b.role in _DOMESTIC_SCOPE_ROLES)
            if b.role in _UNNAMED_AGENT_ROLES and self._victims_and_speaker(doc, b, list(named)):
                continue
            seat = self._fronted_seat(doc, b, mentions)
            if seat is not None:  # "In Kyiv, officials said ...": that country's government (rule 70a)
                unit = replace(b, code=seat + (b.role or ""))
                found.append(unit)
                scoped.append(unit)
                continue
            if _police_role(doc, b, self.event_patterns) and self._bare_ok(doc, b):
                # rule 407: police act at home, so the place of their own act ("Police fired tear gas at Ethiopian
                # protesters in Nairobi") is their country's, with a second country or none beside them (rule 68c's
                # place, read as for protesters); troops, soldiers or "security forces" there may be abroad
                placed_in = self._place_of_subject_act(doc, b, list(named), _place_nouns(self.event_patterns))
                if placed_in is not None:
                    unit = replace(b, code=placed_in + (b.role or ""))
                    found.append(unit)
                    scoped.append(unit)
                    continue
            if len(codes) > 1 and b.role in _PLACED_ROLES and self._bare_ok(doc, b):
                # "Activists protested against China in Tokyo": two countries, but the act's own place names the
                # doers' (rule 68c); state roles and organisations stay uncoded (troops abroad are not the place's)
                placed_in = self._place_of_subject_act(doc, b, list(named), _place_nouns(self.event_patterns))
                if placed_in is not None:
                    found.append(replace(b, code=placed_in + (b.role or "")))
                    continue
            if doc[b.end - 1].lower_ in _DOCUMENT_ROLE_WORDS:
                continue  # rule 219: "the administration" is the document's government, not its sentence's
            if (
                len(codes) == 1
                and b.role in _ATTITUDE_ROLES
                and self._attitude_state(doc, b.start) in codes
                and self._bare_ok(doc, b, attitude=True)
            ):
                # rule 217b: "pro-Kremlin bloggers" in a sentence whose one country is Russia are Russia's
                found.append(replace(b, code=next(iter(codes)) + (b.role or "")))
                continue
            # rule 382: "opposition demands": the modifier names the demand's maker, as an article would
            claimed = b.end - b.start == 1 and actor_compose.claiming_modifier(doc[b.start], self.compose_words)
            if len(codes) == 1 and allowed and self._bare_ok(doc, b, claimed=claimed):
                (country,) = codes
                heads = self.compose_words.group_name_heads
                if self._party_acting_on_state(doc, b, list(named), heads):
                    # rule 423a: "The Nour party condemned Israel": Israel is the other party, not its own; rule 425a:
                    # the country the sentence before names alone, if any, is the party's ("Kenyan lawmakers debated
                    # the bill. The opposition accused Uganda ...")
                    earlier = self._earlier_country(doc, b, by_sent, country)
                    if earlier is not None:
                        found.append(replace(b, code=earlier + (b.role or "")))
                    continue
                if (
                    b.role in _FOUGHT_PLACE_ROLES
                    and _backer_or_attitude(doc, b.start)
                    and not any(m.code == country for m in named)
                ):
                    # rule 217: a backed group's country is a place named, not a state's forces or officials (which
                    # may be abroad: "Iran-backed militias attacked US troops")
                    continue
                if len(country) == 3 and country.isalpha() and country not in ("IGO", "NGO", *self.group_primaries):
                    group = _group_head(doc, b.start, b.end)
                    end = group.i + 1 if group is not None and b.kind != "person" else b.end
                    unit = replace(b, end=end, code=country + (b.role or ""))
                    found.append(unit)
                    if domestic:
                        scoped.append(unit)
        # non-state actors of each sentence, named or just resolved
        civil = {sent_of(m.start) for m in mentions + found if role_part(m.code) not in STATE_ROLES}
        # a people named by a plural demonym with no article ("Kenyans protested", "thousands of Georgians
        # marched") is non-state too: the country's people, not its state ("the Americans" may be the state;
        # docs/events.md rule 90c)
        civil |= {sent_of(m.start) for m in mentions if _people_demonym(doc, m)}
        # sentences that name their country as the place of an act ("in Amman")
        placed = {sent_of(m.start) for m in mentions if _place_of_act(doc, m)}
        scoped += [m for m in found if sent_of(m.start) in placed and doc[m.end - 1].lower_ in _TERRITORIAL_ROLES]

        def keep(m: Unit) -> bool:
            named = list(in_sent.get(sent_of(m.start), []))
            if role_part(m.code) not in STATE_ROLES:
                return not self._title_clause(doc, m, named)  # rule 132a: "The senator attacked China's ..."
            return sent_of(m.start) in civil or m in scoped or self._office_holder(doc, m, named)

        kept = [m for m in found if keep(m)]
        # rule 207d: an armed role an ideology adjective describes keeps the group's code where no country is lent
        kept += _fallbacks(bare, {m.start for m in kept})
        return sorted(mentions + kept, key=lambda m: m.start)

    def _title_clause(self, doc: Doc, m: Unit, named: list[Unit]) -> bool:
        """Whether ``m`` is one person's title (its head a singular ``title_heads`` noun: "the senator", "a judge",
        "Senator X" we do not know) whose sentence's one country is named in the title's own clause, with no role of
        its own ("The senator attacked China's trade policy"): that country is the other party or the place of the
        act, not the holder's (rule 132), so a title of a role outside the state's (LEG, JUD, ...) stays uncoded; a
        government's office reads so already (``_office_holder``) where no non-state actor of the country stands
        beside it (a domestic act: "Deputies from Peru's Popular Force called on Economy Minister X to quit").
        ``named``: the sentence's mentions."""
        words = [t for t in doc[m.start : m.end] if t.ent_type_ != "PERSON" or t.lower_ in self.title_heads]
        head = words[-1] if words else None
        if head is None or head.lower_ not in self.title_heads or head.tag_ not in ("NN", "NNP"):
            return False
        return self._country_in_own_clause(doc, m, named)

    @staticmethod
    def _place_of_subject_act(
        doc: Doc, b: Unit, named: list[Unit], place_nouns: frozenset[str] = frozenset()
    ) -> str | None:
        """The country of the place where the bare role ``b`` acts as its clause's subject (rule 68c), ``named``
        being its sentence's mentions: a country or place (no role of its own) that is the object of "in" on the
        subject's own verb ("Activists protested against China in Tokyo", "Thousands of people rallied against
        Israel in Istanbul": the head of a quantity phrase is the subject) or on its direct object ("Rebels
        attacked a UN base in Congo", rule 78e), or on the object of a locative
        preposition of that verb ("demonstrated outside the embassy in Amman"). A place noun of ``place_nouns`` with no
        mention of its own is read on the demonyms on it (rule 416: "in the Kenyan capital", "in a Turkish border
        town" is Kenya's, Turkey's place, as "in Nairobi" is). None when there is no such place, when the role is
        not the subject, or when the places name more than one country."""
        head = doc[b.start : b.end].root
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i < head.i:
            head = head.head.head  # "Thousands of people", "Hundreds of students"
        if head.dep_ not in ("nsubj", "nsubjpass") or is_root(head):
            return None
        verb = head.head
        by_token = {i: m for m in named for i in range(m.start, m.end)}
        places: set[str] = set()
        # rule 78e: the verb's direct object's own "in" phrase is the place of the act too ("Rebels attacked a UN
        # base in Congo", "Students burned a US flag in Lahore"), read as the verb's locative prepositions are
        preps = [c for c in verb.children if c.dep_ == "prep"] + [
            p for o in verb.children if o.dep_ in ("dobj", "obj") for p in o.children if p.dep_ == "prep"
        ]
        # rule 337: a verb + bare noun idiom whose object sits in a prepositional phrase right after the noun ("set
        # fire to the French embassy in Ouagadougou", "laid siege to", "opened fire on") reads that object as the
        # direct object: its own "in" phrase is the place of the act
        preps += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in _IDIOM_OBJECT_PREPS and _idiom_noun_before(c)
            for o in c.children
            if o.dep_ == "pobj"
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "in"
        ]
        for prep in preps:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ != "in":
                if prep.head.dep_ in ("dobj", "obj"):
                    continue  # only the object's own "in" phrase
                if prep.lower_ not in _LOCATIVE_PREPS:
                    continue
                # "outside the embassy in Amman": the place in the object's own "in" phrase
                objects = [
                    g
                    for o in objects
                    for p in o.children
                    if p.dep_ == "prep" and p.lower_ == "in"
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
            # "in Tokyo and Seoul": every conjoined place counts (two countries leave the role uncoded)
            objects += [c for o in objects for c in o.conjuncts]
            for obj in objects:
                m = by_token.get(obj.i)
                named_place = m is not None and m.kind in ("country", "place") and m.how != "demonym"
                if m is not None and named_place and not role_part(m.code) and len(m.code) == 3 and m.code.isalpha():
                    places.add(m.code)
                if m is None and obj.lemma_.lower() in place_nouns:
                    # rule 416: "in the Kenyan capital", "in the Kenyan and Ugandan capitals" (two: uncoded)
                    owners = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")]
                    for word in owners + [c for o in owners for c in o.conjuncts]:
                        d = by_token.get(word.i)
                        state = d is not None and not role_part(d.code) and len(d.code) == 3 and d.code.isalpha()
                        if d is not None and state and d.how == "demonym":
                            places.add(d.code)
        return next(iter(places)) if len(places) == 1 else None

    @staticmethod
    def _victims_and_speaker(doc: Doc, b: Unit, named: list[Unit]) -> bool:
        """Whether every mention of the sentence (``named``) of an unnamed attacker ``b`` ("gunmen", "assailants")
        names only whose people its act hit or who reports it (rule 52a): a nationality or owner on a word of its
        clause's objects ("Gunmen kidnapped two Chinese engineers", "killed three Pakistani soldiers") or the
        subject of a clause its own clause is reported in, before or after it ("China said gunmen ...", "...,
        China said"). The victims' country is not the attackers'; a place ("in Karachi", "police in Karachi")
        still lends them its country."""
        if not named:
            return False
        sent = doc[b.start].sent
        verb = _subject_clause(doc[b.start : b.end].root, sent)
        objects = {
            t.i
            for c in verb.children
            if c.dep_ in ("dobj", "obj", "dative", "prep")
            for t in c.subtree
            if t.i < b.start or t.i >= b.end
        }

        def victims(m: Unit) -> bool:
            # rule 403a: a place is read on its head word ("northern Burkina Faso": "Burkina" is the name's own
            # compound), and a place that owns or modifies the noun of the act's locative phrase ("in Kenya's Lamu
            # county", "in Kunduz province") says where the act was, as "in Kenya" does, not whose people it hit
            place = m.kind in ("country", "place") and m.how != "demonym" and not role_part(m.code)
            word = doc[m.start : m.end].root if place else doc[m.start]
            if word.i not in objects or word.dep_ not in _OWNER_DEPS:
                return False
            if not place:
                return True
            noun = word.head
            while noun.dep_ in _OWNER_DEPS and noun.head.i != noun.i:
                noun = noun.head
            return not (noun.dep_ == "pobj" and noun.head.lower_ in _ACT_PLACE_PREPS)

        return all(victims(m) or _reporting_verb(doc, m, verb) is not None for m in named)

    @staticmethod
    def _organisation_reporters(doc: Doc, b: Unit, named: list[Unit], speech: frozenset[str]) -> set[int]:
        """The ids of the organisation mentions (IGO, NGO) of the sentence (``named``) that are only the subject of a
        speech verb reporting the clause of the bare role ``b`` (rule 318): "Egyptian police tortured activists,
        Amnesty International said", "Human Rights Watch said Egyptian authorities had tortured detained
        protesters". A state that reports is still a country of the sentence (whose police it is stays unsaid), and
        an organisation in a clause of its own ("... and Amnesty International condemned the arrests") still counts."""
        sent = doc[b.start].sent
        verb = _subject_clause(doc[b.start : b.end].root, sent)
        out: set[int] = set()
        for m in named:
            if m.kind not in ("igo", "ngo"):
                continue
            said = _reporting_verb(doc, m, verb)
            if said is not None and said.lemma_.lower() in speech:
                out.add(id(m))
        return out

    @staticmethod
    def _country_in_own_clause(doc: Doc, b: Unit, named: list[Unit]) -> bool:
        """Whether a country or place with no role of its own (``named`` being the sentence's mentions) is named in
        the clause of the role ``b`` or one that takes its subject: "The federal government imposed sanctions on
        Russia", "National newspapers criticised Russia", "deployed troops in Iraq" name the other party or the
        place of the act, not the role's own country; a state institution there ("The Alberta government will
        fund municipal police services", "A court in Venezuela banned national newspapers") is its own."""
        sent = doc[b.start].sent
        verb = _subject_clause(doc[b.start : b.end].root, sent)
        return any(not role_part(o.code) and _subject_clause(doc[o.start : o.end].root, sent) == verb for o in named)

    def _earlier_country(self, doc: Doc, b: Unit, by_sent: dict[int, set[str]], other: str) -> str | None:
        """Rule 425a: the one country the sentence right before ``b``'s names (``by_sent``: each sentence's primary
        codes, by its first token), in the same paragraph, when it is not ``other``, the party ``b`` acts on: the
        story's country, which an unnamed party or opposition acting on a foreign state belongs to ("Venezuela's
        electoral council confirmed the result. Hours later, the opposition accused Cuba ..." VENOPP)."""
        sent = doc[b.start].sent
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        if "\n" in doc[prev.start : sent.start].text_with_ws:
            return None  # a paragraph of its own
        codes = by_sent.get(prev.start, set())
        if len(codes) != 1:
            return None
        (country,) = codes
        if country == other or len(country) != 3 or not country.isalpha():
            return None
        return None if country in ("IGO", "NGO", *self.group_primaries) else country

    @staticmethod
    def _party_acting_on_state(doc: Doc, b: Unit, named: list[Unit], name_heads: frozenset[str] = frozenset()) -> bool:
        """Rule 423a: whether the bare party ``b`` (a party of rule 288 that the codebook does not know, "the Nour
        party", or a role noun heading a party noun, "the opposition Wahda party") stands in the active subject of
        its clause while a country or place with no role of its own (``named`` being the sentence's mentions) is
        named in that clause outside the subject as an object of its act, not a demonym nor a place: "The Nour
        party condemned Israel", "Leaders of the Rahma party called on Egypt to ...". That country is the other
        party of the act, not the party's own: the party stays uncoded rather than take it. A party its own words
        place ("the Nour party of Egypt"), that a state acts on ("Egypt banned the Nour party": the object, the
        state's own, rule 288) or that acts at home ("boycotted the vote count in Maputo", "petitioned Congress in the
        State of Maryland") is left. Rule 435c (session 41): a party named by a capitalised head of ``name_heads``
        ("the Sahel Liberation Front", "the Popular Front") takes no country from a state's institution it acts on
        either ("condemned Mali's junta"): its own country is as often another."""
        words = doc[b.start : b.end]
        head = _group_head(doc, b.start, b.end) or words[-1]
        group_named = b.role == "PTY" and words[-1].lower_ in name_heads and words[-1].text.istitle()
        # rule 425a (session 40): an unnamed opposition too ("The opposition condemned Israel", "Opposition leaders")
        opposition = b.role == "OPP" and any(t.lower_ == "opposition" for t in words)
        if b.role != "PTY" and head.lower_ not in _PARTY_HEADS and not opposition:
            return False
        sent = doc[b.start].sent
        subject = head
        for _ in range(8):
            if subject.dep_ in _SUBJECTS or subject.pos_ in ("VERB", "AUX") or subject.head.i == subject.i:
                break
            subject = subject.head
        if subject.dep_ != "nsubj":
            return False
        inside = range(subject.left_edge.i, subject.right_edge.i + 1)
        verb = _subject_clause(head, sent)

        def other_party(o: Unit) -> bool:
            # a verb's object ("condemned Israel", "urged Germany to", "Israel's strikes") or its prepositional
            # object ("called on Egypt"), not a place ("in Maputo", "in the State of Maryland") nor a thing's owner
            # named by a demonym ("a referendum on the Hungarian constitution")
            root = doc[o.start : o.end].root
            if root.dep_ == "poss":
                root = root.head
            if root.dep_ in ("dobj", "obj", "dative"):
                return True
            return (
                root.dep_ == "pobj"
                and root.head.head.pos_ in ("VERB", "AUX")
                and root.head.lower_ not in _ACT_PLACE_PREPS
            )

        # rule 425a: an opposition's other party is a state named as one, not a place ("travelled to Mombasa")
        kinds = ("country", "place") if b.role == "PTY" or head.lower_ in _PARTY_HEADS else ("country",)
        return any(
            o.kind in kinds  # a person ("Democrats criticized Donald Trump") may be the party's own
            and (not role_part(o.code) or (group_named and role_part(o.code) in _STATE_INSTITUTIONS))
            and (o.how != "demonym" or group_named)
            and o.start not in inside
            and other_party(o)
            and _subject_clause(doc[o.start : o.end].root, sent) == verb
            for o in named
        )

    @staticmethod
    def _office_holder(doc: Doc, m: Unit, named: list[Unit]) -> bool:
        """Whether a bare government role is one person's high office (``_OFFICE_HEADS``, singular) that may
        take its sentence's one country, ``named`` being that sentence's mentions: "The Prime Minister said
        the Ethiopian government ...", "Labor Minister Maurizio Sacconi ... Italian investors", "the
        governor" with no name or one the codebook does not know. Not when the country is named in the
        office's own clause or one that takes its subject ("Treasury Secretary X met Chinese officials", "the
        minister visited Nairobi", "the secretary noted ... and urged Russia to agree"):
        there it is the other party or the place of the office's act, and a state's office acting on its own
        state is rare. Two countries or an organisation leave it uncoded anyway (``_bare_roles``)."""
        if m.role != "GOV":
            return False
        title = [t for t in doc[m.start : m.end] if t.ent_type_ != "PERSON" or t.lower_ in _OFFICE_HEADS]
        head = title[-1] if title else None
        if head is None or head.lower_ not in _OFFICE_HEADS or head.tag_ not in ("NN", "NNP"):
            return False
        sent = doc[m.start].sent
        verb = _subject_clause(doc[m.start : m.end].root, sent)
        return all(_subject_clause(doc[o.start : o.end].root, sent) != verb for o in named)

    @staticmethod
    def _bare_ok(doc: Doc, b: Unit, attitude: bool = False, claimed: bool = False) -> bool:
        """Whether a bare role noun may take its sentence's country (see :meth:`_bare_roles`); ``attitude``: a "pro-"
        attitude toward that very country stands before it (rule 217b), no block; ``claimed``: the role is the
        modifier that names a demand's maker ("opposition demands", rule 382), determined as an article would."""
        before = doc[b.start - 1] if b.start > 0 else None
        if before is not None and (attitude or (b.role in _FOUGHT_PLACE_ROLES and _backer_or_attitude(doc, b.start))):
            # rule 217: "Moscow-backed separatists", "pro-Russian rebels": the backer or the attitude is not the
            # armed group's country; CAMEO codes rebels by the place they fight in, the sentence's one country
            before = None
        if before is not None and (
            before.lower_ in _FOREIGN_MODIFIERS
            or before.lower_ in _SUPPORTER_SUFFIX
            or (before.ent_type_ and before.ent_type_ not in _COUNT_ENTS and not _named_office(doc, before, b.end))
            or before.tag_ == "PRP$"
        ):
            # "foreign journalists", "Russian-backed rebels", "Kurdish rebels" (a group we cannot code),
            # "its citizens" (the pronoun's antecedent owns them, maybe not the sentence's country)
            return False
        words = doc[b.start : b.end]
        if words[-1].lower_ in _WEAPON_ROLES:
            return False  # "fighter jets", "drones": things, not agents
        after = doc[b.end] if b.end < len(doc) else None
        if b.kind != "person" and after is not None and after.text[:1].isupper() and after.pos_ in ("PROPN", "NUM"):
            return False  # "Air Force One", "Police Academy": a role word inside a name
        group = _group_head(doc, b.start, b.end) if b.kind != "person" else None
        head = group or (words[-1] if b.kind != "person" else words[0])
        owner_after = ("for", "of") if b.role in STATE_ROLES else ("for",)
        if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in _OF_TOPIC_VERBS:
            owner_after = ("for",)  # "accused the government of stonewalling": the charge, not whose government
        if any(c.dep_ == "prep" and c.lower_ in owner_after for c in head.children):
            # "a spokesman for the Taliban", "the leaders of the movement": whose office it is is said after
            # it; "workers of a bus company", "the people of the region" are still the sentence's
            return False
        # an article of the noun phrase, next to the role or before its adjectives ("the police", "a rebel
        # leader", "a female rebel commander"): a described actor, not a bare count noun
        determined = (before is not None and before.lower_ == "the") or any(
            c.dep_ == "det" and c.lower_ in _ARTICLES for c in head.children
        )
        # rule 176e: a role word as the compound modifier of the unit's head names whose thing it is, as an article
        # would ("raided opposition headquarters in Kampala": "headquarters" is tagged singular, NN)
        determined = determined or (len(words) > 1 and words[0].dep_ == "compound" and words[0].head == head)
        determined = determined or claimed
        # rule 245c: a lower-case title before a person's name ("arrested opposition leader Levan Khabeishvili") names
        # that person, as a capitalised one does ("Prime Minister Mahendra Chaudhry")
        determined = determined or (b.kind == "person" and len(words) > 1 and words[-1].pos_ == "PROPN")
        # "banning assembly of five persons": a singular role noun with no article ("demands from rebel group":
        # a collective noun names an organised actor without one)
        return head.lower_ in _COLLECTIVE_HEADS or not (
            head.tag_ in ("NN", "NNP") and not determined and not head.text[:1].isupper()
        )

    def _attitude_state(self, doc: Doc, start: int) -> str | None:
        """Rule 217b: the one state of a "pro-" attitude right before ``start`` ("pro-Kremlin", "Pro-Russian",
        "pro-Beijing": the state its word names in the codebook), else None."""
        if start < 3 or doc[start - 2].text != "-" or doc[start - 3].lower_ != "pro":
            return None
        codes = {primary_code(a.actor.code) for a, _ in self.forms.get(doc[start - 1].lower_, [])}
        (code,) = codes if len(codes) == 1 else (None,)
        return code if code is not None and len(code) == 3 and code.isalpha() else None

    def _is_form_part(self, part: str) -> bool:
        key = part.lower()
        if key not in self.single_forms:
            return False
        return any(not a.cased or exact == part for a, exact in self.forms[key])

    def _glued_parts(self, text: str) -> list[str] | None:
        """The parts of a glued token text ("U.S.President" -> "U.S.", "President") when one of them is a
        known form, else None."""
        if len(text) < 4 or not any(c in text for c in _GLUE_CHARS) or text.lower() in self.forms:
            return None
        parts: list[str] = []
        rest = text
        dotted = _DOTTED.match(rest)
        if dotted:
            parts.append(dotted.group(1))
            rest = rest[dotted.end() :]
        parts.extend(p for p in _GLUE_SPLIT.split(rest) if p)
        if len(parts) < 2 or "".join(parts) != text:
            return None
        return parts if any(self._is_form_part(p) for p in parts) else None

    def _is_glued(self, text: str) -> bool:
        return self._glued_parts(text) is not None

    def _split_glued(self, doc: Doc) -> None:
        """Split "U.S.President" / "U.S.-Russia" into tokens when one of the parts is a known form."""
        todo: list[tuple[Any, list[str]]] = []
        # each distinct token text checked once (memo across documents), no Token object per token
        for i in text_hits(doc, self._is_glued, self._glued_memo):
            tok = doc[i]
            parts = self._glued_parts(tok.text)
            if parts is not None:
                todo.append((tok, parts))
        if not todo:
            return
        with doc.retokenize() as retok:
            for tok, parts in todo:
                n = len(parts)
                last_head = tok.head if tok.head.i != tok.i else (tok, n - 1)
                heads = [(tok, n - 1)] * (n - 1) + [last_head]
                attrs: dict[str | int, list[Any]] = {"DEP": ["compound"] * (n - 1) + [tok.dep_ or "dep"]}
                retok.split(tok, parts, heads=heads, attrs=attrs)

    @staticmethod
    def _owned_titles_as_roles(doc: Doc, units: list[Unit]) -> list[Unit]:
        """The units without an office title that another owner claims (docs/events.md rule 186c): a codebook title
        of one country's institution ("Foreign Secretary", "Defence Secretary": GBRGOV) right after another
        country's name, demonym or possessive ("Indian Foreign Secretary Vikram Misri", "Pakistan's foreign
        secretary") or after a possessive pronoun ("its foreign secretary") is that owner's office; dropped here,
        the words are a role noun that composes with its owner as "foreign minister" does."""
        by_end = {u.end: u for u in units}
        kept = []
        for u in units:
            if u.is_title and not u.is_person and u.start > 0:
                before = doc[u.start - 1]
                owner = by_end.get(u.start) or (by_end.get(u.start - 1) if before.text in _POSSESSIVE else None)
                if before.tag_ == "PRP$" or (
                    owner is not None
                    and not owner.is_person
                    and owner.kind in ("country", "place")
                    and primary_code(owner.code) != primary_code(u.code)
                ):
                    continue
            kept.append(u)
        return kept

    def _actor_units(self, doc: Doc, date: str | None) -> list[Unit]:
        cands: list[Span] = []
        chosen: dict[tuple[int, int], tuple[Alias, ...]] = {}
        matches = self.matcher(doc)
        starts = {start for match_id, start, _ in matches if match_id != self._stop_id}
        lower_names = {
            (start, end): self._lower_case_name(doc, start, end, " ".join(t.text for t in doc[start:end]))
            for match_id, start, end in matches
            if match_id != self._stop_id
        }
        # rule 287: the sentences that name a person in lower case (rule 136a), the writer's evidence
        lower_named = {
            doc[start].sent.start
            for (start, end), named in lower_names.items()
            if named and any(a.actor.kind == "person" for a, _ in self.forms.get(self._key(doc[start:end]), ()))
        }
        # rule 425c (session 40): and the sentences that write a capitalised name of a country or place in lower case
        # ("japan", "the philippines"), the same evidence for a country whose name is also a common noun ("china")
        lower_written = lower_named | {
            doc[start].sent.start
            for match_id, start, end in matches
            if match_id != self._stop_id
            and doc[start:end].text.islower()
            and any(
                not a.cased and a.actor.kind in ("country", "place") and not form.islower()
                for a, form in self.forms.get(self._key(doc[start:end]), ())
            )
        }
        for match_id, start, end in matches:
            span = doc[start:end]
            if match_id == self._stop_id:
                cands.append(Span(doc, start, end, label="STOP"))
                continue
            # "pro-Russian", "anti-American": an attitude, not the actor
            if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _NEGATING_PREFIX:
                continue
            if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _SUPPORTER_SUFFIX:
                if not _mediated_meeting(doc[end + 1], self.event_patterns):
                    continue
            exact = " ".join(t.text for t in span)
            if self._pronoun_us(doc, start, end, exact):
                continue
            # a cased form also matches in an all-capitals headline ("TURKEY"), never "US" as "us"
            shout = exact.isupper() and len(exact) > 3
            lower_name = lower_names[(start, end)]
            bare_surname = not lower_name and self._bare_lower_surname(doc, start, end, exact, lower_named)
            bare_country = (
                not lower_name
                and self._bare_lower_surname(doc, start, end, exact, lower_written)
                and _party_slot(doc[start], starts)
            )
            aliases = tuple(
                a
                for a, form in self.forms.get(self._key(span), ())
                if not a.cased
                or form == exact
                or (shout and form.upper() == exact)
                or (lower_name and a.actor.kind == "person")
                or (bare_surname and a.actor.kind == "person" and _last_name_word(a.actor.name) == exact)
                or (bare_country and a.actor.kind == "country" and a.how == "name" and form.lower() == exact)
            )
            if not aliases or self._patronymic_of_another(doc, start, aliases):
                continue
            if self._given_name_of_another(doc, start, end, aliases, starts):
                continue
            if self._place_given_name(doc, start, end, aliases, starts):
                continue
            chosen[(start, end)] = aliases
            cands.append(Span(doc, start, end, label="ACTOR"))
        covered = {i for _, start, end in matches for i in range(start, end)}
        for (start, end), key in self._misspelt_people(doc, covered):
            aliases = tuple(a for a, _ in self.forms[key] if a.actor.kind == "person")
            if aliases and (start, end) not in chosen:
                chosen[(start, end)] = aliases
                cands.append(Span(doc, start, end, label="ACTOR"))
        for (start, end), key in self._misspelt_countries(doc, covered, lower_written):
            if (start, end) not in chosen:
                chosen[(start, end)] = tuple(a for a, _ in self.forms[key])
                cands.append(Span(doc, start, end, label="ACTOR"))
        for (start, end), key in self._described(doc):
            aliases = tuple(a for a, _ in self.forms[key] if a.actor.kind in _DESCRIBED_KINDS and not a.cased)
            if aliases and (start, end) not in chosen:
                chosen[(start, end)] = aliases
                cands.append(Span(doc, start, end, label="ACTOR"))
        units = []
        for span in _longest(cands):
            if span.label_ == "STOP":
                continue
            found = Codebook.choose(list(_titled_lines(doc, span.start, chosen[(span.start, span.end)], date)), date)
            if found is None:
                continue
            actor, how = found
            title = actor.role.lower() if actor.kind == "person" and actor.role else None
            units.append(Unit(span.start, span.end, actor.code, actor.name, actor.kind, how, actor.gender, title=title))
        return units

    def _misspelt_people(self, doc: Doc, covered: set[int]) -> list[tuple[tuple[int, int], str]]:
        """A person's surname misspelt in the text, as (start, end) -> the form it stands for (docs/actors.md, session
        28): a capitalised proper noun of six letters or more that no form matches and that is no English word is the
        person whose surname it is
        - with two neighbouring letters swapped ("Lavorv" for Lavrov, "Zelenksy" for Zelensky; not the first
          letter), a typing slip that makes no other name, when it makes one surname only (since rule 420b, session 39,
          whether or not the model reads the word inside an entity: "Zelenksyy" is none), or
        - one letter added, dropped or changed ("Witkof", "Dmitriyev") right after the given name the codebook writes
          with that surname ("Steve Witkof", "Kirill Dmitriyev"), when that pair is one form only and the model reads
          the surname inside a PERSON, GPE, ORG or NORP entity.
        A letter changed alone is left out: "Moraes" is not Morales, "Hasan" not Hassan."""
        found: list[tuple[tuple[int, int], str]] = []
        # only the tokens whose text passes the tests that read the text alone (speed36): a lower-case form of six
        # letters or more, alphabetic (``is_alpha``) and in title case (``is_title``); one text column read
        for tok in [doc[i] for i in text_hits(doc, _misspelt_shape, text_memo(_misspelt_shape))]:
            word = tok.lower_
            if (
                tok.i in covered
                or len(word) < 6
                or not tok.is_alpha
                or not tok.is_title
                or tok.pos_ != "PROPN"
                or self._english_word(tok)
            ):
                continue
            named = tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if named and prev is not None and prev.i not in covered and prev.is_title and prev.is_alpha:
                near = {s for s in self.person_full_names.get(prev.lower_, ()) if _one_edit(word, s)}
                if len(near) == 1:
                    found.append(((prev.i, tok.i + 1), f"{prev.lower_} {near.pop()}"))
                    continue
            swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)} - {word}
            hits = swaps & self.person_surnames
            if not hits and not any(e.start <= tok.i < e.end and len(e) > 1 for e in doc.ents):
                # rule 425b (session 40): rule 420a's other slips, a letter dropped inside the word or doubled
                # ("Erdogn", "Starmr", "Trumpp"), when they make one person's surname and no country's name; not
                # inside a longer name the model reads ("Jonson Holdings", "Rita Hasani")
                hits = {s for s in _lengths_near(self.surnames_by_length, len(word), 1, False) if _slip(word, s)}
                people = {a.actor.name for s in hits for a, _ in self.forms[s] if a.actor.kind == "person"}
                if len(people) != 1 or any(
                    _slip(word, k) for k in _lengths_near(self.country_names_by_length, len(word), 1, True)
                ):
                    continue
                hits = {min(hits)}
            if len(hits) == 1:
                found.append(((tok.i, tok.i + 1), hits.pop()))
        return found

    def _misspelt_countries(
        self, doc: Doc, covered: set[int], lower_written: set[int] | None = None
    ) -> list[tuple[tuple[int, int], str]]:
        """A country's name written with a typing slip, as (start, end) -> the name it stands for (docs/events.md rule
        420a): a capitalised proper noun of five letters or more that no form matches, that is no English word, no
        part of a longer name (no capitalised word but a function word or a known form beside it: "Mr Rusia"), and that
        one slip (``_slip``: two neighbours swapped, a letter dropped or doubled, never the first) makes the one-word
        name of one country only and no person's surname ("Rusia", "Germnay", "Venezeula", "Pakistn"). Names of four
        letters are left out ("Iran" and "Iraq", "Oman" and "Omar"). Rule 435b (session 41): a plural demonym with two
        neighbours swapped or a letter doubled ("Russains", "Iranains"), a noun; and the same slips written in lower
        case ("rusia", "germnay", "amercian") in a sentence that writes another name in lower case (``lower_written``,
        the sentences' starts: rule 425c's evidence of informal text), a noun too."""
        found: list[tuple[tuple[int, int], str]] = []
        indices = text_hits(doc, _misspelt_country_shape, text_memo(_misspelt_country_shape))
        if lower_written:  # lower-case words only in the sentences that write another name so (most documents: none)
            starts = SentenceStarts(doc)
            informal = text_hits(doc, _misspelt_lower_country_shape, text_memo(_misspelt_lower_country_shape))
            indices = sorted(indices + [i for i in informal if starts.start(i) in lower_written])
        for tok in [doc[i] for i in indices]:
            lower = tok.text.islower()
            plural = tok.tag_ in ("NNS", "NNPS")
            if tok.i in covered or self._english_word(tok):
                continue
            if tok.pos_ not in ("PROPN", "ADJ") and not (tok.pos_ == "NOUN" and (lower or plural)):
                continue
            if tok.ent_type_ == "PERSON" and any(e.start <= tok.i < e.end and len(e) > 1 for e in doc.ents):
                continue
            # a capitalised word before or after that is no function word: a part of a longer name or a title
            # ("Mr Rusia", "Rusia Smith")
            if any(
                0 <= j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_stop and j not in covered
                for j in (tok.i - 1, tok.i + 1)
            ):
                continue
            word = tok.lower_
            hits = {k for k in _lengths_near(self.country_names_by_length, len(word), 1, True) if _slip(word, k)}
            hits |= {
                k for k in _lengths_near(self.plural_demonyms_by_length, len(word), 1, True) if _slip(word, k, False)
            }
            if len(hits) == 1 and not any(
                _slip(word, k) for k in _lengths_near(self.surnames_by_length, len(word), 1, True)
            ):
                hit = hits.pop()
                # an adjective only as a demonym (rule 425c), a plural noun only as a plural demonym (rule 435b)
                if hit in self.plural_demonym_names and tok.pos_ == "ADJ":
                    continue
                if tok.pos_ == "PROPN" or hit in self.demonym_names or hit in self.plural_demonym_names or lower:
                    found.append(((tok.i, tok.i + 1), hit))
        return found

    def _patronymic_of_another(self, doc: Doc, start: int, aliases: tuple[Alias, ...]) -> bool:
        """Whether a person's form that starts with a patronymic particle ("bin Salman") follows another given name:
        "Prince Khalifa bin Salman" is Khalifa, son of Salman, not the Mohammed the form is short for. A title before
        it ("Crown Prince bin Salman") or no capitalised word keeps the person (docs/actors.md, session 26)."""
        if start == 0 or doc[start].lower_ not in _PATRONYMIC_PARTICLES:
            return False
        if not all(a.actor.kind == "person" for a in aliases):
            return False
        prev = doc[start - 1]
        return (
            prev.is_alpha
            and prev.is_title
            and prev.lower_ not in self.title_heads
            and prev.lower_ not in self.role_heads
        )

    def _given_name_of_another(
        self, doc: Doc, start: int, end: int, aliases: tuple[Alias, ...], starts: set[int]
    ) -> bool:
        """Whether a person's one-word form that is the last word of his name (a surname: "Abbas" of Mahmoud Abbas)
        is the given name of someone the codebook does not hold: right before a capitalised word that the model
        reads in the same PERSON name, that starts no mention of its own and that is no English word ("Abbas
        Araqchi", "Trump Jr."; not "Putin Warns West" in a title-case headline). A surname written first ("Xi" of
        Xi Jinping) and two mentions side by side ("Trump Putin summit") keep the person (docs/actors.md, session
        27)."""
        if end - start != 1 or end >= len(doc) or end in starts:
            return False
        word, nxt = doc[start], doc[end]
        if not all(a.actor.kind == "person" and _last_name_word(a.actor.name) == word.lower_ for a in aliases):
            return False
        return (
            nxt.is_title
            and word.ent_type_ == "PERSON"
            and nxt.ent_type_ == "PERSON"
            and nxt.ent_iob_ == "I"
            and nxt.lower_ not in self.title_heads
            and nxt.lower_ not in self.role_heads
            and not self._english_word(nxt)
        )

    def _place_given_name(self, doc: Doc, start: int, end: int, aliases: tuple[Alias, ...], starts: set[int]) -> bool:
        """Whether a one-word place's or country's form is a person's given name: right before a capitalised word
        the model reads as a PERSON name, as that name's first word or as a compound hung on it, that starts no
        mention of its own and is no English word, title or role ("army chief Milan Mojsilovic", "Jordan Petrov";
        not "Milan" alone, nor "Paris talks")
        (docs/events.md, rule 247); session 31 (docs/actors.md): or right after a title noun (`title_heads`), as a
        compound of that next word, where the model reads title, place and name as one entity of another type
        ("General Milan Novak" tagged one ORG)."""
        if end - start != 1 or end >= len(doc) or end in starts:
            return False
        if not all(a.actor.kind in ("place", "country") for a in aliases):
            return False
        word, nxt = doc[start], doc[end]
        one_name = word.ent_type_ == "PERSON" and word.ent_iob_ == "B" and nxt.ent_iob_ == "I"
        compound = word.dep_ == "compound" and word.head.i == end
        titled = (
            start > 0
            and doc[start - 1].lower_ in self.title_heads
            and doc[start - 1].ent_iob_ == "B"
            and word.ent_iob_ == nxt.ent_iob_ == "I"
        )
        return (
            nxt.is_title
            and (nxt.ent_type_ == "PERSON" or (titled and compound))
            and (one_name or compound)
            and nxt.lower_ not in self.title_heads
            and nxt.lower_ not in self.role_heads
            and not self._english_word(nxt)
        )

    def _english_word(self, tok: Token) -> bool:
        """Whether a word, or its lemma, is a noun, verb or adjective the lemmatizer knows: "Warns" in a headline
        written in title case ("Putin Warns West") is no name; without the lemmatizer's tables, every word is."""
        known = self._english_words()
        return not known or any(w in words for words in known.values() for w in (tok.lower_, tok.lemma_.lower()))

    def _described(self, doc: Doc) -> list[tuple[tuple[int, int], str]]:
        """Spans that read as a body's listed description (``self.descriptions``) with words between its words
        that the description leaves out, and the description's key: a lower-case adjective ("Europe's
        *leading* security forum", "the Western *military* alliance" for "Western alliance"; an adjective
        tag, or a participle the parser hangs as ``amod``) or a possessive after a part that is itself a
        known name ("the U.N.*'s* nuclear agency" for "U.N. nuclear agency"). At most ``_DESCRIBED_GAP``
        words are let in; before the first word and after the last nothing is (those the phrase matcher and
        the role and composition steps see as usual). Spans matching the description as written are left to
        the phrase matcher."""
        if not self.descriptions or not doc.has_annotation("TAG"):
            return []
        out: list[tuple[tuple[int, int], str]] = []
        for at in lower_hits(doc, self.description_heads):  # read from the LOWER column, not token by token
            head = doc[at]
            for key in self.descriptions[head.lower_]:
                words = key.split()
                # w: the description's word to match next, right to left; j: the token read against it
                w, j, gap = len(words) - 2, head.i - 1, 0
                while w >= 0 and j >= 0 and gap <= _DESCRIBED_GAP:
                    tok = doc[j]
                    if tok.lower_ == words[w]:
                        w, j = w - 1, j - 1
                    elif self._described_gap(tok, words[: w + 1]):
                        gap, j = gap + 1, j - 1
                    else:
                        break
                if w < 0 and 0 < gap <= _DESCRIBED_GAP:
                    out.append(((j + 1, head.i + 1), key))
        return out

    def _described_gap(self, tok: Token, before: list[str]) -> bool:
        """Whether ``tok`` may stand between the words of a description whose words up to it are ``before``:
        a lower-case adjective, or a possessive after words that name an actor by themselves."""
        if tok.tag_ == "POS":
            return " ".join(before) in self.forms
        if not (tok.is_alpha and tok.is_lower):
            return False
        return tok.tag_ in ("JJ", "JJR", "JJS") or (tok.tag_ in ("VBG", "VBN") and tok.dep_ == "amod")

    def _security_council(self, doc: Doc, mentions: list[Unit], bare: list[Unit]) -> tuple[list[Unit], list[Unit]]:
        """A bare, capitalised "Security Council" (no country before it) is the UN's, unless the document has
        named a country's own security council before it ("Russia's Security Council ... the Security Council
        said"); "the Security Council of Iran", "National Security Council" are composed or matched before."""
        found = self.codebook.resolve("UN Security Council")
        if found is None or not bare:
            return mentions, bare
        un, _how = found
        national = [m for m in mentions if len(m.code) > 3 and "security council" in doc[m.start : m.end].text.lower()]
        # a person whose office is on a national security council ("Medvedev, deputy head of the Security
        # Council"): that council, in the person's sentence
        members = {
            doc[m.start].sent.start if doc.has_annotation("SENT_START") else 0
            for m in mentions
            if m.kind == "person"
            and any(
                "security council" in (a.actor.role or "").lower()
                for a, _ in self.forms.get(self._key(doc[m.start : m.end]), ())
            )
        }
        kept, named = [], []
        for b in bare:
            words = [t.text for t in doc[b.start : b.end]]
            sent = doc[b.start].sent.start if doc.has_annotation("SENT_START") else 0
            before = [m for m in national if m.start < b.start]
            if words != ["Security", "Council"] or sent in members:
                kept.append(b)
            elif before:  # "Russia's Security Council met ... the Security Council said": that council
                last = before[-1]
                named.append(Unit(b.start, b.end, last.code, last.name, last.kind, "context", None))
            else:
                named.append(Unit(b.start, b.end, un.code, un.name, un.kind, "alias", None))
        if not named:
            return mentions, bare
        return sorted(mentions + named, key=lambda m: m.start), kept

    def _eu_commission(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """Rule 236d: a bare, capitalised "the Commission" (the article right before it, no "of" / "on" / "for"
        phrase after it: "the Commission of Inquiry", "the Commission on Human Rights" are other bodies) is the
        European Commission in a document that names the EU (an EU mention: "the EU", "Brussels", "the European
        Union"): "The EU warned Hungary. The Commission froze funds for Hungary." (before: no source)."""
        if not any(m.code == "EU" for m in mentions):
            return mentions

        def stands_alone(tok: Token) -> bool:
            return not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "on", "for"))

        return self._bare_body(doc, mentions, "Commission", "European Commission", stands_alone)

    def _us_treasury(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """Rule 266: a bare, capitalised "the Treasury" (the article right before it, no "of" phrase after it and
        no noun it modifies: "the Treasury market", "the Treasury Committee") is the US Treasury, unless the
        document names a country whose own finance ministry is also "the Treasury" (compose.yml
        ``treasury_countries``: Britain, Australia, New Zealand), where it stays unresolved: "The Treasury
        imposed sanctions on Lukoil." USA -> RUS 163 (before: no source)."""
        others = self.compose_words.treasury_countries
        if any(primary_code(m.code).lower() in others for m in mentions):
            return mentions

        def stands_alone(tok: Token) -> bool:
            return tok.dep_ != "compound" and not (
                tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ == "of" or doc[tok.i + 1].text[:1].isupper())
            )

        return self._bare_body(doc, mentions, "Treasury", "US Treasury", stands_alone)

    def _bare_body(
        self, doc: Doc, mentions: list[Unit], word: str, body: str, stands_alone: Callable[[Token], bool]
    ) -> list[Unit]:
        """Rules 236d and 266: each ``word`` ("Commission", "Treasury", as written) right after "the", inside no
        mention and for which ``stands_alone`` holds (no phrase or name after it that makes it another body) is the
        codebook's ``body`` (a context unit); the mentions unchanged when there is none or the codebook lacks it."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        # the tokens written ``word`` only, by one text column (no Token for the others)
        spots = [
            tok.i
            for tok in (doc[i] for i in text_hits(doc, word.__eq__))
            if tok.text == word
            and tok.i not in taken
            and tok.i > 0
            and doc[tok.i - 1].lower_ == "the"
            and stands_alone(tok)
        ]
        found = self.codebook.resolve(body) if spots else None
        if found is None:
            return mentions
        entry, _how = found
        named = [Unit(i, i + 1, entry.code, entry.name, entry.kind, "context", None) for i in spots]
        return sorted(mentions + named, key=lambda m: m.start)

    def _alternatives(self, doc: Doc, u: Unit) -> dict[str, Unit]:
        """The readings of a form several countries hold, by country code: its own, the ``shared`` field's
        and those of other country or place entries with the same form ("Congolese": COG and COD)."""
        key = self._key(doc[u.start : u.end])
        out = {u.code: u}
        for code in self.codebook.shared.get(key, ()):
            out.setdefault(code, replace(u, code=code, kind="place", how="name"))
        for alias, _exact in self.forms.get(key, ()):
            a = alias.actor
            if a.kind in ("country", "place") and len(a.code) == 3:
                out.setdefault(a.code, replace(u, code=a.code, name=a.name, kind=a.kind, how=alias.how))
        return out

    def _shared_places(self, doc: Doc, units: list[Unit]) -> list[Unit]:
        """A place name several countries hold ("Tripoli" in Libya and Lebanon, "Georgia" the country and
        the US state, "Congolese") takes the reading of the countries around it: the one most named in its
        sentence and the previous one, else in the document; a tie keeps the codebook's first reading. A
        country's own name ("Georgia") yields to another reading only for that country's places (US states
        and cities beside it), not for a mere mention of the other country ("US condemns ... in Georgia")."""
        if not units or (not self.codebook.shared and not self._multi_forms):
            return units
        readings = {}
        for n, u in enumerate(units):
            if u.kind in ("country", "place") and len(u.code) == 3:
                key = self._key(doc[u.start : u.end])
                if key in self.codebook.shared or key in self._multi_forms:
                    alts = self._alternatives(doc, u)
                    if len(alts) > 1:
                        readings[n] = alts
        if not readings:
            return units
        sents = doc.has_annotation("SENT_START")
        evidence = [
            (doc[u.start].sent.start if sents else 0, primary_code(u.code), u.kind == "place" or u.how == "capital")
            for n, u in enumerate(units)
            if n not in readings
        ]
        out = list(units)
        for n, alts in readings.items():
            u = units[n]
            sent = doc[u.start].sent if sents else doc[:]
            prev = doc[sent.start - 1].sent.start if sents and sent.start > 0 else sent.start
            strict = u.kind == "country" and u.how in ("name", "alias")  # "Georgia" the country by name

            for near in (True, False):
                scores = {
                    code: sum(
                        1
                        for s, c, place in evidence
                        if c == code
                        and (place or not strict or code == u.code)
                        and (not near or prev <= s <= sent.start)
                    )
                    for code in alts
                }
                best = max(scores.values())
                if best > 0:
                    top = [c for c in alts if scores[c] == best]
                    if u.code not in top:
                        out[n] = alts[top[0]]
                    break
        return out

    def _shared_groups(self, doc: Doc, units: list[Unit]) -> list[Unit]:
        """Rule 238e: a form two organisations or armed groups hold ("RSF": Reporters Without Borders, `NGO`, and
        the Rapid Support Forces, `SDNREB`) takes the reading whose country the document names elsewhere, by a
        country's name, demonym, capital or place ("Sudan", "Khartoum", "Darfur"); with none named it keeps the
        codebook's own choice, as before. Only group and NGO entries compete; a person or a country is never
        such a reading."""
        kinds = ("group", "ngo")
        named = {primary_code(u.code) for u in units if u.kind in ("country", "place")}
        out = list(units)
        for n, u in enumerate(units):
            if u.kind not in kinds or not named:
                continue
            exact = " ".join(t.text for t in doc[u.start : u.end])
            others = [
                a.actor
                for a, form in self.forms.get(self._key(doc[u.start : u.end]), ())
                if a.actor.kind in kinds and a.actor.code != u.code and (not a.cased or form == exact)
            ]
            if primary_code(u.code) in named:
                continue
            chosen = next((a for a in others if primary_code(a.code) in named), None)
            if chosen is not None:
                out[n] = replace(u, code=chosen.code, name=chosen.name, kind=chosen.kind)
        return out

    def _communities(self, doc: Doc, units: list[Unit]) -> list[Unit]:
        """Adjacent forms that name one group, joined into one unit:

        - a country or place named by its name, then another country's demonym: a community where it
          lives ("Kosovo Albanians", "Kosovo Serb leaders", "Gaza Palestinians") -> the place's country;
        - a demonym, then an armed group of that same country ("Sri Lankan Tamil rebels") -> the group;
        - an international organisation after a subset word and before a member noun ("new EU members",
          "other NATO countries", "several EU states"): some of its members, not the organisation, so no
          unit (``_IGO_SUBSET`` / ``_IGO_MEMBERS``).
        """
        out: list[Unit] = []
        for u in units:
            if u.kind == "igo" and self._igo_members(doc, u):
                continue
            if u.kind == "igo" and out and self._igo_envoy(doc, out[-1], u):
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.end == u.start and u.kind == "country" and u.how == "demonym":
                named = prev.how in ("name", "alias") and prev.kind in ("country", "place") and len(prev.code) == 3
                # people ("Kosovo Serbs", "Kosovo Serb leaders"), not a dyad written without its hyphen
                # ("the Israel Palestinian conflict")
                people = doc[u.end - 1].text.endswith("s") or (
                    u.end < len(doc) and doc[u.end].lower_ in self.role_heads
                )
                if named and people and u.code != prev.code and doc[u.start].text[:1].isupper():
                    out[-1] = replace(prev, end=u.end)
                    continue
            if (
                prev is not None
                and prev.end == u.start
                and u.kind == "ngo"
                and u.code == "NGO"
                and doc[u.start].is_lower
                and prev.kind == "country"
                and prev.how == "demonym"
                and len(prev.code) == 3
            ):
                # rule 310: a demonym before a generic NGO noun ("British aid agencies", "French aid groups",
                # "Syrian rights groups") names that country's NGOs (GBRNGO), as "British aid workers" already was;
                # a named NGO ("Amnesty International") is capitalised and stays NGO
                out[-1] = replace(prev, end=u.end, code=prev.code + "NGO", how="title")
                continue
            if (
                prev is not None
                and prev.end == u.start
                and u.kind in _IDENTITY_KINDS
                and prev.kind == "country"
                and len(prev.code) == 3
                and prev.how in ("name", "alias", "demonym")
            ):
                # "Iraqi Kurds" -> IRQKUR, "Lebanese Christians" -> LBNCHR: the country first (CAMEO 10.0.4)
                code = u.code if u.code.startswith(prev.code) else prev.code + u.code
                out[-1] = replace(prev, end=u.end, code=code, name=u.name)
                continue
            if (
                prev is not None
                and prev.end == u.start
                and prev.how == "demonym"
                and u.kind == "group"
                and primary_code(u.code) == prev.code
            ):
                out[-1] = replace(u, start=prev.start)
                continue
            if (
                prev is not None
                and prev.end == u.start
                and prev.how == "demonym"
                and prev.kind == "country"
                and len(prev.code) == 3
                and doc[prev.start].text[:1].isupper()
                and u.kind == "group"
                and role_part(u.code)
                and country_part(u.code) != prev.code
            ):
                # rule 423b: a demonym right before a known armed group of another country names that country's
                # branch of it ("Iraqi Hizbollah" -> IRQREB, not the Lebanese LBNREB): the group's role, the
                # demonym's country
                out[-1] = replace(u, start=prev.start, code=prev.code + role_part(u.code))
                continue
            out.append(u)
        return out

    def _groups(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """Ethnic, religious and regional groups (``GROUP_KINDS``, groups.jsonl):

        - inside a name they name no actor: a capitalised proper noun right after the form or right before
          it ("Kurdish Democratic Party", "Islamic Courts Union", "Kurdistan Islamic Union");
        - an adjective ("Kurdish", "Muslim", "European") with no role noun after it names an actor only
          before a group noun of ``anaphora.yml`` (an adjective or a noun modifier may sit between), which
          joins the mention: "Muslim groups", "Arab states", "European allies"; "Kurdish region", "Islamic
          law", "European airspace" give none;
        - an ethnic or religious group "in" or "of" a country or a place is that country's community:
          "Christians in Baghdad" -> IRQCHR, "Kurds in Turkey" -> TURKUR, "Druze inhabitants of the Syrian
          Golan" -> SYRMOSDRZCVL (CAMEO 10.0.4); a direction may sit between ("in south Serbia").
        """
        out: list[Unit] = []
        starts = {m.start: m for m in mentions}
        skip: set[int] = set()
        for m in mentions:
            if id(m) in skip:
                continue
            if m.kind not in GROUP_KINDS:
                out.append(m)
                continue
            after = doc[m.end] if m.end < len(doc) else None
            before = doc[m.start - 1] if m.start > 0 else None
            if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
                continue  # "Kurdish Democratic Party": a name we cannot code
            if (
                before is not None
                and before.pos_ == "PROPN"
                and before.text[:1].isupper()
                and not before.is_sent_start
                and before.i not in starts
            ):
                continue  # "Kurdistan Islamic Union"
            if m.how == "demonym":
                end = m.end
                while end < len(doc) and end - m.end < 2 and doc[end].lower_ not in self.group_nouns:
                    if not (doc[end].pos_ == "ADJ" or (doc[end].pos_ == "NOUN" and doc[end].dep_ == "compound")):
                        break
                    end += 1
                article = m.start - 1
                while article > 0 and doc[article].pos_ == "ADJ" and m.start - article < 3:
                    article -= 1  # "a neighbouring Arab country"
                one_state = (
                    end < len(doc)
                    and doc[end].lower_ in _ONE_STATE_NOUNS
                    and article >= 0
                    and doc[article].lower_ in _INDEFINITE
                )
                whole = (
                    end == m.end
                    and end < len(doc)
                    and doc[end].lower_ == _WHOLE_NOUN
                    and doc[end].pos_ == "NOUN"
                    and article >= 0
                    and doc[article].lower_ == "the"
                )
                if whole:
                    m = replace(m, end=end + 1)  # rule 350: "the Arab world" -> ARB, "the Western world" -> WST
                elif not one_state and (end >= len(doc) or doc[end].lower_ not in self.group_nouns):
                    continue  # an adjective of something else: "Kurdish region", "Islamic law"
                elif not one_state and m.kind == "region" and doc[end].lower_ not in _REGION_NOUNS:
                    continue  # "European allies", "West African neighbors": described states, not the region
                else:
                    m = replace(m, end=end + 1)
            if m.kind in _IDENTITY_KINDS and m.end + 1 < len(doc) and doc[m.end].lower_ in ("in", "of"):
                k = m.end + 1
                if doc[k].lower_ == "the":
                    k += 1
                if k < len(doc) and doc[k].lower_ in _DIRECTIONS:
                    k += 1  # "Ethnic Albanians in south Serbia"
                place = starts.get(k)
                if place is not None and place.kind in ("country", "place") and len(place.code) == 3:
                    code = m.code if m.code.startswith(place.code) else place.code + m.code
                    out.append(replace(m, end=place.end, code=code, kind="country"))
                    skip.add(id(place))
                    continue
            out.append(m)
        return out

    @staticmethod
    def _igo_envoy(doc: Doc, prev: Unit, u: Unit) -> bool:
        """ "Iran's UN envoy", "the Chinese UN ambassador": a country's envoy to the organisation (docs/events.md rule
        211d), not the organisation's; the organisation's unit is dropped, so the envoy noun takes the country."""
        if u.end >= len(doc) or doc[u.end].lower_ not in _IGO_ENVOYS:
            return False
        if prev.kind != "country" or len(prev.code) != 3 or prev.how not in ("name", "alias", "demonym"):
            return False
        gap = [t.lower_ for t in doc[prev.end : u.start]]
        return gap in ([], ["'s"], ["’s"])

    @staticmethod
    def _igo_members(doc: Doc, u: Unit) -> bool:
        """ "new EU members", "other NATO countries": a subset word before, a member noun after."""
        if u.end >= len(doc) or doc[u.end].lower_ not in _IGO_MEMBERS:
            return False
        k = u.start - 1
        if k >= 0 and doc[k].lower_ in ("the", "its"):
            k -= 1
        return k >= 0 and u.start - k <= 2 and doc[k].lower_ in _IGO_SUBSET

    def _lower_case_name(self, doc: Doc, start: int, end: int, exact: str) -> bool:
        """Whether ``doc[start:end]``, written all in lower case, may still be a person's name (docs/events.md
        rule 136a: "putin threatened Moldova", "xi jinping praised Brazil"). People's forms match only as written
        so that "trump card" or a stray "xi" name nobody; a lower-case one counts when the span is a noun the
        model reads as a name and no English word the lemmatizer knows spells it: either one of its words is in
        none of the lemmatizer's indexes ("zelenskyy", "jinping"), or the span is a PERSON entity that is a clause's
        subject, or one the tagger reads as a proper noun in any other place (session 31: "accused putin of ...",
        "met putin in moscow"), and none of its words is a known verb or adjective ("putin" and "macron" are WordNet
        nouns; "trump" is a verb; the small model also tags the cosmetic in "bought kohl" PERSON, but as a common
        noun). Never inside a hyphenated word ("petro-dollars"); never without the lemmatizer's tables."""
        if exact != exact.lower() or not any(c.isalpha() for c in exact):
            return False
        if (start > 0 and doc[start - 1].text == "-") or (end < len(doc) and doc[end].text == "-"):
            return False
        known = self._english_words()
        if not known:
            return False
        span = doc[start:end]
        if not all(t.pos_ in ("PROPN", "NOUN") or t.ent_type_ == "PERSON" for t in span):
            return False
        words = [t.lower_ for t in span]
        if any(all(w not in lemmas for lemmas in known.values()) for w in words):
            return True
        verb_or_adj = known.get("verb", set()) | known.get("adj", set())
        named = all(t.ent_type_ == "PERSON" for t in span) and (
            span.root.dep_ in ("nsubj", "nsubjpass") or all(t.pos_ == "PROPN" for t in span)
        )
        return named and not any(w in verb_or_adj for w in words)

    @staticmethod
    def _bare_lower_surname(doc: Doc, start: int, end: int, exact: str, lower_named: set[int]) -> bool:
        """Whether ``doc[start]``, one word all in lower case that rule 136a refuses (an English word: "trump",
        "tusk"), still names the person whose surname it is (docs/events.md rule 287: "zelensky met trump in
        washington"): its sentence names another person in lower case (rule 136a; ``lower_named``, the sentences'
        first tokens), the writer's evidence that case tells nothing there, and the word stands bare where a party
        stands, as a name does and a singular common noun seldom does: tagged a singular noun, the subject or object
        of a clause, the object of a preposition or a conjunct, with no determiner, possessor, modifier or compound
        of its own and no modifier of another word ("a trump card", "an elephant tusk", "would trump trade" stay
        words). Never inside a hyphenated word."""
        if end - start != 1 or not exact.isalpha() or not exact.islower():
            return False
        word = doc[start]
        if word.sent.start not in lower_named or word.tag_ not in ("NN", "NNP") or word.dep_ not in _BARE_NAME_DEPS:
            return False
        if (start > 0 and doc[start - 1].text == "-") or (end < len(doc) and doc[end].text == "-"):
            return False
        return all(c.dep_ in _BARE_NAME_CHILDREN for c in word.children)

    def _english_words(self) -> dict[str, set[str]]:
        """The lemmatizer's known English nouns, verbs and adjectives (read once; empty without a lemmatizer)."""
        if self._known_words is None:
            self._known_words = {pos: words for pos, words in lemma_tables(self.nlp)[0].items() if words}
        return self._known_words

    def _pronoun_us(self, doc: Doc, start: int, end: int, exact: str) -> bool:
        """Capitalised "US" that is the pronoun: web-page debris such as "CONTACT US" or "FOLLOW US", i.e. a
        verb from ``anaphora.yml`` (``us_pronoun_after``) before it and nothing after it but punctuation or
        the end of the line."""
        if exact.upper() != "US" or start == 0 or doc[start - 1].lower_ not in self.us_pronoun_after:
            return False
        return end >= len(doc) or not any(c.isalnum() for c in doc[end].text)

    def _role_units(self, doc: Doc, taken: set[int]) -> list[Unit]:
        spans = [doc[s:e] for _, s, e in self.role_matcher(doc)]
        units = []
        for span in filter_spans(spans):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            # "Washington's firm rejection": a role word used as an adjective names no role
            if span[-1].pos_ not in ("NOUN", "PROPN", "") or span[-1].dep_ == "amod":
                continue
            units.append(Unit(span.start, span.end, role=self.role_keys[self._key(span)]))
        return units

    def _gap_ok(self, doc: Doc, a: Unit, b: Unit, allow_adj: bool) -> bool:
        """Whether b follows a closely enough to be read together ("Russia's top diplomat")."""
        if b.start == a.end:
            return True
        between = doc[a.end : b.start]
        if len(between) == 1 and between[0].text in _POSSESSIVE:
            return True
        if allow_adj and len(between) <= 2 and not self._clause_after_plural(doc, a):
            # an adjective or a noun modifier may sit between: "Russia's top diplomat", "Canadian mining company",
            # also a participle parsed as the adjective it is ("Kenya's leading opposition party", rule 37), and a
            # capitalised portfolio word of an office ("Polish Labor Minister", "Chilean Health Minister": the
            # parser tags it a proper noun, and often an organisation or even a person; docs/events.md rule 46b)
            office = doc[b.end - 1].lower_ in _OFFICE_HEADS
            return all(
                t.text in _POSSESSIVE
                or t.pos_ == "ADJ"
                or (t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ == "amod")
                or (t.pos_ == "NOUN" and t.dep_ == "compound")
                or (office and t.pos_ == "PROPN" and t.dep_ == "compound" and t.ent_type_ in _PORTFOLIO_ENTS)
                for t in between
            )
        return False

    @staticmethod
    def _clause_after_plural(doc: Doc, a: Unit) -> bool:
        """Whether the word after ``a`` begins a new phrase because ``a`` ends in a plural common noun (NNS) and
        that word is a singular noun or a base-form verb: in "Houthi rebels fire missiles at Y" the plural is the
        subject's head and "fire" the headline's verb (the parser may tag it NN and hang it on "missiles"), so the
        role noun after it ("missiles") is not the actor's, and a mention that swallowed the verb left no verb for
        the event rules (docs/events.md rule 106a). A plural noun modifies a following noun only in fixed
        compounds ("arms sales") that never sit between an actor and its role noun."""
        if a.end >= len(doc) or a.end - a.start < 1:
            return False
        return doc[a.end - 1].tag_ == "NNS" and doc[a.end].tag_ in ("NN", "VB", "VBP")

    def _can_follow(self, doc: Doc, chain: list[Unit], b: Unit) -> bool:
        a = chain[-1]
        if a.is_person or b.start < a.end:
            return False
        if b.is_role:
            if a.is_role and b.start == a.end + 1 and doc[a.end].text in ("-", "–"):
                return True  # "Secretary-General", "Commander-in-Chief"
            if a.is_role or a.is_title:
                return b.start == a.end
            return self._gap_ok(doc, a, b, allow_adj=True)
        if b.is_person:
            if a.is_role or a.is_title:
                return b.start == a.end
            # "Russia's Putin", "Russian Putin"; not "Moscow Putin"
            poss = b.start == a.end + 1 and doc[a.end].text in _POSSESSIVE
            return poss or (b.start == a.end and a.how == "demonym")
        if b.is_title and not a.is_role and not a.is_title:
            # "U.S." + "Secretary of State": a title of the same country
            return b.start == a.end and primary_code(a.code) == primary_code(b.code)
        if self._country_institution(doc, a, b):
            return True  # rule 415a: "the Italian Senate", "Peru's Congress"
        return False

    def _shared_institution(self, doc: Doc, u: Unit) -> bool:
        """Whether ``u`` is written as an institution name several states give their own (``context_forms`` of
        anaphora.yml: "Senate", "Congress", "House of Representatives"), which the codebook lists as one state's."""
        return u.kind == "institution" and len(u.code) > 3 and doc[u.start : u.end].text in self.shared_institutions

    def _country_institution(self, doc: Doc, a: Unit, b: Unit) -> bool:
        """Rule 415a: whether the country word ``a`` names whose ``b`` is, ``b`` a shared institution name
        (``_shared_institution``) that ``a`` modifies right before it, as an adjective or a possessive ("the Italian
        Senate", "Italy's Senate", "the Nigerian House of Representatives"): that country's own body, not the state
        the codebook lists the bare name for."""
        if a.is_role or a.is_title or a.kind not in ("country", "place") or len(a.code) != 3 or not a.code.isalpha():
            return False
        if not self._shared_institution(doc, b) or not self._gap_ok(doc, a, b, allow_adj=False):
            return False
        return b.start <= doc[a.end - 1].head.i < b.end

    def _role_of_country(self, doc: Doc, units: list[Unit], i: int) -> Unit | None:
        """ "the president of Russia", "foreign minister of France", "the government of Sindh" (a province) ->
        country + role; "police in Uganda",
        "protesters in Kampala", "rebels in Darfur" -> the place's country + role, for the roles that
        belong to where they are (``_LOCATED_ROLES``; never troops, officials or envoys: "troops in Mali"
        and "the ambassador in Moscow" are often another country's); else None."""
        role = units[i]
        # rule 415a: "the Senate of Italy", a shared institution name "of" a named country, is that country's body
        shared = not role.is_role and self._shared_institution(doc, role)
        if not (role.is_role or shared) or i + 1 >= len(units):
            return None
        if shared:
            role = replace(role, role=role_part(role.code))
        place = units[i + 1]
        k = role.end
        if k >= len(doc) or doc[k].lower_ not in (("of",) if shared else ("of", "in")):
            return None
        located = doc[k].lower_ == "in"
        if (
            located
            and role.role not in _LOCATED_ROLES
            and not self._seated_government(doc, role)
            and not self._sponsored(doc, role)
        ):
            return None
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        end = place.end
        noun_place = self._place_noun_phrase(doc, k, place, units[i + 2] if i + 2 < len(units) else None)
        if noun_place is not None:
            place, end = noun_place  # rule 427: "in the capital of Kenya", "in the Pakistani city of Lahore"
        elif k != place.start or len(place.code) != 3:
            return None
        named = place.kind == "country" and place.how in ("name", "alias")
        a_place = place.kind == "place" or (place.kind == "country" and place.how == "capital")
        # "the government of Sindh (province)", "the police of Darfur": a role "of" a region or province of a
        # country is that country's (rule 78c), as "the Sindh government" already was; a capital after "of" is
        # left out ("the ambassador of Moscow" is rare, "the mayor of Moscow" a city's office either way)
        of_region = not located and place.kind == "place"
        if not (named or (located and a_place) or of_region):
            return None
        if not located and place.end < len(doc) and doc[place.end].text in _POSSESSIVE:
            # "the leader of Kenya's opposition": the role is of what the country's possessive owns (the
            # opposition, KENOPP), not of the country (issue 14, session 27, actors11)
            return None
        return Unit(role.start, end, place.code + (role.role or ""), place.name, place.kind, "title", None)

    def _place_noun_phrase(self, doc: Doc, k: int, first: Unit, after: Unit | None) -> tuple[Unit, int] | None:
        """Rule 427: the place a role is "in" or "of" named by a place noun (``state_strike_place_nouns``: capital,
        city, region, province ...) that starts at ``k`` after the role's preposition (and "the"), as a plain name is
        ("police in Nairobi"): the noun's "of" phrase names the place ("police in the capital of Kenya", "in the
        southern port city of Mombasa"), or a demonym modifies the noun ("riot police in the Ukrainian capital",
        "residents of the Lebanese capital"), then any "of" place after it must be of the same country ("in the
        Pakistani city of Lahore"). ``first`` is the first unit after the preposition, ``after`` the unit after it.
        Returns the unit that names the country (a name, capital or place; the demonym read as the country's name)
        and the end of the role's mention; None when the phrase is no such place. A plural noun ("the Kenyan and
        Ugandan capitals"), a demonym on a noun that is no place noun ("the Kenyan restaurant") or one that modifies
        another word ("the Russian-occupied city") lend nothing."""
        units = self.compose_words.sub_national_nouns  # rule 435a: state, governorate ... with an "of" name only
        nouns = _place_nouns(self.event_patterns) | units
        if len(first.code) != 3 or not first.code.isalpha() or k > first.start:
            return None
        if first.kind == "country" and first.how == "demonym":
            noun = doc[first.end - 1].head
            if not (first.end <= noun.i < first.end + 3 and noun.tag_ == "NN" and noun.lemma_.lower() in nouns):
                return None
            if noun.lemma_.lower() in units and not (
                noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" and doc[noun.i + 2].pos_ == "PROPN"
            ):
                return None  # "the Mexican state" alone is as often the government: "the Mexican state of Guerrero"
            # only plain modifiers around the demonym ("the southern Pakistani port city"), one demonym on the noun
            around = (*doc[k : first.start], *doc[first.end : noun.i])
            if any(t.pos_ not in ("ADJ", "NOUN") or t.ent_type_ for t in around):
                return None
            if any(c.dep_ == "conj" for c in doc[first.end - 1].children):
                return None
            end = noun.i + 1
            if after is not None and end + 1 == after.start and doc[end].lower_ == "of":
                if primary_code(after.code) != first.code:
                    return None
                end = after.end  # "the Pakistani city of Lahore": the named place is part of the mention
            return replace(first, how="name"), end
        # "the capital of Kenya", "the southern port city of Mombasa": modifiers, a singular place noun, "of", the place
        if first.start - k < 2 or doc[first.start - 1].lower_ != "of":
            return None
        noun = doc[first.start - 2]
        if noun.tag_ != "NN" or noun.lemma_.lower() not in nouns:
            return None
        if any(t.pos_ not in ("ADJ", "NOUN") or t.ent_type_ for t in doc[k : noun.i]):
            return None
        return first, first.end

    @staticmethod
    def _coordinated_of_country(doc: Doc, role: Unit, before: Unit, unit: Unit) -> bool:
        """Rule 172c: whether a named country coordinated right after the country of a plural role noun "of" ("the
        foreign ministers of Russia and China", "the leaders of France, Germany and Italy") holds the same role. A
        singular role ("the president of Kenya and
        Uganda's army chief") is of its first country only; only commas and "and" / "or" may stand between
        ``unit`` and the country ``before`` it."""
        if doc[role.end - 1].tag_ != "NNS" or role.end >= len(doc) or doc[role.end].lower_ != "of":
            return False
        if unit.kind != "country" or unit.how not in ("name", "alias") or len(unit.code) != 3:
            return False
        between = [t.lower_ for t in doc[before.end : unit.start]]
        return bool(between) and all(w in (",", "and", "or") for w in between)

    def _seated_government(self, doc: Doc, role: Unit) -> bool:
        """Rule 70a: a government role written only as a word for the state's own government
        (``seated_government_words`` of compose.yml: "officials", "the authorities", "the government") names the
        government of the capital or place it is said to be "in": "officials in Tehran condemned ...". The role
        unit must end in such a word, every word before it one of them or a plain modifier ("the", "senior",
        "state": "government officials in Tehran"), so "the ambassador in Moscow" or "envoys in Kabul" stay
        uncoded, as they are most often another country's there."""
        seated = self.compose_words.seated_government_words
        words = [t.lower_ for t in doc[role.start : role.end]]
        if not (
            role.role == "GOV"
            and bool(words)
            and words[-1] in seated
            and all(w in seated or w in _SEATED_MODIFIERS for w in words[:-1])
        ):
            return False
        # a modifier outside the role unit says whose officials they are: "relief officials in Nairobi", "rebel
        # officials in Goma", "Hamas officials in Gaza" are not the seat's government
        # (also a word the parser hung elsewhere: "Aid officials in Kabul", "Aid" read as a verb)
        # (rule 146: a sponsor modifier is no owner, "the Saudi-backed government in Aden" is Yemen's)
        head = doc[role.end - 1]
        before = doc[role.start - 1] if role.start > 0 else None
        if (
            before is not None
            and before.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
            and before.lower_ not in _SEATED_MODIFIERS
            and not _sponsor_modifier(before, self.event_patterns)
        ):
            return False
        return not any(
            c.i < role.start
            and c.dep_ in ("amod", "compound", "nmod", "poss")
            and c.lower_ not in _SEATED_MODIFIERS
            and not _sponsor_modifier(c, self.event_patterns)
            for c in head.children
        )

    def _sponsored(self, doc: Doc, role: Unit) -> bool:
        """Rule 146: a role noun right after a hyphenated sponsor modifier ("US-backed forces in Syria",
        "Iranian-allied officials in Baghdad") is a proxy of the place it is said to be "in", not of its sponsor, so
        it takes that place's country as a located role does, whatever its role (troops or officials "in" a place
        are otherwise often another country's, ``_LOCATED_ROLES``)."""
        before = doc[role.start - 1] if role.start > 0 else None
        return before is not None and _sponsor_modifier(before, self.event_patterns)

    def _fronted_seat(self, doc: Doc, b: Unit, mentions: list[Unit]) -> str | None:
        """Rule 70a, fronted: a seated government word (``_seated_government``) that is the subject of a clause
        opened by an "in" phrase naming a capital or a place of one country, before the subject ("In Kyiv,
        officials said ...", "In Tehran, the authorities condemned ..."), is that country's government: the
        place's country code, else None."""
        if not self._seated_government(doc, b):
            return None
        root = doc[b.start : b.end].root
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = root.head
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i >= b.start:
                continue
            for m in mentions:
                place = doc[m.start : m.end].root
                a_place = m.kind == "place" or (m.kind == "country" and m.how in ("capital", "name", "alias"))
                if (
                    place.head.i == prep.i
                    and place.dep_ == "pobj"
                    and a_place
                    and len(m.code) == 3
                    and m.code.isalpha()
                ):
                    return m.code
        return None

    def _compose(self, doc: Doc, units: list[Unit], bare: list[Unit] | None = None) -> list[Unit]:
        """Mentions from the matched units; a chain of role nouns with no country ("police", "the
        opposition leaders", "Prime Minister Mahendra Chaudhry") goes to ``bare`` instead."""
        mentions: list[Unit] = []
        i = 0
        while i < len(units):
            of_country = self._role_of_country(doc, units, i)
            if of_country is not None:
                mentions.append(of_country)
                role = units[i]
                i += 2
                while i < len(units) and units[i].start < of_country.end:
                    i += 1  # rule 427: "police in the Pakistani city of Lahore" holds Lahore
                while i < len(units) and self._coordinated_of_country(doc, role, units[i - 1], units[i]):
                    mentions.append(replace(units[i], code=units[i].code + (role.role or ""), how="title"))  # 172c
                    i += 1
                continue
            chain = [units[i]]
            j = i + 1
            while j < len(units) and self._can_follow(doc, chain, units[j]):
                chain.append(units[j])
                j += 1
            mention = self._emit(doc, chain)
            if mention is not None:
                mentions.append(mention)
            elif bare is not None and (
                all(u.is_role for u in chain)
                or (chain[0].kind in GROUP_KINDS and len(chain) > 1 and all(u.is_role for u in chain[1:]))
            ):
                # rule 207d: "Islamist militants" stay one bare phrase, so no adjective before the role keeps it
                # from its sentence's country
                ideology = chain[0].start if _ideology_armed(chain[0], chain[1:]) else None
                fallback = chain[0].code + (chain[1].role or "") if ideology is not None else ""
                if not chain[0].is_role:
                    chain = chain[1:]  # "Sunni lawmakers", "Western diplomats": the role alone, bare
                end = chain[-1].end
                while end < len(doc) and doc[end].ent_type_ == "PERSON":
                    end += 1  # "Prime Minister Mahendra Chaudhry": a title before a name we do not know
                kind = "person" if end > chain[-1].end else "country"
                start = ideology if ideology is not None else self._portfolio_start(doc, chain[0].start, chain[-1].end)
                bare.append(Unit(start, end, "", "", kind, "context", None, chain[0].role, fallback=fallback))
            i = j
        return self._shared_roles(doc, mentions)

    @staticmethod
    def _portfolio_start(doc: Doc, start: int, end: int) -> int:
        """The start of a minister's or secretary's title with its portfolio ("Labor Minister", "Treasury
        Secretary", "Health Minister"): noun modifiers right before an office head (``_OFFICE_HEADS``) that
        the parser does not read as a country, a people or a person are part of the title, so that the bare
        role covers them (the parser often tags a portfolio word as an organisation, which would otherwise
        keep the title from its sentence's country as a name before a role does: "Kurdish rebels")."""
        head = doc[end - 1]
        if head.lower_ not in _OFFICE_HEADS:
            return start
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i == head.i
            and doc[start - 1].pos_ in ("NOUN", "PROPN")
            and doc[start - 1].ent_type_ in ("", "ORG")
        ):
            start -= 1
        return start

    def _shared_roles(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """Coordinated demonyms share the role noun after the last one: "Chinese and Indian troops" is
        CHNMIL and INDMIL, "Sudanese and Chadian officials" SDNGOV and TCDGOV. Rule 439b: so do two demonyms joined by
        a hyphen before one plural role noun of a state's office (``paired_roles``): "Russian-US diplomats" RUSGOV
        and USAGOV, "Saudi-Iranian negotiators"; not a singular noun ("a Russian-American journalist"), another role
        ("Iranian-American activists") or a second demonym of ``heritage_demonyms`` (one people of two origins)."""
        out = list(mentions)
        for n in range(len(out) - 2, -1, -1):
            first, second = out[n], out[n + 1]
            if first.how != "demonym" or first.kind != "country" or len(first.code) != 3:
                continue
            if second.kind != "country" or len(second.code) <= 3 or country_part(second.code) == first.code:
                continue
            if second.start != first.end + 1:
                continue
            head = self.forms.get(doc[second.start].lower_, [])
            if doc[first.end].lower_ in ("and", "or", "&"):
                shared = any(alias.how == "demonym" for alias, _ in head)
            else:
                shared = doc[first.end].text == "-" and self._hyphen_pair_role(doc, second, head)
            if shared:
                out[n] = replace(first, code=first.code + second.code[3:], how="title")
        return out

    def _hyphen_pair_role(self, doc: Doc, second: Unit, head: list[tuple[Alias, str]]) -> bool:
        """Rule 439b: whether the role mention ``second`` after "X-" is shared with the demonym X: its first word a
        country's demonym or name not in ``heritage_demonyms``, its last a plural noun, its role one of
        ``paired_roles``."""
        words = self.compose_words
        return (
            any(alias.actor.kind == "country" and alias.how in ("demonym", "name", "alias") for alias, _ in head)
            and doc[second.start].lower_ not in words.heritage_demonyms
            and doc[second.end - 1].tag_ == "NNS"
            and second.code[3:].lower() in words.paired_roles
        )

    def _region_sector(self, doc: Doc, roles: list[Unit]) -> bool:
        """Rule 429a: the role nouns after a region's adjective name the region's own sector, coded region + role
        ("Asian banks" ASABUS, "African farmers" AFRAGR; ``region_roles`` of compose.yml), or its court ("a European
        court" EURJUD: the judiciary only when the noun is one of ``region_court_nouns``, not a judge)."""
        role = (roles[0].role or "").lower()
        if role in self.compose_words.region_roles:
            return True
        return role == "jud" and doc[roles[-1].end - 1].lower_ in self.compose_words.region_court_nouns

    def _emit(self, doc: Doc, chain: list[Unit]) -> Unit | None:
        start = chain[0].start
        person = next((u for u in chain if u.is_person), None)
        if person is not None:
            return replace(person, start=start)
        places = [u for u in chain if not u.is_role]
        if not places:
            return None  # a bare role ("the president") names no one we can code
        place = places[0]
        roles = [u for u in chain if u.is_role]
        code = place.code
        # a place holds a country's code, so "Darfur rebels" and "Gaza militants" are that country's (SDNREB)
        if roles and place.kind in ("country", "place") and len(code) == 3:
            code += roles[0].role or ""
        elif roles and place.kind == "region" and not self._region_sector(doc, roles):
            # "Western diplomats", "European allies": people of unnamed states, not the region (CAMEO codes
            # a foreign diplomat UIS); on the seeds and PLOVER dev these made only wrong events
            return None
        elif roles and place.kind in GROUP_KINDS:
            first = doc[roles[0].start]
            if first.pos_ == "PROPN" and first.text[:1].isupper() and not first.is_sent_start:
                return None  # "Kurdish Democratic Party", "Sunni Islamic Front": a name we cannot code
        after = doc[chain[-1].end] if chain[-1].end < len(doc) else None
        if _ideology_armed(place, roles) and (after is None or after.lower_ not in ("in", "of")):
            # rule 207d: "Islamist militants", "Islamic extremist fighters": an ideology (the RAD code) before an
            # armed role noun describes the armed group, which stays bare (its sentence's country) as "jihadist
            # militants" does; "Islamists" alone stay MOSRAD, "Muslim rebels" MOSREB (a faith community), and
            # "Islamist militants in Pakistan" the community of the place (PAKMOSRADINS, ``_groups``)
            return None
        if roles and place.kind in GROUP_KINDS and roles[0].role in _INSTITUTION_ROLES:
            if doc[roles[-1].end - 1].lower_ not in _GROUP_HEADS and not self._region_sector(doc, roles):
                # "Sunni lawmakers", "Kurdish officials", "the Sunni vice-president": a state's office held
                # by a member of the group, not the group; the role stays bare (its sentence's country)
                return None
        last = chain[-1]
        if not roles and last is not place and len(code) == 3 and self._shared_institution(doc, last):
            # rule 415a: "the Italian Senate" is ITALEG, the country's own body of the role the name has
            return Unit(start, last.end, code + role_part(last.code), place.name, place.kind, "title", None)
        if not roles and last is not place and last.is_title and len(code) == 3 and country_part(last.code) == code:
            # "the British defence secretary": the country's own title after its demonym keeps the title's role
            # ("Defence Secretary" is a title of GBRGOV), not the bare country
            code = last.code
        community = place.kind == "country" and code[3:] in self.group_codes  # "Iraqi Kurdish" (IRQKUR)
        if roles and (place.kind in GROUP_KINDS or community) and roles[0].role not in STATE_ROLES:
            # "Kurdish rebels" -> KURREB, "Muslim refugees" -> MOSREF; "Kurdish leaders", "Western
            # diplomats" are the group itself (KUR, WST): a group has no government
            code += roles[0].role or ""
        end = chain[-1].end
        if roles or place.is_title or chain[-1].is_title:
            # a title followed by a person we do not know: "Slovak Foreign Minister Juraj Blanar"
            while end < len(doc) and doc[end].ent_type_ == "PERSON":
                end += 1
        kind = "person" if end > chain[-1].end else place.kind
        how = "title" if roles or chain[-1].is_title else place.how
        return Unit(start, end, code, place.name, kind, how, None)

    # ---- anaphora ------------------------------------------------------------------------------
    def _state_anaphora(self, doc: Doc, mentions: list[Unit], bare: list[Unit]) -> list[Unit]:
        """it/its/they/their/them and sentence-initial bare roles for states and organisations
        (``detente.nlp.actor_anaphora``); ``how`` is ``anaphora`` or ``anaphora_prev``."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        open_roles = [
            b
            for b in bare
            if b.role in _CONTEXT_ROLES
            and not any(i in covered for i in range(b.start, b.end))
            and self._bare_ok(doc, b)
        ]

        def make(m: Unit, start: int, end: int, how: str, code: str) -> Unit:
            return Unit(start, end, code, m.name, m.kind, how, None)

        resolver = StateAnaphora(
            across=self.state_anaphora_across,
            reach=self.state_anaphora_reach,
            joint_markers=self.joint_markers,
            offices=self.title_heads,
            replies=self.reply_verbs,
            history=self.history_time_words,
        )
        found = resolver(doc, mentions, open_roles, make)
        # rule 132a: a title never takes the previous sentence's country when its own clause names that country
        # ("China expanded its navy. The senator criticized China.": the other party, not the senator's country)
        titles = {(b.start, b.end) for b in open_roles}
        sent_of = SentenceStarts(doc).start

        def own_country(m: Unit) -> bool:
            same = [
                o
                for o in mentions
                if sent_of(o.start) == sent_of(m.start) and primary_code(o.code) == primary_code(m.code)
            ]
            return self._title_clause(doc, m, same)

        # (only the previous sentence's country: a titled person of rule 106f / 118b is a holder the text named)
        return [
            m
            for m in found
            if m.how != "anaphora_prev" or m.is_person or (m.start, m.end) not in titles or not own_country(m)
        ]

    def _quoted(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """First-person pronouns of a quotation attributed to one actor (``detente.nlp.actor_quotes``, rule 112):
        "I"/"my" a speaking person, "we"/"our" the speaker's side, both on the speaker's code (a state
        official's "we" is his government, as CAMEO codes a spokesman); ``how="quote"``."""

        def make(m: Unit, i: int, sort: str) -> Unit | None:
            if sort == "speaker":
                # "I" is a person; a country or a ministry does not say "I"
                return Unit(i, i + 1, m.code, m.name, m.kind, "quote", m.gender) if m.is_person else None
            return Unit(i, i + 1, m.code, m.name, "group" if m.is_person else m.kind, "quote", None)

        return quoted_speakers(doc, mentions, self.quote_pronouns, speech_verbs(self.event_patterns), make)

    def _speaker_states(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        """The speaker's own state named by a possessive (``detente.nlp.actor_quotes.speaker_states``, rule 151):
        "X said his country / her government ...", '"Our country ...," X said' take X's country code with the
        noun's role suffix ("" the country, GOV its government); ``how="speaker"``. The quotation step's mention on
        a bare "our" gives way to the one on "our country"."""

        def make(m: Unit, start: int, end: int, suffix: str) -> Unit | None:
            country = primary_code(m.code)
            if country not in country_codes():
                return None  # a speaker with no country of its own (a rebel group, an international body)
            return Unit(start, end, country + suffix, m.name if not m.is_person else "", "country", "speaker", None)

        found, replaced = speaker_states(
            doc,
            mentions,
            self.speaker_state_nouns,
            self.speaker_state_possessives,
            speech_verbs(self.event_patterns),
            make,
            self.speaker_state_objects,
        )
        if not found:
            return mentions
        gone = {id(m) for m in replaced}
        return [m for m in mentions if id(m) not in gone] + found

    @staticmethod
    def _subject_pair(doc: Doc, sents: list[Span], n: int, pool: list[Unit], kind: str) -> dict[str, Unit]:
        """The two parties of ``pool`` that a coordinated pair ("X and Y") of sentence ``n - 1`` names, keyed as
        the pair phrases key them, or nothing: its main subject's pair (docs/events.md rule 74d), or, when the
        main subject is no pair, the one pair its main verb's objects name ("Russia warned Estonia and Latvia",
        "imposed sanctions on A and B": rule 75e). A subject pair wins over an object pair (the subject carries
        on); two object pairs are ambiguous and give nothing."""
        if n < 1:
            return {}
        root = sents[n - 1].root

        def pair_of(tok: Token) -> dict[str, Unit]:
            if len(tok.conjuncts) != 1:
                return {}
            found: dict[str, Unit] = {}
            for head in (tok, tok.conjuncts[0]):
                on = [m for m in pool if m.start <= head.i < m.end]
                if len(on) != 1:
                    return {}
                found.setdefault(on[0].code if kind == "people" else primary_code(on[0].code), on[0])
            return found if len(found) == 2 else {}

        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) == 1 and len(subj[0].conjuncts) == 1:
            return pair_of(subj[0])
        # rule 428d: two coordinated adjectives of one subject noun ("Armenian and Azerbaijani negotiators")
        adjectives = [c for s in subj[:1] if len(subj) == 1 for c in s.children if c.dep_ == "amod" and c.conjuncts]
        if len(adjectives) == 1:
            found_adj = pair_of(adjectives[0])
            if found_adj:
                return found_adj
        objects = [c for c in root.children if c.dep_ in ("dobj", "obj", "dative")]
        holders = [root, *objects]
        objects += [
            p
            for h in holders
            for prep in h.children
            if prep.dep_ in ("prep", "dative")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        pairs = [found for found in (pair_of(o) for o in objects) if found]
        return pairs[0] if len(pairs) == 1 else {}

    @staticmethod
    def _forward_person(doc: Doc, tok: Token, gender: str, people: list[Unit], reach: list[Unit]) -> list[Unit] | None:
        """he/she/his/her of a clause that opens its sentence before the main clause's subject, a person or an
        office of a fitting gender (``actor_anaphora.cataphora``, docs/events.md rule 143): "After he met the
        Egyptian president, the Ethiopian prime minister said ..." -> the prime minister; "His country will never
        accept this, the Serbian president said" -> the president. An empty list (leave the pronoun uncoded) when
        another fitting person is in the pronoun's reach or in the sentence outside its own clause; None when the
        shape does not hold or the subject is no fitting person, so the backward rule decides."""
        if not doc.has_annotation("DEP"):
            return None
        shape = cataphora(tok)
        if shape is None:
            return None
        main, elsewhere = shape
        heads = [m for m in people if m.start <= main.i < m.end and m.gender in (gender, None)]
        if not heads:
            return None
        keys = {m.name or m.code for m in heads}
        rivals = reach + [m for m in people if m.start in elsewhere]
        if len(keys) != 1 or any(m.gender in (gender, None) and (m.name or m.code) not in keys for m in rivals):
            return []
        return heads[:1]

    def _person_pronoun(self, tok: Token, gender: str, deps: tuple[str, ...]) -> bool:
        """Whether ``tok`` is a he/she/him/her of ``gender`` in one of the dependency slots ``deps``."""
        return tok.dep_ in deps and tok.lower_ in self.pronoun_forms and self.pronouns.get(tok.lower_) == gender

    def _split_pair(self, doc: Doc, tok: Token, gender: str, reach: list[Unit], mentions: list[Unit]) -> Unit | None:
        """Rule 428b: a subject he/she and an object him/her of one verb name two people, not one (a reflexive would
        say one). With exactly two people in reach before the pronoun's sentence, both of its gender and of two
        codes, the subject pronoun takes the one who was the main subject of the sentence naming them both and the
        object pronoun the one that sentence's main verb acted on ("Putin spoke with Erdogan on Friday. He urged him
        to ..."); an object pronoun whose verb's subject names one of the two ("The Russian leader promised him
        ...", "The latter promised him ...") takes the other. None (no antecedent) for any other shape, a reply verb
        ("He rejected the charge and accused him": the accused replies), or another person in the pronoun's own
        sentence."""
        sent_start = tok.sent.start
        two = [m for m in reach if m.end <= sent_start]
        if len(two) != 2 or any(m.gender != gender for m in two):
            return None
        if len({primary_code(m.code) for m in two}) != 2:
            return None
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        if verb.i == tok.i or verb.lemma_.lower() in self.reply_verbs or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        # the people of the pronoun's own sentence: none, or the verb's subject alone
        if any(not m.start <= subject.i < m.end for m in reach if m.start >= sent_start):
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
        ]
        is_object_slot = tok.i != subject.i and any(o.i == tok.i for o in objects)
        if is_object_slot and not self._person_pronoun(subject, gender, ("nsubj",)):
            # the subject is a description naming one of the two: the object is the other
            named = [m for m in mentions if m.start <= subject.i < m.end]
            if len({primary_code(m.code) for m in named}) != 1:
                return None
            code = primary_code(named[0].code)
            others = [m for m in two if primary_code(m.code) != code]
            return others[0] if len(others) == 1 else None
        if tok.i == subject.i:
            if not any(self._person_pronoun(o, gender, ("dobj", "dative", "pobj")) for o in objects):
                return None
        elif not is_object_slot:
            return None
        # the sentence naming both: its main verb (or the clause a trailing "officials said" reports) and the one it
        # acts on
        sent = doc[two[0].start].sent
        if doc[two[1].start].sent.start != sent.start:
            return None
        mains = {sent.root.i} | {c.i for c in sent.root.children if c.dep_ == "ccomp"}

        def holds(m: Unit, slot: Callable[[Token], bool]) -> bool:
            return any(slot(doc[i]) for i in range(m.start, m.end))

        def is_subject(t: Token) -> bool:
            return t.dep_ == "nsubj" and t.head.i in mains and not any(c.dep_ == "conj" for c in t.children)

        def is_object(t: Token) -> bool:
            if t.dep_ == "dobj" and t.head.i in mains:
                return True
            # "spoke with X", "held talks with X"
            prep = t.head
            return (
                t.dep_ == "pobj"
                and prep.lower_ == "with"
                and (prep.head.i in mains or (prep.head.dep_ == "dobj" and prep.head.head.i in mains))
            )

        first = [m for m in two if holds(m, is_subject)]
        second = [m for m in two if holds(m, is_object)]
        if len(first) != 1 or len(second) != 1 or first[0] is second[0]:
            return None
        if first[0].end > second[0].start:
            return None
        return first[0] if tok.i == subject.i else second[0]

    def _order_descriptions(
        self, doc: Doc, people: list[Unit], ordered: list[Unit], window: Callable[[int], int]
    ) -> list[Unit]:
        """Rule 428c: "the former" / "the latter" standing alone as a noun phrase take the first / the second of
        the two people named in reach, or, with no person there, of the two parties (two distinct primary codes);
        nothing with more or fewer. "The former president ..." (a noun after the word) is a title, not read."""
        out: list[Unit] = []
        for tok in doc:
            which = self.order_descriptions.get(tok.lower_)
            if which is None or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "pobj"):
                continue
            if any(c.dep_ not in ("det", "punct") for c in tok.children):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
                continue
            lo = window(tok.i)
            sent_start = tok.sent.start
            found: list[Unit] = []
            for pool, key in ((people, lambda m: m.name or m.code), (ordered, lambda m: primary_code(m.code))):
                inside = [m for m in pool if lo <= m.start and m.end <= sent_start]
                distinct: dict[str, Unit] = {}
                for m in inside:
                    distinct.setdefault(key(m), m)
                if distinct:
                    found = list(distinct.values()) if len(distinct) == 2 else []
                    break
            if len(found) == 2:
                m = found[0] if which == "first" else found[1]
                out.append(Unit(tok.i - 1, tok.i + 1, m.code, m.name, m.kind, "pronoun", m.gender))
        return out

    def _anaphora(self, doc: Doc, mentions: list[Unit]) -> list[Unit]:
        sents = list(doc.sents)
        if not sents:
            return []
        sent_of = {}
        for n, sent in enumerate(sents):
            sent_of[sent.start] = n
        starts = [s.start for s in sents]
        covered = {i for m in mentions for i in range(m.start, m.end)}
        # people: named persons and codebook titles ("Secretary of State"); a composed "Russian officials" or
        # "Ukrainian drones" is no antecedent for he/she
        people = sorted(
            (m for m in mentions if m.is_person or (m.is_title and m.kind == "title")), key=lambda m: m.start
        )
        people_starts = [m.start for m in people]
        ordered = sorted(mentions, key=lambda m: m.start)
        ordered_starts = [m.start for m in ordered]

        def between(pool: list[Unit], pool_starts: list[int], lo: int, hi: int) -> list[Unit]:
            """Mentions of ``pool`` (sorted) lying inside tokens ``lo:hi``, found by bisection."""
            k = bisect.bisect_left(pool_starts, lo)
            out_: list[Unit] = []
            while k < len(pool) and pool[k].start < hi:
                if pool[k].end <= hi:
                    out_.append(pool[k])
                k += 1
            return out_

        out: list[Unit] = []

        tok_idx = doc.to_array(IDX).tolist()
        text = doc_text(doc)  # Doc.text is rebuilt from the tokens on every access

        def window(i: int, paragraph: bool = True) -> int:
            # first token of the sentence two before the one holding token i; ``paragraph``: not before the line
            # break that opens token i's paragraph
            lo, hi = 0, len(starts) - 1
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if starts[mid] <= i:
                    lo = mid
                else:
                    hi = mid - 1
            first = starts[max(0, lo - 2)]
            # stay inside the paragraph: a line break between antecedent and pronoun ends the reach
            brk = text.rfind("\n", doc[first].idx, doc[i].idx)
            if brk < 0 or not paragraph:
                return first
            # first token after the break (bisection: Doc.char_span scans the whole doc)
            return min(i, bisect.bisect_left(tok_idx, brk + 1))

        # one person's office named by its title ("the Ethiopian prime minister", "the Serbian president": a
        # singular ``title_heads`` noun) is a person too for a pronoun that refers forward to it (rule 143)
        holders = sorted(
            people
            + [
                m
                for m in mentions
                if m.is_title
                and m not in people
                and doc[m.end - 1].lower_ in self.title_heads
                and doc[m.end - 1].tag_ in ("NN", "NNP")
            ],
            key=lambda m: m.start,
        )
        # rule 428c: "the former" / "the latter"
        described = self._order_descriptions(doc, people, ordered, window) if self.order_descriptions else []
        if self.pronouns and holders:
            for i in lower_hits(doc, self.pronoun_forms):
                tok = doc[i]
                gender = self.pronouns.get(tok.lower_)
                if gender is None or tok.i in covered or tok.pos_ not in ("PRON", "DET", ""):
                    continue
                lo = window(tok.i)
                reach = {m.name or m.code: m for m in between(people, people_starts, lo, tok.i)}
                fits = [m for m in reach.values() if m.gender in (gender, None)]
                forward = self._forward_person(doc, tok, gender, holders, list(reach.values()))
                if forward is not None:
                    # the pronoun of an opening clause takes the main clause's subject, or nothing when another
                    # person competes (docs/events.md rule 143)
                    out.extend(Unit(tok.i, tok.i + 1, m.code, m.name, m.kind, "cataphora", m.gender) for m in forward)
                    continue
                if len(fits) == 1 and len(reach) == 1:
                    m = fits[0]
                    out.append(Unit(tok.i, tok.i + 1, m.code, m.name, m.kind, "pronoun", m.gender))
                elif len(fits) == 1 and all(m.gender not in (gender, None) for m in reach.values() if m is not fits[0]):
                    # rule 428a: the one person of the pronoun's gender among people all of a known other gender
                    m = fits[0]
                    out.append(Unit(tok.i, tok.i + 1, m.code, m.name, m.kind, "pronoun", m.gender))
                elif len(fits) >= 2:
                    # rule 428b: "He urged him ...", "The Russian leader promised him ..." after two people
                    split = self._split_pair(doc, tok, gender, list(reach.values()), mentions + described)
                    if split is not None:
                        out.append(Unit(tok.i, tok.i + 1, split.code, split.name, split.kind, "pronoun", split.gender))
        out.extend(described)

        def sent_of_tok(i: int) -> int:
            return bisect.bisect_right(starts, i) - 1

        for match_id, s, e in self.pair_matcher(doc):
            if any(i in covered for i in range(s, e)):
                continue
            kind = self.nlp.vocab.strings[match_id]
            pool_of, starts_of = (people, people_starts) if kind == "people" else (ordered, ordered_starts)
            pool = between(pool_of, starts_of, window(s), s)
            if not pool:
                # a pair phrase ("the two leaders", "both sides") with no party named before it in its paragraph
                # refers back past the paragraph break (news sites print a sentence a paragraph): it names
                # exactly two parties, so the reach of its window is safe there, unlike a pronoun's
                # (docs/events.md rule 66c)
                pool = between(pool_of, starts_of, window(s, paragraph=False), s)
            distinct: dict[str, Unit] = {}
            for m in pool:
                key = m.code if kind == "people" else primary_code(m.code)
                distinct.setdefault(key, m)
            head = doc[e - 1]
            if len(distinct) > 2 and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
                # more than two parties in reach: the previous sentence's main subject, when it is a coordinated
                # pair of two of them, is what a main-subject "the two countries" takes up ("X and Y condemned Z.
                # The two countries also ...": docs/events.md rule 74d)
                distinct = self._subject_pair(doc, sents, sent_of_tok(s), pool, kind)
            if len(distinct) == 2:
                for m in distinct.values():
                    code = m.code if kind == "people" else primary_code(m.code)
                    code = m.code if code == "IGO" else code
                    out.append(Unit(s, e, code, m.name, "pair", "pronoun", None))
        return out
