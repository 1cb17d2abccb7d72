"""Issue 13, session 39, causal104 (docs/causal.md round 104): a table of made-up sentences in the style of 2025 news,
on the span tagger's pair cut inside one noun phrase. The tagger reads cause and effect as two spans; where the two
touch (nothing but punctuation between them) and the cut falls between a noun and a word that describes it (a compound
or adjective before it: "Service | delivery protests"; a prepositional phrase, apposition or relative clause after it:
"the demands of the staff | who are on strike", "Xinjiang | a border region blighted by ..."), the pair reads a
description as a cause, and CNC train draws no pair there. With the switch on, such a pair of the tagger's goes; a cut
at a verb (round 87's object, round 98's subject) and a protest's target after the effect ("rallied | against the fuel
tax") are left as those rounds read them. Causal rows: a noun phrase that is a cause or an effect of a marker or a
causal verb keeps its pair. Controls: a sentence whose only causal-looking part is a described noun gives no claim.
Each row's pairs were written before the stage was run on it; none is copied from an evaluation set or a news
excerpt. Rows the shipped stage does not get are strict xfails with the reason.
"""

from __future__ import annotations

from .causal_sentences import news_table_tests

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The cyclone caused heavy damage to fishing villages on the coast of Odisha.",
        [("The cyclone", "heavy damage to fishing villages on the coast of Odisha")],
    ),
    (
        "Taxi drivers blocked the main roads of Lagos on Monday because the state raised the airport levy.",
        [("the state raised the airport levy", "Taxi drivers blocked the main roads of Lagos on Monday")],
    ),
    (
        "Service delivery protests forced the municipality of Tshwane to suspend its council meeting on Tuesday.",
        [("Service delivery protests", "the municipality of Tshwane to suspend its council meeting on Tuesday")],
    ),
    (
        "The union's demands for higher pay led to a two-day strike at the Hyundai plant in Ulsan.",
        [("The union's demands for higher pay", "a two-day strike at the Hyundai plant in Ulsan")],
    ),
    (
        "Flights at Schiphol were cancelled on Friday due to the baggage handlers' strike.",
        [("the baggage handlers' strike", "Flights at Schiphol were cancelled on Friday")],
    ),
    (
        "Nurses in Nairobi rallied on Wednesday against the health ministry's plan to cut overtime pay.",
        [("the health ministry's plan to cut overtime pay", "Nurses in Nairobi rallied on Wednesday")],
    ),
    (
        "Student clashes at the campus in Dhaka left 12 people injured on Monday.",
        [("Student clashes at the campus in Dhaka", "12 people injured on Monday")],
    ),
    (
        "Fuel price protests erupted in Quito after the government scrapped the diesel subsidy.",
        [("the government scrapped the diesel subsidy", "Fuel price protests erupted in Quito")],
    ),
    (
        "Shops in Srinagar stayed shut on Friday as separatist leaders called a strike over the arrests.",
        [("separatist leaders called a strike over the arrests", "Shops in Srinagar stayed shut on Friday")],
    ),
    (
        "Water shortage in Chennai has triggered protests in several neighbourhoods.",
        [("Water shortage in Chennai", "protests in several neighbourhoods")],
    ),
    (
        "The border closure has hit exports of vegetables from Kyrgyzstan.",
        [("The border closure", "exports of vegetables from Kyrgyzstan")],
    ),
]

CONTROLS: list[str] = [
    "Service delivery protests spread to four townships near Durban over the weekend.",
    "Three incidents of student clashes were reported in Dhaka on Monday.",
    "Fuel price protests returned to the streets of Nairobi on Thursday.",
    "Water shortage rallies drew several hundred residents in Chennai on Sunday.",
    "Election violence monitors from the African Union arrived in Maputo on Monday.",
    "Border crossing queues stretched for 12 kilometres at the Polish frontier on Friday.",
    "Farm subsidy talks between Paris and Brussels continued into the night.",
    "Officials visited Kherson, a port city on the Dnipro river, on Saturday.",
    "Opposition supporters gathered outside the home of Ngozi Adeyemi, a former senator, in Abuja on Friday.",
    "Students from Tribhuvan University, the country's oldest, marched to parliament in Kathmandu on Wednesday.",
    "The minister met the leaders of the teachers, who are on a sit-in outside the ministry, on Tuesday.",
    "The delegation met the families of the miners, who have camped outside the company offices since June.",
    "Police escorted the lorry drivers, who had parked on the motorway, to a depot outside Lille.",
    "The minister received the petition of the tea pickers, who walked 40 kilometres to the capital, on Monday.",
    "A rights group published the names of the detained journalists, who include two foreign reporters, on Tuesday.",
    "Talks with the leaders of the nurses' union, which represents 40,000 staff, resumed in Lagos on Wednesday.",
    "Transport union wage talks in Seoul went into a third day on Thursday.",
    "Fuel subsidy protests turned violent in Kano over the weekend with sections of the highway blockaded.",
    "The chief minister met the leaders of the sanitation workers, who are on a pen-down strike over unpaid wages.",
    "Troops patrolled Manipur, a hill state that has been torn by ethnic violence since 2023, on Sunday.",
    "Police registered cases against the organisers of the rally, which turned violent in Patna on Monday.",
    "Pension reform strikes shut schools and rail lines across France for a second day.",
    "The governor called on the demands panel of the doctors, who have boycotted outpatient wards since May.",
    "Soldiers guarded Bukavu, a lakeside city that was seized by rebels in February, on Tuesday.",
    "Land acquisition protests by farmers blocked the Mumbai-Pune expressway for three hours.",
]

XFAIL_CAUSAL: dict[int, str] = {}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=36, switches=("phrase_cut_tag_pairs",)
)
