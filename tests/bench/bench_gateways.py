"""Gateway throughput on loopback: http-json SMS and SMTP e-mail.

    .venv/bin/python tests/bench/bench_gateways.py

Prints deliveries per second for 10,000 SMS through http-json in batches of 100 (one kept-alive
connection, target ≥ 1,000/s for the whole dispatch) and for 1,000 e-mails through a local
aiosmtpd in batches of 50 (target < 10 s). Gateway time only: the dispatcher's outbox writes are
measured by the dispatch benchmark.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bin_desktop.core.gateways import Outgoing, Submitted  # noqa: E402
from bin_desktop.core.gateways.http_json import HttpJsonGateway  # noqa: E402
from bin_desktop.core.gateways.smtp import SmtpGateway  # noqa: E402
from tests.fakes.http_provider import running_provider  # noqa: E402
from tests.fakes.smtp_server import running_smtp  # noqa: E402

SMS = 10_000
EMAILS = 1_000


def outgoing(number: int, channel: str) -> Outgoing:
    email = channel == "email"
    return Outgoing(reference=f"bench-{channel}-{number:06d}", channel="email" if email else "sms",
                    to=f"lid{number}@example.be" if email else f"+3247{number:07d}",
                    language="nl-BE", text="Inbraakgolf in de Kerkwijk: sluit ramen en deuren.",
                    subject="Politiebericht" if email else None,
                    sender="bin@pz.example.be" if email else "PZ Zennevallei",
                    validity_seconds=3600)


def run(batches: list[list[Outgoing]],
        submit: Callable[[Sequence[Outgoing]], list[Submitted]]) -> float:
    start = time.perf_counter()
    for batch in batches:
        results = submit(batch)
        assert all(r.outcome == "accepted" for r in results)
    return time.perf_counter() - start


def main() -> None:
    sms = [outgoing(n, "sms") for n in range(SMS)]
    with running_provider() as (url, state):
        gateway = HttpJsonGateway("bench", url, state.token, batch_size=100)
        seconds = run([sms[i:i + 100] for i in range(0, SMS, 100)], gateway.submit)
        gateway.close()
        assert len(state.accepted) == SMS and set(state.accepted.values()) == {1}
    print(f"http-json: {SMS} SMS in batches of 100: {seconds:.2f} s, {SMS / seconds:,.0f}/s")

    mails = [outgoing(n, "email") for n in range(EMAILS)]
    with running_smtp() as (port, mailbox):
        smtp = SmtpGateway("bench", "127.0.0.1", port, security="plain", batch_size=50)
        seconds = run([mails[i:i + 50] for i in range(0, EMAILS, 50)], smtp.submit)
        assert len(mailbox.messages) == EMAILS
    print(f"smtp: {EMAILS} e-mails in batches of 50: {seconds:.2f} s, "
          f"{EMAILS / seconds:,.0f}/s")


if __name__ == "__main__":
    main()
