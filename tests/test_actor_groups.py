"""Issue 14 (session 8): ethnic, religious, party and regional groups coded with CAMEO's own codes
(``data/actors/groups.jsonl``, the PTY role of ``roles.yml``, ``ActorResolver._groups``). All sentences are
constructed."""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .actor_mentions import found


def codes(nlp: Language, text: str) -> list[str]:
    return [code for _, code in found(nlp, text)]


def test_ethnic_group_without_a_country_has_its_own_code(resolver: Language) -> None:
    assert found(resolver, "Kurds marched through the town.") == [("Kurds", "KUR")]
    assert found(resolver, "Hutu rebels crossed the river.") == [("Hutu rebels", "HUTREB")]
    assert found(resolver, "Kurdish fighters took the hill.") == [("Kurdish fighters", "KURREB")]
    # "ethnic Albanians" are the people, not the state of Albania (CAMEO ABN)
    assert codes(resolver, "Ethnic Albanian guerrillas laid down their arms.") == ["ABNINS"]
    assert codes(resolver, "Albanian officials met the delegation.") == ["ALBGOV"]


def test_country_comes_first(resolver: Language) -> None:
    assert found(resolver, "Iraqi Kurds voted on Monday.") == [("Iraqi Kurds", "IRQKUR")]
    assert codes(resolver, "Turkish Kurdish protesters gathered.") == ["TURKUROPP"]
    assert codes(resolver, "Lebanese Christians elected a new patriarch.") == ["LBNCHR"]
    # a group "in" or "of" a country or a place is its community
    assert found(resolver, "Christians in Baghdad held a vigil.") == [("Christians in Baghdad", "IRQCHR")]
    assert codes(resolver, "Kurds in northern Syria fled the shelling.") == ["SYRKUR"]
    # West African groups carry their country (CAMEO NGAYRB) even when none is named
    assert codes(resolver, "Yoruba leaders met in the city.") == ["NGAYRB"]


def test_religious_groups(resolver: Language) -> None:
    assert codes(resolver, "Sunnis and Shiites prayed together.") == ["MOSSUN", "MOSSHI"]
    assert codes(resolver, "Islamic fundamentalists blocked the road.") == ["MOSRAD"]
    assert codes(resolver, "Muslim refugees reached the border.") == ["MOSREF"]
    assert codes(resolver, "Hindu groups marched to the temple.") == ["HIN"]
    # Jewish settlers are Israel's, as the PLOVER gold codes them
    assert codes(resolver, "Jewish settlers blocked a road near Hebron.") == ["ISR", "PSE"]


def test_group_leaders_are_the_group(resolver: Language) -> None:
    # a group has no government: its leaders carry the group's code alone
    assert codes(resolver, "Kurdish leaders rejected the offer.") == ["KUR"]
    assert codes(resolver, "Muslim clerics issued a statement.") == ["MOSREL"]


def test_a_state_office_held_by_a_group_member_is_not_the_group(resolver: Language) -> None:
    # "Sunni lawmakers", "Kurdish officials": office holders of some state; the role stays bare
    assert found(resolver, "Sunni lawmakers and Kurdish officials walked out.") == []
    assert codes(resolver, "Kurdish officials met the Syrian envoy.") == ["SYRGOV"]


def test_a_group_adjective_alone_names_no_actor(resolver: Language) -> None:
    assert found(resolver, "The Kurdish region held a vote on Islamic law.") == []
    assert found(resolver, "The plane crossed European airspace.") == []
    assert found(resolver, "She studied the Tamil language.") == []


def test_a_group_adjective_inside_a_name_names_no_actor(resolver: Language) -> None:
    assert found(resolver, "The Kurdish Democratic Party met on Monday.") == []
    assert found(resolver, "The Islamic Courts Union took the port.") == []
    # a party name starting with a religious adjective is the party, coded by its country
    got = found(resolver, "Germany's Christian Democrats won the vote.")
    assert got == [("Germany's Christian Democrats", "DEUPTY")]


def test_political_parties_take_their_country(resolver: Language) -> None:
    assert codes(resolver, "Kenya's Liberal Democratic Party quit the coalition.") == ["KENPTY"]
    # written bare, a party takes the one country of its sentence
    assert codes(resolver, "The governing Labour Party raised the minimum wage in Britain.") == ["GBRPTY", "GBR"]
    assert codes(resolver, "Republicans criticized President Joe Biden's budget.")[0] == "USAPTY"
    # with two countries in the sentence, whose party it is is not said
    assert "PTY" not in "".join(codes(resolver, "The Labour Party urged France to talk to Germany."))


def test_regions_name_states_only(resolver: Language) -> None:
    assert codes(resolver, "Gulf states welcomed the agreement.") == ["PGS"]
    assert codes(resolver, "Arab states and African countries backed the resolution.") == ["ARB", "AFR"]
    assert codes(resolver, "Moscow accused the West of meddling.") == ["RUS", "WST"]
    # people of states left unnamed are not the region
    assert found(resolver, "Western diplomats and European allies were consulted.") == []
    assert found(resolver, "The two West African neighbours met.") == []
    # one unnamed state of a region, with an indefinite article, names it as the plural does (rule 78d; before,
    # no actor); without the article it is a known country the text does not name
    assert codes(resolver, "Libya will hand the suspects to an Arab country.") == ["LBY", "ARB"]
    assert found(resolver, "The Arab country closed its border.") == []
    # "the West Bank" stays Palestine
    assert codes(resolver, "Israel sealed off the West Bank.") == ["ISR", "PSE"]


def test_group_does_not_lend_its_code_to_a_bare_role(resolver: Language) -> None:
    # "the government" may take its sentence's one country; a group is no country
    got = found(resolver, "Kurdish rebels attacked the government.")
    assert got == [("Kurdish rebels", "KURREB")]


def test_group_events(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The Rwandan government accepted demands from Hutu rebels.", "2025-11-02"))
    got = {(e["source"], e["target"]) for e in doc._.events if not e["negated"] and not e["hypothetical"]}
    assert ("RWAGOV", "HUTREB") in got
    doc = nlp(make_doc(nlp, "Thousands of Iraqi Kurds demonstrated against the government of Iraq.", "2025-11-02"))
    got = {(e["source"][:3], e["cameo"][:2]) for e in doc._.events if not e["negated"] and not e["hypothetical"]}
    assert ("IRQ", "14") in got
