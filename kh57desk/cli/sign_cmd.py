"""Digital-signature commands: sign, verify, cert, trust, tokens, sign-settings.

The password or PIN is never an option on the command line (it would stay in the shell history
and the process list): it is asked with a hidden prompt on a terminal, else read as one line
from standard input.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from kh57desk.cli import context as cli_context
from kh57desk.errors import InputError
from kh57desk.cli.lazy import lazy_module

settings_service = lazy_module("kh57desk.services.settings")


class _Lazy:
    """pyHanko takes half a second to load: only the signing commands pay for it."""

    def __getattr__(self, name):
        from kh57desk.services import signing_service

        return getattr(signing_service, name)


S = _Lazy()

EXIT_OK, EXIT_INVALID = 0, 1


def _key_options(p, required: bool = True) -> None:
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--p12", metavar="TỆP", help="tệp khóa .p12/.pfx (mật khẩu được hỏi khi ký)")
    group.add_argument("--token", action="store_true",
                       help="thiết bị ký số (USB token) đã chọn trong cài đặt (mã PIN được hỏi khi ký)")
    p.add_argument("--token-label", metavar="NHÃN", help="nhãn thiết bị ký số, nếu khác cài đặt")
    p.add_argument("--module", metavar="TỆP", help="thư viện PKCS#11 của thiết bị (.dll/.so), nếu khác cài đặt")


def register(subparsers, common) -> None:
    p = subparsers.add_parser("sign", parents=[common], help="ký số một báo cáo đã tạo hoặc một tệp")
    p.add_argument("target", metavar="BÁO_CÁO|TỆP",
                   help="số thứ tự báo cáo trong sổ đăng ký (xem 'kh57 reports') hoặc đường dẫn tệp")
    _key_options(p)
    p.add_argument("--out", metavar="TỆP", help="tên tệp đã ký (chỉ khi ký một tệp; mặc định cạnh tệp gốc)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_sign)

    p = subparsers.add_parser("verify", parents=[common], help="kiểm tra chữ ký số của một tệp")
    p.add_argument("file", metavar="TỆP", help="tệp PDF đã ký, hoặc tệp bất kỳ có chữ ký .p7s đi kèm")
    p.add_argument("p7s", nargs="?", metavar="TỆP.p7s", help="tệp chữ ký rời (mặc định: TỆP.p7s bên cạnh)")
    p.add_argument("--require-trust", action="store_true",
                   help="coi là không đạt nếu người ký không thuộc tổ chức chứng thực tin cậy")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_verify)

    p = subparsers.add_parser("cert", parents=[common], help="xem chứng thư số của khóa và hạn sử dụng")
    _key_options(p)
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(handler=cmd_cert)

    p = subparsers.add_parser("trust", parents=[common], help="danh sách chứng thư CA tin cậy")
    trust_sub = p.add_subparsers(dest="trust_command", metavar="VIỆC", parser_class=type(p))
    t = trust_sub.add_parser("add", parents=[common], help="nhập chứng thư CA (.pem, .cer, .crt)")
    t.add_argument("cert_file", metavar="TỆP")
    t.set_defaults(handler=cmd_trust_add)
    t = trust_sub.add_parser("list", parents=[common], help="liệt kê chứng thư CA tin cậy")
    t.add_argument("--json", action="store_true", help="in JSON")
    t.set_defaults(handler=cmd_trust_list)
    t = trust_sub.add_parser("remove", parents=[common], help="bỏ một chứng thư CA khỏi danh sách")
    t.add_argument("fingerprint", metavar="VÂN_TAY", help="các ký tự đầu của dấu vân tay SHA-256")
    t.set_defaults(handler=cmd_trust_remove)
    p.set_defaults(handler=cmd_trust_list, json=False)

    p = subparsers.add_parser("tokens", parents=[common], help="các thiết bị ký số đang cắm")
    p.add_argument("--module", metavar="TỆP", help="thư viện PKCS#11 (.dll/.so), nếu khác cài đặt")
    p.add_argument("--scan", action="store_true",
                   help="dò thư viện của các CA (VNPT-CA, Viettel-CA, FPT-CA, BkavCA, Ban Cơ yếu, OpenSC…) trên máy")
    p.set_defaults(handler=cmd_tokens)

    p = subparsers.add_parser("sign-settings", parents=[common], help="cài đặt ký số (không lưu mật khẩu, PIN)")
    p.add_argument("--module", dest="pkcs11_module", metavar="TỆP", help="thư viện PKCS#11 của thiết bị ký số")
    p.add_argument("--token-label", dest="pkcs11_token", metavar="NHÃN", help="nhãn thiết bị ký số")
    p.add_argument("--tsa", dest="tsa_url", metavar="ĐỊA_CHỈ", help="máy chủ dấu thời gian (RFC 3161); '' để bỏ")
    p.add_argument("--signature-image", dest="signature_image", metavar="ẢNH", help="ảnh chữ ký (PNG nền trong suốt)")
    p.add_argument("--seal-image", dest="seal_image", metavar="ẢNH", help="ảnh con dấu (PNG nền trong suốt, màu đỏ)")
    p.add_argument("--seal-size", dest="seal_size_mm", metavar="MM",
                   help="đường kính con dấu khi in, 20–60 mm (mặc định 36); dùng khi ảnh không ghi DPI")
    p.add_argument("--trust-dir", dest="trusted_ca_dir", metavar="THƯ_MỤC", help="thư mục chứng thư CA tin cậy")
    p.set_defaults(handler=cmd_sign_settings)


def read_secret(source) -> str:
    """The password or PIN: hidden prompt on a terminal, else one line of standard input."""
    from kh57desk.signing.keys import P12File

    prompt = "Mật khẩu tệp khóa: " if isinstance(source, P12File) else "Mã PIN thiết bị ký số: "
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(prompt)
        except EOFError:
            return ""
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _workspace_and_prefs(args):
    ws = cli_context.workspace(args)
    with ws.db.reader() as session:
        return ws, settings_service.load(session)


def _source(args, prefs):
    return S.key_source(prefs, p12=args.p12, token=args.token, token_label=args.token_label, module=args.module)


def cmd_sign(args) -> int:
    ws, prefs = _workspace_and_prefs(args)
    source = _source(args, prefs)
    target = args.target.strip()
    as_file = Path(target).exists() or not target.lstrip("#").isdigit()
    if not as_file and args.out:
        raise InputError("--out chỉ dùng khi ký một tệp; tệp đã ký của báo cáo nằm cạnh tệp gốc.")
    secret = read_secret(source)
    if as_file:
        result = S.sign_file(target, source, secret, prefs, data_dir=ws.data_dir, out=args.out)
    else:
        with ws.db.transaction() as session:
            result = S.sign_report(ws, session, int(target.lstrip("#")), source, secret)
    del secret
    if args.json:
        cli_context.print_json({"report_id": result.report_id, "signer": result.signer.to_json(), "level": result.level,
                      "signed_at": result.signing_time.isoformat(), "files": [f.to_json() for f in result.files],
                      "notes": result.notes, "warnings": result.warnings})
        return EXIT_OK
    for line in result.lines():
        print(line)
    return EXIT_OK


def cmd_verify(args) -> int:
    ws, prefs = _workspace_and_prefs(args)
    result = S.verify_file(args.file, args.p7s, S.trust_dir(ws, prefs))
    passed = result.trusted if args.require_trust else result.ok
    if args.json:
        cli_context.print_json({"file": str(result.path), "p7s": str(result.p7s) if result.p7s else None, "kind": result.kind,
                      "ok": result.ok, "trusted": result.trusted, "problems": result.problems,
                      "signatures": [{"name": s.name, "signer": s.signer.to_json() if s.signer else None,
                                      "signing_time": s.signing_time, "timestamp_time": s.timestamp_time,
                                      "level": s.level, "intact": s.intact, "valid": s.valid, "trusted": s.trusted,
                                      "covers_whole_file": s.covers_whole_file, "later_changes": s.later_changes,
                                      "problems": s.problems} for s in result.signatures]})
    else:
        for line in result.summary():
            print(line)
    return EXIT_OK if passed else EXIT_INVALID


def cmd_cert(args) -> int:
    ws, prefs = _workspace_and_prefs(args)
    source = _source(args, prefs)
    check = S.check_certificate(source, read_secret(source))
    info = check.info
    if args.json:
        cli_context.print_json({**info.to_json(), "ok": check.ok, "days_left": check.days_left, "errors": check.errors,
                      "warnings": check.warnings})
    else:
        print(f"Người được cấp: {info.subject}")
        print(f"Cấp bởi: {info.issuer}")
        print(f"Số hiệu (serial): {info.serial}")
        print(f"Hiệu lực: {info.validity_text} (còn {max(check.days_left, 0)} ngày)")
        for line in check.warnings + check.errors:
            print(line)
        print("Dùng được để ký." if check.ok else "KHÔNG dùng được để ký.")
    return EXIT_OK if check.ok else EXIT_INVALID


def cmd_trust_add(args) -> int:
    ws, prefs = _workspace_and_prefs(args)
    added, skipped = S.add_trusted(ws, prefs, args.cert_file)
    for info in added:
        print(f"Đã thêm vào danh sách tin cậy: {info.common_name or info.subject} (SHA-256 {info.sha256[:16]}…)")
    for line in skipped:
        print(line)
    return EXIT_OK


def cmd_trust_list(args) -> int:
    ws, prefs = _workspace_and_prefs(args)
    items = S.list_trusted(ws, prefs)
    if getattr(args, "json", False):
        cli_context.print_json([i.to_json() for i in items])
        return EXIT_OK
    if not items:
        print("Chưa có chứng thư CA tin cậy nào. Nhập bằng: kh57 trust add TỆP.pem")
        return EXIT_OK
    cli_context.print_table(["Tên", "Hiệu lực", "SHA-256"],
                  [[cli_context.shorten(i.common_name or i.subject, 50), i.validity_text, i.sha256[:16]] for i in items])
    return EXIT_OK


def cmd_trust_remove(args) -> int:
    ws, prefs = _workspace_and_prefs(args)
    info = S.remove_trusted(ws, prefs, args.fingerprint)
    print(f"Đã bỏ khỏi danh sách tin cậy: {info.common_name or info.subject}")
    return EXIT_OK


def cmd_tokens(args) -> int:
    from kh57desk.signing import keys  # noqa: PLC0415

    ws, prefs = _workspace_and_prefs(args)
    module = args.module or prefs.pkcs11_module
    if args.scan or not module:  # nothing chosen yet: look where the CAs' installers put their modules
        from kh57desk.signing import token_scan  # noqa: PLC0415

        found = token_scan.find_tokens()
        for token in found:
            print(token_scan.describe(token) + (f"\n    {token.module}" if token.usable else ""))
        if not any(token.usable for token in found):
            print("Không tìm thấy thiết bị ký số nào; hãy cắm thiết bị, cài phần mềm của nhà cung cấp chữ ký số "
                  "hoặc chỉ rõ thư viện bằng --module.")
        return EXIT_OK
    labels = keys.token_labels(module)
    if not labels:
        print("Không có thiết bị ký số nào đang cắm.")
    for label in labels:
        print(label)
    return EXIT_OK


_SETTING_LABELS = {"pkcs11_module": "Thư viện thiết bị ký số", "pkcs11_token": "Nhãn thiết bị ký số",
                   "tsa_url": "Máy chủ dấu thời gian", "signature_image": "Ảnh chữ ký",
                   "seal_image": "Ảnh con dấu", "seal_size_mm": "Kích thước con dấu (mm)",
                   "trusted_ca_dir": "Thư mục chứng thư CA tin cậy"}


def cmd_sign_settings(args) -> int:
    ws = cli_context.workspace(args)
    changes = {k: getattr(args, k) for k in _SETTING_LABELS if getattr(args, k) is not None}
    with ws.db.transaction() as session:
        prefs = S.update_settings(ws, session, **changes) if changes else settings_service.load(session)
    if changes:
        print("Đã lưu cài đặt ký số.")
    for key, label in _SETTING_LABELS.items():
        value = getattr(prefs, key)
        if key == "trusted_ca_dir" and not value:
            value = f"{S.trust_dir(ws, prefs)} (mặc định)"
        elif key == "seal_size_mm":
            value = f"{value:g}".replace(".", ",")
        print(f"{label}: {value or '(chưa đặt)'}")
    return EXIT_OK
