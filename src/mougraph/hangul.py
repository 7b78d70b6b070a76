"""Hangul syllable arithmetic, spelled once: a precomposed syllable (가 … 힣, U+AC00 …
U+D7A3) is 0xAC00 + (initial * 21 + vowel) * 28 + final (Unicode, "Hangul Syllables"), so
its final consonant (받침) is its offset mod 28.

The particles that follow a noun choose by that final (와 after an open syllable, 과 after a
closed one); the past and the adnominal endings show in it (했: ㅆ, 한: ㄴ).
"""
from __future__ import annotations

from enum import IntEnum

FIRST_SYLLABLE = 0xAC00
SYLLABLE_COUNT = 11172          # 19 initials * 21 vowels * 28 finals
FINALS = 28                     # no final, then 27 final consonants

NO_FINAL = 0
FINAL_N = 4                     # ㄴ: 한, 된, 가진 (an adnominal), 나눈다 (a present)
FINAL_SS = 20                   # ㅆ: 했, 섰, 었 (a past)
FINAL_NG = 21                   # ㅇ: 방, 중


class Initial(IntEnum):
    """``jamo_of``'s initial consonants by name, in Unicode order (ㄱ ㄲ ㄴ … ㅎ)."""
    G, KK, N, D, TT, R, M, B, PP, S, SS, NG, J, JJ, CH, K, T, P, H = range(19)


class Vowel(IntEnum):
    """``jamo_of``'s vowels by name, in Unicode order (ㅏ ㅐ ㅑ … ㅣ)."""
    A, AE, YA, YAE, EO, E, YEO, YE, O, WA, WAE, OE, YO, U, WO, WE, WI, YU, EU, UI, I = range(21)  # noqa: E741


def final_of(ch: str) -> int:
    """The index of the syllable's final consonant (0 for none, FINAL_N for ㄴ, …); ``ch``
    is a Hangul syllable."""
    return (ord(ch) - FIRST_SYLLABLE) % FINALS


def open_syllable(ch: str) -> bool:
    """A Hangul syllable with no final consonant (와 follows it, 과 follows a closed one)."""
    return "가" <= ch <= "힣" and final_of(ch) == NO_FINAL


def jamo_of(ch: str) -> tuple[int, int, int] | None:
    """The indices of the syllable's initial, vowel and final; None for any other character."""
    code = ord(ch) - FIRST_SYLLABLE
    if not 0 <= code < SYLLABLE_COUNT:
        return None
    return code // (21 * FINALS), code % (21 * FINALS) // FINALS, code % FINALS


def syllables_with_final(final: int) -> str:
    """Every syllable whose final is ``final``, in code order (for a character class)."""
    return "".join(chr(FIRST_SYLLABLE + FINALS * n + final)
                   for n in range(SYLLABLE_COUNT // FINALS))
