"""What a package would do, shown before it is imported (the window's preview, ``kh57
import-package --dry-run``) and kept as its summary after: kind, sender and key, signature, the
plans' or the journal's changes, a verdict package's new verdicts, and what needs confirming."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kh57desk.services import plan_apply
from kh57desk.sync import manifest as manifests, report_merge, sender_check


@dataclass
class PackagePreview:
    path: Path
    kind: str
    producer_agency: str
    producer_db: str
    sequence: int
    created_at: str
    period: str = ""
    signed_by: str = ""
    flags: list[str] = field(default_factory=list)
    already_imported: bool = False
    initialises_agency: str = ""  # a new database takes the recipient agency of a task package
    plans: list[plan_apply.PlanPreview] = field(default_factory=list)
    report: report_merge.ReportMerge | None = None
    applied: bool = False
    sender: sender_check.SenderCheck | None = None
    certificate: sender_check.CertificateCheck | None = None
    large_change: str = ""  # a task package withdrawing or changing much: asks before applying
    verdicts: int = 0  # a verdict package: the verdicts new to this database

    @property
    def new_sender(self) -> bool:
        """Signed by a key (or a CA certificate) this database has not bound to the sender yet:
        importing needs the user to confirm the fingerprint."""
        return (self.sender is not None and self.sender.new) or (self.certificate is not None and self.certificate.new)

    def confirmations(self) -> list[str]:
        """What the user must compare with the sender before importing: ``'Sở Y tế: mã khóa …'``."""
        found = []
        if self.sender is not None and self.sender.new:
            found.append(f"{self.sender.sender}: mã khóa {self.sender.fingerprint}")
        if self.certificate is not None and self.certificate.new:
            found.append(f"{self.sender.sender}: chứng thư số của {self.certificate.signer}, mã {self.certificate.label}")
        return found

    @property
    def has_changes(self) -> bool:
        if self.already_imported:
            return False
        if self.kind == manifests.VERDICT:
            return self.verdicts > 0
        if self.report is not None:
            return self.report.has_changes or bool(self.report.attachments or self.report.report_files)
        return any(p.has_changes for p in self.plans) or bool(self.initialises_agency)

    def summary_lines(self) -> list[str]:
        lines = [f"{manifests.KIND_LABELS[self.kind].capitalize()} của {self.producer_agency}, số thứ tự {self.sequence}, "
                 f"tạo lúc {self.created_at}" + (f", kỳ {self.period}" if self.period else "")]
        lines.append(f"Chữ ký số: {self.signed_by}" if self.signed_by else "Gói không có chữ ký số.")
        if self.certificate is not None and self.certificate.new:
            lines.append(f"Chứng thư số mới, chưa đăng ký cho {self.sender.sender}: {self.certificate.signer}, mã "
                         f"{self.certificate.label} (hãy đối chiếu trước khi nhập).")
        if self.sender is not None and self.sender.fingerprint:
            lines.append(f"Người gửi mới, chưa xác nhận: {self.sender.sender}, mã khóa {self.sender.fingerprint} (hãy gọi "
                         "điện đối chiếu mã khóa trước khi nhập)." if self.sender.new else
                         f"Người gửi đã xác minh: {self.sender.sender}, mã khóa {self.sender.fingerprint}.")
        if self.already_imported:
            lines.append("Gói này đã được nhập trước đây; không có gì thay đổi.")
            return lines
        if self.initialises_agency:
            lines.append(f"Cơ sở dữ liệu mới sẽ được thiết lập cho {self.initialises_agency}.")
        for plan in self.plans:
            c = plan.counts()
            lines.append(f"{plan_label(plan.plan_key)}: thêm {c['added']}, cập nhật {c['updated']}, "
                         f"rút {c['withdrawn']}, không đổi {c['unchanged']} nhiệm vụ.")
        if self.report is not None:
            c = self.report.counts()
            lines.append(f"Cập nhật tiến độ: thêm {c['added']}, sửa {c['replaced']} (bản sửa mới hơn), "
                         f"không đổi {c['unchanged']}, đánh dấu đã xóa {c['removed']}; chỉ tiêu: thêm "
                         f"{c['values_added']}, thay {c['values_replaced']}; tệp đính kèm {c['attachments']}; "
                         f"tệp báo cáo {c['report_files']}.")
            if self.report.foreign_updates:
                lines.append(f"Từ chối {self.report.foreign_updates} cập nhật mang mã đã thuộc cơ quan hoặc nhiệm vụ "
                             "khác.")
            if self.report.unknown_tasks:
                lines.append(f"Bỏ qua {len(self.report.unknown_tasks)} nhiệm vụ không có trong cơ sở dữ liệu này.")
        if self.large_change:
            lines.append(f"Cần xác nhận: {self.large_change}.")
        if self.kind == manifests.VERDICT:
            lines.append(f"Kết quả xét báo cáo mới: {self.verdicts}.")
        lines.extend(f"Lưu ý: {flag}" for flag in self.flags)
        return lines

    def to_json(self) -> dict:
        data = {"file": str(self.path), "kind": self.kind, "producer_agency": self.producer_agency,
                "producer_db": self.producer_db, "sequence": self.sequence, "created_at": self.created_at,
                "period": self.period, "signed_by": self.signed_by, "flags": self.flags,
                "already_imported": self.already_imported, "has_changes": self.has_changes, "applied": self.applied,
                "sender_fingerprint": self.sender.fingerprint if self.sender else "", "new_sender": self.new_sender,
                "large_change": self.large_change}
        if self.plans:
            data["plans"] = [{"plan": p.plan_key, **p.counts()} for p in self.plans]
        if self.report is not None:
            data["report"] = self.report.counts() | {"unknown_tasks": self.report.unknown_tasks}
        return data


def plan_label(key: str) -> str:
    from kh57desk.domain.text import fold

    return key if fold(key).startswith("ke hoach") else f"Kế hoạch số {key}"
