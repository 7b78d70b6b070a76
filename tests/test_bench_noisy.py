"""The noisy-tune gauge puts invented page clutter around a story and leaves its gold alone
(an invented article; nothing is extracted)."""
from __future__ import annotations

from bench_scripts import PARAS, load

noisy = load("noisy")

RAW = {"id": "900", "title": PARAS[0], "text": "\n\n".join(PARAS)}
GOLD = {"id": "900", "signing": True, "signatories": [["가람대학교"], ["누리텍"]]}


def test_the_story_stays_whole_and_in_order_with_clutter_around_it() -> None:
    raw, gold = noisy.noisy_article(RAW, GOLD, seed=1)
    assert gold == GOLD                                         # clutter states no fact
    text = raw["text"]
    at = [text.index(p) for p in PARAS]
    assert at == sorted(at)
    assert len(text) > len(RAW["text"]) + 40                    # something was added
    after_story = text[text.index(PARAS[-1]) + len(PARAS[-1]):]
    assert after_story.strip()                                  # blocks after the story too


def test_clutter_names_only_invented_bodies() -> None:
    for seed in range(1, 10):
        text = noisy.add_clutter(RAW, seed)["text"]
        added = text
        for p in PARAS:
            added = added.replace(p, "")
        for name in ("가람대학교", "누리텍", "홍길동"):
            assert name not in added


def test_the_same_seed_gives_the_same_copy() -> None:
    assert noisy.add_clutter(RAW, 3) == noisy.add_clutter(RAW, 3)
    assert noisy.add_clutter(RAW, 3) != noisy.add_clutter(RAW, 4)


def test_the_second_family_keeps_the_story_in_order_and_names_no_story_body() -> None:
    for seed in range(1, 10):
        raw, gold = noisy.family_article("sites")(RAW, GOLD, seed)
        assert gold == GOLD
        flat = raw["text"].replace("\n", " ")      # a story line may be broken in two
        at = [flat.index(p) for p in PARAS]
        assert at == sorted(at)
        added = flat
        for p in PARAS:
            added = added.replace(p, "")
        assert len(added.strip()) > 40
        for name in ("가람대학교", "누리텍", "홍길동"):
            assert name not in added


def test_the_second_family_is_its_own() -> None:
    tuned = noisy.family_article("tuned")(RAW, GOLD, 3)[0]["text"]
    sites = noisy.family_article("sites")(RAW, GOLD, 3)[0]["text"]
    assert tuned != sites
    assert noisy.family_article("sites")(RAW, GOLD, 3)[0]["text"] == sites
