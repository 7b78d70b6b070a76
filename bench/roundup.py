"""Whether each agreement keeps its own facts in a roundup: tune articles joined as items.

Reads the tune part of the dev set at run time (ids 001-075, and 101-335 not divisible by 3;
never the held-out ids divisible by 3 in 101-335). Regional outlets publish roundups: one
record holding several short items, each under its own small headline ("◆가온시, 누리대와
청년 일자리 협약" / body, "■가온소방서, 솔빛병원과 응급의료 협약" / body). For each seed it
writes, into --work (outside the repository), records that join 2-3 tune articles reporting
a signing as items, with 0-2 invented briefs that report none between them, and one gold per
item. Then it runs ``mougraph extract`` on the originals and on each seed's roundups and
scores them two ways:

- union: ``../shared/eval/score.py`` on one gold per record, the items' golds joined (what a
  scorer of whole articles sees: it cannot tell a fact attached to the wrong agreement);
- attachment: each item's gold matched to the predicted agreement of its record sharing the
  most parties, and that agreement's parties, areas, representatives, date and venue scored
  against that item's gold only (score.py's ``norm``, ``dice`` and ``match``, imported from
  ../shared/eval); an agreement no item matched counts its facts as extra.

    .venv/bin/python bench/roundup.py --work /tmp/roundup --seeds 1,2,3,4,5,6 --misses  # reading
    .venv/bin/python bench/roundup.py --work /tmp/roundup --seeds 7,8,9 --jobs 2        # the gauge

Roundup shapes (``MARKS``, ``TITLES``, drawn per record): item headings marked ◆ ■ ▲ ● ○,
bracketed ([…]) or numbered (1. ①); a roundup headline ("[가온 소식] … 外"), a section label
alone or no title; items whole, or cut to their lead paragraphs (through the signing sentence
and one more line) as a roundup does. A cut item's gold is cut too: an area, a representative
or the venue not written in the kept text is dropped; an item whose parties or areas the kept
text cannot show (a gold area reworded) stays whole. An item's heading is its article's title,
else one written from its parties' shortest forms ("가온시, 누리대와 업무협약"). The record
carries the first item's publication day; another item's gold date is kept only when its
article was published the same day. The briefs (``BRIEFS``) are written here from general
knowledge of Korean regional news, every name invented from ``noisy.Pools``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import noisy  # noqa: E402  (beside this script: invented name pools, particles)
import renamed  # noqa: E402  (tune ids, extraction, scoring, report)

# An item's heading: the mark before it (numbered ones count from 1).
MARKS = ("◆{h}", "◆ {h}", "■{h}", "■ {h}", "▲{h}", "● {h}", "○{h}", "[{h}]", "{n}. {h}",
         "{c}{h}")
CIRCLED = "①②③④⑤⑥"
# The record's title: a roundup headline, a section label alone, or none.
TITLES = ("[{P} 소식] {h} 外", "[{P}소식] {h} 外", "{h} 外 {k}건", "[{P} 단신]", "[지역소식]", "")
# Invented briefs that report no signing: {P} a place stem, {A} a body, {N} a person.
BRIEFS = (
    ("{P}군농업기술센터, 귀농인 교육 개강",
     "{P}군농업기술센터는 3일 센터 교육관에서 귀농인 30명을 대상으로 귀농 기초 교육을 시작했다. "
     "교육은 작목 선택, 농지 구입, 농기계 안전 등으로 8주간 진행된다."),
    ("{P}시, 여름철 물놀이 안전요원 배치",
     "{P}시는 다음 달부터 하천 물놀이 지역 12곳에 안전요원 24명을 배치한다고 밝혔다. "
     "안전요원은 구명장비를 갖추고 주말과 휴일에 집중 근무한다."),
    ("{A}, 이웃돕기 성금 기탁",
     "{A}은 최근 {P}시청을 찾아 어려운 이웃을 위한 성금 500만 원을 기탁했다. "
     "{N} 대표는 \"작은 정성이 힘이 되길 바란다\"고 말했다."),
    ("{P}구, 주민참여예산 설명회",
     "{P}구는 10일 구청 대회의실에서 주민 100여 명이 참석한 가운데 주민참여예산 설명회를 "
     "열었다. 구는 다음 달까지 주민 제안 사업을 접수한다."),
    ("{A} {N} 원장, 우수 공무원 표창",
     "{A} {N} 원장이 지역 보건 향상에 기여한 공로로 {P}시장 표창을 받았다. "
     "시상식은 시청 대강당에서 열렸다."),
    ("{P}소방서, 전통시장 화재 예방 점검",
     "{P}소방서는 전통시장 3곳을 찾아 소화기 비치와 전기 배선 상태를 점검했다. "
     "소방서는 상인들에게 화재 초기 대응 요령도 안내했다."),
    ("{P}군 보건소, 찾아가는 치매 검진",
     "{P}군 보건소는 이달부터 경로당 20곳을 돌며 찾아가는 치매 조기 검진을 한다. "
     "검진을 받은 주민에게는 결과 상담과 예방 교육을 제공한다."),
    ("{A}, 신임 이사장에 {N} 씨 선임",
     "{A}은 이사회를 열고 신임 이사장에 {N} 전 {P}시 부시장을 선임했다. "
     "임기는 3년이다."),
)
_SIGNING_LINE = re.compile(r"체결|맺|협약식|서명|맞손|MOU|협약")
_SENTENCE_END = re.compile(r"다[.”\"'’]*\s*$|다\. ")     # a line of prose, not a headline
_TAG = re.compile(r"^\s*(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)\s*")
_PREDICTS = """
SELECT DISTINCT ?id ?ag ?what ?value ?extra WHERE {
  ?ag a mou:Agreement ; prov:wasDerivedFrom ?art . ?art schema:identifier ?id .
  { ?ag mou:signedOn ?value . BIND("date" AS ?what) }
  UNION { ?ag mou:venue ?value . BIND("venue" AS ?what) }
  UNION { ?org mou:signs ?ag . BIND(STR(?org) AS ?extra) BIND("org" AS ?what)
          { ?org rdfs:label ?value } UNION { ?org skos:altLabel ?value } }
  UNION { ?ag mou:covers ?area . ?area rdfs:label ?value . BIND("area" AS ?what) }
  UNION { ?p mou:attended ?ag ; rdfs:label ?value . BIND("person" AS ?what)
          OPTIONAL { ?p mou:represents ?o .
                     { ?o rdfs:label ?extra } UNION { ?o skos:altLabel ?extra } } }
  UNION { BIND("agreement" AS ?what) BIND("" AS ?value) }
}"""
ATTACHED = ("parties", "areas", "representatives")


def load_scorer(dev: Path) -> ModuleType:
    """../shared/eval/score.py as a module: its norm, dice, match and Tally."""
    spec = importlib.util.spec_from_file_location("mougraph_score", dev.parent / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shortest_forms(gold: dict, text: str) -> list[str]:
    return [min((f for f in g if f in text), key=len, default=g[0]) for g in gold["signatories"]]


def heading_of(raw: dict, gold: dict, rng: random.Random) -> str:
    """The item's small headline: its article's title, else one written from its parties."""
    title = _TAG.sub("", raw.get("title") or "").strip()
    if title:
        return title
    forms = shortest_forms(gold, raw.get("text", "")) + ["", ""]
    a, b = forms[0], forms[1]
    if not b:
        return f"{a}, 업무협약 체결"
    return rng.choice((f"{a}, {noisy.with_particle(b, ('과', '와'))} 업무협약",
                       f"{a}-{b} 협약 체결", f"{a}·{b}, 상호협력 협약"))


def _in(text: str, phrase: str, sc: ModuleType) -> bool:
    return sc.norm(phrase) in sc.norm(text)


def cut_to_lead(text: str, gold: dict, sc: ModuleType) -> tuple[str, dict] | None:
    """The item's lead paragraphs (through the signing line and one more) and its gold cut to
    them; None when the cut would hide a party or a reworded area (the item stays whole)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    at = next((i for i, ln in enumerate(lines)
               if len(ln) > 30 and _SIGNING_LINE.search(ln) and _SENTENCE_END.search(ln)), None)
    if at is None or at + 2 >= len(lines):
        return None
    kept = "\n".join(lines[: at + 2])
    if not all(any(_in(kept, f, sc) for f in g) for g in gold["signatories"]):
        return None
    if not all(_in(text, a, sc) for a in gold.get("areas", [])):
        return None
    cut = dict(gold, areas=[a for a in gold.get("areas", []) if _in(kept, a, sc)],
               representatives=[r for r in gold.get("representatives", [])
                                if _in(kept, r["name"], sc)])
    if cut.get("venue") and not _in(kept, cut["venue"], sc):
        cut["venue"] = None
    return kept, cut


def own_text(raw: dict) -> str:
    """The article's text without its headline written again as its first line (the item's
    heading carries it)."""
    text = raw.get("text", "").strip()
    first, _, rest = text.partition("\n")
    return rest.strip() if raw.get("title") and first.strip() == raw["title"].strip() else text


def brief(pools: noisy.Pools) -> tuple[str, str]:
    head, body = pools.rng.choice(BRIEFS)
    names = {"P": pools.place(), "A": pools.org(), "N": pools.person()}

    def fill(s: str) -> str:
        return s.replace("{P}", names["P"]).replace("{A}", names["A"]).replace("{N}", names["N"])

    body = fill(body)
    for topic in ("은", "이"):                          # the body's particle after the body's name
        pair = ("은", "는") if topic == "은" else ("이", "가")
        body = body.replace(names["A"] + topic, noisy.with_particle(names["A"], pair))
    return fill(head), body


def union_gold(rid: str, golds: list[dict]) -> dict:
    """One gold for the record: the items' parties (merged where they share a form), areas,
    people; the first item's date and venue."""
    groups: list[list[str]] = []
    for g in golds:
        for grp in g["signatories"]:
            same = next((x for x in groups if set(x) & set(grp)), None)
            if same is None:
                groups.append(list(grp))
            else:
                same += [f for f in grp if f not in same]
    reps: dict[str, dict] = {}
    for g in golds:
        for r in g.get("representatives", []):
            reps.setdefault(r["name"], r)
    return {"id": rid, "signing": True, "signatories": groups,
            "areas": [a for g in golds for a in g.get("areas", [])],
            "representatives": list(reps.values()),
            "date": golds[0].get("date"), "venue": golds[0].get("venue")}


def build_record(rid: str, items: list[tuple[dict, dict]], rng: random.Random,
                 sc: ModuleType) -> tuple[dict, list[dict]]:
    """One roundup record from (raw, gold) items, and each item's gold."""
    mark, cut, sep = rng.choice(MARKS), rng.random() < 0.5, rng.choice(("\n", "\n\n"))
    published = items[0][0].get("published", "")
    pools = noisy.Pools(rng, "\n".join(r.get("text", "") + r.get("title", "") for r, _ in items))
    blocks: list[tuple[str, str]] = []
    golds = []
    for i, (raw, gold) in enumerate(items):
        if i and rng.random() < 0.5:
            blocks.append(brief(pools))
        text, own = own_text(raw), dict(gold)
        if cut and (lead := cut_to_lead(text, own, sc)) is not None:
            text, own = lead
        if raw.get("published", "") != published:
            own["date"] = None                   # told against another day than the record's
        blocks.append((heading_of(raw, gold, rng), text.strip()))
        golds.append(own)
    if rng.random() < 0.3:
        blocks.append(brief(pools))
    lines = []
    for n, (head, body) in enumerate(blocks, 1):
        lines += [mark.format(h=head, n=n, c=CIRCLED[n - 1]), body]
    title = rng.choice(TITLES).format(P=pools.place(), h=blocks[0][0], k=len(blocks) - 1)
    raw = {"id": rid, "url": f"https://roundup.invalid/{rid}", "title": title,
           "published": published, "publisher": items[0][0].get("publisher", ""),
           "text": sep.join(lines)}
    return raw, golds


def write_roundups(dev: Path, ids: list[str], out: Path, seed: int, sc: ModuleType) -> None:
    """Seed's records under OUT: raw/, gold/ (the union) and items/ (each item's gold)."""
    for sub in ("raw", "gold", "items"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"roundup:{seed}")
    arts = []
    for aid in ids:
        gold = json.loads((dev / "gold" / f"{aid}.json").read_text(encoding="utf-8"))
        if gold.get("signing", True) and gold.get("signatories"):
            arts.append((json.loads((dev / "raw" / f"{aid}.json").read_text(encoding="utf-8")),
                         gold))
    rng.shuffle(arts)
    n = 0
    while arts:
        take = 3 if len(arts) == 3 or len(arts) > 4 and rng.random() < 0.4 else 2
        items, arts = arts[:take], arts[take:]
        n += 1
        rid = f"{seed}{n:03d}"
        raw, golds = build_record(rid, items, rng, sc)
        for sub, rec in (("raw", raw), ("gold", union_gold(rid, golds)),
                         ("items", {"id": rid, "from": [g["id"] for g in golds], "items": golds})):
            (out / sub / f"{rid}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")


def predicted_agreements(trig: Path, sc: ModuleType) -> dict[str, list[dict]]:
    """Per record id, its agreements: parties (label sets), areas, people, dates, venues."""
    ds = sc.Dataset(default_union=True)
    ds.parse(str(trig))
    ags: dict[str, dict] = {}
    for row in ds.query(sc.PREFIXES + _PREDICTS):
        ag = ags.setdefault(str(row.ag), {"id": str(row.id), "orgs": {}, "areas": set(),
                                          "people": {}, "dates": set(), "venues": set()})
        what, value = str(row.what), str(row.value)
        if what == "org":
            ag["orgs"].setdefault(str(row.extra), set()).add(value)
        elif what == "area":
            ag["areas"].add(value)
        elif what == "person":
            ag["people"].setdefault(value, set()).update([str(row.extra)] if row.extra else [])
        elif what in ("date", "venue"):
            ag[what + "s"].add(value[:10] if what == "date" else value)
    out: dict[str, list[dict]] = {}
    for key in sorted(ags):
        out.setdefault(ags[key]["id"], []).append(ags[key])
    return out


def party_sets(gold: dict, sc: ModuleType) -> list[set[str]]:
    return [{sc.norm(x) for x in grp} for grp in gold.get("signatories", [])]


def shared_parties(gold: dict, ag: dict, sc: ModuleType) -> int:
    labels = {sc.norm(x) for ls in ag["orgs"].values() for x in ls}
    return sum(1 for grp in party_sets(gold, sc) if grp & labels)


class Attachment:
    """Tallies of the facts of each item's gold against the agreement it matched."""

    def __init__(self, sc: ModuleType) -> None:
        self.sc = sc
        self.t = {k: sc.Tally() for k in ATTACHED}
        self.dates = [0, 0]
        self.venues = [0, 0]
        self.errors: list[str] = []

    def add_item(self, rid: str, gold: dict, ag: dict | None) -> None:
        sc = self.sc
        ag = ag or {"orgs": {}, "areas": set(), "people": {}, "dates": set(), "venues": set()}
        who = "/".join(g[0] for g in gold["signatories"])
        n, _, _ = sc.match(party_sets(gold, sc), [{sc.norm(x) for x in ls}
                                                  for ls in ag["orgs"].values()],
                           lambda a, b: float(bool(a & b)))
        self.t["parties"].add(n, len(gold["signatories"]), len(ag["orgs"]))
        n, miss, extra = sc.match(gold.get("areas", []), sorted(ag["areas"]),
                                  lambda a, b: d if (d := sc.dice(a, b)) >= 0.6 else 0.0)
        self.t["areas"].add(n, len(gold.get("areas", [])), len(ag["areas"]))
        self.errors += [f"{rid} [{who}]: missed area {m!r}" for m in miss]
        self.errors += [f"{rid} [{who}]: extra area {e!r}" for e in extra]

        def rep_ok(gr: dict, pr: tuple[str, set[str]]) -> float:
            own = next((g for g in party_sets(gold, sc) if sc.norm(gr["org"]) in g),
                       {sc.norm(gr["org"])})
            return float(sc.norm(gr["name"]) == sc.norm(pr[0])
                         and bool(own & {sc.norm(x) for x in pr[1]}))

        n, miss, extra = sc.match(gold.get("representatives", []), sorted(ag["people"].items()),
                                  rep_ok)
        self.t["representatives"].add(n, len(gold.get("representatives", [])), len(ag["people"]))
        self.errors += [f"{rid} [{who}]: missed person {m['name']}" for m in miss]
        self.errors += [f"{rid} [{who}]: extra person {e[0]} {sorted(e[1])}" for e in extra]
        if gold.get("date"):
            self.dates[1] += 1
            self.dates[0] += gold["date"] in ag["dates"]
            if gold["date"] not in ag["dates"]:
                self.errors.append(f"{rid} [{who}]: date {sorted(ag['dates'])} != {gold['date']}")
        if gold.get("venue"):
            gv = sc.norm(gold["venue"])
            ok = any(gv in sc.norm(v) or sc.norm(v) in gv for v in ag["venues"] if sc.norm(v))
            self.venues[1] += 1
            self.venues[0] += ok
            if not ok:
                self.errors.append(
                    f"{rid} [{who}]: venue {sorted(ag['venues'])} != {gold['venue']!r}")

    def add_unmatched(self, rid: str, ag: dict) -> None:
        """An agreement no item matched: every fact it holds is extra."""
        self.t["parties"].add(0, 0, len(ag["orgs"]))
        self.t["areas"].add(0, 0, len(ag["areas"]))
        self.t["representatives"].add(0, 0, len(ag["people"]))
        names = sorted(min(ls, key=len) for ls in ag["orgs"].values())
        self.errors.append(f"{rid}: agreement of no item {names}")

    def summary(self) -> dict:
        out: dict = {k: dict(zip(("precision", "recall", "f1"), (round(x, 3) for x in t.prf()),
                                 strict=True)) for k, t in self.t.items()}
        for key, (ok, n) in (("date_accuracy", self.dates), ("venue_accuracy", self.venues)):
            out[key] = round(ok / n, 3) if n else None
        return out


def attachment(folder: Path, sc: ModuleType) -> Attachment:
    """Each item's facts against the agreement of its record sharing the most of its parties."""
    preds = predicted_agreements(folder / "out" / "graph.trig", sc)
    tally = Attachment(sc)
    if (folder / "items").is_dir():
        records = [json.loads(f.read_text(encoding="utf-8"))
                   for f in sorted((folder / "items").glob("*.json"))]
    else:                                            # the originals: each article one item
        golds = [json.loads(f.read_text(encoding="utf-8"))
                 for f in sorted((folder / "gold").glob("*.json"))]
        records = [{"id": g["id"], "items": [g] if g.get("signing", True) else []} for g in golds]
    for rec in records:
        ags = preds.get(str(rec["id"]), [])
        used = set()
        for gold in rec["items"]:
            shared = [shared_parties(gold, ag, sc) for ag in ags]
            best = max(range(len(ags)), key=shared.__getitem__, default=None)
            if best is not None and shared[best] == 0:
                best = None
            tally.add_item(rec["id"], gold, ags[best] if best is not None else None)
            used.add(best)
        for i, ag in enumerate(ags):
            if i not in used:
                tally.add_unmatched(rec["id"], ag)
    return tally


def attachment_report(orig: dict, seeds: list[dict]) -> str:
    mean = {k: {m: round(sum(s[k][m] for s in seeds) / len(seeds), 3)
                for m in ("precision", "recall", "f1")} for k in ATTACHED}
    lines = ["attachment (each item's facts against its own agreement):",
             f"{'field':<16} {'orig P':>7} {'R':>6} {'F1':>6}   {'roundup P':>9} {'R':>6}"
             f" {'F1':>6}   {'gap F1':>6}"]
    for k in ATTACHED:
        o, r = orig[k], mean[k]
        lines.append(f"{k:<16} {o['precision']:>7.3f} {o['recall']:>6.3f} {o['f1']:>6.3f}   "
                     f"{r['precision']:>9.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}   "
                     f"{o['f1'] - r['f1']:>+6.3f}")
    for k in ("date_accuracy", "venue_accuracy"):
        vals = [s[k] for s in seeds if s[k] is not None]
        lines.append(f"{k:<16} {orig[k]!s:>7}   {round(sum(vals) / len(vals), 3)!s:>27}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = renamed.parser(__doc__)
    ap.add_argument("--misses", action="store_true",
                    help="print each seed's attachment errors (only for seeds 1-6)")
    args: argparse.Namespace = ap.parse_args(argv)
    found = renamed.folders_of(args)
    if found is None:
        return 2
    work, dev = found
    sc = load_scorer(dev)
    ids = renamed.tune_ids(dev)
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    if args.misses and any(s >= 7 for s in seeds):
        print("--misses is for seeds 1-6: seeds 7-9 are only scored", file=sys.stderr)
        return 2
    renamed.write_set(dev, ids, work / "original", None)
    for s in seeds:
        write_roundups(dev, ids, work / f"seed{s}", s, sc)
    if args.write_only:
        print(f"wrote {len(ids)} originals and {len(seeds)} seeds of roundups under {work}")
        return 0
    folders = {None: work / "original"} | {s: work / f"seed{s}" for s in seeds}
    union = {s: renamed.extract_and_score(f, args.mougraph, args.jobs, dev.parent / "score.py")
             for s, f in folders.items()}
    attached = {s: attachment(f, sc) for s, f in folders.items()}
    records = len(list((work / f"seed{seeds[0]}" / "raw").glob("*.json")))
    print(renamed.report(renamed.mean([union[None]]), renamed.mean([union[s] for s in seeds]),
                         [union[s] for s in seeds], len(ids), f"roundup ({records} records)"))
    print(attachment_report(attached[None].summary(), [attached[s].summary() for s in seeds]))
    print("per seed attachment F1 (parties / areas / representatives): " + ", ".join(
        "/".join(f"{attached[s].summary()[k]['f1']:.3f}" for k in ATTACHED) for s in seeds))
    if args.misses:
        for s in seeds:
            print(f"--- seed {s}")
            print("\n".join(attached[s].errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
