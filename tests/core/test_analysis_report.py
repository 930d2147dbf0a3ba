"""The readable summary of ``viewpoints analyze``: actors, then each quoted passage with its speakers."""

from __future__ import annotations

from desktop_app.core.analysis_report import document_record, format_summary
from tests.opinion_fixtures import SIGNERS, opinion_view


def test_co_authors_share_one_line_per_passage():
    view = opinion_view()
    summary = format_summary(document_record(view.document, view.analysis, "003.txt"))
    voice = [line for line in summary.splitlines() if line.lstrip().startswith("[author")]
    assert len(voice) == 11  # one per passage, not one per signer
    assert all(f"] {', '.join(SIGNERS)}: “" in line for line in voice)
    assert "Quotes (12):" in summary  # the eleven passages and the police's words


def test_report_json_is_json_dumps_with_indent_two():
    import json

    from desktop_app.core.analysis_report import report_json

    view = opinion_view()
    records = [
        document_record(view.document, view.analysis, "003.txt"),
        {"text": "a \"quoted\" line\nand – ”more”\t\\", "empty": {}, "none": [], "flags": [True, False, None],
         "numbers": [0, -3, 2.5, 1e20, (1, "två")], "nested": [{"a": [{}]}]},
    ]
    assert report_json(records) == json.dumps({"schema": 1, "documents": records}, ensure_ascii=False, indent=2)
    assert report_json([]) == json.dumps({"schema": 1, "documents": []}, ensure_ascii=False, indent=2)
