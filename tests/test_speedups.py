"""The speed-ups keep answers unchanged: suffix lookups by length answer as a scan over every
suffix would, and tokens kept from splitting index the sentence's own text."""
from __future__ import annotations

from mougraph import morph
from mougraph.extract import lexicon


def _scan_ending(name: str) -> lexicon.Ending | None:
    compact = name.replace(" ", "")
    return next((e for e in lexicon._endings() if compact.endswith(e.suffix)), None)


def _scan_title(stem: str) -> tuple[lexicon.Title, str] | None:
    return next(((t, stem[: -len(t.title)]) for t in lexicon.titles() if stem.endswith(t.title)),
                None)


def test_suffix_lookups_answer_as_a_scan_would() -> None:
    words = ["한빛대학교", "새솔시청", "가온 산학협력단", "대전광역시장", "협회장", "센터",
             "김민준", "시", "", "한울병원장", "㈜다온테크", "바람개비연구원", "교수"]
    # every lexicon entry and every tail of it, so ties and nested suffixes are covered
    entries = [e.suffix for e in lexicon._endings()] + [t.title for t in lexicon.titles()]
    words += [w[i:] for w in entries for i in range(len(w))] + ["가" + w for w in entries]
    for word in words:
        assert lexicon.ending(word) == _scan_ending(word), word
        assert lexicon.title_of(word) == _scan_title(word), word


def test_split_tokens_index_the_sentence_and_match_a_fresh_analysis() -> None:
    line = "새솔시와 한빛대학교는 3일 업무협약을 체결했다. 양 기관은 인재 양성에 협력한다."
    split = morph.sentences(line)
    assert len(split) == 2
    fresh = morph.analyser().tokenize
    for sentence in split:
        assert sentence.text in morph._SPLIT_TOKENS  # kept from the split, not analysed again
        kept = morph.tokenize(sentence.text)
        assert kept == [morph.Token(t.form, t.tag, t.start, t.start + t.len)
                        for t in fresh(sentence.text)]
        for token in kept:
            if token.tag.startswith("NN"):  # nouns are spelled as written
                assert sentence.text[token.start:token.end] == token.form
