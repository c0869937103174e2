"""Translated labels for core's codes and the one place that formats dates and numbers.

Core keeps English texts marked with QT_TRANSLATE_NOOP("core", ...); they are translated here,
in the "core" context, at the moment they are shown (so a language change needs no reload).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from bin_desktop.core.domain import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    NETWORK_TYPE_LABELS,
    ROLE_LABELS,
    Category,
    Channel,
    NetworkType,
    Role,
)
from bin_desktop.core.errors import QT_TRANSLATE_NOOP, BinDeskError
from bin_desktop.core.lifecycle import (
    ACTOR_LABELS,
    STATE_LABELS,
    TASK_TEMPLATES,
    Actor,
    State,
    Task,
)


def tr_core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def _tr_code(labels: dict[Any, str], code: str) -> str:
    for key, text in labels.items():
        if key == code:
            return tr_core(text)
    return code  # a code from a newer version: show it rather than fail


def state_label(state: State | str) -> str:
    return _tr_code(STATE_LABELS, state)


def actor_label(actor: Actor | str) -> str:
    return _tr_code(ACTOR_LABELS, actor)


def role_label(role: Role | str) -> str:
    return _tr_code(ROLE_LABELS, role)


def network_type_label(network_type: NetworkType | str) -> str:
    return _tr_code(NETWORK_TYPE_LABELS, network_type)


def network_type_short_label(network_type: NetworkType | str) -> str:
    """For narrow table columns: "BIN-Z" instead of "BIN-Z (self-employed)"."""
    if network_type == NetworkType.BIN_Z:
        return "BIN-Z"
    return network_type_label(network_type)


def category_label(category: Category | str) -> str:
    return _tr_code(CATEGORY_LABELS, category)


def channel_label(channel: Channel | str) -> str:
    return _tr_code(CHANNEL_LABELS, channel)


def task_sentence(task: Task, network: str, actor: Actor, days: int) -> str:
    """'Kerkwijk: waiting for the mayor's signature for 121 days', in the interface language."""
    return _format(tr_core(TASK_TEMPLATES[task]), TASK_TEMPLATES[task],
                   network=network, actor=actor_label(actor), days=days)


def _format(translated: str, original: str, **params: Any) -> str:
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
        return original.format(**params)


def error_message(exc: BinDeskError) -> str:
    """A core error in the interface language.

    Core passes some parameters that are themselves marked texts (a state's label, say), so
    string parameters are looked up in the "core" context too; any other text comes back as is.
    """
    params = {k: tr_core(v) if isinstance(v, str) else v for k, v in exc.params.items()}
    return _format(tr_core(exc.template), exc.template, **params)


def locale() -> QLocale:
    return QLocale()


def date_pattern() -> str:
    """The locale's short date format with a four-digit year ("27/11/26" is ambiguous)."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return locale().toString(QDate(value.year, value.month, value.day), date_pattern())


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return f"{format_date(local)} {local:%H:%M}"


def language_name(code: str) -> str:
    """A language's name in that language: people look for their own."""
    return {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}.get(code, code)


# -- the charter: parties, signatories, statuses, methods and files ---------------------------
# Core keeps these as plain codes (they travel in the operation log); the words are the GUI's.
def _charter_label(texts: dict[str, str], code: str) -> str:
    text = texts.get(code)
    return QCoreApplication.translate("labels", text) if text else code


_PARTIES = {
    "citizens": QT_TRANSLATE_NOOP("labels", "Citizens"),
    "police": QT_TRANSLATE_NOOP("labels", "Police zone"),
    "municipality": QT_TRANSLATE_NOOP("labels", "Municipality"),
}
_SIGNATORIES = {
    "coordinator": QT_TRANSLATE_NOOP("labels", "Coordinator"),
    "mandated_officer": QT_TRANSLATE_NOOP("labels", "BIN-mandated officer"),
    "korpschef": QT_TRANSLATE_NOOP("labels", "Korpschef"),
    "mayor": QT_TRANSLATE_NOOP("labels", "Mayor"),
    "prevention_officer": QT_TRANSLATE_NOOP("labels", "Prevention officer"),
}
_CHARTER_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "signing": QT_TRANSLATE_NOOP("labels", "Being signed"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Submitted to ADVP"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved by ADVP"),
    "superseded": QT_TRANSLATE_NOOP("labels", "Superseded"),
    "returned": QT_TRANSLATE_NOOP("labels", "Sent back"),
}
_SIGNATURE_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("labels", "Pending"),
    "signed": QT_TRANSLATE_NOOP("labels", "Signed"),
    "refused": QT_TRANSLATE_NOOP("labels", "Refused"),
    "revoked": QT_TRANSLATE_NOOP("labels", "Revoked"),
}
_SIGNATURE_METHODS = {
    "digital": QT_TRANSLATE_NOOP("labels", "Digital, in BIN Desk"),
    "signed_pdf": QT_TRANSLATE_NOOP("labels", "Signed PDF received"),
    "wet_ink": QT_TRANSLATE_NOOP("labels", "On paper (scan)"),
    "paper": QT_TRANSLATE_NOOP("labels", "On paper"),
}
_FILE_KINDS = {
    "signed_pdf": QT_TRANSLATE_NOOP("labels", "Signed charter (PDF)"),
    "wet_ink_scan": QT_TRANSLATE_NOOP("labels", "Scan of a signature on paper"),
    "advp_letter": QT_TRANSLATE_NOOP("labels", "Letter to ADVP"),
    "advp_notice": QT_TRANSLATE_NOOP("labels", "Notice to ADVP"),
}


def party_label(code: str) -> str:
    return _charter_label(_PARTIES, code)


def signatory_label(code: str) -> str:
    return _charter_label(_SIGNATORIES, code)


def charter_status_label(code: str) -> str:
    return _charter_label(_CHARTER_STATUSES, code)


def signature_status_label(code: str) -> str:
    return _charter_label(_SIGNATURE_STATUSES, code)


def signature_method_label(code: str) -> str:
    return _charter_label(_SIGNATURE_METHODS, code)


def file_kind_label(code: str) -> str:
    return _charter_label(_FILE_KINDS, code)


# -- members: statuses, fields of a list, review-queue findings --------------------------------
_MEMBER_STATUSES = {
    "pending_review": QT_TRANSLATE_NOOP("labels", "Awaiting review"),
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "paused": QT_TRANSLATE_NOOP("labels", "Paused"),
    "left": QT_TRANSLATE_NOOP("labels", "Left"),
    "excluded": QT_TRANSLATE_NOOP("labels", "Excluded"),
}
#: What a column of a coordinator's list may hold (core's members.model.FIELDS).
_MEMBER_FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("labels", "Full name"),
    "last_name": QT_TRANSLATE_NOOP("labels", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("labels", "First name"),
    "street": QT_TRANSLATE_NOOP("labels", "Street (and number)"),
    "house_number": QT_TRANSLATE_NOOP("labels", "House number"),
    "box": QT_TRANSLATE_NOOP("labels", "Box"),
    "postcode": QT_TRANSLATE_NOOP("labels", "Postcode"),
    "municipality": QT_TRANSLATE_NOOP("labels", "Municipality"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("labels", "Second phone"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "language": QT_TRANSLATE_NOOP("labels", "Language"),
    "consent": QT_TRANSLATE_NOOP("labels", "Consent"),
    "channels": QT_TRANSLATE_NOOP("labels", "Channels"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
}
_ROW_STATUSES = {
    "ok": QT_TRANSLATE_NOOP("labels", "Ready to approve"),
    "problem": QT_TRANSLATE_NOOP("labels", "Problem"),
    "duplicate": QT_TRANSLATE_NOOP("labels", "Duplicate"),
}
_FINDING_CODES = {
    "phone.invalid": QT_TRANSLATE_NOOP("labels", "Phone number not valid"),
    "phone.not_mobile": QT_TRANSLATE_NOOP("labels", "Not a mobile number"),
    "phone.foreign": QT_TRANSLATE_NOOP("labels", "Foreign phone number"),
    "email.invalid": QT_TRANSLATE_NOOP("labels", "E-mail address not valid"),
    "address.outside_area": QT_TRANSLATE_NOOP("labels", "Address outside the area"),
    "address.missing": QT_TRANSLATE_NOOP("labels", "No street"),
    "name.missing": QT_TRANSLATE_NOOP("labels", "No name"),
    "consent.missing": QT_TRANSLATE_NOOP("labels", "No consent"),
    "duplicate.in_file": QT_TRANSLATE_NOOP("labels", "Twice in the list"),
    "duplicate.existing": QT_TRANSLATE_NOOP("labels", "Already a member"),
    "contact.missing": QT_TRANSLATE_NOOP("labels", "No phone or e-mail"),
    "language.unknown": QT_TRANSLATE_NOOP("labels", "Language not understood"),
    "cell.truncated": QT_TRANSLATE_NOOP("labels", "Cell cut short"),
}


def member_status_label(code: str) -> str:
    return _charter_label(_MEMBER_STATUSES, code)


def member_field_label(code: str) -> str:
    return _charter_label(_MEMBER_FIELDS, code)


def row_status_label(code: str) -> str:
    return _charter_label(_ROW_STATUSES, code)


def finding_label(code: str) -> str:
    return _charter_label(_FINDING_CODES, code)


def finding_text(template: str, params: dict[str, Any]) -> str:
    """A finding of the member-list validation in the interface language.

    The parameters are what the coordinator typed (names, numbers): shown as they are, never
    looked up as texts. A translation that broke a placeholder falls back to the English.
    """
    for text in (tr_core(template), template):
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            continue
    return template
