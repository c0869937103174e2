"""Settings: the interface language (from the next start), who is working, this installation,
the zone's gateways."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.gui import preferences
from bin_desktop.gui.context import AppContext
from bin_desktop.gui.labels import language_name, role_label
from bin_desktop.gui.pages.gateways import GatewaysPage


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


class SettingsPage(QWidget):
    switchOperator = Signal()  # noqa: N815 - Qt naming
    openSynchronisation = Signal()  # noqa: N815

    def __init__(self, ctx: AppContext, current_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Settings"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        language_box = QGroupBox(self.tr("Interface"))
        language_form = QFormLayout(language_box)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        for code in preferences.UI_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(preferences.saved_language() or current_language)))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        language_form.addRow(self.tr("&Language:"), self.language_combo)
        self.language_note = QLabel(self.tr("A new language applies when BIN Desk starts again."))
        self.language_note.setWordWrap(True)
        language_form.addRow("", self.language_note)
        layout.addWidget(language_box)

        operator_box = QGroupBox(self.tr("Operator"))
        operator_layout = QHBoxLayout(operator_box)
        self.operator_label = QLabel()
        self.operator_label.setAccessibleName(self.tr("Current operator"))
        operator_layout.addWidget(self.operator_label, 1)
        self.switch_button = QPushButton(self.tr("Switch operator…"))
        self.switch_button.setAccessibleName(self.tr("Switch operator"))
        self.switch_button.clicked.connect(self.switchOperator)
        operator_layout.addWidget(self.switch_button)
        layout.addWidget(operator_box)

        install_box = QGroupBox(self.tr("This installation"))
        install_form = QFormLayout(install_box)
        zone = ctx.zone
        self.zone_label = _selectable(f"{zone.name} ({zone.number})" if zone else self.tr(
            "no zone set up"))
        install_form.addRow(self.tr("Police zone:"), self.zone_label)
        self.folder_label = _selectable(str(ctx.db.data_dir))
        install_form.addRow(self.tr("Data folder:"), self.folder_label)
        self.device_label = _selectable(ctx.db.device_id)
        install_form.addRow(self.tr("Device id:"), self.device_label)
        self.sync_button = QPushButton(self.tr("S&ynchronisation…"))
        self.sync_button.setAccessibleName(self.tr("Synchronisation settings"))
        self.sync_button.setToolTip(self.tr("The zone hub this computer syncs with"))
        self.sync_button.clicked.connect(self.openSynchronisation)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addStretch(1)
        install_form.addRow(self.tr("Zone hub:"), sync_row)
        layout.addWidget(install_box)

        self.gateways = GatewaysPage(ctx)
        gateways_box = QGroupBox(self.tr("Gateways"))
        QVBoxLayout(gateways_box).addWidget(self.gateways)
        layout.addWidget(gateways_box, 1)
        self.show_operator()

    def show_operator(self) -> None:
        operator = self.ctx.operator
        self.operator_label.setText(
            self.tr("{name} ({number}), {role}").format(
                name=operator.name, number=operator.personnel_number,
                role=role_label(operator.role))
            if operator else self.tr("Nobody is selected: changes are refused."))

    @Slot(int)
    def _language_chosen(self, _index: int) -> None:
        preferences.save_language(str(self.language_combo.currentData()))
