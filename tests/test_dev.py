"""dev.py, the fresh-clone entry point: it never upgrades what the machine already has."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

# what `apt-get install --simulate --no-upgrade chromium fonts-noto-cjk` prints (shortened)
SIMULATION = """\
NOTE: This is only a simulation!
Reading package lists...
Inst libudev1 [252.17-1~deb12u1] (252.30-1~deb12u2 Debian:12.8/stable [amd64])
Inst chromium-common (131.0.6778.85-1~deb12u1 Debian-Security:12/stable-security [amd64])
Inst chromium (131.0.6778.85-1~deb12u1 Debian-Security:12/stable-security [amd64])
Inst fonts-noto-cjk (1:20220127+repack1-1 Debian:12.8/stable [all])
Conf chromium (131.0.6778.85-1~deb12u1 Debian-Security:12/stable-security [amd64])
"""


def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_upgrade_in_the_apt_plan_is_seen() -> None:
    new, upgrades = dev().planned(SIMULATION)
    assert new == ["chromium-common", "chromium", "fonts-noto-cjk"]
    assert upgrades == ["libudev1"]  # so dev.py installs nothing and says why


def test_apt_is_asked_never_to_upgrade() -> None:
    source = (ROOT / "dev.py").read_text(encoding="utf-8")
    assert '"--no-upgrade"' in source and "apt-get\", \"upgrade" not in source
