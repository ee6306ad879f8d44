"""Cài đặt → Ký số → "Dò tìm trên máy": the tokens found are listed with their holder, and one
click fills the module path and the token label (SoftHSM2 placed in a scanned folder)."""

from __future__ import annotations

import shutil

from kh57desk.services import settings as settings_service
from kh57desk.signing import token_scan
from pki import pki_env, soft_token  # noqa: F401 - pytest fixtures


def test_scan_lists_the_token_and_one_click_chooses_it(demo_app, demo_workspace, qtbot, idle, soft_token, tmp_path,
                                                        monkeypatch):
    folder = tmp_path / "Thư viện token"
    folder.mkdir()
    placed = folder / "libsofthsm2.so"
    shutil.copy(soft_token.module, placed)
    (folder / "vnpt-ca_csp11.so").write_bytes(b"not a library")  # a broken vendor file is listed, not chosen
    monkeypatch.setenv(token_scan.ENV_VAR, str(folder))
    page = demo_app.window.show_page("settings")
    qtbot.waitUntil(lambda: page.loaded_once)
    box = page.signing
    assert not box.found.isVisible()
    box.scan_button.click()
    qtbot.waitUntil(lambda: box.found.count() >= 2 and box.scan_button.isEnabled(), timeout=30_000)
    lines = [box.found.item(row).text() for row in range(box.found.count())]
    assert f"{soft_token.label} — Trần Thị Bình (Sở Nội vụ tỉnh Thái Bình) · libsofthsm2.so" in lines
    assert any(line.startswith("vnpt-ca_csp11.so: Không nạp được") for line in lines)
    assert "Tìm thấy 1 token" in box.trust_message.text()
    broken = next(box.found.item(r) for r in range(box.found.count()) if "vnpt" in box.found.item(r).text())
    box.use_found(broken)
    assert box.module.text() == ""
    good = next(box.found.item(r) for r in range(box.found.count()) if "libsofthsm2" in box.found.item(r).text())
    box.use_found(good)
    assert (box.module.text(), box.token.currentText()) == (str(placed), soft_token.label)
    page.save()
    idle(demo_app.worker)
    with demo_workspace.db.reader() as session:
        prefs = settings_service.load(session)
    assert (prefs.pkcs11_module, prefs.pkcs11_token) == (str(placed), soft_token.label)
