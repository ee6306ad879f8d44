"""The periodic report as documents: the content model, its composition from a summary, and the
PDF (reportlab) and XLSX (openpyxl) writers. Nothing here touches the database or Qt: the
service ``kh57desk.services.report_register`` gathers the data and calls these writers."""
