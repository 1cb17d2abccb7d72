"""Issue 13, session 38, causal101 (docs/causal.md round 101): a table of made-up sentences in the style of 2025 news,
on a headline glued to its story by a publication stamp. CNC's texts (and many scraped feeds) run a story's headline,
its stamp and its first sentence together without a line break ("<headline> 02nd January 2013 10:25 AM <first
sentence>"); the trims of rounds 14 and 60 cut a side that runs through such a stamp, but not a claim whose two sides
lie on the stamp's two sides: a headline phrase paired with the story's sentence. With the switch on, such a claim goes
(unless it is the only claim of a sentence the scorer is sure of); a pair inside the headline ("Sanctions hit Iranian
oil exports") or inside the story stays, and a date and a time inside a sentence that is no stamp ("adjourned the
hearing at 11:30 AM on Monday") cut nothing. Causal rows: the story's own reason or the headline's own pair is kept.
Controls: a headline and a story that state no cause give no claim. Each row's pairs were written before the stage was
run on it; none is copied from an evaluation set or a news excerpt. Rows the shipped stage does not get are strict
xfails with the reason.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_parse import dateline_bounds

from .causal_sentences import claim_pairs, news_table_tests, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Protests over water cuts 04th December 2025 08:15 AM Residents of two districts in Tehran gathered outside the"
        " municipal offices on Thursday.",
        [("water cuts", "Protests")],
    ),
    (
        "Sanctions hit Iranian oil exports 19th September 2025 10:05 AM Tankers loaded at Kharg Island on Friday,"
        " shipping data showed.",
        [("Sanctions", "Iranian oil exports")],
    ),
    (
        "Heavy rain in Kerala 14th August 2025 09:40 AM Schools in three districts closed on Thursday because"
        " floodwater blocked the roads.",
        [("floodwater blocked the roads", "Schools in three districts closed on Thursday")],
    ),
    (
        "Port strike ends 22nd November 2025 04:15 PM Dockworkers in Antwerp returned to work on Saturday after the"
        " operators agreed to raise wages.",
        [("the operators agreed to raise wages", "Dockworkers in Antwerp returned to work on Saturday")],
    ),
    (
        "Curfew in Imphal 05th September 2025 08:00 PM The authorities imposed a curfew in two districts on Friday"
        " following clashes between rival groups.",
        [("clashes between rival groups", "The authorities imposed a curfew in two districts on Friday")],
    ),
    (
        "Flights cancelled in Kathmandu 11th January 2025 07:30 AM Dense fog forced the airport to cancel dozens of"
        " flights on Saturday.",
        [("Dense fog", "the airport to cancel dozens of flights on Saturday")],
    ),
    (
        "The Supreme Court of Pakistan adjourned the hearing at 11:30 AM on Monday because the chief justice fell ill.",
        [("the chief justice fell ill", "The Supreme Court of Pakistan adjourned the hearing at 11:30 AM on Monday")],
    ),
    (
        "Voting in Bolivia was halted on 17 August 2025 at 4:00 PM after protesters stormed a polling station in El"
        " Alto.",
        [
            (
                "protesters stormed a polling station in El Alto",
                "Voting in Bolivia was halted on 17 August 2025 at 4:00 PM",
            )
        ],
    ),
    (
        "The Kenya Power and Lighting Company cut supplies to Mombasa on Tuesday, triggering protests by small"
        " traders.",
        [("The Kenya Power and Lighting Company cut supplies to Mombasa on Tuesday", "protests by small traders")],
    ),
    (
        "Landslide blocks highway 08th July 2025 06:20 AM Traffic between Shimla and Manali stopped on Tuesday because"
        " a landslide buried the road.",
        [
            ("Landslide", "highway"),
            ("a landslide buried the road", "Traffic between Shimla and Manali stopped on Tuesday"),
        ],
    ),
    (
        "Markets fall as oil prices climb 09th October 2025 04:05 PM Shares in Tokyo closed lower on Thursday.",
        [("oil prices climb", "Markets fall")],
    ),
]

CONTROLS: list[str] = [
    "Farmers march on Nairobi 14th March 2025 10:20 AM Hundreds of farmers walked into the city centre on Friday"
    " carrying banners.",
    "Fugitive banker surrenders in Lisbon 02nd June 2025 09:05 AM Portuguese police on Monday detained a former bank"
    " director at his home near the coast.",
    "Transport strike enters second day 21st April 2025 07:45 AM Buses stayed in their depots across Lagos on Tuesday"
    " while drivers held a meeting with officials.",
    "Opposition leader's health improves 09th August 2025 11:30 AM The former minister, whose hunger strike ended on"
    " Saturday, is recovering at a hospital in Dhaka.",
    "Minister defends police action 16th October 2025 03:25 PM Chile's interior minister on Thursday defended the"
    " officers deployed at the university campus in Santiago.",
    "Unions and management at odds in Volta 07th July 2025 11:27 AM Talks between the port authority and the"
    " dockworkers' union resumed in Accra on Wednesday.",
    "Rally planned for Sunday in Tbilisi 12th May 2025 06:10 PM Opposition parties in Georgia said they will gather"
    " outside parliament this weekend.",
    "Court grants bail to activist 03rd February 2025 02:40 PM A court in Islamabad on Monday granted bail to a rights"
    " activist held since December.",
    "Leaders meet in Doha 23rd June 2025 05:15 PM Delegations from Sudan's warring parties sat down with mediators in"
    " the Qatari capital on Monday.",
    "Election result declared 30th May 2025 01:05 PM The electoral commission in Malawi announced the final count for"
    " the presidential race on Friday.",
    "Cabinet reshuffle in Lima 18th February 2025 12:20 PM Peru's president swore in four new ministers at the"
    " government palace on Tuesday.",
    "Students take out rally 27th January 2025 10:00 AM Several hundred students walked from the university to the"
    " district office in Kandy on Monday.",
    "Navy ships arrive in Manila 10th April 2025 03:45 PM Two Japanese destroyers docked at the South Harbor on"
    " Thursday.",
    "Police chief visits flood zone 26th July 2025 02:30 PM The inspector general toured the villages of Sindh"
    " province on Saturday.",
    "Two men held in Leeds 11th November 2025 07:55 AM Officers arrested two men on Sunday at a house in the north of"
    " the city.",
    "Talks resume in Geneva 06th March 2025 09:30 AM Negotiators from Armenia and Azerbaijan returned to the table on"
    " Thursday.",
    "Opposition boycotts session 13th August 2025 11:10 AM Members of the opposition stayed away from parliament in"
    " Kampala on Wednesday.",
]

_REASON_VERB = (
    "an extra pair inside the reason clause ('floodwater -> the roads': the reason's own verb read as a cause), with or"
    " without the switch: no headline in it"
)
_SURE_ONLY = (
    "the story's 'forced' pair is not read: the cause is taken from the headline with the stamp's date ('Flights"
    " cancelled in Kathmandu 11th January 2025 -> the airport to cancel ...'), the only claim of a sentence the scorer"
    " is sure of, which the switch keeps (CNC marks such sentences causal)"
)
_HEADLINE_VERB = "the headline's own pair ('Landslide -> highway') is not read, with or without the switch"
XFAIL_CAUSAL: dict[int, str] = {2: _REASON_VERB, 5: _SURE_ONLY, 9: _HEADLINE_VERB}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=28, switches=("stamp_crossing_claims",)
)


def test_a_claim_across_a_stamp_goes_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[3]
    with settings_set(causal_nlp, stamp_crossing_claims=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, stamp_crossing_claims=True):
        assert claim_pairs(causal_nlp, text) == []


def test_where_the_stamps_lie() -> None:
    # a stamp with a date and a clock time between a headline and its story; a date and a time inside a sentence, with
    # "at" between them, are no stamp
    text = CONTROLS[3]
    ((start, end),) = dateline_bounds(text)
    assert text[start:end] == "09th August 2025 11:30 AM"
    assert dateline_bounds(CAUSAL[7][0]) == []
    assert dateline_bounds(CAUSAL[6][0]) == []
