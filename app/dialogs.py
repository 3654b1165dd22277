"""Small questions to the user with translated buttons (Qt has no Vietnamese for its own)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from .messages import value_text


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str, no_text: str | None = None) -> bool:
    """Ask before something that cannot be undone; True when the user chose ``yes_text`` (the other button says
    ``no_text``, else "Cancel")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or QCoreApplication.translate("dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_password(parent: QWidget | None, prompt: str) -> str | None:
    """A masked password prompt; None when the user cancels. ``prompt`` names user and server (a coded
    text, said in the user's language)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("dialogs", "Password needed"))
    dialog.setLabelText(value_text(prompt) + "\n\n" + QCoreApplication.translate(
        "dialogs", "Store it in Settings to avoid this question next time."))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("dialogs", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("dialogs", "Cancel"))
    return dialog.textValue() if dialog.exec() else None
