"""The look-alike gauge adds invented sentences naming bodies of a party's shape in roles that
sign nothing, and leaves the gold alone (an invented article; nothing is extracted)."""
from __future__ import annotations

from bench_scripts import PARAS, added_text, load

lookalike = load("lookalike")

RAW = {"id": "900", "title": PARAS[0], "text": "\n\n".join(PARAS)}
GOLD = {"id": "900", "signing": True, "signatories": [["가람대학교", "가람대"], ["누리텍"]]}


def test_the_story_stays_whole_with_two_to_four_sentences_added() -> None:
    raw, gold = lookalike.lookalike_article(RAW, GOLD, seed=1)
    assert gold == GOLD                                    # the sentences state no fact of it
    text = raw["text"]
    at = [text.index(p) for p in PARAS]
    assert at == sorted(at) and text.startswith(PARAS[0])
    sentences = [s for s in added_text(text).split("\n") if s.strip()]
    assert 2 <= len(sentences) <= 4


def test_only_invented_look_alikes_and_the_article_s_own_parties_appear() -> None:
    for seed in range(1, 20):
        added = added_text(lookalike.add_lookalikes(RAW, GOLD, seed)["text"])
        assert "홍길동" not in added and "가람대학교" not in added
        assert "{" not in added and "}" not in added        # every slot filled


def test_each_slot_has_the_shape_it_stands_for() -> None:
    pools = lookalike.noisy.Pools(lookalike.random.Random(2), RAW["text"])
    said = lookalike.fill("{G} / {U} / {V} / {J}", pools, ["누리텍"])
    gallery, faculty, company, group = said.split(" / ")
    assert gallery.endswith("갤러리") and faculty.endswith("학부") and group.endswith("단")
    assert company.endswith(lookalike.PLURAL_ENDINGS)


def test_the_same_seed_gives_the_same_copy() -> None:
    assert lookalike.add_lookalikes(RAW, GOLD, 3) == lookalike.add_lookalikes(RAW, GOLD, 3)
