"""Headline verbs inside actor mentions, a past form read as a noun, offices and pairs of states (issue 14,
session 22, branch houthi1; docs/events.md rule 106).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``); the actor-only checks
run the resolver alone (``resolver``). Each fixed class gave no event (or no actor) before rule 106; the
neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.ingest.segment import split_sentences
from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import asserted, coded


def mentions(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    return [(s.text, s.label_) for s in doc.spans["actors"]]


# -- 106a: a mention never bridges a plural noun and a role noun over the headline's verb -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Houthi rebels fire missiles at Israeli ships", {("YEM", "ISR", "194")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Houthi rebels fire missiles at Israeli ships .", {("YEM", "ISR", "194")}),
        # drones fired are aerial force (rule 230c, session 30; before: 190)
        ("Houthi rebels fire drones at Saudi airport .", {("YEM", "SAU", "195")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Houthi rebels fire missiles at Saudi oil facility", {("YEM", "SAU", "194")}),
    ],
)
def test_plural_group_noun_verb_role_noun_is_a_clause(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: "Houthi rebels fire missiles" one mention, no event


def test_the_group_mention_ends_at_its_plural_noun(resolver: Language) -> None:
    got = mentions(resolver, "Houthi rebels fire missiles at Israeli ships")
    assert ("Houthi rebels", "YEMREB") in got
    assert not any("fire" in text for text, _ in got)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # no plural noun before the gap: a modifier between a country and its role noun still joins them
        ("Russia's top diplomat met Wang Yi .", "Russia's top diplomat", "RUSGOV"),
        ("The Canadian mining company signed a deal with Peru .", "Canadian mining company", "CANBUS"),
        ("Chilean Health Minister Ana Rojas visited Peru .", "Chilean Health Minister Ana Rojas", "CHLGOV"),
    ],
)
def test_modifiers_between_actor_and_role_still_join(resolver: Language, text: str, mention: str, code: str) -> None:
    assert (mention, code) in mentions(resolver, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Houthi rebels fire missiles at Israeli ships\nOfficials gave no further details.",
            {("YEM", "ISR", "194")},  # rule 273 (was 190)
        ),
        (
            "Houthi Rebels Fire Missiles At Israeli Ships\nThe rebels said the attack on the ships was a response.",
            {("YEM", "ISR", "194")},  # rule 273 (was 190)
        ),
        (
            "Ukraine Retook Kherson From Russia\nUkrainian troops entered the city on Friday.",
            {("UKR", "RUS", "190")},
        ),
    ],
)
def test_headline_lines_of_a_document(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    """The headline as the first line of a document, split as ingestion splits it (every line a sentence)."""
    doc = rules_nlp(make_doc(rules_nlp, text, "2024-05-01", [start for start, _ in split_sentences(text)]))
    first = len(text.split("\n")[0])
    events = doc._.events or []
    got = {
        (primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"]))
        for e in events
        if e["start"] < first and not e["negated"] and not e["hypothetical"]
    }
    assert got == expected


# -- 106b: the two other misreadings of "<name> <people noun> fire ..." --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "militants"(VBZ, aux) "fire"(NN, root): the noun is the subject again
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Hamas militants fire rockets into Israel", {("PSE", "ISR", "194")}),
        # "fighters"(VBZ, root) "fire"(NN, compound of the object): the verb one word lower
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Hezbollah fighters fire missiles at Israel", {("LBN", "ISR", "194")}),
    ],
)
def test_people_noun_read_as_the_verb(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event; 072 (aid) for the second


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Hamas militants fire rockets into Israel .", {("PSE", "ISR", "194")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Taliban fighters fire rockets at Kabul airport", {("AFG", "AFG", "194")}),
        ("Kurdish rebels fire mortars at Turkish base", {("KUR", "TUR", "194")}),
        # "blame" is an accusation (112) since rule 256 (session 31, cyber2; before: 111)
        ("Iran blames fire on Israel .", {("IRN", "ISR", "112")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Houthi rebels fired missiles at Israeli ships .", {("YEM", "ISR", "194")}),
        ("Houthi rebels seize Israeli-linked cargo ship", {("YEM", "ISR", "171")}),
    ],
)
def test_neighbours_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 106c: a past-tense form the tagger reads as a noun ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine retook Kherson from Russia",
        "Ukraine retook Kherson from Russia .",
        "Ukraine Retook Kherson From Russia",
        "UKRAINE RETOOK KHERSON FROM RUSSIA",
    ],
)
def test_retook_after_a_name_is_the_verb(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == {("UKR", "RUS", "190")}  # before: no event (one noun phrase)


def test_retook_as_the_root_noun(rules_nlp: Language) -> None:
    # the parser's other reading: "retook"(NN) the root, the place its object
    assert asserted(rules_nlp, "Azerbaijan retook Shusha from Armenia") == {("AZE", "ARM", "190")}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine retakes Kherson from Russia",
        "Ukraine recaptured Kherson from Russia",
        "Ukrainian forces retook Kherson from Russia",
    ],
)
def test_tagged_verbs_unchanged(rules_nlp: Language, text: str) -> None:
    assert {(s, t, c[:2]) for s, t, c in asserted(rules_nlp, text)} == {("UKR", "RUS", "19")}


def test_retaken_place_of_the_taker_with_no_from_party_gives_nothing(rules_nlp: Language) -> None:
    # "Turkish-backed rebels" names a backer, not the party (docs/actors.md): no invented target; since actors15
    # (docs/events.md rule 217a) the rebels are the place's they fight in, as bare "rebels" are (a domestic fight)
    found = asserted(rules_nlp, "Syria retook Aleppo from Turkish-backed rebels")
    assert found == asserted(rules_nlp, "Syria retook Aleppo from rebels")
    assert not any("TUR" in (s, t) for s, t, _ in found)


# -- 106d: "the Chancellery" takes the one country of its office the document names -------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Chancellery in Berlin rejected the proposal from Poland .", "DEUGOV"),
        ("Germany's coalition is split . The Chancellery rejected the Polish proposal .", "DEUGOV"),
        ("Austria's coalition is split . The Chancellery rejected the Hungarian proposal .", "AUTGOV"),
        ("The Chancellery in Vienna rejected the proposal .", "AUTGOV"),
    ],
)
def test_chancellery_in_a_document_naming_its_country(resolver: Language, text: str, code: str) -> None:
    assert ("Chancellery", code) in mentions(resolver, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chancellery rejected the proposal .",
        "Germany and Austria disagreed . The Chancellery rejected the proposal .",
        "France and Italy disagreed . The Chancellery rejected the proposal .",
    ],
)
def test_chancellery_unresolved_without_one_of_its_countries(resolver: Language, text: str) -> None:
    assert not any(t == "Chancellery" for t, _ in mentions(resolver, text))


def test_chancellery_event(rules_nlp: Language) -> None:
    text = "Germany's coalition is split . The Chancellery rejected the Polish proposal ."
    assert asserted(rules_nlp, text) == {("DEU", "POL", "120")}  # before: no source, no event


# -- 106e: "the two Koreas" names both states ------------------------------------------------------------------------


def test_two_koreas_is_both(resolver: Language) -> None:
    got = mentions(resolver, "The two Koreas held talks in Panmunjom .")
    assert sorted(got) == [("The two Koreas", "KOR"), ("The two Koreas", "PRK")]  # before: no mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two Koreas held talks in Panmunjom .", {("KOR", "PRK", "04"), ("PRK", "KOR", "04")}),
        ("Both Koreas accused each other of provocations .", {("KOR", "PRK", "11"), ("PRK", "KOR", "11")}),
        ("Japan urged the two Koreas to resume talks .", {("JPN", "KOR", "02"), ("JPN", "PRK", "02")}),
    ],
)
def test_two_koreas_events(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded(rules_nlp, text)[1] == expected  # before: none, and JPN -> nothing


def test_korea_alone_stays_south_korea(resolver: Language) -> None:
    assert mentions(resolver, "Korea protested to Japan .") == [("Korea", "KOR"), ("Japan", "JPN")]


# -- 106f: "the president" after a sentence: the titled person named there, or nothing ------------------------------


def test_the_president_repeats_the_title_of_the_person_just_named(rules_nlp: Language) -> None:
    text = "French President Emmanuel Macron arrived in Algiers . The president met his Algerian counterpart ."
    assert ("president", "FRAGOV") in mentions(rules_nlp, text)
    assert coded(rules_nlp, text)[1] == {("FRA", "DZA", "04"), ("DZA", "FRA", "04")}  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        # a city alone does not establish whose president or prime minister is meant
        "Protesters gathered in Lyon on Monday . The president met the Russian ambassador .",
        "Thousands marched in Paris on Sunday . The prime minister met the German chancellor .",
        "A bomb exploded in Kabul . The president condemned the attack .",
        # two presidents named: either could be meant
        "US President Joe Biden met French President Emmanuel Macron in Paris . The president praised the deal .",
        # another person beside the titled one: the other may hold the office too
        "Chinese Foreign Minister Wang Yi met Sergei Lavrov in Moscow . The minister criticized the sanctions .",
    ],
)
def test_no_invented_president(resolver: Language, text: str) -> None:
    got = mentions(resolver, text)
    bare = ("president", "the president", "prime minister", "the prime minister", "minister", "the minister")
    assert not any(t.lower() in bare for t, _ in got)


# -- separatists: the recorded decision stands (docs/actors.md: an attitude or a backer is not the actor) ----------


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Russian separatists shelled Ukrainian positions .",
        "Russian-backed separatists attacked Ukrainian troops near Donetsk .",
        "Russian-backed forces attacked Ukrainian troops .",
    ],
)
def test_backed_separatists_are_not_their_backer(rules_nlp: Language, text: str) -> None:
    names, events = coded(rules_nlp, text)
    assert "RUS" not in {c[:3] for c in names.values()}
    assert not any(s == "RUS" for s, _, _ in events)
