"""First-person pronouns of a quotation take its speaker, and a warning of an unnamed consequence is a threat
(issue 14, session 22, branch quote1; docs/events.md rule 112). Invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.actor_quotes import quotations
from detente.nlp.pipeline import make_doc

from .event_sentences import coded


def quoted(nlp: Language, text: str) -> dict[str, str]:
    """Token text -> code of the mentions the quotation rule made (``how="quote"``)."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    return {m.text: m.label_ for m in doc.spans["actors"] if m._.actor_how == "quote"}


# ---- 112a: "I" / "we" of a quotation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaker after the quotation, subject before the verb
        ('"In the hope of a deal, I have sent my envoy to Ankara," Macron wrote.', {"I": "FRAGOV", "my": "FRAGOV"}),
        # speaker after, verb before the subject, a time phrase after
        (
            '"We will close our airspace to Belarusian planes," said Lavrov on Monday.',
            {"We": "RUSGOV", "our": "RUSGOV"},
        ),
        # speaker before the quotation, a colon between
        ('Erdogan said: "We will respond to any attack on our ships."', {"We": "TURGOV", "our": "TURGOV"}),
        # a country speaking: "we" is the country
        ('"We reject the proposal," Poland said in a statement.', {"We": "POL"}),
        # a participle speech verb speaks for its clause's subject
        (
            'Macron voiced doubts about the plan, stating: "I would rather not send our troops."',
            {"I": "FRAGOV", "our": "FRAGOV"},
        ),
        # a resolved "he" speaks, the quotation in the next line
        ('Lavrov spoke on Tuesday. He added:\n"We will answer any new sanctions."', {"We": "RUSGOV"}),
        # one quotation across two sentences keeps its speaker
        ('"We agree. We will sign the accord soon," Lavrov told reporters.', {"We": "RUSGOV"}),
    ],
)
def test_first_person_takes_the_speaker(rules_nlp: Language, text: str, expected: dict[str, str]) -> None:
    got = quoted(rules_nlp, text)
    assert {k: got[k] for k in expected if k in got} == expected


@pytest.mark.parametrize(
    "text",
    [
        # no speaker in the sentence
        '"I will visit Tehran next month."',
        # the narrator's "I", outside any quotation
        "I met Lavrov in Moscow last week, and he said the talks had failed.",
        # a speaker who is no actor: a journalist
        '"I saw Russian tanks near the border," the reporter wrote.',
        # two speakers
        '"We will not accept the plan," Lavrov and Wang said.',
        # a new quotation after the attributed one has no speaker of its own
        '"We will sign the accord," Lavrov said. "I will travel to Ankara."',
        # a quotation left open at the end of its paragraph
        'Lavrov said: "We will respond.\nI think so too, said a diplomat.',
    ],
)
def test_no_speaker_no_resolution(rules_nlp: Language, text: str) -> None:
    got = quoted(rules_nlp, text)
    if "Lavrov said. " in text:
        assert "I" not in got  # the first quotation's "We" is Lavrov's, the second's "I" nobody's
    else:
        assert got == {}


def test_country_does_not_say_i(rules_nlp: Language) -> None:
    """ "I" is a person's word: a country named as the speaker lends it nothing."""
    assert "I" not in quoted(rules_nlp, '"I will never accept this," Poland said.')


def test_quoted_first_person_is_the_source(rules_nlp: Language) -> None:
    _, events = coded(rules_nlp, '"We will expel the French ambassador," the Algerian foreign minister said.')
    assert ("DZA", "FRA", "13") in events or ("DZA", "FRA", "16") in events


def test_quotation_spans(rules_nlp: Language) -> None:
    doc = make_doc(rules_nlp, '"One," he said. \u201cTwo\u201d and "three\nfour."', published="2024-05-01")
    doc = rules_nlp(doc)
    texts = [doc[o + 1 : c].text for o, c in quotations(doc)]
    assert texts[:2] == ["One,", "Two"]
    assert all("\n" not in t for t in texts)


# ---- 112b: a warning of an unnamed consequence ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Erdogan warned that Greece would pay a heavy price.", ("TUR", "GRC")),
        ("Putin warned Ukraine would face serious consequences.", ("RUS", "UKR")),
        ("The Iranian foreign minister warned that Israel would regret its attack.", ("IRN", "ISR")),
        ("Kim Jong Un threatened that South Korea would be punished.", ("PRK", "KOR")),
        ("China warned that Japan would pay dearly for the visit.", ("CHN", "JPN")),
    ],
)
def test_consequence_warning_is_a_threat(rules_nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    _, events = coded(rules_nlp, text)
    assert (*dyad, "13") in events


@pytest.mark.parametrize(
    "text",
    [
        # no consequence predicate: a forecast, not a threat
        "Erdogan warned that Greece would win the election.",
        # the clause's subject is the warner's own side
        "Erdogan warned that Turkish farmers would pay a heavy price.",
    ],
)
def test_other_warnings_threaten_no_one(rules_nlp: Language, text: str) -> None:
    _, events = coded(rules_nlp, text)
    assert not any(c == "13" and t in ("GRC",) for _, t, c in events)
    assert not any(c == "13" and s == t for s, t, c in events)


# ---- 112c: a sanction or tariff named by who bears it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ('"I will substantially increase the tariffs India pays," Trump said.', ("USA", "IND")),
        ("Washington will double the tariffs Indian firms pay.", ("USA", "IND")),
    ],
)
def test_payer_of_a_tariff_is_its_target(rules_nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    _, events = coded(rules_nlp, text)
    assert (*dyad, "13") in events


def test_own_payers_are_no_target(rules_nlp: Language) -> None:
    _, events = coded(rules_nlp, "Trump raised the tariffs American farmers pay.")
    assert not any(s == t for s, t, _ in events)
