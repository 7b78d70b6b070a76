"""How much optional spacing costs: the tune articles with their compounds and names spaced the
way other outlets space them.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). For each article, each family and each
seed it writes, into --work (outside the repository), a copy whose optional spaces are changed
the way outlets differ (한글 맞춤법 제49-50항: 고유명사와 전문용어는 단위별로 띄어 쓸 수 있다;
a compound noun is written joined or spaced by house style), with the gold unchanged: score.py
compares organisation names, people's names and titles with their spaces dropped and areas by
bigram Dice with their spaces dropped. Then it runs ``mougraph extract`` on the originals and
on each copy and scores them with ``../shared/eval/score.py``, printing the original and the
copy side by side for each family.

    .venv/bin/python bench/spacing.py --work /tmp/spacing --seeds 1,2,3,4,5,6 --jobs 2
    .venv/bin/python bench/spacing.py --work /tmp/spacing --seeds 7,8,9 --families names

The families (each alone, and ``all`` of them in one copy; examples invented):

    compounds  the genre's cue and area compounds split or joined at their parts, each pair
               of parts once per article: 업무협약식에는 -> 업무 협약식에는, 산학 협력 ->
               산학협력, 지역 인재 양성 -> 지역인재양성, 협약체결 -> 협약 체결
    names      bodies' names split before their kind ending or after a region, or joined
               there: 누리대학교 -> 누리 대학교, 가온신용보증재단 -> 가온 신용보증재단,
               한빛전력공사 가온지역본부 -> 한빛전력공사 가온 지역본부, 누리대 산학협력단 ->
               누리대 산학 협력단; 가온 지역본부 -> 가온지역본부 (only to a known name)
    titles     titles outlets space either way: 대표이사 -> 대표 이사, 상임 이사 -> 상임이사,
               산학협력단장 -> 산학협력 단장

What is never written: a space inside a part (협약 식, 체결 식), a space inside or next to a
person's name, a join of two words that are not one compound (이번 총회 stays), a split of a
one-syllable ending (누리대) or of a state body (가온시청, 가온교육지원청). The compounds
family leaves the words of a gold party's name to the names family, and a compound followed by
a unit's ending (산학협력단, 공동연구원) to the names and titles families.
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import renamed  # noqa: E402  (tune ids, copies, extraction, scoring, report, endings)

# Compounds of the genre (cue words and areas) whose parts outlets space either way: the two
# parts of each pair. A word made of a chain of parts (지역인재양성) splits at every pair.
COMPOUNDS = [tuple(p.split()) for p in """
업무 협약|협약 체결|상호 협력|산학 협력|양해 각서|협력 체계|업무 협력|협력 사업|교류 협력
상생 협력|상호 교류|공동 연구|공동 개발|공동 사업|공동 발전|연구 개발|인재 양성|지역 인재
우수 인재|인력 양성|전문 인력|기술 개발|기술 지원|기술 교류|정보 교류|인적 교류|사회 공헌
지역 사회|지역 발전|지역 경제|지역 상생|경제 활성화|일자리 창출|창업 지원|청년 창업
현장 실습|탄소 중립|디지털 전환|교육 프로그램|산업 육성|발전 방안|취업 연계""".replace(
    "\n", "|").split("|") if p.strip()]
TITLES = [tuple(p.split()) for p in
          ("대표 이사", "상임 이사", "전무 이사", "상무 이사", "공동 대표", "상임 대표",
           "대표 원장", "명예 회장", "수석 부회장", "산학협력 단장")]
# What may follow a compound in its word and still leave it a compound: a particle, a verb's
# ending, 식/서 (협약식, 협약서), 적/화. Anything else (산학협력관, 산학협력중점교수) is a
# longer name or title, not spaced here.
_AFTER_OK = set("식서하했할한해키을를이가은는의에과와도로으만까등적화및")
# Particles (and particle pairs) a name may carry in its word.
_PARTICLES = sorted("""은 는 이 가 을 를 의 에 에서 과 와 도 로 으로 와의 과의 에서는 에는 과는
와는 으로는 로는 측 측은 측과 측의 측이 만 까지 등 등과 이다 이며 에게 로부터 으로부터 과도
와도 에도 이나 나""".split(), key=len, reverse=True)
# Kind endings a name splits before: the renamed gauge's, less the short university forms
# (누리대) and the business words (누리건설 is one word in every outlet).
_NOT_SPLIT = {"대", "과기대", "공대", "교대", "여대", "외대", "그룹", "은행", "증권", "보험",
              "건설", "전자", "제약", "농원", "농업법인", "기금", "발전기금", "총회", "연합",
              "금고", "농협", "수협", "신협", "학회"}
# and with the longer kinds a stem goes before (누리 종합사회복지관, not 누리종합사회 복지관).
NAME_ENDINGS = sorted({e for e in renamed.ENDINGS if e not in _NOT_SPLIT} | set(
    """종합사회복지관 사회복지관 노인복지관 장애인복지관 지역아동센터 사회복지협의회
    신용보증재단 테크노파크 산업진흥원 경제진흥원 문화재단 관광공사 도시공사 장학재단
    평생교육원 의료재단 종합병원 대학병원 사회복지재단 지역사회보장협의체 노인종합복지관
    전문대학교 과학대학교 농업기술센터 의과대학 공과대학 간호대학 정보대학
    여자대학교 외국어대학교 과학기술원""".split()), key=len, reverse=True)
# A unit inside a name that outlets space at its parts (누리대 산학 협력단).
NAME_UNITS = {"산학협력단": "산학 협력단", "산학연협력단": "산학연 협력단"}
# The nation's and the provinces' short forms, which start many bodies' names (한국 수자원공사).
PROVINCES = set("""한국 서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남
                경북 경남 제주""".split())
_STATUS = ("국립", "공립", "사립", "도립", "시립", "재단법인", "사단법인")
_REGION_KINDS = {"province", "metropolitan_city", "special_city", "city", "county",
                 "administrative_city", "district"}
_RUN = re.compile(r"[가-힣]+")
FAMILIES = ("compounds", "names", "titles")
STATS: dict[str, Counter] = {}  # label -> (family, what) -> edits made by this run's copies


def parts_of(table: list[tuple[str, ...]]) -> list[str]:
    return sorted({p for pair in table for p in pair}, key=len, reverse=True)


def chain(run: str, table: list[tuple[str, ...]]) -> list[str]:
    """The parts a word starts with, each pair of neighbours a pair of the table
    (지역인재양성을 -> 지역, 인재, 양성); a lone part when no pair follows."""
    pairs, parts = set(table), parts_of(table)
    first = next((p for p in parts if run.startswith(p)), None)
    if first is None:
        return []
    out, at = [first], len(first)
    while True:
        nxt = next((p for p in parts if run.startswith(p, at) and (out[-1], p) in pairs), None)
        if nxt is None:
            return out
        out.append(nxt)
        at += len(nxt)


def is_region(word: str) -> bool:
    from mougraph import gazetteer
    return any(e.kind in _REGION_KINDS for e in gazetteer.candidates(word))


def protected_spans(text: str, gold: dict) -> list[tuple[int, int]]:
    """Where the gold's parties and people are written: the compounds family leaves them."""
    names = {n for g in gold.get("signatories", []) for n in g}
    for rep in gold.get("representatives", []):
        names |= {rep.get("name", ""), rep.get("org", "")}
    spans = []
    for name in filter(None, names):
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return spans


def people(gold: dict) -> set[str]:
    return {r["name"] for r in gold.get("representatives", []) if r.get("name")}


class Spacer:
    """One article's house style: each pair of parts, each name, decided once."""

    def __init__(self, rng: random.Random, gold: dict, families: tuple[str, ...],
                 stats: Counter) -> None:
        self.rng, self.gold, self.families, self.stats = rng, gold, families, stats
        self.choice: dict[object, bool] = {}
        self.known = {n.replace(" ", "") for g in gold.get("signatories", []) for n in g}

    def flips(self, key: object, p: float = 0.75) -> bool:
        if key not in self.choice:
            self.choice[key] = self.rng.random() < p
        return self.choice[key]

    def text(self, text: str) -> str:
        if "compounds" in self.families:
            text = self.pairs(text, COMPOUNDS, "compounds", protected_spans(text, self.gold))
        if "titles" in self.families:
            text = self.pairs(text, TITLES, "titles", [])
        if "names" in self.families:
            text = self.names(text)
        return text

    # --- compounds and titles: pairs of parts split or joined ------------------------------
    def pairs(self, text: str, table: list[tuple[str, ...]], family: str,
              keep: list[tuple[int, int]]) -> str:
        runs = [m for m in _RUN.finditer(text)
                if not any(s < m.end() and m.start() < e for s, e in keep)]
        edits: list[tuple[int, int, str]] = []
        for i, m in enumerate(runs):
            parts = chain(m.group(), table)
            rest = m.group()[len("".join(parts)):]
            if len(parts) >= 2 and (not rest or rest[0] in _AFTER_OK):
                at = m.start()
                for a, b in zip(parts, parts[1:], strict=False):
                    at += len(a)
                    if self.flips((family, a, b)):
                        edits.append((at, at, " "))
                        self.stats[family, "split"] += 1
            joined = self.join_at(m, runs[i + 1] if i + 1 < len(runs) else None, text, table,
                                  family)
            if joined:
                edits.append(joined)
        return apply(text, edits)

    def join_at(self, m: re.Match, nxt: re.Match | None, text: str,
                table: list[tuple[str, ...]], family: str) -> tuple[int, int, str] | None:
        """The space between a word that is wholly a chain of parts and a word that starts with
        the part its last part pairs with (인재 양성을 -> 인재양성을)."""
        if nxt is None or text[m.end(): nxt.start()] != " ":
            return None
        parts = chain(m.group(), table)
        if not parts or "".join(parts) != m.group():
            return None
        b = next((p for p in parts_of(table) if nxt.group().startswith(p)
                  and (parts[-1], p) in set(table)), None)
        if b is None:
            return None
        rest = nxt.group()[len(b):]
        if rest and rest[0] not in _AFTER_OK or family == "titles" and rest \
                and rest not in _PARTICLES:
            return None             # 대표 이사회 is not a title joined
        if not self.flips((family, parts[-1], b)):
            return None
        self.stats[family, "join"] += 1
        return (m.end(), nxt.start(), "")

    # --- names: split before the kind ending or after a region, or joined there -----------
    def names(self, text: str) -> str:
        persons = people(self.gold)
        runs = list(_RUN.finditer(text))
        edits: list[tuple[int, int, str]] = []
        for i, m in enumerate(runs):
            if m.group() in persons or any(p in m.group() for p in persons) or \
                    m.start() and text[m.start() - 1].isdigit():
                continue            # a person, or the rest of a word begun with a number
            core = name_core(m.group())
            if core in NAME_UNITS and self.flips(("unit", core)):
                edits.append((m.start(), m.start() + len(core), NAME_UNITS[core]))
                self.stats["names", "unit"] += 1
                continue
            at = split_point(core) if core else 0
            if at and self.flips(("name", core), 0.6):
                edits.append((m.start() + at, m.start() + at, " "))
                self.stats["names", "split"] += 1
                continue
            nxt = runs[i + 1] if i + 1 < len(runs) else None
            if nxt is not None and text[m.end(): nxt.start()] == " " and \
                    self.joins(m.group(), name_core(nxt.group())):
                edits.append((m.end(), nxt.start(), ""))
                self.stats["names", "join"] += 1
        return apply(text, edits)

    def joins(self, word: str, nxt_core: str) -> bool:
        """A region or a stem and a kind ending written apart, joined when the whole is a
        name the article's gold or the gazetteer knows (가온 지역본부 -> 가온지역본부)."""
        if not nxt_core or nxt_core not in NAME_ENDINGS or not 2 <= len(word) <= 4 \
                or renamed.ending_of(word):
            return False
        from mougraph import gazetteer
        whole = word + nxt_core
        if whole not in self.known and not gazetteer.candidates(whole) and not is_region(word):
            return False
        return self.flips(("join", whole), 0.6)


def name_core(run: str) -> str:
    """The name in a word with its particle cut off ('' when the word ends in no kind)."""
    for tail in [*_PARTICLES, ""]:
        if tail and not run.endswith(tail):
            continue
        core = run[: len(run) - len(tail)]
        if core in NAME_UNITS or any(core.endswith(e) and len(core) - len(e) >= 2
                                     for e in NAME_ENDINGS):
            return core
    return ""


def split_point(core: str) -> int:
    """Where a name splits: after a prefix of its status (국립 누리대학교), after the region
    that starts it (경기 신용보증재단), else before its kind ending (누리 대학교, 가온시
    사회복지재단); 0 for a state body or a stem too short."""
    if renamed.is_state(core):
        return 0
    lead = next((p for p in _STATUS if core.startswith(p) and len(core) > len(p) + 2), "")
    if lead:
        return len(lead)
    for k in (3, 2):     # not before 시/도/립 (X시설공단 is X + 시설공단; X도립대학)
        if len(core) - k >= 3 and core[k] not in "시도립" \
                and not core.startswith(("광역", "특별"), k) \
                and (core[:k] in PROVINCES or core[:k] in region_of(core)):
            return k
    end = next((e for e in NAME_ENDINGS if core.endswith(e)), "")
    stem = len(core) - len(end)
    return stem if stem >= 2 else 0


def region_of(core: str) -> set[str]:
    """The forms of the region the gazetteer files a body under (경기 of 경기신용보증재단)."""
    from mougraph import gazetteer
    entry = gazetteer.lookup(core)
    parent = gazetteer.lookup(entry.parent) if entry and entry.parent else None
    return set(parent.forms) if parent and parent.kind in _REGION_KINDS else set()


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(set(edits), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def spaced_article(raw: dict, gold: dict, seed: int, families: tuple[str, ...] = FAMILIES,
                   label: str = "all") -> tuple[dict, dict]:
    """The article in another outlet's spacing; the gold as it was (scored without spaces)."""
    spacer = Spacer(random.Random(f"spacing:{seed}:{raw.get('id')}"), gold, families,
                    STATS.setdefault(label, Counter()))
    return dict(raw, text=spacer.text(raw.get("text", "")),
                title=spacer.text(raw.get("title", ""))), gold


def stats_report(label: str) -> str:
    counts = STATS[label]
    return f"{label} edits: " + ", ".join(f"{f} {w} {n}" for (f, w), n in sorted(counts.items()))


def main(argv: list[str] | None = None) -> int:
    """Write the originals and each family's copies, extract and score them all, and print
    each family beside the original."""
    ap = renamed.parser(__doc__)
    ap.add_argument("--families", default=",".join((*FAMILIES, "all")),
                    help="comma-separated: compounds, names, titles, all (every family at once)")
    args = ap.parse_args(argv)
    found = renamed.folders_of(args)
    labels = args.families.split(",")
    if found is None or not set(labels) <= {*FAMILIES, "all"}:
        print(f"families: {', '.join(FAMILIES)}, all", file=sys.stderr)
        return 2
    work, dev = found
    ids = renamed.tune_ids(dev)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    renamed.write_set(dev, ids, work / "original", None)
    for label in labels:
        chosen = FAMILIES if label == "all" else (label,)
        for seed in seeds:
            renamed.write_set(dev, ids, work / label / f"seed{seed}", seed,
                              lambda raw, gold, seed, chosen=chosen, label=label:
                              spaced_article(raw, gold, seed, chosen, label))
    if args.write_only:
        print(f"wrote {len(ids)} articles x {1 + len(labels) * len(seeds)} sets under {work}")
        return 0
    score_py = dev.parent / "score.py"
    orig = renamed.mean([renamed.extract_and_score(work / "original", args.mougraph, args.jobs,
                                                   score_py)])
    for label in labels:
        per_seed = [renamed.extract_and_score(work / label / f"seed{s}", args.mougraph,
                                              args.jobs, score_py) for s in seeds]
        print(f"== family: {label}")
        print(renamed.report(orig, renamed.mean(per_seed), per_seed, len(ids), label))
        print(stats_report(label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
