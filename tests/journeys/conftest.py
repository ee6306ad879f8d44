"""Journeys run the real program (``kh57desk.ui.app.main``) with its real event loop."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_ui_settings(qapp, tmp_path):
    """Window geometry and the remembered data folder go to this test's own INI file."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield tmp_path / "qsettings"


@pytest.fixture(params=["dữ liệu", "Nguyễn Văn A %41 #1/dữ liệu"], ids=["plain", "percent-hash"])
def data_dir(request, tmp_path):
    """Each journey runs twice: in a Vietnamese folder name, and in one whose path also holds a
    space, ``%`` (a URI escape) and ``#`` (a URI fragment), as Windows user folders can."""
    folder = tmp_path / request.param
    folder.mkdir(parents=True)
    return folder
