"""Titles without names (issue 14, session 24; docs/events.md rule 132).

A bare definite title ("the president", "the senator") takes the holder of that title the document named last: a
person titled so in the text or by people.jsonl on the document's date, or a country's holders ("U.S. senators");
two holders there leave it uncoded. A title with no holder named never takes the country named in its own clause
("The senator attacked China's trade policy" coded the senator CHN before). Each sentence is our own construction,
none copied from an evaluation set; the real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned
layer off (``rules_nlp``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import coded


def _at(nlp: Language, text: str, published: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """``coded`` on another publication date: the mentions that are no codebook name (text -> code) and the asserted
    events as (source, target, CAMEO root)."""
    doc = nlp(make_doc(nlp, text, published=published))
    mentions = {m.text: m.label_ for m in doc.spans["actors"] if m._.actor_how != "name"}
    return mentions, {
        (primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"])[:2])
        for e in doc._.events or []
        if not e["negated"] and not e["hypothetical"]
    }


# -- a title with no holder named: never the country of its own clause (fixed) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked China's trade policy .",
        "The senator criticized Japan .",
        "A senator condemned Iran .",
        "The congressman praised India .",
        "Senator Jane Doe denounced Cuba .",  # a titled name the codebook does not know
    ],
)
def test_title_takes_no_country_from_its_own_clause(rules_nlp: Language, text: str) -> None:
    mentions, events = coded(rules_nlp, text)
    assert events == set()  # before: CHN -> CHN 19, JPN -> JPN 11, ... (the title coded with the other party)
    assert all(not code.endswith("LEG") for code in mentions.values())


@pytest.mark.parametrize(
    "text",
    [
        "China expanded its navy . The senator criticized China .",
        "Iran tested a missile . The senator condemned Iran .",
    ],
)
def test_title_takes_no_previous_country_named_in_its_own_clause(rules_nlp: Language, text: str) -> None:
    mentions, events = coded(rules_nlp, text)
    assert "senator" not in mentions  # before: CHNLEG / IRNLEG from the previous sentence's one country
    assert events == set()


def test_title_takes_the_previous_country_when_its_clause_names_another(rules_nlp: Language) -> None:
    text = "Japan hosted the summit . The prime minister criticized North Korea ."
    assert ("JPN", "PRK", "11") in coded(rules_nlp, text)[1]  # the previous-sentence reading, as before


# -- the document says whose title it is (fixed) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's holders named before
        (
            "Two U.S. senators visited Taiwan last week . The senator criticized China's trade policy .",
            ("USA", "CHN", "11"),
        ),
        ("Three Brazilian senators travelled to Argentina . The senator criticized Venezuela .", ("BRA", "VEN", "11")),
        (
            "Kenya's president met Ugandan officials in Nairobi . The president later praised Tanzania .",
            ("KEN", "TZA", "05"),
        ),
        # a person titled so in the text, beside a person of another office
        ("President Macron met Scholz in Paris . The president later criticized Russia .", ("FRA", "RUS", "11")),
        # the most recent holder named, two sentences back
        (
            "Putin visited Beijing in May . Erdogan hosted a summit in Ankara on Friday ."
            " The president criticized Israel .",
            ("TUR", "ISR", "11"),
        ),
    ],
)
def test_title_takes_the_holder_named_before(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(rules_nlp, text)[1]  # before: no event (two countries, or the target's country)


def test_holder_named_by_its_title_beats_the_sentence_country(rules_nlp: Language) -> None:
    text = "French President Emmanuel Macron arrived in Algiers . The president met Algerian students ."
    mentions, events = coded(rules_nlp, text)
    assert mentions["president"] == "FRAGOV"  # before: DZAGOV, the students' country
    assert ("FRA", "DZA", "04") in events


def test_title_holder_across_a_line_break(rules_nlp: Language) -> None:
    # news prints a sentence a paragraph: a title's holder is the document's, not the paragraph's (before: uncoded,
    # rule 118b's reach ended at the line break)
    text = (
        "German Chancellor Olaf Scholz arrived in Turkey on Sunday.\nAfter meeting Erdogan in Ankara, the chancellor "
        "flew home."
    )
    mentions, _ = coded(rules_nlp, text, full_codes=True)
    assert mentions["chancellor"] == "DEUGOV"


def test_portfolio_title_is_its_holder(rules_nlp: Language) -> None:
    text = "Foreign Minister Lavrov arrived in Ankara . The foreign minister later criticized Japan ."
    assert ("RUS", "JPN", "11") in coded(rules_nlp, text)[1]


# -- two holders, or a holder of another office: no guess ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Erdogan in Sochi . The president later criticized the European Union .",
        "Putin met Erdogan in Sochi . The president later criticized Greece .",
        "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing . The minister later criticized Japan .",
    ],
)
def test_two_holders_leave_the_title_uncoded(rules_nlp: Language, text: str) -> None:
    mentions, events = coded(rules_nlp, text)
    assert "president" not in mentions and "minister" not in mentions
    assert all(s in ("RUS", "TUR", "CHN") and t in ("RUS", "TUR", "CHN") for s, t, _ in events)


def test_vice_president_holds_no_presidency(rules_nlp: Language) -> None:
    text = "Vice President JD Vance visited India . The president later criticized China ."
    mentions, events = _at(rules_nlp, text, "2025-06-01")
    assert "president" not in mentions  # before: USAGOV (rule 106f read the word "President" in his title)
    assert ("USA", "CHN", "11") not in events


# -- an untitled name: the codebook decides, on the document's date ------------------------------------------------


def test_untitled_holder_by_the_codebook_title_on_the_date(rules_nlp: Language) -> None:
    text = "Trump met Netanyahu at the White House . The president later criticized Iran ."
    mentions, events = _at(rules_nlp, text, "2025-06-01")
    assert mentions["president"] == "USAGOV"  # people.jsonl: president from 2025-01-20
    assert ("USA", "IRN", "11") in events
    # 2024: Trump held no office, Netanyahu is a prime minister: no holder, no event
    mentions, events = _at(rules_nlp, text, "2024-05-01")
    assert "president" not in mentions
    assert not any(t == "IRN" for _, t, _ in events)


def test_two_codebook_presidents_leave_the_title_uncoded(rules_nlp: Language) -> None:
    mentions, events = _at(rules_nlp, "Trump met Xi in Beijing . The president later criticized Japan .", "2025-06-01")
    assert "president" not in mentions
    assert not any(t == "JPN" for _, t, _ in events)


# -- neighbours that must not change -------------------------------------------------------------------------------


def test_office_holder_with_its_country_outside_its_clause_unchanged(rules_nlp: Language) -> None:
    mentions, _ = coded(rules_nlp, "The prime minister said the Ethiopian government would act .")
    assert mentions["prime minister"] == "ETHGOV"  # the bare office's rule (``_office_holder``), as before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition lawmakers in Kenya criticized the Kenyan government .", ("KEN", "KEN", "11")),
        ("The president praised Kenyan students .", ("KEN", "KEN", "05")),
        # a government's title beside a non-state actor of its country: the domestic reading, as before
        ("Students from Chile's largest union urged Education Minister Ana Ruiz to resign .", ("CHL", "CHL", "02")),
    ],
)
def test_domestic_bare_roles_unchanged(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(rules_nlp, text)[1]
