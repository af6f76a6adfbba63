"""Screenshots of every window and dialog, for review (not a test).

    .venv/bin/python packaging/screenshots.py OUT_FOLDER [LANG ...]

Builds throwaway vaults with the fictional sample case in a temporary folder,
opens each window and dialog as a user would see it, and saves one PNG per
window and language (en, ar, es, fr; default en and ar). Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from hrdoc.core.evidence import add_evidence_file
from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.records import Incident, Involvement
from hrdoc.core.sample import load_sample
from hrdoc.core.store import Store
from hrdoc.core.vault import Vault
from hrdoc.exchange import contacts
from hrdoc.exchange.bundle import export_bundle
from hrdoc.exchange.identity import VaultIdentity
from hrdoc.gui.app import install_translation
from hrdoc.gui.conflicts_dialog import ConflictsDialog
from hrdoc.gui.contacts_dialog import ContactsDialog
from hrdoc.gui.exchange_dialogs import (
    BundleDialog,
    ImportBundleDialog,
    MyKeyDialog,
    ReportDialog,
)
from hrdoc.gui.first_run import FirstRunDialog
from hrdoc.gui.main_window import MainWindow
from hrdoc.gui.record_dialogs import (
    EditRecordsDialog,
    FieldLevelsDialog,
    NewCaseDialog,
    NewIncidentDialog,
)
from hrdoc.gui.settings_dialog import SettingsDialog
from hrdoc.gui.unlock import ChangePassphraseDialog, UnlockDialog

PASSPHRASE = "olive harbour quietly sings at dawn"  # noqa: S105 (throwaway vaults)
FAST = Argon2Params()  # the minimum: no calibration for throwaway vaults


def settle(app: QApplication, until: Callable[[], bool] = lambda: True) -> None:
    for _ in range(2000):
        app.processEvents()
        if until():
            return
        time.sleep(0.005)


def shoot(app: QApplication, widget: QWidget, out: Path, name: str, size: tuple[int, int]) -> None:
    widget.resize(*size)
    widget.show()
    settle(app)
    widget.grab().save(str(out / f"{name}.png"))
    if isinstance(widget, QDialog):
        widget.done(0)
    print(out / f"{name}.png")


def main(out: Path, langs: list[str]) -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ours, _code = Vault.create(base / "ours", PASSPHRASE, kdf_params=FAST)
        store = Store(ours)
        load_sample(store)
        photo = base / "raid-photo.jpg"
        exif = Image.Exif()
        exif[0x8825] = {1: "N", 2: (33.0, 53.0, 0.0), 3: "E", 4: (35.0, 30.0, 0.0)}
        exif[0x0110] = "Pixel 7"
        Image.new("RGB", (320, 200), (180, 60, 60)).save(photo, exif=exif)
        finding = [i for i in store.find(Incident) if i.verification == "forensic_indication"]
        add_evidence_file(store, (finding or store.find(Incident))[0].id, photo)
        partner, _ = Vault.create(base / "partner", PASSPHRASE, kdf_params=FAST)
        load_sample(Store(partner))
        contacts.add(ours, VaultIdentity(partner).card(), name="Partner NGO")
        bundle = base / "from-partner.hrdoc"
        export_bundle(
            Store(partner),
            profile="partner",
            dest=bundle,
            to=[VaultIdentity(ours).card()],
        )
        for lang in langs:
            shots = out / lang
            shots.mkdir(parents=True, exist_ok=True)
            translators = install_translation(app, lang)
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            )
            first = FirstRunDialog(base / f"new-{lang}")
            first.passphrase.setText("olive harbour")
            shoot(app, first, shots, "01-first-run", (560, 420))
            first = FirstRunDialog(base / f"new-{lang}")
            first.show_code("-".join(["482915"] * 8))
            shoot(app, first, shots, "02-first-run-recovery-code", (560, 420))
            unlock = UnlockDialog(base / "ours")
            unlock.error.setText(
                QCoreApplication.translate("UnlockDialog", "wrong passphrase")
                + "; nothing was changed"
            )
            shoot(app, unlock, shots, "03-unlock", (460, 200))
            recover = UnlockDialog(base / "ours")
            recover.recover_button.click()
            shoot(app, recover, shots, "04-unlock-recovery", (520, 260))

            window = MainWindow(lang=lang)
            window.open_vault(ours)
            window.resize(1280, 720)
            window.show()
            settle(app)
            window.table.setCurrentIndex(window.model.index(4, 0))  # the MVT finding
            for index, name in enumerate(
                ["incident", "evidence", "people", "indicators", "interventions", "history"]
            ):
                window.tabs.setCurrentIndex(index)
                if name == "evidence":  # the photo: what it says about itself
                    window.evidence.table.setCurrentCell(window.evidence.table.rowCount() - 1, 0)
                shoot(app, window, shots, f"1{index}-main-{name}", (1280, 720))
            window.tabs.setCurrentIndex(0)
            people = window.people
            people.refresh()
            link_id = people.row_ids[0] if people.row_ids else store.find(Involvement)[0].id
            dialogs: list[tuple[str, QDialog, tuple[int, int]]] = [
                ("20-new-case", NewCaseDialog(store, window), (460, 300)),
                ("21-new-incident", NewIncidentDialog(store, None, window), (520, 640)),
                (
                    "22-edit-person",
                    EditRecordsDialog(store, people.edit_parts(link_id), "Edit", window),
                    (640, 560),
                ),
                (
                    "23-field-levels",
                    FieldLevelsDialog(
                        store, window.editor.field_labels(), window.editor.field_levels, window
                    ),
                    (460, 480),
                ),
                ("24-settings", SettingsDialog(window), (420, 200)),
                ("25-change-passphrase", ChangePassphraseDialog(ours, window), (460, 220)),
                ("30-report", ReportDialog(store, window), (600, 560)),
                ("31-bundle", BundleDialog(store, window), (600, 600)),
                ("33-my-key", MyKeyDialog(store, window), (520, 620)),
                ("34-contacts", ContactsDialog(ours, window), (720, 480)),
                ("35-conflicts", ConflictsDialog(store, window), (640, 420)),
            ]
            for name, dialog, size in dialogs:
                shoot(app, dialog, shots, name, size)
            importing = ImportBundleDialog(store, bundle, window)
            importing.resize(560, 320)
            importing.show()
            settle(
                app, lambda d=importing: d.report is not None or "bundle" in d.summary.toPlainText()
            )  # type: ignore[misc]
            shoot(app, importing, shots, "32-import-bundle", (560, 320))
            box = QMessageBox(window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                QCoreApplication.translate(
                    "Protection",
                    "These fields would be less protected than hrdoc's default: %1. "
                    "They could then appear in bundles for partners or in public reports. "
                    "Save anyway?",
                ).replace("%1", "Name")
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel
            )
            shoot(app, box, shots, "26-less-protection", (480, 200))
            window.lock()
            shoot(app, window, shots, "40-locked", (1280, 720))
            window.close()
            ours = Vault.open(base / "ours", PASSPHRASE)
            store = Store(ours)
            for translator in translators:
                app.removeTranslator(translator)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), sys.argv[2:] or ["en", "ar"])
