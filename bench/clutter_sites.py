"""The second family of invented page clutter (``noisy.py --family sites``).

``noisy.py``'s own family ("tuned") is the clutter the cleaning rules were written against. This
one was written apart, from how Korean news pages of many kinds read once turned into plain
text: national dailies and regional papers, wire services, internet outlets, broadcasters'
sites (anchor and reporter marks, a sign-off), press-release portals and the newsrooms of
universities and cities (author, views, attachments, previous/next post, a satisfaction
poll, the public licence), and English or Japanese site chrome. Its blocks differ in kind,
position and marker from the first family's:

- lists of other articles under other headers ("이 기사와 관련된 기사", "주요뉴스", "가장 많이
  본 뉴스", "Related Articles", "関連記事" …), numbered ("1", "01", "①", "1위") or bulleted with
  other marks ("☞", "└", "○"), headlines with no comma (``가온재단·누리은행 업무협약 체결``),
  with a category tag or a bracketed date, two or three on one line ("관련기사: A / B / C"),
  previous/next post links;
- captions of other pictures (a head shot naming another body's head, a building, a file photo);
- reporter and contact boxes with titles (``문의: 가온시 일자리정책과 홍길동 주무관 031-…``,
  "취재 A 기자 · 사진 B 기자", "지금까지 …방송 홍길동입니다.");
- a company footer with a street address, a registration number and the publisher's name
  (an address is not a venue);
- SNS share text and hashtags, comment widgets with a reader's comment, subscription prompts;
- clutter glued to a story line (a byline, a copyright tag or a related headline after the
  last sentence, on the same line) or put right under it with no blank line, and a long
  story line broken in two at a space (a copy-paste from a narrow column).

Names come from ``noisy.Pools`` (invented, never one that occurs in the article); the real
region names of the footer addresses are general knowledge. Sentence shapes are written here.
"""
from __future__ import annotations

import random

import noisy  # noqa: E402  (beside this script: invented-name pools, the clutter runner)

TOPICS = ("소상공인 상생", "에너지 자립", "농산물 판로 확대", "청소년 진로 체험", "원도심 재생",
          "반려동물 복지", "스마트 물류", "평생교육", "응급의료 협력", "AI 인재 육성",
          "해외 판로 개척", "기후 위기 대응", "어르신 일자리", "귀농귀촌 지원")
TITLES = ("이사장", "원장", "대표이사", "총장", "회장", "센터장", "본부장", "병원장", "사무총장")
DEPTS = ("일자리정책과", "기획예산과", "미래전략담당관", "대외협력팀", "홍보실", "교육혁신과",
         "경제정책과", "산학협력팀", "복지정책과", "언론홍보팀")
REGIONS = ("서울특별시 중구", "서울 마포구", "부산광역시 해운대구", "대구광역시 수성구",
           "인천광역시 남동구", "광주광역시 서구", "대전광역시 유성구", "경기도 수원시 팔달구",
           "경기 성남시 분당구", "강원특별자치도 춘천시", "충청북도 청주시 상당구",
           "충남 천안시 동남구", "전북특별자치도 전주시 완산구", "전라남도 목포시",
           "경상북도 포항시 남구", "경남 창원시 의창구", "제주특별자치도 제주시")
SITES = ("다온일보", "누리방송", "한결경제", "가람뉴스24", "새빛타임스", "별솔통신", "온누리신문")


def _h(pools: noisy.Pools) -> str:
    """A headline of another article: often another signing, written with no comma."""
    r = pools.rng
    a, b, topic, n = pools.org(), pools.org(), r.choice(TOPICS), pools.person()
    place = pools.place() + r.choice(("시", "군"))
    b_and = noisy.with_particle(b, ("과", "와"))
    shapes = (f"{a}·{b} 업무협약 체결", f"{a} {b_and} '{topic}' 손잡아",
              f"{a} {topic} 협력…{b_and} 협약",
              f"{a}·{b}·{pools.org()} 3자 협약", f"[종합] {a}-{b} {topic} 맞손",
              f"{place} {noisy.with_particle(a, ('과', '와'))} {topic} 협약 체결",
              f"{a} {n} {r.choice(TITLES)} \"{topic} 앞장서겠다\"",
              f"{a} 신임 {r.choice(TITLES)}에 {n} 교수", f"{place} 하반기 정기 인사 단행",
              f"{a} {topic} 공모사업 선정", f"{b} 노사 임금협약 타결",
              f"[{r.choice(('지역', '경제', '대학', '사회', '인사'))}] {a} {b_and} 협약")
    line = r.choice(shapes)
    day = pools.day or "2024.05.12"
    tail = r.choice(("", "", "", f" ({day})", f" [{day}]", f" | {r.choice(SITES)}",
                     " 2시간 전", f" {day.replace('.', '-')} 17:20"))
    return line + tail


def _mark(r: random.Random, i: int) -> str:
    return r.choice((f"{i} ", f"{i:02d} ", f"{i}. ", "①②③④⑤⑥"[i - 1], f"{i}위 ", "☞ ",
                     "└ ", "○ ", ""))


HEADERS = ("이 기사와 관련된 기사", "주요뉴스", "가장 많이 본 뉴스", "많이 본 뉴스", "에디터 추천",
           "포토뉴스", "뉴스 랭킹", "오늘의 주요 뉴스", "같은 분야 기사", "지역 소식 더 보기",
           "이 시각 추천뉴스", "섹션별 주요뉴스", "지금 뜨는 뉴스", "많이 본 기사 TOP 10",
           "함께 읽으면 좋은 기사", "Related Articles", "Most Viewed", "Top News", "関連記事",
           "[관련기사]", "■ 관련기사", "<관련 기사>", "관련 기사 더보기",
           "이 기사와 함께 읽은 기사")


def related(pools: noisy.Pools) -> str:
    r = pools.rng
    n = r.randint(3, 6)
    mark = r.randrange(9)
    lines = [_mark(random.Random(mark), i) + _h(pools) for i in range(1, n + 1)]
    if r.random() < 0.85:
        lines.insert(0, r.choice(HEADERS))
    return "\n".join(lines)


def related_inline(pools: noisy.Pools) -> str:
    r = pools.rng
    head = r.choice(("관련기사:", "[관련기사]", "☞ 관련기사", "▶관련기사◀", "주요뉴스",
                     "<관련기사>"))
    sep = r.choice((" / ", " | ", " ▶ ", "  "))
    return head + " " + sep.join(_h(pools) for _ in range(r.randint(1, 3)))


def prev_next(pools: noisy.Pools) -> str:
    r = pools.rng
    a, b = r.choice((("이전글", "다음글"), ("◀ 이전기사", "▶ 다음기사"), ("이전 기사", "다음 기사"),
                      ("윗글", "아랫글")))
    return f"{a} {_h(pools)}\n{b} {_h(pools)}" + r.choice(("\n목록", "\n목록보기", ""))


def caption_other(pools: noisy.Pools) -> str:
    """The caption of another picture: a head shot, a building, a file photo."""
    r = pools.rng
    a, n, t = pools.org(), pools.person(), r.choice(TITLES)
    return r.choice((f"▲ {n} {a} {t}", f"[사진] {n} {a} {t}", f"{n} {t}", f"{a} 전경",
                     f"{a} 본관 전경. /{r.choice(SITES)} DB", f"〈사진〉 {a} {t} {n}",
                     f"{n} {a} {t}. 사진={a}", f"자료사진. 지난해 열린 {a} 정기총회 모습",
                     f"{pools.place()}시청 전경 [사진={pools.place()}시]",
                     f"▷ {n} {t}({a})"))


def contact(pools: noisy.Pools) -> str:
    """A reporter's or a press officer's box, with titles."""
    r = pools.rng
    n, n2, site = pools.person(), pools.person(), r.choice(SITES)
    mail = f"{pools.rn.latin().lower()}@{pools.rn.latin().lower()}.co.kr"
    tel = f"0{r.randint(2, 64)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
    place = pools.place() + "시"
    return r.choice((
        f"{n} 기자\n{mail}\n{site} 사회부 기자. 지역 경제와 교육을 취재합니다.",
        f"문의: {place} {r.choice(DEPTS)} {n} 주무관 ({tel})",
        f"보도자료 담당 {pools.org()} {r.choice(DEPTS)} {n} 팀장 ☎ {tel}",
        f"담당부서 {r.choice(DEPTS)} | 담당자 {n} | 연락처 {tel}",
        f"취재 {n} 기자 · 사진 {n2} 기자 · 편집 {pools.person()}",
        f"[기자 프로필]\n{n} 선임기자\n{r.choice(('산업부', '지역사회부', '교육팀'))}\n구독",
        f"지금까지 {site} {n}입니다.", f"영상취재 {n} / 영상편집 {n2}",
        f"{site} {n} 기자 | {mail}",
        f"작성자 {r.choice(DEPTS)} {n} | 조회수 {r.randint(20, 3000)}"))


def more_from_reporter(pools: noisy.Pools) -> str:
    r = pools.rng
    head = r.choice((f"{pools.person()} 기자의 최신 기사", "이 기자의 다른 기사", "기자의 최신글",
                     f"{pools.person()} 기자 기사 더보기"))
    return "\n".join([head] + [_h(pools) for _ in range(r.randint(2, 4))])


def footer(pools: noisy.Pools) -> str:
    """A company, university or city footer with a street address."""
    r = pools.rng
    site, n, n2 = r.choice(SITES), pools.person(), pools.person()
    road = f"{pools.place()}{r.choice(('로', '대로', '길'))} {r.randint(1, 300)}"
    addr = f"{r.choice(REGIONS)} {road}"
    if r.random() < 0.5:
        addr += f", {pools.place()}빌딩 {r.randint(2, 15)}층"
    tel = f"0{r.randint(2, 64)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
    post = f"{r.randint(10000, 63999)}"
    lines = r.choice((
        ["회사소개 | 광고안내 | 기사제보 | 개인정보처리방침 | 청소년보호정책 | 이메일무단수집거부",
         f"(주){site} | 주소 : {addr} | 대표전화 {tel} | 팩스 {tel[:-1]}9",
         f"등록번호 서울 아 0{r.randint(1000, 9999)} | 발행·편집인 {n} | 청소년보호책임자 {n2}"],
        [f"({post}) {addr} {pools.org()} | 대표전화 {tel}",
         "개인정보처리방침 | 이메일무단수집거부 | 찾아오시는 길"],
        [f"{addr} (우){post} TEL {tel}", f"Copyright {site}. All Rights Reserved."],
        [f"본사: {addr} / 편집국 {tel}", f"발행인 {n} 편집인 {n2} 등록일 2011.07.01"],
        [f"{site} Co., Ltd. {r.randint(1, 300)} {pools.rn.latin()}-ro, Seoul, Korea",
         "About Us | Privacy Policy | Terms of Use | Contact Us"]))
    return "\n".join(lines)


def chrome(pools: noisy.Pools) -> str:
    """Site chrome, Korean, English or Japanese."""
    r = pools.rng
    site = r.choice(SITES)
    return r.choice(("KOREAN | ENGLISH | 日本語 | 中文",
                     "Home  News  Politics  Economy  Society  Local",
                     "ログイン 会員登録 ニュース一覧", "Sitemap | RSS | Contact Us",
                     f"{site} 로그인 회원가입 구독신청 검색", "뉴스 › 지역 › 충청",
                     "보도자료 > 시정소식", "뉴스룸 > 보도자료", "캠퍼스 소식 | 보도자료",
                     "<앵커>", "[리포트]", "동영상 재생 00:00 / 01:45", "검색어를 입력하세요",
                     f"기사입력 {pools.day or '2024.05.12'} 오전 10:21",
                     "글자크기 가 가 가 가 인쇄"))


def sns(pools: noisy.Pools) -> str:
    r = pools.rng
    tags = " ".join("#" + w for w in (pools.place() + "시", "업무협약", pools.org(), "상생협력"))
    url = f"https://{pools.rn.latin().lower()}.kr/a/{r.randint(1000, 99999)}"
    return r.choice((tags, f"[{r.choice(SITES)}] {_h(pools)} {url}",
                     "카카오톡 공유 페이스북 공유 X(트위터) 공유 링크 복사",
                     "Share this article  Tweet",
                     "이 기사를 친구에게 보내기", "facebook twitter kakao band blog"))


def comments(pools: noisy.Pools) -> str:
    r = pools.rng
    reader = r.choice((f"{pools.org()}도 같이 했으면 좋겠네요", "좋은 협약이네요 기대됩니다",
                       f"{pools.place()}시는 언제 하나요", "보여주기식 협약은 그만"))
    return r.choice((
        f"댓글 {r.randint(0, 9)}\n로그인 후 댓글을 남길 수 있습니다.\n최신순 | 추천순",
        "타인을 비방하거나 욕설이 포함된 댓글은 삭제될 수 있습니다.\n0 / 400 등록",
        f"댓글쓰기\n{pools.rn.latin().lower()}*** 2시간 전\n{reader}\n답글 0 공감 3"))


def prompt(pools: noisy.Pools) -> str:
    """A subscription prompt, an app or newsletter ad, a donation box."""
    r = pools.rng
    site = r.choice(SITES)
    return r.choice((f"{noisy.with_particle(site, ('을', '를'))} 구독하고 매일 아침 주요 뉴스를"
                     " 받아보세요.",
                     "지금 구독하면 첫 달 무료", "뉴스레터 구독 신청 이메일 주소 입력",
                     f"[{site} 앱 설치하기] 속보를 가장 빠르게",
                     "이 기사는 유료회원 전용입니다",
                     "후원하기 좋은 기사를 응원해 주세요 1,000원 5,000원",
                     f"Daum에서 {site} 채널 구독하기", f"{site} 유튜브 채널 바로가기",
                     f"(광고) {pools.rn.translit()} 임플란트 상담 예약",
                     "이 페이지에서 제공하는 정보에 만족하십니까?\n"
                     "매우만족 만족 보통 불만족 매우불만족",
                     "공공누리 제1유형: 출처표시"))


def glued_tail(pools: noisy.Pools) -> str:
    """What a page leaves after the last sentence of a paragraph, on the same line."""
    r = pools.rng
    n, site = pools.person(), r.choice(SITES)
    mail = f"{pools.rn.latin().lower()}@{pools.rn.latin().lower()}.kr"
    return r.choice((f" /{pools.place()}={n}기자", f" {n} 기자 {mail}",
                     f" <저작권자 ⓒ {site}>", f" [{site}]", f" ☞ {_h(pools)}",
                     f" ▶ 관련기사 {_h(pools)}", f" #{pools.org()} #업무협약", " (끝)",
                     f" {site} {n}입니다."))


BLOCKS = {"related": related, "related_inline": related_inline, "prev_next": prev_next,
          "caption": caption_other, "contact": contact, "more": more_from_reporter,
          "footer": footer, "chrome": chrome, "sns": sns, "comments": comments,
          "prompt": prompt}
BEFORE = ("chrome", "chrome", "sns", "caption", "prompt")
BETWEEN = ("caption", "caption", "related_inline", "prompt", "related", "contact")
AFTER = ("related", "related", "related_inline", "prev_next", "contact", "contact", "more",
         "footer", "footer", "sns", "comments", "prompt")


def _wrap(para: str, rng: random.Random) -> str:
    """A long story line broken at a space near its middle (a narrow column copied)."""
    spaces = [i for i, c in enumerate(para) if c == " " and 0.3 < i / len(para) < 0.7]
    if len(para) < 60 or not spaces:
        return para
    at = rng.choice(spaces)
    return para[:at] + "\n" + para[at + 1:]


def add_clutter(raw: dict, seed: int) -> dict:
    """A copy of one article with this family's clutter: blocks between paragraphs (now and
    then under a story line with no blank line), one glued to a story line, one line wrapped."""
    text = raw.get("text", "")
    rng = random.Random(f"sites:{seed}:{raw.get('id')}")
    pools = noisy.Pools(rng, text + "\n" + raw.get("title", ""), str(raw.get("published") or ""))
    sep = "\n\n" if "\n\n" in text else "\n"
    paras = text.split(sep)
    body_at = next((i for i, p in enumerate(paras) if len(p.strip()) > 40), 0)
    story = [i for i in range(body_at, len(paras)) if len(paras[i].strip()) > 40]
    if story and rng.random() < 0.6:          # clutter glued to a story line
        i = rng.choice(story)
        paras[i] = paras[i].rstrip() + glued_tail(pools)
    if story and rng.random() < 0.3:          # a story line broken in two
        i = rng.choice(story)
        paras[i] = _wrap(paras[i], rng)
    inserts: dict[int, list[str]] = {}
    inserts.setdefault(body_at, []).append(BLOCKS[rng.choice(BEFORE)](pools))
    inner = list(range(body_at + 1, len(paras)))
    for at in rng.sample(inner, min(len(inner), rng.randint(1, 2))):
        inserts.setdefault(at, []).append(BLOCKS[rng.choice(BETWEEN)](pools))
    tail = [BLOCKS[k](pools) for k in rng.sample(AFTER, rng.randint(2, 4))]
    out: list[str] = []
    for i, p in enumerate(paras):
        for b in inserts.get(i, []):
            # now and then right under the line before, with no blank line
            if out and sep == "\n\n" and rng.random() < 0.4:
                out[-1] += "\n" + b
            else:
                out.append(b)
        out.append(p)
    if tail and sep == "\n\n" and rng.random() < 0.4:
        out[-1] += "\n" + tail.pop(0)
    return dict(raw, text=sep.join(out + tail))
