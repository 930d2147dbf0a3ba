"""Both documents' analyses in the ``analyze --json`` schema, as the user sees them.

Corrections are already applied in the comparison's analyses (items they touched carry
``"corrected": true``). Active filters apply: hidden actors, and the marks they speak or that the
user switched off, are left out, so the file holds what the view shows.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from desktop_app.core.analysis.model import Analysis
from desktop_app.core.analysis_report import document_record
from desktop_app.core.compare import SIDES, Comparison
from desktop_app.core.export.paper import visible_marks
from desktop_app.core.export.viewpoints import json_section, viewpoint_table
from desktop_app.core.filters import FilterCriteria

SCHEMA_VERSION = 1


def export_data(comparison: Comparison, criteria: FilterCriteria) -> dict[str, Any]:
    documents = []
    for side in SIDES:
        view = comparison.view(side)
        if view is None:
            continue
        analysis = _filtered(view.analysis, comparison, side, criteria)
        doc = view.document
        source = f"library:{doc.id}" if doc.id is not None else doc.source_name
        documents.append(document_record(doc, analysis, source))
    data: dict[str, Any] = {"schema": SCHEMA_VERSION, "documents": documents}
    table = viewpoint_table(comparison, criteria)
    if table is not None:  # the links between the two texts (docs/viewpoints.md)
        data["viewpoints"] = json_section(table)
    return data


def render_json(comparison: Comparison, criteria: FilterCriteria) -> bytes:
    text = json.dumps(export_data(comparison, criteria), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _filtered(analysis: Analysis, comparison: Comparison, side: str, criteria: FilterCriteria) -> Analysis:
    if criteria.is_default:
        return analysis
    marks = visible_marks(comparison, side, criteria)
    return replace(
        analysis,
        actors=[a for a in analysis.actors if criteria.actor_visible(a.key)],
        quotes=marks.quotes,
        claims=marks.claims,
        mentions=marks.mentions,
    )
