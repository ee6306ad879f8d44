"""The signature commands as a user runs them: ``kh57 sign``, ``verify``, ``cert``, ``trust``,
``tokens``, ``sign-settings`` — the password or PIN read from standard input, exit codes, and no
secret left on disk or in the logs afterwards."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pki
from pki import pki_env, soft_token  # noqa: F401 - pytest fixtures
from tests.conftest import run_cli


def _kh57(*args, data_dir, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    if stdin is None:
        return run_cli(*args, data_dir=data_dir, env=env)
    script = Path(sys.executable).with_name("kh57")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "kh57desk.cli"]
    full_env = {k: v for k, v in os.environ.items() if k != "KH57DESK_DATA"}
    full_env.update({"PYTHONIOENCODING": "utf-8", **(env or {})})
    return subprocess.run(command + ["--data-dir", str(data_dir), *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=full_env, timeout=180)


def test_sign_report_then_verify(demo_workspace, pki_env):
    ws = demo_workspace
    report_id = pki.generate_report(ws)
    out = _kh57("sign", str(report_id), "--p12", str(pki_env.p12), data_dir=ws.data_dir,
                stdin=pki_env.password + "\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Đã ký số bởi Nguyễn Văn An (CA thử nghiệm kh57desk), mức B-B")
    signed = next((ws.data_dir / "reports" / "2025-Q2").glob("*-da-ky.pdf"))
    xlsx = next((ws.data_dir / "reports" / "2025-Q2").glob("*.xlsx"))

    check = _kh57("verify", str(signed), data_dir=ws.data_dir)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Người ký: Nguyễn Văn An — Sở Khoa học và Công nghệ tỉnh Thái Bình" in check.stdout
    assert "chưa xác minh được nguồn tin cậy" in check.stdout
    assert _kh57("verify", str(signed), "--require-trust", data_dir=ws.data_dir).returncode == 1

    added = _kh57("trust", "add", str(pki_env.ca_pem), data_dir=ws.data_dir)
    assert added.returncode == 0 and "Đã thêm vào danh sách tin cậy: CA thử nghiệm kh57desk" in added.stdout
    listed = _kh57("trust", "list", "--json", data_dir=ws.data_dir)
    assert [c["common_name"] for c in json.loads(listed.stdout)] == ["CA thử nghiệm kh57desk"]
    trusted = _kh57("verify", str(xlsx), "--require-trust", "--json", data_dir=ws.data_dir)
    assert trusted.returncode == 0, trusted.stdout
    body = json.loads(trusted.stdout)
    assert body["ok"] and body["trusted"] and body["kind"] == "cms"
    assert body["signatures"][0]["signer"]["common_name"] == "Nguyễn Văn An"

    pki.flip_byte(xlsx, 100)
    bad = _kh57("verify", str(xlsx), data_dir=ws.data_dir)
    assert bad.returncode == 1 and "NỘI DUNG ĐÃ BỊ THAY ĐỔI" in bad.stdout

    again = _kh57("sign", str(report_id), "--p12", str(pki_env.p12), data_dir=ws.data_dir,
                  stdin=pki_env.password + "\n")
    assert again.returncode == 2 and again.stderr.startswith("Lỗi: Báo cáo #") and "đã được ký" in again.stderr


def test_wrong_password_exit_2_and_nothing_written(demo_workspace, pki_env):
    ws = demo_workspace
    report_id = pki.generate_report(ws)
    folder = ws.data_dir / "reports" / "2025-Q2"
    before = sorted(p.name for p in folder.iterdir())
    out = _kh57("sign", str(report_id), "--p12", str(pki_env.p12), data_dir=ws.data_dir, stdin="sai\n")
    assert out.returncode == 2
    assert out.stderr.strip() == "Lỗi: Mật khẩu của tệp khóa 'nguyen-van-an.p12' không đúng; không ký gì."
    assert sorted(p.name for p in folder.iterdir()) == before


def test_password_is_not_an_option(demo_workspace, pki_env, tmp_path):
    out = run_cli("sign", "1", "--p12", str(pki_env.p12), "--password", "x", data_dir=demo_workspace.data_dir)
    assert out.returncode == 2 and "tham số không nhận ra: --password" in out.stderr


def test_sign_loose_pdf_and_verify_unsigned(tmp_path, pki_env, data_dir):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "cong-van.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(100, 700, "Cong van")
    page.save()
    unsigned = run_cli("verify", str(pdf), data_dir=data_dir)
    assert unsigned.returncode == 1 and "KẾT LUẬN: tệp không có chữ ký số." in unsigned.stdout
    out = _kh57("sign", str(pdf), "--p12", str(pki_env.p12), "--out", str(tmp_path / "da-ky.pdf"),
                data_dir=data_dir, stdin=pki_env.password + "\n")
    assert out.returncode == 0, out.stderr
    assert run_cli("verify", str(tmp_path / "da-ky.pdf"), data_dir=data_dir).returncode == 0
    other = tmp_path / "ghi-chu.txt"
    other.write_text("không có chữ ký")
    missing = run_cli("verify", str(other), data_dir=data_dir)
    assert missing.returncode == 2 and "không có tệp chữ ký 'ghi-chu.txt.p7s'" in missing.stderr


def test_cert_command_and_expired_key(tmp_path, pki_env, data_dir):
    ok = _kh57("cert", "--p12", str(pki_env.p12), data_dir=data_dir, stdin=pki_env.password)
    assert ok.returncode == 0 and "Dùng được để ký." in ok.stdout
    assert "Người được cấp: CN=Nguyễn Văn An" in ok.stdout
    old = pki.make_signer(pki_env.ca, not_before=pki.days_from_now(-400), not_after=pki.days_from_now(-3))
    p12 = pki.write_p12(tmp_path / "het-han.p12", old, pki_env.ca)
    expired = _kh57("cert", "--p12", str(p12), data_dir=data_dir, stdin=pki.P12_PASSWORD)
    assert expired.returncode == 1 and "đã hết hạn" in expired.stdout
    doc = tmp_path / "x.txt"
    doc.write_text("x")
    refused = _kh57("sign", str(doc), "--p12", str(p12), data_dir=data_dir, stdin=pki.P12_PASSWORD)
    assert refused.returncode == 2 and "đã hết hạn" in refused.stderr
    assert not (tmp_path / "x.txt.p7s").exists()


def test_trust_rejects_signer_certificate_and_removes(tmp_path, pki_env, data_dir):
    signer_pem = pki_env.signer.write_pem(tmp_path / "nguoi-ky.pem")
    out = run_cli("trust", "add", str(signer_pem), data_dir=data_dir)
    assert out.returncode == 2 and "không phải chứng thư của tổ chức chứng thực (CA)" in out.stderr
    assert "Chưa có chứng thư CA tin cậy nào" in run_cli("trust", "list", data_dir=data_dir).stdout
    der = tmp_path / "ca.cer"
    der.write_bytes(pki_env.ca.der)
    assert run_cli("trust", "add", str(der), data_dir=data_dir).returncode == 0
    again = run_cli("trust", "add", str(pki_env.ca_pem), data_dir=data_dir)
    assert again.returncode == 0 and "đã có trong danh sách tin cậy" in again.stdout
    fingerprint = pki_env.ca.cert.fingerprint(__import__("cryptography").hazmat.primitives.hashes.SHA256()).hex()
    removed = run_cli("trust", "remove", fingerprint[:12], data_dir=data_dir)
    assert removed.returncode == 0 and "CA thử nghiệm kh57desk" in removed.stdout
    assert "Chưa có chứng thư CA tin cậy nào" in run_cli("trust", "list", data_dir=data_dir).stdout


def test_sign_settings(tmp_path, data_dir):
    from PIL import Image

    seal = tmp_path / "dau.png"
    Image.new("RGBA", (50, 50), (200, 0, 0, 255)).save(seal)
    out = run_cli("sign-settings", "--seal-image", str(seal), "--tsa", "http://tsa.example.vn/tsa",
                  data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    assert "Máy chủ dấu thời gian: http://tsa.example.vn/tsa" in out.stdout
    assert "Ảnh con dấu: signing/con-dau-" in out.stdout
    bad = run_cli("sign-settings", "--tsa", "tsa.example.vn", data_dir=data_dir)
    assert bad.returncode == 2 and "không hợp lệ" in bad.stderr
    not_image = tmp_path / "x.png"
    not_image.write_text("không phải ảnh")
    bad = run_cli("sign-settings", "--signature-image", str(not_image), data_dir=data_dir)
    assert bad.returncode == 2 and "không phải ảnh chữ ký hợp lệ" in bad.stderr
    shown = run_cli("sign-settings", data_dir=data_dir)
    assert "Ảnh chữ ký: (chưa đặt)" in shown.stdout and "http://tsa.example.vn/tsa" in shown.stdout
    assert "Kích thước con dấu (mm): 36" in shown.stdout
    out = run_cli("sign-settings", "--seal-size", "40,5", data_dir=data_dir)
    assert out.returncode == 0 and "Kích thước con dấu (mm): 40,5" in out.stdout
    bad = run_cli("sign-settings", "--seal-size", "12", data_dir=data_dir)
    assert bad.returncode == 2 and "từ 20 đến 60" in bad.stderr
    assert "Kích thước con dấu (mm): 40,5" in run_cli("sign-settings", data_dir=data_dir).stdout


def test_token_through_the_command_line(demo_workspace, soft_token):
    ws = demo_workspace
    report_id = pki.generate_report(ws, formats=("pdf",))
    settings = run_cli("sign-settings", "--module", soft_token.module, "--token-label", soft_token.label,
                       data_dir=ws.data_dir, env=soft_token.env)
    assert settings.returncode == 0, settings.stderr
    tokens = run_cli("tokens", data_dir=ws.data_dir, env=soft_token.env)
    assert tokens.stdout.split() == [soft_token.label]
    wrong = _kh57("sign", str(report_id), "--token", data_dir=ws.data_dir, stdin="111111\n", env=soft_token.env)
    assert wrong.returncode == 2 and "Mã PIN của thiết bị ký số không đúng" in wrong.stderr
    out = _kh57("sign", str(report_id), "--token", "--json", data_dir=ws.data_dir, stdin=soft_token.pin + "\n",
                env=soft_token.env)
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout)
    assert body["signer"]["common_name"] == "Trần Thị Bình" and body["level"] == "B-B"
    signed = ws.data_dir / body["files"][0]["path"] if not Path(body["files"][0]["path"]).is_absolute() \
        else Path(body["files"][0]["path"])
    assert run_cli("verify", str(signed), data_dir=ws.data_dir).returncode == 0


def test_no_password_or_key_bytes_left_on_disk_or_in_logs(demo_workspace, pki_env, tmp_path):
    """Sign through the CLI, then search every file of the data folder (database, WAL, reports,
    logs) and the process's log output for the password and the private key."""
    ws = demo_workspace
    report_id = pki.generate_report(ws)
    out = _kh57("sign", str(report_id), "--p12", str(pki_env.p12), data_dir=ws.data_dir,
                stdin=pki_env.password + "\n", env={"PYTHONWARNINGS": "always"})
    assert out.returncode == 0, out.stderr
    key = pki_env.signer.key
    numbers = key.private_numbers()
    d = numbers.d.to_bytes((numbers.d.bit_length() + 7) // 8, "big")
    p = numbers.p.to_bytes((numbers.p.bit_length() + 7) // 8, "big")
    pkcs8 = pki_env.signer.key_pkcs8_der()
    password = pki_env.password
    needles = {
        "password utf-8": password.encode("utf-8"), "password utf-16": password.encode("utf-16-le"),
        "private exponent": d[:32], "prime p": p[:32], "exponent hex": d[:32].hex().encode(),
        # the private half of the PKCS#8 encoding (the modulus before it is public, in the certificate)
        "pkcs8 key": pkcs8[pkcs8.index(d[:32]): pkcs8.index(d[:32]) + 64],
        "pkcs8 base64": base64.b64encode(pkcs8)[-160:-96],
    }
    searched = 0
    for path in ws.data_dir.rglob("*"):
        if not path.is_file():
            continue
        blob = path.read_bytes()
        blob += b"\0" + blob.replace(b"\n", b"").replace(b"\r", b"")  # PEM/base64 split over lines
        searched += 1
        for what, needle in needles.items():
            assert needle not in blob, f"{what} found in {path}"
    assert searched >= 4  # database, report files, signed files at least
    for what, needle in needles.items():
        assert needle not in (out.stdout + out.stderr).encode("utf-8"), f"{what} printed"


def test_secrets_stay_out_of_a_debug_log(demo_workspace, pki_env):
    """The window logs to <data>/logs/kh57desk.log; even at DEBUG level (pyHanko, fontTools,
    certificate validation all logging) neither the password nor the key is written there."""
    import logging

    from kh57desk.errors import InputError
    from kh57desk.services import signing_service
    from kh57desk.signing import keys

    ws = demo_workspace
    report_id = pki.generate_report(ws)
    log_file = ws.data_dir / "logs" / "kh57desk.log"
    log_file.parent.mkdir()
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        try:
            with ws.db.transaction() as session:
                signing_service.sign_report(ws, session, report_id, keys.P12File(pki_env.p12), pki_env.password + "x")
        except InputError:
            pass
        with ws.db.transaction() as session:
            signing_service.sign_report(ws, session, report_id, keys.P12File(pki_env.p12), pki_env.password)
        signing_service.verify_file(next((ws.data_dir / "reports").rglob("*-da-ky.pdf")))
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    text = log_file.read_bytes()
    assert len(text) > 0  # the libraries did log
    d = pki_env.signer.key.private_numbers().d
    d_bytes = d.to_bytes((d.bit_length() + 7) // 8, "big")
    for needle in (pki_env.password.encode(), (pki_env.password + "x").encode(), d_bytes[:32],
                   d_bytes[:32].hex().encode(), str(d)[:40].encode()):
        assert needle not in text
