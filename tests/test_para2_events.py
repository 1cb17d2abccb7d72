"""Reworded PLOVER dev events: does the coder code the same event when the surface changes? (issue 14, session 27,
para2; docs/events.md rule 179).

The coder scores 0.88 event F1 on the PLOVER dev half it was tuned on and much less on the test half of the same
kind of sentences. A direct test of overfitting: for 49 dev gold events spread over 18 PLOVER categories (some of
them ones the coder misses today), rewordings of our own (two for most, a third as longer wire copy for 7, one for
2), 103 in all, keeping the event's category but changing the surface: other countries or actors (``actors``), the
passive (``voice``), another tense (``tense``), the act as a noun (``nominal``), the reporting frame fronted or
changed (``frame``), headline form (``headline``) and longer wire copy (``wire``). A row passes when every expected
event is asserted with the same source and target (primary codes, as ``../shared/eval/score.py`` compares them) and
a CAMEO code of the same PLOVER category; the CAMEO codes written in the table are the ones a CAMEO coder would
give, checked against the row's PLOVER category below. Rows with forbidden dyads are also controls: no asserted
event there (a reversed direction, a bystander).

Each sentence is our own rewording, written before the coder ran on it; none is copied from an evaluation set. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code
from detente.reference.cameo import lookup

from .event_sentences import table_cases

KINDS = ("actors", "voice", "tense", "nominal", "frame", "headline", "wire")


def asserted_plover(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, PLOVER category) of the asserted events of ``text``, actors on their primary code as the
    scorer compares them (a UN body is IGO)."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {
        (primary_code(e["source"]), primary_code(e["target"]), str(e.get("plover") or ""))
        for e in events
        if not e["negated"] and not e["hypothetical"]
    }


# (sentence, paraphrase kind, the dev gold record reworded, its PLOVER category,
#  events that must be asserted (source, target, CAMEO code), dyads that must have no asserted event)
Row = tuple[str, str, str, str, list[tuple[str, str, str]], list[tuple[str, str]]]
ROWS: list[Row] = [
    # AGREE
    (
        "Kenya and Tanzania have agreed to hold joint naval exercises next month , a Kenyan official said .",
        "actors",
        "AGREE-0004",
        "AGREE",
        [("KEN", "TZA", "0312"), ("TZA", "KEN", "0312")],
        [],
    ),
    (
        "Poland , Lithuania agree to stage joint military drills",
        "headline",
        "AGREE-0004",
        "AGREE",
        [("POL", "LTU", "0312"), ("LTU", "POL", "0312")],
        [],
    ),
    (
        "Germany will keep providing military aid to Moldova , the German defence minister pledged on Tuesday .",
        "frame",
        "AGREE-0013",
        "AGREE",
        [("DEU", "MDA", "0332")],
        [],
    ),
    (
        "The Canadian defence minister has promised that Ottawa will continue its military assistance to Ukraine .",
        "actors",
        "AGREE-0013",
        "AGREE",
        [("CAN", "UKR", "0332")],
        [],
    ),
    (
        "Turkish President Recep Tayyip Erdogan offered on Friday to negotiate with the prime minister of Greece .",
        "actors",
        "AGREE-0036",
        "AGREE",
        [("TUR", "GRC", "036")],
        [],
    ),
    (
        "An offer to negotiate with Azerbaijan was made by Iran on Friday , the Iranian foreign ministry said .",
        "nominal",
        "AGREE-0036",
        "AGREE",
        [("IRN", "AZE", "036")],
        [],
    ),
    (
        "Sudan's president has agreed to Egyptian mediation in the talks with South Sudan , a senior official said .",
        "actors",
        "AGREE-0039",
        "AGREE",
        [("SDN", "EGY", "0355")],
        [],
    ),
    (
        "Armenia said on Monday it would accept Russian mediation in its talks with Azerbaijan .",
        "frame",
        "AGREE-0039",
        "AGREE",
        [("ARM", "RUS", "0355")],
        [],
    ),
    (
        "Iran said on Thursday it would allow the return of UN nuclear inspectors without conditions .",
        "actors",
        "AGREE-0030",
        "AGREE",
        [("IRN", "IGO", "0355")],
        [],
    ),
    (
        "North Korea says it will let UN weapons inspectors return",
        "headline",
        "AGREE-0030",
        "AGREE",
        [("PRK", "IGO", "0355")],
        [],
    ),
    (
        "The World Food Programme will provide 10,000 tonnes of emergency food aid to Sudan , the agency said .",
        "actors",
        "AGREE-0015",
        "AGREE",
        [("IGO", "SDN", "0333")],
        [],
    ),
    (
        "Japan pledged on Monday to provide emergency food aid to flood victims in Bangladesh .",
        "tense",
        "AGREE-0015",
        "AGREE",
        [("JPN", "BGD", "0333")],
        [],
    ),
    (
        "Portugal is ready to contribute 500 troops to an international peacekeeping force in"
        " Mozambique , the Portuguese"
        " defence minister said on Monday .",
        "actors",
        "AGREE-0016",
        "AGREE",
        [("PRT", "MOZ", "0334")],
        [],
    ),
    (
        "Spain ready to send troops to UN peacekeeping force in Lebanon",
        "headline",
        "AGREE-0016",
        "AGREE",
        [("ESP", "LBN", "0334")],
        [],
    ),
    # AID
    (
        "France sent arms to Chad last year , a defence ministry spokesman said on Wednesday .",
        "actors",
        "AID-0003",
        "AID",
        [("FRA", "TCD", "072")],
        [],
    ),
    (
        "Arms were supplied to Ethiopia by Russia throughout the war , Western diplomats said .",
        "voice",
        "AID-0003",
        "AID",
        [("RUS", "ETH", "072")],
        [("ETH", "RUS")],
    ),
    (
        "Ecuador has granted political asylum to a Colombian opposition leader , the Ecuadorean foreign"
        " ministry said .",
        "actors",
        "AID-0011",
        "AID",
        [("ECU", "COL", "075")],
        [],
    ),
    (
        "Political asylum was granted by Sweden to three Iranian dissidents on Monday .",
        "voice",
        "AID-0011",
        "AID",
        [("SWE", "IRN", "075")],
        [("IRN", "SWE")],
    ),
    (
        "Britain is providing satellite images and other military intelligence to Ukraine , The Times reported .",
        "actors",
        "AID-0004",
        "AID",
        [("GBR", "UKR", "072")],
        [],
    ),
    (
        "Military intelligence was provided to Kenya by the United States during the offensive , officials said .",
        "voice",
        "AID-0004",
        "AID",
        [("USA", "KEN", "072")],
        [],
    ),
    # ASSAULT
    (
        "Egyptian police beat Sudanese migrants in Cairo , a human rights group said on Monday .",
        "actors",
        "ASSAULT-0003",
        "ASSAULT",
        [("EGY", "SDN", "182")],
        [("SDN", "EGY")],
    ),
    (
        "Ethiopian detainees were beaten by Saudi guards , Human Rights Watch said .",
        "voice",
        "ASSAULT-0003",
        "ASSAULT",
        [("SAU", "ETH", "182")],
        [("ETH", "SAU")],
    ),
    (
        "A Pakistani suicide bomber killed 14 Afghan soldiers in Kandahar on Monday , police said .",
        "actors",
        "ASSAULT-0008",
        "ASSAULT",
        [("PAK", "AFG", "183")],
        [("AFG", "PAK")],
    ),
    (
        "Fourteen Afghan soldiers were killed by a Pakistani suicide bomber in Kandahar on Monday .",
        "voice",
        "ASSAULT-0008",
        "ASSAULT",
        [("PAK", "AFG", "183")],
        [("AFG", "PAK")],
    ),
    (
        "A camp for Sudanese refugees was attacked by Chadian militiamen with machetes , killing at least 40 people .",
        "actors",
        "ASSAULT-0001",
        "ASSAULT",
        [("TCD", "SDN", "180")],
        [("SDN", "TCD")],
    ),
    (
        "Rwandan militiamen armed with machetes attacked a camp for Congolese refugees , the UN refugee"
        " agency reported .",
        "voice",
        "ASSAULT-0001",
        "ASSAULT",
        [("RWA", "COD", "180")],
        [("COD", "RWA")],
    ),
    # COERCE
    (
        "Turkish police detained 40 Syrian refugees in Istanbul on Sunday , officials said .",
        "actors",
        "COERCE-0012",
        "COERCE",
        [("TUR", "SYR", "173")],
        [("SYR", "TUR")],
    ),
    (
        "More than 100 Palestinians were arrested by Israeli soldiers in Hebron on Saturday , military sources said .",
        "voice",
        "COERCE-0012",
        "COERCE",
        [("ISR", "PSE", "173")],
        [("PSE", "ISR")],
    ),
    # CONCEDE
    (
        "Israel lifted a curfew in Hebron on Sunday after a week of clashes .",
        "actors",
        "CONCEDE-0005",
        "CONCEDE",
        [("ISR", "PSE", "0813")],
        [],
    ),
    (
        "A night curfew in Kosovo was lifted by Serbia on Sunday , state radio said .",
        "voice",
        "CONCEDE-0005",
        "CONCEDE",
        [("SRB", "XKX", "0813")],
        [],
    ),
    # CONSULT
    (
        "India and Pakistan resumed peace talks in Islamabad on Tuesday , officials said .",
        "actors",
        "CONSULT-0010",
        "CONSULT",
        [("IND", "PAK", "043"), ("PAK", "IND", "043")],
        [],
    ),
    (
        "Negotiations between Greece and Turkey on their maritime border resumed in Athens on Monday .",
        "nominal",
        "CONSULT-0010",
        "CONSULT",
        [("GRC", "TUR", "043"), ("TUR", "GRC", "043")],
        [],
    ),
    (
        "A German parliamentary delegation held talks with Polish leaders in Warsaw on Tuesday .",
        "actors",
        "CONSULT-0011",
        "CONSULT",
        [("DEU", "POL", "043"), ("POL", "DEU", "043")],
        [],
    ),
    (
        "Japan's foreign minister had held talks with Chinese leaders in Beijing the week before , Tokyo said .",
        "tense",
        "CONSULT-0011",
        "CONSULT",
        [("JPN", "CHN", "043"), ("CHN", "JPN", "043")],
        [],
    ),
    (
        "Japanese and Chinese diplomats return to Geneva this week for talks on fishing rights .",
        "actors",
        "CONSULT-0007",
        "CONSULT",
        [("JPN", "CHN", "043"), ("CHN", "JPN", "043")],
        [],
    ),
    (
        "Indian and Chinese negotiators met in Geneva on Monday for talks on their disputed border .",
        "tense",
        "CONSULT-0007",
        "CONSULT",
        [("IND", "CHN", "043"), ("CHN", "IND", "043")],
        [],
    ),
    # COOPERATE
    (
        "Spain extradited a suspected Algerian militant to Algeria on Tuesday , a Spanish official said .",
        "actors",
        "COOPERATE-0004",
        "COOPERATE",
        [("ESP", "DZA", "063")],
        [],
    ),
    (
        "A suspected Russian hacker was extradited to the United States by Greece on Friday .",
        "voice",
        "COOPERATE-0004",
        "COOPERATE",
        [("GRC", "USA", "063")],
        [],
    ),
    (
        "British intelligence officials have shared information with Germany about the plot , officials said .",
        "actors",
        "COOPERATE-0005",
        "COOPERATE",
        [("GBR", "DEU", "064")],
        [],
    ),
    (
        "Jordan shares intelligence with Iraq on militant networks",
        "headline",
        "COOPERATE-0005",
        "COOPERATE",
        [("JOR", "IRQ", "064")],
        [],
    ),
    # DEMAND
    (
        "Russia on Monday demanded that Norway cancel its plans to host American troops .",
        "actors",
        "DEMAND-0005",
        "DEMAND",
        [("RUS", "NOR", "100")],
        [],
    ),
    ("China demands US cancel arms sale to Taiwan", "headline", "DEMAND-0005", "DEMAND", [("CHN", "USA", "100")], []),
    (
        "The United Nations repeated its demand on Friday that Myanmar release all political prisoners .",
        "actors",
        "DEMAND-0026",
        "DEMAND",
        [("IGO", "MMR", "1041")],
        [],
    ),
    (
        "In a statement on Friday , the UN renewed its call for Iran to release detained journalists .",
        "frame",
        "DEMAND-0026",
        "DEMAND",
        [("IGO", "IRN", "1041")],
        [],
    ),
    (
        "Ukraine said on Monday that Belarus must return two trucks seized at the border last week .",
        "actors",
        "DEMAND-0028",
        "DEMAND",
        [("UKR", "BLR", "100")],
        [],
    ),
    (
        "Sudan must return the captured helicopter , the Russian foreign ministry said in a statement on Tuesday .",
        "frame",
        "DEMAND-0028",
        "DEMAND",
        [("RUS", "SDN", "100")],
        [],
    ),
    (
        "Britain has demanded that Hezbollah renounce violence against Israel .",
        "actors",
        "DEMAND-0031",
        "DEMAND",
        [("GBR", "LBN", "100")],
        [],
    ),
    (
        "A demand that Hamas renounce its armed struggle was issued by Washington on Monday .",
        "nominal",
        "DEMAND-0031",
        "DEMAND",
        [("USA", "PSE", "100")],
        [],
    ),
    # DISAPPROVE
    (
        "Ghana summoned Togo's ambassador on Monday to complain about cross-border raids .",
        "actors",
        "DISAPPROVE-0001",
        "DISAPPROVE",
        [("GHA", "TGO", "111")],
        [],
    ),
    (
        "Iran's ambassador was summoned by the British foreign office on Thursday to protest over the detentions .",
        "voice",
        "DISAPPROVE-0001",
        "DISAPPROVE",
        [("GBR", "IRN", "111")],
        [("IRN", "GBR")],
    ),
    (
        "Hungary on Friday condemned Romania's treatment of its ethnic Hungarian minority .",
        "actors",
        "DISAPPROVE-0002",
        "DISAPPROVE",
        [("HUN", "ROU", "111")],
        [],
    ),
    (
        "Kenya issued a strong condemnation of Uganda's incursion into its territory .",
        "nominal",
        "DISAPPROVE-0002",
        "DISAPPROVE",
        [("KEN", "UGA", "111")],
        [],
    ),
    (
        "Pakistan blamed India for the bombing in Kashmir , which set off a new wave of violence .",
        "actors",
        "DISAPPROVE-0007",
        "DISAPPROVE",
        [("PAK", "IND", "112")],
        [("IND", "PAK")],
    ),
    (
        "India was blamed by Pakistan for the explosion in Lahore .",
        "voice",
        "DISAPPROVE-0007",
        "DISAPPROVE",
        [("PAK", "IND", "112")],
        [("IND", "PAK")],
    ),
    (
        "Archbishop Desmond Tutu called on Sunday for sanctions against Zimbabwe over the arrests .",
        "actors",
        "DISAPPROVE-0012",
        "DISAPPROVE",
        [("ZAF", "ZWE", "111")],
        [],
    ),
    (
        "South Africa's Nelson Mandela has called for an arms embargo against Nigeria .",
        "tense",
        "DISAPPROVE-0012",
        "DISAPPROVE",
        [("ZAF", "NGA", "111")],
        [],
    ),
    # FIGHT
    (
        "Ethiopian forces have retaken a strategic town in Eritrea after fierce fighting , Kenyan"
        " military sources said .",
        "actors",
        "FIGHT-0002",
        "FIGHT",
        [("ETH", "ERI", "190")],
        [],
    ),
    (
        "After fierce fighting with Eritrean troops , Ethiopian forces recaptured the border town of Badme .",
        "frame",
        "FIGHT-0002",
        "FIGHT",
        [("ETH", "ERI", "190")],
        [],
    ),
    # INVESTIGATE
    (
        "The IAEA has sent inspectors to a nuclear site in Syria to monitor the dismantling of the reactor .",
        "actors",
        "INVESTIGATE-0001",
        "INVESTIGATE",
        [("IGO", "SYR", "090")],
        [],
    ),
    ("UN sends investigators to Libya", "headline", "INVESTIGATE-0001", "INVESTIGATE", [("IGO", "LBY", "090")], []),
    (
        "A British citizen has been placed under investigation in France for suspected espionage , AFP reported .",
        "actors",
        "INVESTIGATE-0006",
        "INVESTIGATE",
        [("FRA", "GBR", "090")],
        [],
    ),
    (
        "German prosecutors have opened an investigation into a Russian national over the killing in Berlin .",
        "voice",
        "INVESTIGATE-0006",
        "INVESTIGATE",
        [("DEU", "RUS", "090")],
        [],
    ),
    # MOBILIZE
    (
        "Armenia mobilized its army reservists on Tuesday for a possible war against Azerbaijan .",
        "actors",
        "MOBILIZE-0006",
        "MOBILIZE",
        [("ARM", "AZE", "152")],
        [],
    ),
    (
        "Army reservists were mobilized by Greece for a possible war against Turkey , the defence ministry said .",
        "voice",
        "MOBILIZE-0006",
        "MOBILIZE",
        [("GRC", "TUR", "152")],
        [],
    ),
    # PROTEST
    (
        "Protesters in Seoul blocked a road to show their anger at Japan's trade policies , a newspaper reported .",
        "actors",
        "PROTEST-0020",
        "PROTEST",
        [("KOR", "JPN", "144")],
        [],
    ),
    (
        "Thousands of Pakistanis demonstrated outside the Danish embassy in Islamabad on Friday .",
        "nominal",
        "PROTEST-0020",
        "PROTEST",
        [("PAK", "DNK", "141")],
        [],
    ),
    # REJECT
    (
        "Syria has rejected proposed Turkish changes to the water-sharing deal , a Syrian negotiator said .",
        "actors",
        "REJECT-0001",
        "REJECT",
        [("SYR", "TUR", "120")],
        [("TUR", "SYR")],
    ),
    (
        "Proposed Israeli changes to the land-for-security deal were rejected by the Palestinians .",
        "voice",
        "REJECT-0001",
        "REJECT",
        [("PSE", "ISR", "120")],
        [("ISR", "PSE")],
    ),
    (
        "Japan has rejected China's demand to withdraw its coast guard vessels from the disputed islands .",
        "actors",
        "REJECT-0004",
        "REJECT",
        [("JPN", "CHN", "120")],
        [("CHN", "JPN")],
    ),
    (
        "Seoul rejects Pyongyang demand to end US alliance",
        "headline",
        "REJECT-0004",
        "REJECT",
        [("KOR", "PRK", "120")],
        [],
    ),
    (
        "India has refused to send troops to Afghanistan and has urged its citizens to leave the country .",
        "actors",
        "REJECT-0011",
        "REJECT",
        [("IND", "AFG", "120")],
        [],
    ),
    (
        "Brazil refuses to deploy peacekeepers in Haiti",
        "headline",
        "REJECT-0011",
        "REJECT",
        [("BRA", "HTI", "120")],
        [],
    ),
    (
        "France said it would not meet the kidnappers' demands to release prisoners in Mali .",
        "actors",
        "REJECT-0018",
        "REJECT",
        [("FRA", "MLI", "120")],
        [],
    ),
    (
        "Japan rejected on Monday the hostage-takers' demands to free prisoners in Syria .",
        "tense",
        "REJECT-0018",
        "REJECT",
        [("JPN", "SYR", "120")],
        [],
    ),
    # RETREAT
    (
        "The Egyptian army lifted on Friday a two-day blockade on Palestinian trucks passing through"
        " the Rafah crossing .",
        "actors",
        "RETREAT-0015",
        "RETREAT",
        [("EGY", "PSE", "0872")],
        [],
    ),
    (
        "Kazakhstan opened its border after two years to allow the delivery of grain to Afghanistan ,"
        " aid agencies said .",
        "actors",
        "RETREAT-0013",
        "RETREAT",
        [("KAZ", "AFG", "086")],
        [],
    ),
    # SANCTION
    (
        "Germany announced a suspension of flights to Belarus on Wednesday , a day after the jet was forced down .",
        "actors",
        "SANCTION-0001",
        "SANCTION",
        [("DEU", "BLR", "16")],
        [],
    ),
    (
        "Poland suspended air links with Belarus on Wednesday .",
        "nominal",
        "SANCTION-0001",
        "SANCTION",
        [("POL", "BLR", "16")],
        [],
    ),
    (
        "The Japanese foreign minister has cancelled a planned visit to South Korea after the dispute .",
        "actors",
        "SANCTION-0002",
        "SANCTION",
        [("JPN", "KOR", "16")],
        [],
    ),
    (
        "A planned visit to Cuba by the Canadian prime minister has been cancelled , the foreign ministry said .",
        "voice",
        "SANCTION-0002",
        "SANCTION",
        [("CAN", "CUB", "16")],
        [],
    ),
    (
        "Canada has imposed sanctions on Myanmar's military government for its crackdown on protesters .",
        "actors",
        "SANCTION-0009",
        "SANCTION",
        [("CAN", "MMR", "163")],
        [],
    ),
    (
        "Sanctions were imposed on Venezuela by the United States on Tuesday , the Treasury said .",
        "voice",
        "SANCTION-0009",
        "SANCTION",
        [("USA", "VEN", "163")],
        [("VEN", "USA")],
    ),
    (
        "Iran expelled UN nuclear inspectors from its facilities at Natanz after the vote .",
        "actors",
        "SANCTION-0013",
        "SANCTION",
        [("IRN", "IGO", "1662")],
        [],
    ),
    (
        "UN inspectors were expelled by Eritrea last week , diplomats said .",
        "voice",
        "SANCTION-0013",
        "SANCTION",
        [("ERI", "IGO", "1662")],
        [("IGO", "ERI")],
    ),
    # SUPPORT
    (
        "Japan has apologised to South Korea for one of its patrol boats ramming a Korean fishing vessel .",
        "actors",
        "SUPPORT-0009",
        "SUPPORT",
        [("JPN", "KOR", "055")],
        [],
    ),
    (
        "Turkey issued an apology to Russia over the downing of the jet .",
        "nominal",
        "SUPPORT-0009",
        "SUPPORT",
        [("TUR", "RUS", "055")],
        [],
    ),
    (
        "Russia and China signed a treaty of friendship and cooperation in Moscow on Tuesday .",
        "actors",
        "SUPPORT-0011",
        "SUPPORT",
        [("RUS", "CHN", "057"), ("CHN", "RUS", "057")],
        [],
    ),
    (
        "India , Vietnam sign friendship treaty",
        "headline",
        "SUPPORT-0011",
        "SUPPORT",
        [("IND", "VNM", "057"), ("VNM", "IND", "057")],
        [],
    ),
    (
        "Israel and Morocco have upgraded their diplomatic relations to ambassadorial level , officials said .",
        "actors",
        "SUPPORT-0001",
        "SUPPORT",
        [("ISR", "MAR", "051"), ("MAR", "ISR", "051")],
        [],
    ),
    (
        "Diplomatic ties between Cuba and Chile were upgraded to ambassadorial level on Wednesday .",
        "voice",
        "SUPPORT-0001",
        "SUPPORT",
        [("CUB", "CHL", "051"), ("CHL", "CUB", "051")],
        [],
    ),
    # THREATEN
    (
        "Georgia threatened on Monday to break off relations with Russia unless Moscow withdrew its troops .",
        "actors",
        "THREATEN-0005",
        "THREATEN",
        [("GEO", "RUS", "1313")],
        [],
    ),
    (
        "Lithuania threatens to cut ties with China",
        "headline",
        "THREATEN-0005",
        "THREATEN",
        [("LTU", "CHN", "1313")],
        [],
    ),
    (
        "Armenia threatened to shell Azerbaijani villages in retaliation for the drone strike .",
        "actors",
        "THREATEN-0026",
        "THREATEN",
        [("ARM", "AZE", "138")],
        [],
    ),
    (
        "India issued a threat on Tuesday to strike Pakistani bases in Kashmir .",
        "nominal",
        "THREATEN-0026",
        "THREATEN",
        [("IND", "PAK", "138")],
        [],
    ),
    (
        "North Korea has threatened to pull out of the nuclear talks if the United States goes ahead with the drills ,"
        " the Yonhap news agency reported today .",
        "actors",
        "THREATEN-0017",
        "THREATEN",
        [("PRK", "USA", "13")],
        [],
    ),
    (
        "Moscow threatens to quit arms talks if US deploys missiles in Europe",
        "headline",
        "THREATEN-0017",
        "THREATEN",
        [("RUS", "USA", "13")],
        [],
    ),
    # longer wire copy
    (
        "NAIROBI , March 3 ( Reuters ) - Kenya and Tanzania have agreed to hold joint naval exercises"
        " off the coast next"
        " month , a senior Kenyan defence official told reporters on Tuesday , in a sign of warming ties between the"
        " two neighbours .",
        "wire",
        "AGREE-0004",
        "AGREE",
        [("KEN", "TZA", "0312"), ("TZA", "KEN", "0312")],
        [],
    ),
    (
        "ANKARA , June 2 ( AFP ) - Turkish police detained 40 Syrian refugees in a series of raids in"
        " Istanbul on Sunday ,"
        " the governor's office said in a statement , adding that the detainees would be questioned .",
        "wire",
        "COERCE-0012",
        "COERCE",
        [("TUR", "SYR", "173")],
        [("SYR", "TUR")],
    ),
    (
        "SEOUL , Jan 9 ( Reuters ) - South Korea on Tuesday rejected North Korea's latest demand that"
        " it end its military"
        " alliance with the United States , saying the alliance was not up for negotiation , a ministry"
        " spokesman said .",
        "wire",
        "REJECT-0004",
        "REJECT",
        [("KOR", "PRK", "120")],
        [],
    ),
    (
        "WASHINGTON , May 4 ( Reuters ) - The United States on Tuesday imposed sanctions on Venezuela's"
        " state oil company"
        " over the disputed election , the Treasury Department said , in a move that is likely to deepen the rift .",
        "wire",
        "SANCTION-0009",
        "SANCTION",
        [("USA", "VEN", "163")],
        [],
    ),
    (
        "TBILISI , Aug 8 ( AFP ) - Georgia threatened on Monday to break off diplomatic relations with Russia unless"
        " Moscow withdrew its troops from the two breakaway regions , the foreign ministry said in a statement .",
        "wire",
        "THREATEN-0005",
        "THREATEN",
        [("GEO", "RUS", "1313")],
        [],
    ),
    (
        "ACCRA , Feb 12 ( Reuters ) - Ghana summoned Togo's ambassador on Monday to complain about a series of"
        " cross-border raids by armed gangs , the foreign ministry said , the latest sign of strain between the"
        " neighbours .",
        "wire",
        "DISAPPROVE-0001",
        "DISAPPROVE",
        [("GHA", "TGO", "111")],
        [],
    ),
    (
        "CAIRO , Oct 5 ( Reuters ) - Japan pledged on Monday to provide emergency food aid to flood victims in"
        " Bangladesh , the Japanese embassy said , adding that the first shipments would arrive within weeks .",
        "wire",
        "AGREE-0015",
        "AGREE",
        [("JPN", "BGD", "0333")],
        [],
    ),
]

# Added after the fixes of rule 179 (not counted in the before / after of the reworded rows): the verb form of the
# flights row, and controls of the new readings
AFTER_ROWS: list[Row] = [
    (
        "Germany suspended all flights to Belarus on Wednesday after the jet was forced down .",
        "nominal",
        "SANCTION-0001",
        "SANCTION",
        [("DEU", "BLR", "160")],
        [],
    ),
    (
        "Egypt said it would let Palestinian trucks enter Gaza on Monday .",
        "actors",
        "AGREE-0030",
        "AGREE",
        [("EGY", "PSE", "035")],
        [],
    ),
    (
        "Britain demanded that Hamas disarm .",
        "actors",
        "DEMAND-0031",
        "DEMAND",
        [("GBR", "PSE", "1056")],
        [],
    ),
]

# (sentence, dyads that must have no asserted event): "let" of telling, the party of a call that is rejected
CONTROLS: list[tuple[str, list[tuple[str, str]]]] = [
    ("The United States let Israel know that it opposed the raid .", [("USA", "ISR")]),
    ("Britain rejected calls for Israel to halt its offensive in Gaza .", [("GBR", "ISR")]),
]

XFAIL: dict[str, str] = {
    # cause 2: spaCy small-model tagging of a verb as a noun or auxiliary (a demand's subjunctive verb is repaired)
    "Syria has rejected proposed Turkish changes to the water-sharing deal , a Syrian negotiator said .": (
        "mis-tag: 'has rejected proposed' parsed with 'rejected' an auxiliary"
    ),
    # cause 3: an actor the dictionaries do not know (a person)
    "Archbishop Desmond Tutu called on Sunday for sanctions against Zimbabwe over the arrests .": (
        "unknown actor: Desmond Tutu (as in the dev record)"
    ),
    # cause 4: a party named only by a place (the dev record's own convention)
    "A British citizen has been placed under investigation in France for suspected espionage , AFP reported .": (
        "place as party: the investigating state named only by 'in France' (as in the dev record)"
    ),
    "France said it would not meet the kidnappers' demands to release prisoners in Mali .": (
        "place as party and a refusal by 'would not meet ... demands' (as in the dev record)"
    ),
    # cause 5: talks as the purpose of travel
    "Japanese and Chinese diplomats return to Geneva this week for talks on fishing rights .": (
        "travel for talks: 'return to Geneva for talks' (as in the dev record)"
    ),
    # cause 7: category sense of providing intelligence (064 sharing or 072 military aid)
    "Military intelligence was provided to Kenya by the United States during the offensive , officials said .": (
        "category sense: provided intelligence coded 064 (COOPERATE), the dev record's AID"
    ),
}


def test_table_codes_are_the_rows_category() -> None:
    """Each expected CAMEO code is of the PLOVER category of the dev gold record the row rewords, and each kind is
    one of the kinds."""
    for sentence, kind, _record, category, expected, _forbidden in ROWS + AFTER_ROWS:
        assert kind in KINDS, sentence
        assert {lookup(code).plover for _s, _t, code in expected} == {category}, sentence


@pytest.mark.parametrize(
    ("sentence", "kind", "record", "category", "expected", "forbidden"), table_cases(ROWS + AFTER_ROWS, XFAIL)
)
def test_reworded_dev_event(
    rules_nlp: Language,
    sentence: str,
    kind: str,
    record: str,
    category: str,
    expected: list[tuple[str, str, str]],
    forbidden: list[tuple[str, str]],
) -> None:
    events = asserted_plover(rules_nlp, sentence)
    assert {(s, t, category) for s, t, _code in expected} <= events, (kind, record, events)
    assert not {(s, t) for s, t, _p in events} & set(forbidden), (kind, record, events)


@pytest.mark.parametrize(("sentence", "forbidden"), CONTROLS)
def test_control(rules_nlp: Language, sentence: str, forbidden: list[tuple[str, str]]) -> None:
    events = asserted_plover(rules_nlp, sentence)
    assert not {(s, t) for s, t, _p in events} & set(forbidden), events


def test_let_free_parsed_as_a_clause_keeps_its_phrase(rules_nlp: Language) -> None:
    """Rule 179a: "let" with a bare-infinitive clause is a permission, but "let free" parsed as such a clause keeps
    rule 41's phrase, a release (0841, RETREAT), not a permission (080)."""
    sentence = "Iran finally let free the Japanese journalist , who had been held in Evin prison for two years ."
    assert ("IRN", "JPN", "RETREAT") in asserted_plover(rules_nlp, sentence)
