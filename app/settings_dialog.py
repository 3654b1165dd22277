"""Settings: language (applied at once), database and SSH passwords (OS keyring only), defaults."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from hoam_core.metadata import credentials
from hoam_core.config import DatabaseSite

from .i18n import LANGUAGES, Retranslating, current_language, set_language
from .messages import error_text
from .profiles import DEFAULT_PROFILE, fill_profiles, name_profiles


def password_entries(sites: dict[str, DatabaseSite]) -> list[tuple[str, str, str, str]]:
    """(kind "db"|"ssh", site name, keyring service, user) for every password a site may need."""
    entries = []
    for name, site in sorted(sites.items()):
        if site.engine == "postgresql":
            entries.append(("db", name, credentials.db_service(site), site.user))
        if site.ssh is not None:
            entries.append(("ssh", name, credentials.ssh_service(site.ssh), site.ssh.user))
    return entries


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, settings: QSettings, sites: dict[str, DatabaseSite], parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._change_language)
        self.profile = QComboBox()
        fill_profiles(self.profile, settings)
        self.profile.currentIndexChanged.connect(
            lambda: settings.setValue(DEFAULT_PROFILE, self.profile.currentData()))

        self.general = QGroupBox()
        general = QFormLayout(self.general)
        self.language_label, self.profile_label = QLabel(), QLabel()
        general.addRow(self.language_label, self.language)
        general.addRow(self.profile_label, self.profile)

        self.passwords = QGroupBox()
        grid = QGridLayout(self.passwords)
        self.password_help = QLabel(wordWrap=True)
        grid.addWidget(self.password_help, 0, 0, 1, 5)
        self.entries = password_entries(sites)
        self.entry_widgets = []
        for i, (kind, name, service, user) in enumerate(self.entries, start=1):
            label, edit, save, forget, status = (QLabel(), QLineEdit(), QPushButton(), QPushButton(),
                                                 QLabel(wordWrap=True))
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            save.clicked.connect(lambda _=False, i=i - 1: self.store(i))
            forget.clicked.connect(lambda _=False, i=i - 1: self.forget(i))
            for column, widget in enumerate((label, edit, save, forget)):
                grid.addWidget(widget, 2 * i - 1, column)
            grid.addWidget(status, 2 * i, 0, 1, 4)
            self.entry_widgets.append((label, edit, save, forget, status))
        if not self.entries:
            self.no_passwords = QLabel(wordWrap=True)
            grid.addWidget(self.no_passwords, 1, 0, 1, 4)

        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.passwords)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("Language"))
        self.profile_label.setText(self.tr("Default training profile"))
        name_profiles(self.profile)
        self.passwords.setTitle(self.tr("Database passwords"))
        self.password_help.setText(self.tr("Passwords are kept in the operating system's keyring (Windows "
                                           "Credential Manager, macOS Keychain, Secret Service), never in files."))
        for (kind, name, service, user), (label, edit, save, forget, _) in zip(self.entries, self.entry_widgets):
            label.setText((self.tr("Database of {site}: {user}") if kind == "db"
                           else self.tr("SSH jump host of {site}: {user}")).format(site=name, user=user))
            label.setToolTip(service)
            edit.setPlaceholderText(self.tr("new password"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)  # never cut off
            save.setText(self.tr("Store"))
            forget.setText(self.tr("Forget"))
        if not self.entries:
            self.no_passwords.setText(self.tr("No site in database_configs.json needs a password."))
        self.close_button.setText(self.tr("Close"))

    def _change_language(self) -> None:
        code = self.language.currentData()
        set_language(code)
        self.settings.setValue("language", code)

    def store(self, index: int) -> None:
        _, _, service, user = self.entries[index]
        _, edit, _, _, status = self.entry_widgets[index]
        if not edit.text():
            status.setText(self.tr("Type the password first."))
            return
        try:
            credentials.store_password(service, user, edit.text())
            status.setText(self.tr("Stored in the keyring."))
        except credentials.CredentialError as exc:
            status.setText(error_text(exc))
        edit.clear()

    def forget(self, index: int) -> None:
        _, _, service, user = self.entries[index]
        status = self.entry_widgets[index][4]
        try:
            credentials.delete_password(service, user)
            status.setText(self.tr("Removed from the keyring."))
        except credentials.CredentialError as exc:
            status.setText(error_text(exc))
