"""Every user-facing string is in the .ts files, and Dutch, French and German translate all.

`pyside6-lupdate` is run exactly as `make lupdate` runs it, but into temporary copies of the
.ts files: a string in the code that the committed files lack shows up there as new. English is
the source language, so its file may stay unfinished (the source text is shown).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED = ("nl", "fr", "de")
_PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?:![rs])?(?::[^{}]*)?\}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    unfinished: bool
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without translation"
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            entries.append(Entry(name, message.findtext("source", ""),
                                 message.findtext("comment", ""), kind == "unfinished", texts))
    return entries


def _lupdate() -> Path:
    local = Path(sys.executable).parent / "pyside6-lupdate"
    found = local if local.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.fail("pyside6-lupdate is missing: install the dev dependencies (make test)")
    return Path(found)


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Entry]]:
    """The .ts files as `make lupdate` would leave them, made in a temporary folder."""
    out = tmp_path_factory.mktemp("lupdate")
    copies = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        copy = out / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bin_desktop").rglob("*.py")
                     if "forms" not in p.relative_to(ROOT / "bin_desktop").parts)
    forms = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    done = subprocess.run(
        [str(_lupdate()), "-tr-function-alias", "QT_TRANSLATE_NOOP+=_N", "-no-obsolete",
         "-locations", "none", *sources, *forms, "-ts", *map(str, copies)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return {copy.stem.rsplit("_", 1)[1]: read_ts(copy) for copy in copies}


def test_there_is_a_ts_file_per_language() -> None:
    assert {p.stem for p in TRANSLATIONS.glob("*.ts")} == {
        f"bin_desktop_{lang}" for lang in (*TRANSLATED, "en")}


def test_no_string_in_the_code_is_missing_from_the_ts_files(
        collected: dict[str, list[Entry]]) -> None:
    for language, entries in collected.items():
        committed = {e.key for e in read_ts(TRANSLATIONS / f"bin_desktop_{language}.ts")}
        new = sorted({e.key for e in entries} - committed)
        assert not new, (
            f"{len(new)} string(s) in the code are missing from bin_desktop_{language}.ts "
            "(run make lupdate, then translate):\n"
            + "\n".join(f"  [{context}] {source!r}" for context, source, _ in new[:40]))


def test_no_ts_file_keeps_strings_the_code_no_longer_has(
        collected: dict[str, list[Entry]]) -> None:
    for language, entries in collected.items():
        committed = {e.key for e in read_ts(TRANSLATIONS / f"bin_desktop_{language}.ts")}
        gone = sorted(committed - {e.key for e in entries})
        assert not gone, (f"bin_desktop_{language}.ts still has {len(gone)} string(s) the code "
                          "lost (run make lupdate):\n"
                          + "\n".join(f"  [{c}] {s!r}" for c, s, _ in gone[:40]))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    entries = read_ts(TRANSLATIONS / f"bin_desktop_{language}.ts")
    unfinished = [e for e in entries if e.unfinished or not all(t.strip() for t in
                                                                  e.translations)]
    assert not unfinished, (
        f"{len(unfinished)} unfinished string(s) in bin_desktop_{language}.ts:\n"
        + "\n".join(f"  [{e.context}] {e.source!r}" for e in unfinished[:40]))


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language: str) -> None:
    """A translation that drops or renames {name} shows the English text instead."""
    broken = []
    for entry in read_ts(TRANSLATIONS / f"bin_desktop_{language}.ts"):
        if entry.unfinished:
            continue
        wanted = sorted(set(_PLACEHOLDER.findall(entry.source)))
        for text in entry.translations:
            if sorted(set(_PLACEHOLDER.findall(text))) != wanted:
                broken.append(f"  [{entry.context}] {entry.source!r} → {text!r}")
    assert not broken, f"placeholders changed in bin_desktop_{language}.ts:\n" + "\n".join(
        broken[:40])
