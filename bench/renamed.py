"""How much of the tune score is name memory: the tune articles with their names swapped.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article and each seed it writes,
into --work (outside the repository), a copy whose organisation and person names are
consistently replaced by invented ones of the same kind, and the matching gold file. Then it
runs ``mougraph extract`` on the originals and on each renamed copy and scores all of them
with ``../shared/eval/score.py``, printing the original and the renamed mean side by side.

    .venv/bin/python bench/renamed.py --work /tmp/renamed            # seeds 1,2,3
    .venv/bin/python bench/renamed.py --work /tmp/renamed --seeds 7 --jobs 2

What is replaced, and how (see bench/README.md, "Renamed tune articles"):

- a party whose name ends in a recognised ending (대학교, 재단, 협회, 병원, 공사, 센터, …)
  keeps the ending with an invented stem (가온대학교); the forms of the name move with it
  (가온대, 가온대 산학협력단); a company written with ㈜ / (주) / 주식회사 keeps that mark;
- a name with no ending (most companies) becomes an invented company name: a Hangul stem,
  a transliterated-looking word or a Latin one;
- local governments, education offices, ministries, the military, police and fire stations
  keep their names: they are real closed classes that any article names as they are and the
  gazetteer is right to know;
- an alias in Latin letters (an English name, an abbreviation) becomes an invented Latin one;
- a person becomes an invented Korean name (family name + two syllables); a foreign name an
  invented foreign one written the same way (Hangul words or Latin words).

A particle after a replaced name (은/는, 이/가, 을/를, 과/와, 으로/로) is fixed to the new
name's last syllable. The pools of syllables and words are invented here, not taken from any
article; a generated name that occurs in the article's own text is drawn again.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("agreements", "signatories", "areas", "representatives")

# Endings a name keeps (longest first when matched). Institution types, and the few business
# words that end many company names in this genre.
ENDINGS = sorted("""
대학원대학교 대학교 대학원 전문대학 대학 산학협력단 산학연협력단 사업단 육성사업단 기업협업센터
연구센터 지원센터 봉사센터 자원봉사센터 센터 재단 사회공헌재단 협회 협의회 협의체 연합회 연합
중앙회 총협회 조합 협동조합 농협 수협 신협 새마을금고 금고 병원 의료원 공사 공단 시설관리공단
진흥원 연구원 연구소 개발원 관리원 평가원 지역본부 본부 복지관 도서관 박물관 미술관 문화원
상인회 상공회 번영회 모금회 공동모금회 후원회 학회 상공회의소 총회 선교부 위원회 전통시장
고등학교 중학교 초등학교 공업고등학교
교육원 연수원 그룹 은행 증권 보험 건설 전자 제약 농원 농업법인 발전기금 기금
과기대 공대 교대 여대 외대 대
""".split(), key=len, reverse=True)

# The state's own bodies: kept as they are (a closed class the gazetteer legitimately knows).
_STATE = re.compile(
    r"(경찰서|경찰청|소방서|소방본부|세무서|우정청|교육청|교육지원청|행정복지센터|주민센터|보건소"
    r"|사령부|사단|여단|군단|부대|지구대|파출소|방범대|구조대|기동대|군청|구청|시청|도청)$")
_STATE_SHORT = re.compile(r"[가-힣][시군구도]$")
_STATE_KINDS = {"metropolitan_city", "province", "city", "county", "district",
                "administrative_city", "education_office", "ministry", "ministry_office",
                "agency", "commission", "office", "legislature", "judiciary", "military"}
_PLACE_WORD = re.compile(r"^[가-힣]+\d*(동|면|읍|리|가)$")
_KEEP_WORDS = {"국립", "공립", "사립", "도립", "시립", "육군", "해군", "공군",
               "재단법인", "사단법인"}
_MARK = re.compile(r"^(㈜|\(주\)|주식회사\s*|\(사\)|사단법인\s*|\(재\)|재단법인\s*)|"
                   r"(㈜|\(주\)|\s*주식회사)$")
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")

# Invented material: syllables and word parts chosen for this gauge, not taken from articles.
STEM_SYLLABLES = ("가 온 누 리 솔 빛 다 래 새 봄 결 하 람 윤 슬 채 담 별 라 미 "
                  "로 아 름 해 달 샘 늘 찬 터 마 루 나 여 울 초 록").split()
TRANSLIT_HEADS = "벨 테 오 카 루 미 세 노 파 제 비 크 드 헤 바 코 아 에 시".split()
TRANSLIT_MIDS = "로 라 리 네 니 르 모 디 타 베 소 트 렌".split()
TRANSLIT_TAILS = "닉스 젠 텍 온 스 리아 티카 넷 랩 웍스 로직 메드 바이오".split()
LATIN_HEADS = "Vel Tor Mar Quin Zen Lor Bri Cal Dor Fen Nov Tri Ar Sol Ves Kor Ulm Pra".split()
LATIN_TAILS = "ora ix en ano etta um is ant ova ex ion ar ico".split()
FAMILY = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 홍 전 "
          "고 문 양 손 배 백 허 남 노").split()
GIVEN = ("가 온 누 리 솔 빛 다 윤 슬 채 담 별 하 람 은 서 준 민 재 현 "
         "지 우 도 율 린 결 찬 해 아 선 나 영 호 수 경").split()
FOREIGN_SYLLABLES = ("마 르 코 텔 리 오 안 드 레 카 사 노 비 토 에 니 란 스 베 페 "
                     "로 쥬 미 엘 라 탄 응 반").split()
_SURNAMES = set("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 "
                "고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 "
                "채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 "
                "기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 계".split())
_DOUBLE_SURNAMES = {"황보", "남궁", "제갈", "선우", "독고", "사공", "서문", "동방"}
# A particle after a name, and its form after a syllable with / without a final consonant.
_PARTICLES = {"은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"),
              "을": ("을", "를"), "를": ("을", "를"), "과": ("과", "와"), "와": ("과", "와"),
              "으로": ("으로", "로"), "로": ("으로", "로")}


def is_tune(aid: str) -> bool:
    """The part of the dev set whose errors may be read: never the held-out third."""
    n = int(aid)
    return not (101 <= n <= 335 and n % 3 == 0)


def has_final(ch: str) -> bool | None:
    """Whether a Hangul syllable ends in a consonant (a Latin letter: whether a name ending
    in it is read with a final consonant, "Maren" 마렌 but "Maris" 마리스); None otherwise."""
    if "A" <= ch <= "z" and ch.isalpha():
        return ch.lower() in "nml"
    if not "가" <= ch <= "힣":
        return None
    return (ord(ch) - 0xAC00) % 28 != 0


def ending_of(name: str) -> str:
    """The longest recognised ending of one word ('' when none, or when it is the whole word)."""
    for e in ENDINGS:
        if name.endswith(e) and len(name) > len(e):
            return e
    return ""


def is_state(name: str) -> bool:
    from mougraph import gazetteer
    if any(e.kind in _STATE_KINDS for e in gazetteer.candidates(name)):
        return True
    compact = name.replace(" ", "")
    return bool(_STATE.search(compact)) or (bool(_STATE_SHORT.search(compact))
                                            and ending_of(name.split()[-1]) == "")


@dataclass
class Renamer:
    """One article's consistent mapping from old names to invented ones."""

    rng: random.Random
    text: str
    words: dict[str, str] = field(default_factory=dict)   # old word -> new word
    stems: dict[str, tuple[str, str]] = field(default_factory=dict)  # old stem -> (new, ending)
    owned: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # by canonical
    taken: set[str] = field(default_factory=set)

    def fresh(self, make) -> str:
        for _ in range(200):
            cand = make()
            if cand not in self.taken and cand not in self.text:
                self.taken.add(cand)
                return cand
        raise RuntimeError("no fresh invented name")

    def hangul_stem(self) -> str:
        n = self.rng.choice((2, 2, 3))
        return self.fresh(lambda: "".join(self.rng.choice(STEM_SYLLABLES) for _ in range(n)))

    def translit(self) -> str:
        r = self.rng
        return self.fresh(lambda: r.choice(TRANSLIT_HEADS) + r.choice(TRANSLIT_MIDS)
                          + r.choice(TRANSLIT_TAILS))

    def latin(self) -> str:
        r = self.rng
        return self.fresh(lambda: r.choice(LATIN_HEADS) + r.choice(LATIN_TAILS))

    def company(self) -> str:
        kind = self.rng.choice(("hangul", "translit", "latin"))
        return {"hangul": self.hangul_stem, "translit": self.translit, "latin": self.latin}[kind]()

    def keeps(self, w: str) -> bool:
        """A word of a name that stays: a place, a state body, a generic word, Latin or digits."""
        return (w in _KEEP_WORDS or w in ENDINGS or bool(_PLACE_WORD.match(w))
                or not _HANGUL.search(w) or is_state(w) or bool(re.match(r"^[\d.]", w)))

    def word(self, w: str, owner: str) -> str:
        """The body's own word of a name renamed: an invented stem before the same ending, or an
        invented company name; the same word always gets the same answer."""
        m = _MARK.search(w)
        core = _MARK.sub("", w).strip() if m else w
        end = ending_of(core)
        stem = core[: -len(end)] if end else core
        if len(stem) < 2:
            return w
        new_stem = self.stems[stem][0] if stem in self.stems else (
            self.hangul_stem() if end else self.company())
        self.stems[stem] = (new_stem, end)
        self.owned.setdefault(owner, []).append((stem, new_stem, end))
        new = w.replace(core, new_stem + end) if m else new_stem + end
        self.words[w] = new
        return new

    def name(self, name: str) -> str:
        """A party's canonical name: its first word that carries an ending (else its first word
        that is not a place or a generic word) is the body's own name and is renamed; the other
        words (places, units, programmes) stay."""
        if is_state(name):
            return name
        parts = name.split(" ")
        free = [i for i, p in enumerate(parts) if not self.keeps(p)]
        if not free:
            return name
        pick = next((i for i in free if ending_of(_MARK.sub("", parts[i]))), free[0])
        parts[pick] = self.word(parts[pick], name)
        return " ".join(parts)

    def alias(self, alias: str, canonical: str) -> str:
        """Another form of a party already renamed: moved with its stem, or invented alike."""
        own = self.owned.get(canonical, [])
        if alias in self.words or not own:
            return self.words.get(alias, alias)
        if not _HANGUL.search(alias) and _LATIN.search(alias):
            r = self.rng
            if alias.replace(" ", "").isupper() or len(alias) <= 5:
                n = max(2, min(len(alias), 5))
                new = self.fresh(lambda: "".join(r.choice("ABCDEFGHKLMNPRSTVW") for _ in range(n)))
            else:
                new = self.latin()
        else:
            new = " ".join(self.words.get(p) or (p if self.keeps(p) else self.short_form(p, own))
                           for p in alias.split(" "))
        self.words[alias] = new
        return new

    @staticmethod
    def short_form(alias: str, own: list[tuple[str, str, str]]) -> str:
        """One word of an alias, told by its relation to the party's renamed stem."""
        core = _MARK.sub("", alias).strip()
        for stem, new_stem, end in own:
            if stem in core:                                 # 가온대, 국립가온대학교
                return alias.replace(core, core.replace(stem, new_stem))
            related = core[0] == stem[0] or (stem + end).endswith(core)
            if not related:                                  # a unit or a generic word
                continue
            if not end:                                      # a company's other form
                return alias.replace(core, new_stem)
            tail = next((e for e in ENDINGS if core.endswith(e) and end.endswith(e)), "")
            tail = tail or next((core[-k:] for k in range(len(core) - 1, 0, -1)
                                 if end.startswith(core[-k:])), "")
            if tail and core != tail:                        # 가온시설공단, 가온과기대
                return alias.replace(core, new_stem[:2] + tail)
        return alias

    def unlisted_forms(self) -> list[tuple[str, str]]:
        """Forms the text may use that the gold does not list: a university's short form
        (가온대, 가온대학), a stem of three syllables or more or a company's word written alone
        (휴온스), a short stem in a dotted list."""
        forms = []
        for stem, (new_stem, end) in self.stems.items():
            if end in ("대학교", "대학", "대학원대학교", "대"):
                forms += [(stem + e, new_stem + e) for e in ("대", "대학", "대학교")]
            if len(stem) >= 3 and _HANGUL.search(stem) and not is_state(stem) or \
                    not end and len(stem) >= 2:     # 한빛 of 한빛그룹, 가온 of 가온 클라우드
                forms.append((stem, new_stem))
            elif end and len(stem) == 2:            # 청송·가온·누리새마을금고
                forms += [(stem + dot, new_stem + dot) for dot in "·ㆍ"]
        return forms

    def foreign_word(self, n: int) -> str:
        return self.fresh(lambda: "".join(self.rng.choice(FOREIGN_SYLLABLES) for _ in range(n)))

    def korean_name(self) -> str:
        """An invented Korean name: family name + two syllables."""
        r = self.rng
        return self.fresh(lambda: r.choice(FAMILY) + "".join(r.sample(GIVEN, 2)))

    def person(self, name: str) -> str:
        if name in self.words:
            return self.words[name]
        compact = name.replace(" ", "")
        korean = (" " not in name and _HANGUL.search(name)
                  and (len(name) in (2, 3) and name[0] in _SURNAMES
                       or len(name) == 4 and name[:2] in _DOUBLE_SURNAMES))
        if korean:
            new = self.korean_name()
        elif _LATIN.search(compact):
            new = " ".join(self.latin() for _ in name.split())
        else:
            new = " ".join(self.foreign_word(max(2, min(len(w), 4))) for w in name.split())
        self.words[name] = new
        return new


def build_mapping(gold: dict, text: str, seed: int, renamer=Renamer) -> dict[str, str]:
    """Old form -> new form for every party form and every representative of one article
    (RENAMER draws the invented names: a gauge of other name shapes passes its own)."""
    rn = renamer(random.Random(f"{seed}:{gold['id']}"), text)
    mapping: dict[str, str] = {}
    groups = [list(g) for g in gold.get("signatories", [])]
    groups += [[r["org"]] for r in gold.get("representatives", []) if r.get("org")]
    for group in groups:
        mapping.setdefault(group[0], rn.name(group[0]))
    for group in groups:
        for alias in group[1:]:
            mapping.setdefault(alias, rn.alias(alias, group[0]))
    for rep in gold.get("representatives", []):
        if rep.get("name"):
            mapping.setdefault(rep["name"], rn.person(rep["name"]))
    for old, new in rn.unlisted_forms():
        mapping.setdefault(old, new)
    return {old: new for old, new in mapping.items() if old != new and len(old) > 1}


def substitute(text: str, mapping: dict[str, str], persons: set[str]) -> str:
    """Every old form replaced in one pass (longest first), particles fixed to the new name."""
    if not mapping or not text:
        return text
    olds = sorted(mapping, key=len, reverse=True)
    particle = "|".join(sorted(_PARTICLES, key=len, reverse=True))
    pat = re.compile(r"(?P<name>" + "|".join(map(re.escape, olds)) + r")"
                     r"(?P<aside>\([^()]{1,40}\))?(?P<p>(?:" + particle + r")"
                     r"(?=(?:의|는|도)?(?![가-힣])))?")      # (also 과의, 으로는, 와도)

    def repl(m: re.Match) -> str:
        old = m.group("name")
        start = m.start()
        if len(old) <= 2 and start and _HANGUL.match(text[start - 1]):
            return m.group(0)                 # inside a longer word: not this name
        new, p = mapping[old], m.group("p") or ""
        fin = has_final(new[-1])
        if p and fin is not None:
            p = _PARTICLES[p][0 if fin else 1]
            if p == "으로" and (new[-1].lower() == "l" or "가" <= new[-1] <= "힣"
                              and (ord(new[-1]) - 0xAC00) % 28 == 8):
                p = "로"                       # a final ㄹ takes 로
        aside = m.group("aside") or ""
        if aside and not m.group("p"):      # no particle after it: the aside is left to the scan
            return new + substitute(aside, mapping, persons)
        return new + substitute(aside, mapping, persons) + p

    return pat.sub(repl, text)


def rename_article(raw: dict, gold: dict, seed: int, renamer=Renamer) -> tuple[dict, dict]:
    text = raw.get("text", "") + "\n" + raw.get("title", "")
    mapping = build_mapping(gold, text, seed, renamer)
    persons = {r["name"] for r in gold.get("representatives", []) if r.get("name")}

    def sub(s):
        return substitute(s, mapping, persons) if isinstance(s, str) else s

    new_raw = dict(raw, text=sub(raw.get("text", "")), title=sub(raw.get("title", "")))
    new_gold = dict(gold)
    new_gold["signatories"] = [[mapping.get(x, x) for x in g] for g in gold.get("signatories", [])]
    new_gold["representatives"] = [
        dict(r, name=mapping.get(r.get("name", ""), r.get("name", "")),
             org=mapping.get(r.get("org", ""), r.get("org", "")), title=sub(r.get("title", "")))
        for r in gold.get("representatives", [])]
    new_gold["areas"] = [sub(a) for a in gold.get("areas", [])]
    new_gold["venue"] = sub(gold.get("venue"))
    return new_raw, new_gold


def tune_ids(dev: Path) -> list[str]:
    ids = sorted(p.stem for p in (dev / "gold").glob("*.json"))
    return [i for i in ids if is_tune(i) and (dev / "raw" / f"{i}.json").exists()]


def write_set(dev: Path, ids: list[str], out: Path, seed: int | None,
              change=None) -> None:
    """The originals (seed None) or one changed copy of them, raw and gold, under OUT;
    ``change(raw, gold, seed)`` makes the copy (default: the names swapped)."""
    for sub in ("raw", "gold"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for aid in ids:
        raw = json.loads((dev / "raw" / f"{aid}.json").read_text(encoding="utf-8"))
        gold = json.loads((dev / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
        if seed is not None:
            raw, gold = (change or rename_article)(raw, gold, seed)
        for sub, rec in (("raw", raw), ("gold", gold)):
            (out / sub / f"{aid}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")


def extract_and_score(folder: Path, mougraph: str, jobs: int, score_py: Path) -> dict:
    shutil.rmtree(folder / "out", ignore_errors=True)    # a store would keep unchanged records
    subprocess.run([mougraph, "extract", str(folder / "raw"), "--out", str(folder / "out"),
                    "--jobs", str(jobs)], check=True, stdout=subprocess.DEVNULL)
    res = subprocess.run([sys.executable, str(score_py), str(folder / "out" / "graph.trig"),
                          str(folder / "gold"), "--json"], check=True, capture_output=True,
                         text=True)
    return json.JSONDecoder().raw_decode(res.stdout)[0]   # a summary line follows


def mean(results: list[dict]) -> dict:
    out: dict = {}
    for k in FIELDS:
        out[k] = {m: round(sum(r[k][m] for r in results) / len(results), 3)
                  for m in ("precision", "recall", "f1")}
    for k in ("titles", "date_accuracy", "venue_accuracy"):
        vals = [r[k] for r in results if r.get(k) is not None]
        out[k] = round(sum(vals) / len(vals), 3) if vals else None
    return out


def report(orig: dict, renamed: dict, per_seed: list[dict], n: int,
           label: str = "renamed") -> str:
    lines = [f"tune articles: {n}; {label}: mean of {len(per_seed)} seeds",
             f"{'field':<16} {'orig P':>7} {'R':>6} {'F1':>6}   {label + ' P':>9} {'R':>6}"
             f" {'F1':>6}   {'gap F1':>6}"]
    for k in FIELDS:
        o, r = orig[k], renamed[k]
        lines.append(f"{k:<16} {o['precision']:>7.3f} {o['recall']:>6.3f} {o['f1']:>6.3f}   "
                     f"{r['precision']:>9.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}   "
                     f"{o['f1'] - r['f1']:>+6.3f}")
    for k in ("titles", "date_accuracy", "venue_accuracy"):
        lines.append(f"{k:<16} {orig[k]!s:>7}   {renamed[k]!s:>27}")
    lines.append("per seed F1 (signatories / representatives): " + ", ".join(
        f"{r['signatories']['f1']:.3f}/{r['representatives']['f1']:.3f}" for r in per_seed))
    line = " ".join(f"{k}_f1={orig[k]['f1']:.3f}" for k in FIELDS)
    lines.append(f"original: {line}")
    line = " ".join(f"{k}_f1={renamed[k]['f1']:.3f}" for k in FIELDS)
    lines.append(f"{label + ':':<9} {line}")
    return "\n".join(lines)


def parser(doc: str | None = None) -> argparse.ArgumentParser:
    """The options every gauge built on this script takes."""
    ap = argparse.ArgumentParser(description=(doc or __doc__).splitlines()[0])
    ap.add_argument("--work", type=Path, required=True,
                    help="scratch folder outside the repository")
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--mougraph", default=str(ROOT / ".venv" / "bin" / "mougraph"))
    ap.add_argument("--write-only", action="store_true", help="write the copies, extract nothing")
    return ap


def folders_of(args: argparse.Namespace) -> tuple[Path, Path] | None:
    """(work, dev) resolved, or None (with the reason printed) when either is unusable."""
    work = args.work.resolve()
    if work == ROOT or ROOT in work.parents:
        print(f"{work}: --work must be outside the repository (the copies hold article text)",
              file=sys.stderr)
        return None
    dev = args.dev.resolve()
    if not (dev / "gold").is_dir() or not (dev / "raw").is_dir():
        print(f"{dev}: no raw/ and gold/ here", file=sys.stderr)
        return None
    return work, dev


def shape_options(argv: list[str] | None, shapes: tuple[str, ...], what: str,
                  ap: argparse.ArgumentParser | None = None
                  ) -> tuple[argparse.Namespace, list[str]]:
    """The options of a gauge that writes one shape of the genre in another (reshape, reparty,
    reareas): --shape, --work, --dev read here, the rest (and --work, --dev) passed to main."""
    ap = ap or argparse.ArgumentParser(add_help=False)
    ap.add_argument("--shape", choices=shapes, help=f"every {what} into this shape where it fits")
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    args, rest = ap.parse_known_args(argv)
    return args, rest + ["--work", str(args.work), "--dev", str(args.dev)]


def main(argv: list[str] | None = None, change=None, label: str = "renamed",
         doc: str | None = None) -> int:
    """Write the originals and one changed copy per seed, extract and score them all."""
    args = parser(doc).parse_args(argv)
    found = folders_of(args)
    if found is None:
        return 2
    work, dev = found
    ids = tune_ids(dev)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    folders = {None: work / "original"} | {s: work / f"seed{s}" for s in seeds}
    for seed, folder in folders.items():
        write_set(dev, ids, folder, seed, change)
    if args.write_only:
        print(f"wrote {len(ids)} articles x {len(folders)} sets under {work}")
        return 0
    score_py = dev.parent / "score.py"
    results = {s: extract_and_score(f, args.mougraph, args.jobs, score_py)
               for s, f in folders.items()}
    per_seed = [results[s] for s in seeds]
    print(report(mean([results[None]]), mean(per_seed), per_seed, len(ids), label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
