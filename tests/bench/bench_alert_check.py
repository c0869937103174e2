"""Message check benchmark: engine.check on a 1,000-character message, as on every keystroke.

    .venv/bin/python tests/bench/bench_alert_check.py

Prints p50/p95 over 200 runs for a Dutch and a French message of 1,000 characters (target: p95
< 20 ms), each run with a different text (one more character, as when typing), so that no cache
on the text helps; the context has 300 members and 20 recent messages.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bin_desktop.core.alerts import engine  # noqa: E402
from bin_desktop.core.alerts.model import (  # noqa: E402
    AudienceMember,
    CheckContext,
    Draft,
    RecentMessage,
)

RUNS = 200
LENGTH = 1000

NL = (
    "Inbraakgolf in de Kerkwijk. De voorbije week werd in vier woningen ingebroken, telkens "
    "'s avonds via de achterdeur. Sluit ramen en deuren, ook als u maar even weg bent, en laat "
    "'s avonds licht branden. Ziet u een verdachte situatie? Ga niet zelf achter de daders aan "
    "en bel meteen 112. Noteer wat u ziet: kledij, lengte, richting en het voertuig. Valse "
    "medewerkers van de waterleiding bellen aan bij oudere mensen in de Molenstraat; laat "
    "niemand binnen zonder afspraak en vraag een legitimatiekaart. Bij twijfel: bel 101 of ons "
    "algemeen nummer 053 72 03 00. Wij danken u voor uw medewerking en uw meldingen. ")
FR = (
    "Vague de cambriolages dans le quartier de l'Église. La semaine dernière, quatre habitations "
    "ont été cambriolées, chaque fois en soirée par la porte arrière. Fermez portes et fenêtres, "
    "même si vous ne vous absentez que quelques minutes, et laissez une lumière allumée le soir. "
    "Vous remarquez une situation suspecte ? Ne poursuivez pas les auteurs vous-même et appelez "
    "immédiatement le 112. Notez ce que vous voyez : vêtements, taille, direction et véhicule. "
    "De faux employés de la compagnie des eaux sonnent chez des personnes âgées rue du Moulin ; "
    "ne laissez entrer personne sans rendez-vous. En cas de doute : appelez le 101 ou notre "
    "numéro général 053 72 03 00. Merci pour votre collaboration. ")


def _text(base: str) -> str:
    return (base * (LENGTH // len(base) + 1))[:LENGTH]


def _context(now: dt.datetime) -> CheckContext:
    audience = tuple(
        AudienceMember("paused" if i % 17 == 0 else "active", i % 3 != 0, i % 2 == 0,
                       i % 4 != 0, ("sms",) if i % 5 == 0 else (),
                       "22:00" if i % 7 == 0 else None, "07:00" if i % 7 == 0 else None)
        for i in range(300))
    recent = tuple(RecentMessage(f"Bericht {i}: diefstal van fietsen aan het station, "
                                 f"sluit uw fiets altijd op slot.", now - dt.timedelta(hours=i),
                                 "burglary" if i % 2 else "theft") for i in range(20))
    return CheckContext(allowed_categories=frozenset({"burglary", "theft"}),
                        network_languages=("nl", "fr"),
                        texts_by_language={"nl": _text(NL), "fr": _text(FR)},
                        zone_numbers=("112", "101", "053 72 03 00"), recent=recent,
                        audience=audience, now=now)


def _bench(language: str, text: str, ctx: CheckContext) -> None:
    drafts = [Draft(text[:LENGTH - 2] + chr(ord("a") + i % 26) + str(i)[-1:], language,
                    "burglary", "urgent" if i % 2 else "normal", subject="Inbraken")
              for i in range(RUNS)]
    engine.check(drafts[0], ctx)  # warm-up: imports and compiled patterns are not measured
    times = []
    for draft in drafts:
        start = time.perf_counter()
        result = engine.check(draft, ctx)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[int(0.95 * len(times)) - 1]
    print(f"{language}: {len(drafts[0].text)} characters, {RUNS} runs: p50 {p50:.2f} ms, "
          f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms (verdict {result.verdict}, "
          f"{len(result.findings)} findings)")


def main() -> None:
    ctx = _context(dt.datetime(2026, 3, 3, 10, 0))
    _bench("nl", _text(NL), ctx)
    _bench("fr", _text(FR), ctx)


if __name__ == "__main__":
    main()
