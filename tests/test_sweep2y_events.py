# ruff: noqa: E501
"""Issue 14 (session 34, sweep2y; docs/events.md rule 318): an organisation that only reports the act.

A follow-up of sweep2's strict xfails (tests/test_sweep2_events.py): "Rapid Support Forces fighters raped dozens of
women in El Geneina, a rights group said on Tuesday" and "Egyptian police tortured detained activists, Amnesty
International said on Thursday" coded nothing, though the same clauses without the attribution code SDNREB -> SDNCVL
1821 and EGYCOP -> EGYOPP 1822. The cause is one: a bare role or people noun ("women", "activists", "students") takes
its sentence's one country only when the sentence names nothing else, and the organisation that reports the act (a
rights group, Amnesty International, the UN) counted as a second party. Every sentence is our own, in the style of
2025 news, none copied from an evaluation set; the code of each row was chosen from the CAMEO codebook
(/work/shared/data/cameo-eventcodes.tsv) before the coder ran. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``); a row passes when its (source, target, code) is
among the asserted events, on primary codes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

# (sentence, source, target, CAMEO code): the organisation reports the act, after it or before it
SWEEP2Y_ROWS: list[tuple[str, str, str, str]] = [
    (
        "Iranian police arrested dozens of students in Tehran, Amnesty International said on Tuesday.",
        "IRN",
        "IRN",
        "173",
    ),
    ("Zimbabwean police detained 20 opposition activists, Human Rights Watch said on Monday.", "ZWE", "ZWE", "173"),
    ("Georgian riot police beat journalists outside parliament, the Council of Europe said.", "GEO", "GEO", "182"),
    ("Sudanese soldiers raped women in Omdurman, the United Nations said on Thursday.", "SDN", "SDN", "1821"),
    (
        "Pakistani security forces abducted two student activists in Quetta, Amnesty International said.",
        "PAK",
        "PAK",
        "181",
    ),
    ("Human Rights Watch said Egyptian authorities had tortured detained protesters.", "EGY", "EGY", "1822"),
    (
        "Amnesty International said on Friday that Venezuelan police had tortured opposition activists.",
        "VEN",
        "VEN",
        "1822",
    ),
    ("Belarusian police arrested several journalists in Minsk, Reporters Without Borders said.", "BLR", "BLR", "173"),
    (
        "Nicaraguan police detained two reporters, the Committee to Protect Journalists said on Wednesday.",
        "NIC",
        "NIC",
        "173",
    ),
    ("Myanmar's military detained dozens of villagers in Sagaing, a rights group said on Sunday.", "MMR", "MMR", "173"),
    ("Serbian police beat students in Novi Sad, rights groups said.", "SRB", "SRB", "182"),
    # sweep2's two rows, moved out of its XFAIL
    (
        "Rapid Support Forces fighters raped dozens of women in El Geneina, a rights group said on Tuesday.",
        "SDN",
        "SDN",
        "1821",
    ),
    ("Egyptian police tortured detained activists, Amnesty International said on Thursday.", "EGY", "EGY", "1822"),
]

# journalists and reporters (MED) are no bare role that takes its sentence's country, with or without the reporter
# ("Belarusian police arrested several journalists in Minsk" codes nothing either): not this construction
_MEDIA = "journalists and reporters (MED) take no country of their sentence, reporter or not (not rule 318)"
XFAIL: dict[str, str] = {
    "Georgian riot police beat journalists outside parliament, the Council of Europe said.": _MEDIA,
    "Belarusian police arrested several journalists in Minsk, Reporters Without Borders said.": _MEDIA,
    "Nicaraguan police detained two reporters, the Committee to Protect Journalists said on Wednesday.": _MEDIA,
}

# (sentence, a (source, target, code) that must not be asserted): the organisation is a party, the speaker is a
# state, or the sentence names two countries; the bare role stays uncoded as before
SWEEP2Y_CONTROLS: list[tuple[str, tuple[str, str, str]]] = [
    # a state reports: its country is a second country of the sentence, whose police it is stays unsaid
    ("Egyptian police tortured activists, the United States said.", ("EGY", "EGY", "1822")),
    ("Police arrested students in Tehran, France said on Monday.", ("IRN", "IRN", "173")),
    # the organisation is a party of its own clause, not the reporter of the act
    ("Egyptian police arrested activists and Amnesty International condemned the arrests.", ("EGY", "EGY", "173")),
    ("Iranian police arrested students who had met Amnesty International.", ("IRN", "IRN", "173")),
    # two countries besides the reporter
    ("Police detained students in Istanbul and Athens, Human Rights Watch said.", ("TUR", "TUR", "173")),
    # unnamed attackers of a nation's people are not that nation's (rule 52a), a reporting organisation or not
    ("Gunmen kidnapped two Chinese engineers, Amnesty International said.", ("CHN", "CHN", "181")),
    # no country at all: the reporter lends none
    ("Police arrested dozens of students, Amnesty International said.", ("NGO", "NGO", "173")),
    # the reporting organisation is never the source of the reported act
    ("Sudanese soldiers raped women in Omdurman, the United Nations said on Thursday.", ("IGO", "SDN", "1821")),
]


@pytest.mark.parametrize(
    ("text", "event"),
    table_cases([(text, (s, t, c)) for text, s, t, c in SWEEP2Y_ROWS], XFAIL),
)
def test_sweep2y_reported_act_codes_the_bare_role(rules_nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event in asserted(rules_nlp, text)


@pytest.mark.parametrize(("text", "event"), SWEEP2Y_CONTROLS)
def test_sweep2y_controls(rules_nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event not in asserted(rules_nlp, text)


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SWEEP2Y_ROWS}
