"""The learned-people experiment (bench/learnpeople.py): how a tagged person is linked to a
rule-found party, and how training labels are found (invented sentences; no model trained)."""
from __future__ import annotations

import pytest
from bench_scripts import load

lp = load("learnpeople")

PARTIES = {"uni": {"가람대학교", "가람대"}, "city": {"가온시"}, "firm": {"솔빛테크"}}

# sentence, the tagged name, the party it speaks for (None: no party)
LINK_ROWS = [
    ("가람대학교(총장 김다온)는 가온시와 협약을 맺었다.", "김다온", "uni"),
    ("협약식에는 가온시장 박하늘이 참석했다.", "박하늘", "city"),
    ("협약식에는 가람대 총장 김다온이 참석했다.", "김다온", "uni"),
    ("이날 이누리 솔빛테크 대표 등이 서명했다.", "이누리", "firm"),
    # known miss, kept as measured: the title's particle is not cut in "name ORG title"
    ("이날 이누리 솔빛테크 대표가 서명했다.", "이누리", None),
    # NOT: a council of the city is another body, not the city
    ("이 자리에는 최가온 가온시의회 의장도 참석해 축하했다.", "최가온", None),
    # NOT: a party named earlier in the sentence, with words between, is no one's body here
    ("가람대학교는 이날 협약식을 열었고 축사는 한솔 재단 이사장 오다솜이 했다.", "오다솜", None),
]


def tagged(sentence: str, name: str) -> object:
    start = sentence.index(name)
    return lp.Tagged(name, 1.0, "", start, start + len(name), 0, len(sentence))


@pytest.mark.parametrize(("sentence", "name", "party"), LINK_ROWS)
def test_a_person_is_linked_to_the_party_written_beside_them(
        sentence: str, name: str, party: str | None) -> None:
    assert lp.direct_party(sentence, tagged(sentence, name), PARTIES) == party


def test_a_list_carries_the_party_of_the_person_before_but_a_caption_does_not() -> None:
    listed = "협약식에는 김다온 단장과 박하늘 부단장이 참석했다."
    before = [(listed.index("김다온"), listed.index("김다온") + 3, "uni")]
    assert lp.carried_party(listed, tagged(listed, "박하늘"), before) == "uni"
    caption = "(왼쪽부터) 김다온 총장, 박하늘 대표가 기념촬영을 하고 있다."
    before = [(caption.index("김다온"), caption.index("김다온") + 3, "uni")]
    assert lp.carried_party(caption, tagged(caption, "박하늘"), before) is None


def test_training_labels_mark_the_gold_person_and_title_not_the_reporter() -> None:
    text = "가람대학교(총장 김다온)는 가온시와 협약을 맺었다.\n누리일보 박하늘 기자"
    gold = {"signing": True,
            "representatives": [{"name": "김다온", "title": "총장", "org": "가람대학교"}]}
    sents = lp.article_sentences(text)
    labels, located, total = lp.labels_for(text, sents, gold)
    marked = {(tok.form, lab) for s, ls in zip(sents, labels, strict=True)
              for tok, lab in zip(s, ls, strict=True) if lab != "O"}
    assert (located, total) == (1, 1)
    assert ("총장", "B-TTL") in marked
    assert any(lab == "B-PER" and "김다온".startswith(form) for form, lab in marked)
    assert not any("박하늘".startswith(form) for form, _ in marked)
