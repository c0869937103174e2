"""Who is working: pick an existing operator, or create one (the first of a new data folder).

The choice becomes the data folder's default operator. Creating an operator is checked in core:
the first operator of an empty folder needs no actor, later ones need an administrator.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bin_desktop.core import operators
from bin_desktop.core.domain import Role
from bin_desktop.core.store.database import Database
from bin_desktop.core.store.models import Operator
from bin_desktop.gui.labels import role_label
from bin_desktop.gui.tasks import DbTasks


def _create_and_choose(db: Database, actor_id: str | None, name: str, number: str,
                       role: str) -> Operator:
    """Runs in the database worker."""
    operator = operators.create_operator(db, actor_id, name, number, role)
    operators.set_default_operator(db, operator.id)
    return operator


def _choose(db: Database, operator: Operator) -> Operator:
    """Runs in the database worker."""
    operators.set_default_operator(db, operator.id)
    return operator


class OperatorDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database, tasks: DbTasks,
                 existing: Sequence[Operator], actor_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.actor_id = actor_id
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("Who is working?"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)

        active = [o for o in existing if o.active]
        self.pick_radio = QRadioButton(self.tr("I am an existing operator:"))
        self.pick_combo = QComboBox()
        self.pick_combo.setAccessibleName(self.tr("Existing operators"))
        for operator in active:
            self.pick_combo.addItem(
                f"{operator.name} — {role_label(operator.role)} ({operator.personnel_number})",
                operator.id)
        self._operators = {o.id: o for o in active}
        self.create_radio = QRadioButton(self.tr("Create a new operator:"))

        if active:
            layout.addWidget(self.pick_radio)
            layout.addWidget(self.pick_combo)
            layout.addWidget(self.create_radio)
        else:
            intro = QLabel(self.tr(
                "This data folder has no operators yet. Create the first one: every change you "
                "make will be recorded under this name."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.pick_radio.setVisible(bool(active))
        self.pick_combo.setVisible(bool(active))
        self.create_radio.setVisible(bool(active))

        self.create_box = QGroupBox()
        form = QFormLayout(self.create_box)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("Personnel number"))
        form.addRow(self.tr("&Personnel number:"), self.number_edit)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        form.addRow(self.tr("&Role:"), self.role_combo)
        layout.addWidget(self.create_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.pick_radio.toggled.connect(self._mode_changed)
        (self.pick_radio if active else self.create_radio).setChecked(True)
        self._mode_changed()

    @Slot()
    def _mode_changed(self) -> None:
        creating = self.create_radio.isChecked()
        self.create_box.setEnabled(creating)
        self.pick_combo.setEnabled(not creating)

    @Slot()
    def accept(self) -> None:
        """Saves first (in the worker); the dialog closes only when that succeeded."""
        self.buttons.setEnabled(False)
        if self.create_radio.isChecked():
            name, number = self.name_edit.text(), self.number_edit.text()
            role = str(self.role_combo.currentData())
            self.tasks.run(lambda: _create_and_choose(self.db, self.actor_id, name, number, role),
                           self._done, self._failed, owner=self, parent=self)
        else:
            chosen = self._operators[str(self.pick_combo.currentData())]
            self.tasks.run(lambda: _choose(self.db, chosen), self._done, self._failed,
                           owner=self, parent=self)

    def _done(self, operator: Operator) -> None:
        self.operator = operator
        self.buttons.setEnabled(True)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.tasks.errors.report(exc, self)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, tasks: DbTasks,
            existing: Sequence[Operator], actor_id: str | None = None) -> Operator | None:
        dialog = cls(parent, db, tasks, existing, actor_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.operator
