"""How robust the signing date is: the tune articles with their dateline and date words varied.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335; ``renamed.py``'s tune ids, scratch-folder
guard, extraction and scoring). For each seed it writes, into --work (outside the repository),
two sets of copies and the matching gold:

- ``dateline``: every tune article whose record has ``published``. The record's date (and its
  address, which may carry the day) is taken away and the text's own time stamps of that day
  are cut; an invented dateline in one of many CMS formats (``기사입력 2019.05.22 15:12``,
  ``입력 : 2019-05-22 15:12:00``, ``승인 2019.05.22``, ``2019년 05월 22일 (수) 15:12:00``,
  ``[2019-05-22]``, ``Posted …`` …) states the same day at the top, the bottom or beside the
  byline, at times with a later revision (``수정 …``) before or after it that must not win. The
  gold is unchanged: the text now fixes what the record fixed.
- ``words``: every tune article whose gold date a date expression of the text gives. Each
  copy rewrites the first such expression of a signing sentence in another shape the genre
  uses (지난 19일, 19일 오전 10시, 19일(금), 오늘(19일), 어제(19일), 지난달 28일, 5월 19일,
  올해 5월 19일, 2019년 5월 19일, 지난 금요일, 이날 or 전날 after an invented sentence that
  states the day, the day only in an invented photo caption, also as "5.19"), or rewrites
  every expression of that day in a shape
  that does NOT fix it (지난 주말, 최근, 올해 5월, 지난달, 이달 초, none): then the gold
  date is null. A shape is used only where it honestly gives the gold's day (``지난달 28일``
  only for a day of the month before the publication's, ``지난 금요일`` only within a week).

It runs ``mougraph extract`` on the originals of each set and on every copy, and prints date
accuracy (score.py: over articles whose gold has a date), the dates given where the gold has
none, every field's F1 (the copies should cost nothing else), and the accuracy per shape.

    .venv/bin/python bench/dates.py --work /tmp/dates --seeds 1,2,3,4,5,6 --jobs 2   # reading
    .venv/bin/python bench/dates.py --work /tmp/dates --seeds 7,8,9 --jobs 2         # the gauge

Every sentence and dateline added is written here; nothing is taken from an article.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (beside this script: tune ids, extraction, scoring)

WEEKDAYS = "월화수목금토일"

# --- the dateline copies ---------------------------------------------------------------

# CMS datelines written from general knowledge of Korean news pages. Fields: {Y} {m} {d}
# (zero-padded), {mo} {da} (not padded), {y2}, {H} {M} {S}, {wd} (weekday), {ap} (오전/오후),
# {h12}; the revision's own fields carry an "r" ({rY} {rm} {rd} {rH} {rM}).
ENTERED = (
    "기사입력 {Y}.{m}.{d} {H}:{M}",
    "입력 : {Y}-{m}-{d} {H}:{M}:{S}",
    "입력 {Y}.{m}.{d}. {ap} {h12}:{M}",
    "등록 {Y}.{m}.{d}",
    "등록일 : {Y}-{m}-{d}",
    "승인 {Y}.{m}.{d} {H}:{M}",
    "발행일 {Y}/{m}/{d}",
    "{Y}년 {m}월 {d}일 ({wd}) {H}:{M}:{S}",
    "{Y}년 {mo}월 {da}일 {wd}요일",
    "[{Y}-{m}-{d}]",
    "Posted {Y}-{m}-{d}",
    "게재 일자 {Y}.{m}.{d}",
    "기사작성 {Y}.{m}.{d} {H}:{M}",
    "송고시간 {Y}-{m}-{d} {H}:{M}",
    "입력시간 : {Y}.{m}.{d} {H}:{M}",
    "작성일 {Y}-{m}-{d} {H}:{M}",
    "{Y}.{m}.{d}({wd}) {H}:{M}",
    "{Y}-{m}-{d} {H}:{M}:{S}",
    "등록 {Y}-{m}-{d} {ap} {h12}:{M}:{S}",
    "입력 {y2}.{m}.{d} {H}:{M}",
    "기사입력 {Y}년 {m}월 {d}일 {H}시 {M}분",
    "{Y}. {mo}. {da}. {H}:{M}",
    "최초 입력 {Y}.{m}.{d} {H}:{M}",
    "Published {Y}.{m}.{d} {H}:{M}",
    "{Y}/{m}/{d} {H}:{M}",
    "{Y}-{m}-{d}",
    "{Y}.{m}.{d} 홍가온",
    "홍가온 기자 ({Y}.{m}.{d})",
    "기사일자 : {Y}-{m}-{d}",
    "뉴스일자 {Y}.{m}.{d} {H}:{M}",
)
REVISED = (
    "수정 {rY}.{rm}.{rd} {rH}:{rM}",
    "수정 : {rY}-{rm}-{rd} {rH}:{rM}:00",
    "최종수정 {rY}.{rm}.{rd} {rH}:{rM}",
    "업데이트 {rY}-{rm}-{rd} {rH}:{rM}",
    "최종편집 {rY}/{rm}/{rd}",
    "수정일 {rY}.{rm}.{rd}",
    "Updated {rY}-{rm}-{rd} {rH}:{rM}",
)
REPORTERS = ("홍가온", "윤누리", "한다솔", "서하람", "문새봄", "차소담")

_DATELINE_WORD = (r"(?:(?:기사\s*)?(?:최초\s*)?(?:입력|등록|승인|발행|게재|게시|작성|송고|보도|"
                  r"배포|수정|업데이트|최종\s*수정|최종\s*편집)\s*(?:일시|일자|일|시간)?\s*[:：]?\s*)")


def _numeric_day(day: dt.date) -> str:
    return (rf"{day.year}[ \t]*[.\-/년][ \t]*0?{day.month}[ \t]*[.\-/월][ \t]*0?{day.day}(?!\d)"
            r"[ \t]*일?\.?(?:[ \t]*\(?[월화수목금토일]\)?(?:요일)?)?")


_TIME = r"(?:\s*\[?(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?\]?)?"


def cut_time_stamps(text: str, day: dt.date) -> str:
    """The text without the page's own stamps of ``day`` and any worded dateline: a day after
    a dateline's word, or in figures with a time, or alone on a short line (a signing written
    "2019년 5월 19일 협약을 체결했다" stays)."""
    any_day = r"\d{2,4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?"
    text = re.sub(_DATELINE_WORD + any_day + _TIME, "", text)
    figures = (rf"{day.year}\s*[.\-/]\s*0?{day.month}\s*[.\-/]\s*0?{day.day}(?!\d)\.?"
               r"(?:\s*\([월화수목금토일]\))?")
    text = re.sub(figures + r"\s*\[?(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?\]?", "", text)

    def short_line(m: re.Match[str]) -> str:
        rest = m.group(0).replace(m.group("d"), "")
        return rest if len(re.sub(r"[^가-힣]", "", rest)) < 8 else m.group(0)

    pattern = re.compile(r"^[^\n]*?(?P<d>" + _numeric_day(day) + r")[^\n]*$", re.M)
    return pattern.sub(short_line, text)


def _fields(day: dt.date, rng: random.Random, prefix: str = "") -> dict[str, str]:
    hour, minute = rng.randint(7, 21), rng.randint(0, 59)
    return {prefix + "Y": str(day.year), prefix + "m": f"{day.month:02d}",
            prefix + "d": f"{day.day:02d}", prefix + "mo": str(day.month),
            prefix + "da": str(day.day), prefix + "y2": f"{day.year % 100:02d}",
            prefix + "H": f"{hour:02d}", prefix + "M": f"{minute:02d}",
            prefix + "S": f"{rng.randint(0, 59):02d}", prefix + "wd": WEEKDAYS[day.weekday()],
            prefix + "ap": "오전" if hour < 12 else "오후",
            prefix + "h12": str(hour if hour <= 12 else hour - 12)}


def dateline(day: dt.date, rng: random.Random) -> tuple[str, str]:
    """(an invented dateline stating ``day``, the shape's name), with a later revision now and
    then, before or after it."""
    shape = rng.randrange(len(ENTERED))
    line = ENTERED[shape].format(**_fields(day, rng))
    name = ENTERED[shape]
    if rng.random() < 0.4:
        later = day + dt.timedelta(days=rng.choice((0, 1, 1, 2, 5, 30)))
        revised = rng.choice(REVISED).format(**_fields(later, rng, "r"))
        first = rng.random() < 0.35
        line = f"{revised} | {line}" if first else f"{line} | {revised}"
        name += " ; revised " + ("before" if first else "after")
    return line, name


def moved_dateline(raw: dict, gold: dict, seed: int) -> tuple[dict, dict, str] | None:
    """A copy of an article whose record's date is written into its text as a dateline."""
    published = str(raw.get("published") or "")[:10]
    if not published:
        return None
    day = dt.date.fromisoformat(published)
    rng = random.Random(f"dates:line:{seed}:{raw['id']}")
    line, name = dateline(day, rng)
    text = cut_time_stamps(raw.get("text", ""), day)
    where = rng.choice(("top", "top", "byline", "bottom"))
    lines = text.split("\n")
    if where == "byline":
        line = f"{rng.choice(REPORTERS)} 기자 | {line}"
    if where == "bottom":
        lines.append(line)
    else:
        at = 1 if lines and len(lines[0]) < 60 else 0     # below the headline
        lines[at:at] = ["", line, ""]
    new = {k: v for k, v in raw.items() if k not in ("published", "url")}
    return dict(new, text="\n".join(lines)), gold, f"{name} ; at {where}"


# --- the date-word copies --------------------------------------------------------------

_SIGNING = re.compile(r"협약|협정|약정|MOU|체결|맺|손잡|손을 잡|맞손|결연|협력하기로")
_DAY = re.compile(
    r"(?P<full>(?P<y>\d{4})\s*년\s*(?P<fm>\d{1,2})\s*월\s*(?P<fd>\d{1,2})\s*일"
    r"|(?<![\d.])(?P<y2>\d{4})[.\-/]\s?(?P<fm2>\d{1,2})[.\-/]\s?(?P<fd2>\d{1,2})(?![\d:])\.?)"
    r"|(?P<md>(?:(?P<yrel>지난해|작년|올해|올)\s*)?(?:지난\s*|오는\s*)?"
    r"(?<!\d)(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일)"
    r"|(?P<day>(?:(?P<rel>지난달|지난\s달|이달|지난|오는)\s*)?(?P<open>(?:오늘|당일)\s*\()?"
    r"(?<![\d.월])(?P<dd>\d{1,2})\s*일(?P<close>\))?)"
)
_NOT_DAY = re.compile(r"\s*(?:간|동안|째|만에|이내|부터|까지|치|~|∼)")
_WEEKDAY_AFTER = re.compile(r"\s*\(\s*[월화수목금토일]\s*\)")
_REPORT = re.compile(r"\s*(?:오전|오후)?\s*(?:밝혔|전했|말했|발표|알렸)")
# after a date in figures: a page's stamp (a time, a byline, an address, the line's end)
_STAMP_AFTER = re.compile(r"\.?\s*(?:\[?\d{1,2}:\d{2}|[가-힣]{2,4}\s?기자|[\w.]+@|\[email|[|ㅣ]|$)",
                          re.M)
_STAMP_BEFORE = re.compile(_DATELINE_WORD + r"$")
_RELATIVE_LEFT = re.compile(r"어제|그제|그저께|오늘|금일|지난\s*주?\s*[월화수목금토일]요일|전날|"
                            r"전일|다음\s?날|이튿날|하루\s?(?:전|앞서|뒤)")


def _latest(day: int, published: dt.date, *, strictly: bool = False) -> dt.date | None:
    """The last date with this day of the month on or before the publication."""
    year, month = published.year, published.month
    for _ in range(2):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            found = None
        if found and (found < published or found == published and not strictly):
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _month_before(published: dt.date) -> tuple[int, int]:
    return (published.year, published.month - 1) if published.month > 1 else \
        (published.year - 1, 12)


def _fixes(m: re.Match[str], published: dt.date) -> dt.date | None:
    """The day one expression found by ``_DAY`` fixes, read honestly and narrowly."""
    try:
        if m.group("y"):
            return dt.date(int(m.group("y")), int(m.group("fm")), int(m.group("fd")))
        if m.group("y2"):
            return dt.date(int(m.group("y2")), int(m.group("fm2")), int(m.group("fd2")))
        if m.group("md"):
            year = published.year - (m.group("yrel") in ("지난해", "작년"))
            found = dt.date(year, int(m.group("m")), int(m.group("d")))
            return found if found <= published or m.group("yrel") else None
    except ValueError:
        return None
    if _NOT_DAY.match(m.string, m.end()):
        return None
    day, rel = int(m.group("dd")), (m.group("rel") or "").replace(" ", "")
    if rel == "지난달":
        year, month = _month_before(published)
    elif rel == "이달":
        year, month = published.year, published.month
    elif rel == "오는":
        return None
    else:
        return _latest(day, published, strictly=rel == "지난")
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _spans(text: str, signed: dt.date, published: dt.date) -> list[tuple[int, int, bool]]:
    """(start, end, in a signing sentence and not the report's day) of every expression of
    the signing day; the end takes in a weekday written after it ("19일(금)")."""
    found = []
    for m in _DAY.finditer(text):
        if m.group("open") and not m.group("close") or _fixes(m, published) != signed:
            continue
        if m.group("full") and (_STAMP_AFTER.match(text, m.end()) or
                                _STAMP_BEFORE.search(text, 0, m.start())):
            continue    # the page's time stamp, not a date the story states
        end = m.end()
        if w := _WEEKDAY_AFTER.match(text, end):
            end = w.end()
        start_of_sentence = max(text.rfind(c, 0, m.start()) for c in (".", "\n")) + 1
        sentence_end = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0),
                           default=len(text))
        own = bool(_SIGNING.search(text, start_of_sentence, sentence_end)) and \
            not _REPORT.match(text, end)
        found.append((m.start(), end, own))
    return found


def _shapes(signed: dt.date, published: dt.date, *, timed: bool = False
            ) -> dict[str, tuple[str, dt.date | None]]:
    """Shape name -> (the words put in the signing day's place, the day they fix), for the
    shapes that honestly give ``signed`` counted from ``published``, and those that fix none."""
    d, mo, y = signed.day, signed.month, signed.year
    shapes: dict[str, tuple[str, dt.date | None]] = {
        "full date": (f"{y}년 {mo}월 {d}일", signed),
        "지난 주말": ("지난 주말", None), "최근": ("최근", None),
        "올해 M월 (month only)": (f"올해 {mo}월", None) if y == published.year else
        (f"{y}년 {mo}월", None),
        "이달 초": ("이달 초" if (y, mo) == (published.year, published.month) else "얼마 전", None),
        "none": ("", None),
    }
    if _latest(d, published) == signed:
        shapes["D일"] = (f"{d}일", signed)
        if not timed:
            shapes |= {"D일 오전 10시": (f"{d}일 오전 10시", signed),
                       "D일 오후": (f"{d}일 오후", signed)}
        shapes["D일(요일)"] = (f"{d}일({WEEKDAYS[signed.weekday()]})", signed)
    if _latest(d, published, strictly=True) == signed:
        shapes["지난 D일"] = (f"지난 {d}일", signed)
        if not timed:
            shapes["지난 D일 오후 2시 30분"] = (f"지난 {d}일 오후 2시 30분", signed)
    if signed == published:
        shapes["오늘(D일)"] = (f"오늘({d}일)", signed)
    if (published - signed).days == 1:
        shapes["어제(D일)"] = (f"어제({d}일)", signed)
    if (y, mo) == _month_before(published):
        shapes["지난달 D일"] = (f"지난달 {d}일", signed)
        shapes["지난달 (month only)"] = ("지난달", None)
    if y == published.year and signed <= published:
        shapes["M월 D일"] = (f"{mo}월 {d}일", signed)
        shapes["올해 M월 D일"] = (f"올해 {mo}월 {d}일", signed)
    if 1 <= (published - signed).days <= 6:
        shapes["지난 요일"] = (f"지난 {WEEKDAYS[signed.weekday()]}요일", signed)
    return shapes


# sentences put before the signing one, stating a day and naming no party, place or event
_BEFORE = ("{d}일 오전 지역 상생 주간 캠페인이 시작됐다. ",
           "지역 곳곳에는 {d}일 아침부터 많은 비가 내렸다. ",
           "{d}일은 지역 청년 창업 주간의 둘째 날이었다. ")
_CAPTIONS = ("▲ {when} 협약식에서 참석자들이 기념촬영을 하고 있다. (사진=홍보팀 제공)",
             "[사진] {when} 협약식 모습",
             "사진설명 : {when} 업무협약식 참석자들이 협약서를 들어 보이고 있다.")


def _sentence_start(text: str, at: int) -> int:
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)


def _dated_before(text: str, at: int, stated: dt.date, rng: random.Random) -> str:
    start = _sentence_start(text, at)
    return text[:start] + rng.choice(_BEFORE).format(d=stated.day) + text[start:]


def _with_caption(text: str, at: int, when: str, rng: random.Random) -> str:
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return text[:end] + "\n" + rng.choice(_CAPTIONS).format(when=when) + text[end:]


def _rewrite(text: str, spans: list[tuple[int, int, bool]], shape: str, words: str,
             signed: dt.date, rng: random.Random) -> str:
    """The text with the signing day written in ``shape``."""
    if words == "" or shape in ("지난 주말", "최근", "이달 초", "none") or "month only" in shape:
        for start, end, _ in reversed(spans):   # every expression of the day, gone
            text = _put(text, start, end, words)
        return text
    start, end = next((s, e) for s, e, own in spans if own)
    if shape in ("이날", "전날"):
        text = text[:start] + shape + text[end:]
        stated = signed + dt.timedelta(days=shape == "전날")
        return _dated_before(text, start, stated, rng)
    if shape.startswith("caption"):
        return _with_caption(_put(text, start, end, ""), start, words, rng)
    return _put(text, start, end, words)


def _put(text: str, start: int, end: int, words: str) -> str:
    """``words`` in place of text[start:end], spaced from words glued before or after them
    ("공단)12일", "14일오후"); with no words, the space after the cut goes too."""
    if not words:
        end += text[end:end + 1] == ","
        end += text[end:end + 1] == " " and (not start or text[start - 1] in " \n")
        return text[:start] + text[end:]
    if re.match(r"[가-힣]", text[end:end + 1]):
        words += " "
    if start and text[start - 1] not in " \n([":    # "(이하 공단)12일" glued to a bracket
        words = " " + words
    return text[:start] + words + text[end:]


def varied_words(raw: dict, gold: dict, seed: int, k: int) -> tuple[dict, dict, str] | None:
    """Copy ``k`` of an article with its signing day written in another shape, or None when
    the article's gold date is not given by a date expression we can find."""
    published = str(raw.get("published") or "")[:10]
    if not gold.get("date") or not published:
        return None
    signed, pub = dt.date.fromisoformat(gold["date"]), dt.date.fromisoformat(published)
    text = raw.get("text", "")
    spans = _spans(text, signed, pub)
    if not spans:
        return None
    rng = random.Random(f"dates:words:{seed}:{raw['id']}:{k}")
    own = next(((s, e) for s, e, mine in spans if mine), None)
    timed = own is not None and re.match(r"\s*(?:오전|오후|낮|저녁|밤|\d{1,2}\s*시)", text[own[1]:])
    shapes = _shapes(signed, pub, timed=bool(timed))
    if own:     # a shape that is the text's own words is no variation
        shapes = {n: s for n, s in shapes.items() if s[0] != text[own[0]:own[1]]}
    if any(own for _, _, own in spans):
        if _latest(signed.day, pub) == signed:
            shapes["이날 (day stated before)"] = ("이날", signed)
            shapes["caption D일"] = (f"{signed.day}일", signed)
        next_day = signed + dt.timedelta(days=1)
        if next_day <= pub and _latest(next_day.day, pub) == next_day:
            shapes["전날 (next day stated before)"] = ("전날", signed)
        if signed.year == pub.year and (pub - signed).days <= 60:
            shapes["caption M.D"] = (f"{signed.month}.{signed.day}", signed)
    else:
        shapes = {n: s for n, s in shapes.items() if s[1] is None}
    rest = text
    for start, end, _ in reversed(spans):
        rest = rest[:start] + rest[end:]
    if _RELATIVE_LEFT.search(rest) or _DAY.search(raw.get("title") or "") and \
            any(_fixes(m, pub) == signed for m in _DAY.finditer(raw.get("title") or "")):
        shapes = {n: s for n, s in shapes.items() if s[1] is not None}   # null not honest
    if not shapes:
        return None
    fixing = [n for n, s in shapes.items() if s[1] is not None]
    unfixed = [n for n, s in shapes.items() if s[1] is None]
    pool = unfixed if unfixed and k % 3 == 2 else fixing or unfixed
    name = rng.choice(sorted(pool))
    words, fixed = shapes[name]
    base = name.split(" (")[0] if name.startswith(("이날", "전날")) else name
    new_text = _rewrite(text, spans, base, words, signed, rng)
    new_gold = dict(gold, date=fixed.isoformat() if fixed else None)
    return dict(raw, text=new_text), new_gold, name


# --- running ---------------------------------------------------------------------------

def _load(dev: Path, aid: str) -> tuple[dict, dict]:
    return tuple(json.loads((dev / sub / f"{aid}.json").read_text(encoding="utf-8"))
                 for sub in ("raw", "gold"))  # type: ignore[return-value]


def _write(folder: Path, records: list[tuple[dict, dict]]) -> None:
    for sub in ("raw", "gold"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for raw, gold in records:
        for sub, rec in (("raw", raw), ("gold", gold)):
            (folder / sub / f"{raw['id']}.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8")


def copies(dev: Path, ids: list[str], seed: int) -> dict[str, list[tuple[dict, dict, str]]]:
    """The dateline copies and the date-word copies (three per article) of one seed."""
    out: dict[str, list[tuple[dict, dict, str]]] = {"dateline": [], "words": []}
    for aid in ids:
        raw, gold = _load(dev, aid)
        if made := moved_dateline(raw, gold, seed):
            out["dateline"].append(made)
        for k in range(3):
            if made := varied_words(raw, gold, seed, k):
                new_raw, new_gold, name = made
                vid = f"{aid}v{k}"
                out["words"].append((dict(new_raw, id=vid), dict(new_gold, id=vid), name))
    return out


def _score_module(score_py: Path):
    spec = importlib.util.spec_from_file_location("score", score_py)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def by_shape(folder: Path, named: dict[str, str], score) -> dict[str, list[int]]:
    """Shape -> [right, dated copies, undated copies, dates given where the gold has none]
    (a name of several parts, "A ; B", counts under each part)."""
    pred = score.load_predictions(folder / "out" / "graph.trig")
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for aid, name in named.items():
        gold = json.loads((folder / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
        dates = pred[aid]["dates"] if aid in pred else set()
        for part in name.split(" ; "):
            row = tally[part]
            if gold.get("date"):
                row[0] += gold["date"] in dates
                row[1] += 1
            elif gold.get("signing"):
                row[2] += 1
                row[3] += bool(dates)
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, required=True,
                    help="scratch folder outside the repository")
    ap.add_argument("--dev", type=Path, default=renamed.ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--mougraph", default=str(renamed.ROOT / ".venv" / "bin" / "mougraph"))
    ap.add_argument("--write-only", action="store_true", help="write the copies, extract nothing")
    args = ap.parse_args(argv)
    work = args.work.resolve()
    if work == renamed.ROOT or renamed.ROOT in work.parents:
        print(f"{work}: --work must be outside the repository (the copies hold article text)",
              file=sys.stderr)
        return 2
    dev = args.dev.resolve()
    if not (dev / "gold").is_dir() or not (dev / "raw").is_dir():
        print(f"{dev}: no raw/ and gold/ here", file=sys.stderr)
        return 2
    ids = renamed.tune_ids(dev)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    sets: dict[str, dict[str, Path]] = defaultdict(dict)
    named: dict[Path, dict[str, str]] = {}
    for seed in seeds:
        for kind, made in copies(dev, ids, seed).items():
            folder = work / f"seed{seed}-{kind}"
            _write(folder, [(r, g) for r, g, _ in made])
            named[folder] = {r["id"]: n for r, _, n in made}
            sets[kind][f"seed{seed}"] = folder
            if seed == seeds[0]:     # the originals of the same articles
                originals = [_load(dev, r["id"].split("v")[0]) for r, _, _ in made]
                orig = work / f"original-{kind}"
                _write(orig, list({r["id"]: (r, g) for r, g in originals}.values()))
                sets[kind]["original"] = orig
    if args.write_only:
        print(f"wrote {sum(len(v) for v in sets.values())} sets under {work}")
        return 0
    score_py = dev.parent / "score.py"
    score = _score_module(score_py)
    for kind, folders in sets.items():
        results = {name: renamed.extract_and_score(f, args.mougraph, args.jobs, score_py)
                   for name, f in folders.items()}
        per_seed = [results[f"seed{s}"] for s in seeds]
        n = len(list((folders["original"] / "gold").glob("*.json")))
        print(f"== {kind} copies ==")
        print(renamed.report(renamed.mean([results["original"]]), renamed.mean(per_seed),
                             per_seed, n, kind))
        print(shape_table(folders, named, seeds, score))
    return 0


def shape_table(folders: dict[str, Path], named: dict[Path, dict[str, str]],
                seeds: list[int], score) -> str:
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    every = [0, 0, 0, 0]
    for s in seeds:
        folder = folders[f"seed{s}"]
        for name, row in by_shape(folder, named[folder], score).items():
            total[name] = [a + b for a, b in zip(total[name], row, strict=True)]
        every = [a + b for a, b in zip(every, _all(folder, score), strict=True)]
    lines = [f"{'shape (seeds ' + ','.join(map(str, seeds)) + ')':<40} {'right':>5} {'of':>4}"
             f" {'undated':>8} {'dated anyway':>13}"]
    for name, (right, n, null, false) in sorted(total.items()):
        lines.append(f"{name:<40} {right:>5} {n:>4} {null:>8} {false:>13}")
    right, n, null, false = every
    lines.append(f"{'all':<40} {right:>5} {n:>4} {null:>8} {false:>13}"
                 f"   accuracy {right / n if n else 0:.3f}")
    return "\n".join(lines)


def _all(folder: Path, score) -> list[int]:
    ids = {p.stem: "all" for p in (folder / "gold").glob("*.json")}
    return by_shape(folder, ids, score)["all"]


if __name__ == "__main__":
    sys.exit(main())
