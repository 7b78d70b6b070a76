"""The distracting-sentence gauge adds invented sentences of the genre around a signing and
leaves its gold alone (an invented article; nothing is extracted)."""
from __future__ import annotations

from bench_scripts import PARAS, added_text, load

distract = load("distract")

RAW = {"id": "900", "title": PARAS[0], "text": "\n\n".join(PARAS)}
GOLD = {"id": "900", "signing": True, "signatories": [["가람대학교", "가람대"], ["누리텍"]]}


def test_the_story_stays_whole_and_in_order_with_sentences_added() -> None:
    raw, gold = distract.distracted_article(RAW, GOLD, seed=1)
    assert gold == GOLD                                    # the sentences state no fact of it
    text = raw["text"]
    at = [text.index(p) for p in PARAS]
    assert at == sorted(at)
    assert text.startswith(PARAS[0])                       # nothing before the headline
    sentences = [s for s in added_text(text).split("\n") if s.strip()]
    assert 2 <= len(sentences) <= 4


def test_sentences_go_after_the_signing_before_the_quote_or_at_the_end() -> None:
    places = set()
    for seed in range(1, 20):
        text = distract.add_distractors(RAW, GOLD, seed)["text"]
        assert text[: text.index(PARAS[1])].strip() == PARAS[0]   # never before the signing
        places.add(bool(added_text(text[: text.index(PARAS[3])]).strip()))
        places.add(bool(added_text(text[text.index(PARAS[3]):]).strip()) * 2)
    assert places >= {True, 2}                 # some before the quote, some after the story


def test_only_the_article_s_own_parties_and_invented_names_appear() -> None:
    for seed in range(1, 20):
        added = added_text(distract.add_distractors(RAW, GOLD, seed)["text"])
        assert "홍길동" not in added                        # no person of the article
        assert "가람대학교" not in added                    # a party by its shortest form only
        assert "{" not in added and "}" not in added        # every slot filled


def test_a_particle_follows_the_word_it_is_written_after() -> None:
    pools = distract.noisy.Pools(distract.random.Random(1), RAW["text"])
    said = distract.fill("{X은} 왔다. {X과} 갔다.", pools, ["누리텍"])
    assert said == "누리텍은 왔다. 누리텍과 갔다."
    assert distract.fill("{X은} {X으로}", pools, ["가람대"]) == "가람대는 가람대로"


def test_the_same_seed_gives_the_same_copy() -> None:
    assert distract.add_distractors(RAW, GOLD, 3) == distract.add_distractors(RAW, GOLD, 3)
    assert distract.add_distractors(RAW, GOLD, 3) != distract.add_distractors(RAW, GOLD, 4)


def test_an_article_reporting_no_signing_gets_no_sentence_about_a_ceremony() -> None:
    plan = dict(RAW, text=RAW["text"].replace("체결했다고 밝혔다", "체결할 예정이라고 밝혔다"))
    told = {"id": "900", "signing": False, "signatories": []}
    for seed in range(1, 30):
        added = added_text(distract.add_distractors(plan, told, seed)["text"])
        assert not any(w in added for w in ("협약식", "이날", "행사", "축사", "내빈"))
