//! `trustmend export --format json`: the report ([`super::model::Report`])
//! as data other tools can read.
//!
//! The structure is versioned: `format` is always `"trustmend-export"`, and
//! `version` changes only when a field is removed or changes meaning (new
//! fields may appear within a version). Every key is always present; a value
//! that does not apply is `null`. Times are RFC 3339 with the offset they
//! were recorded in; dates are `YYYY-MM-DD`.
//!
//! ```text
//! { "format": "trustmend-export", "version": 1, "exported": "2026-03-08T10:00:00+01:00",
//!   "partner": { "name": "Alex", "role": "hurt" | "repairing" | "both" | "unsaid" },
//!   "strategies": [ { "id", "number", "title", "stage", "started", "finished", "visits",
//!       "commitments": [ { "id", "text", "suggestion", "started", "kept", "reviewed" } ],
//!       "entries": [ <entry> ] } ],
//!   "other_entries": [ <entry> ],
//!   "checkins": [ { "at", "mood", "trust", "sleep", "appetite", "stress",
//!       "feelings": [ id ], "body_signs": [ id ], "note" } ],
//!   "filters": { "since", "until", "strategy", "shared_only", "selected" },
//!   "homework": null | { "assigned_by", "start", "note",
//!       "steps": [ { "strategy", "title", "due", "state", "done_on", "late",
//!           "prompts": [ { "id", "text", "added_by", "answered", "entry" } ] } ] },
//!   "measures": [ { "id", "name", "source", "max_total", "first", "latest", "change",
//!       "scores": [ { "at", "total", "band" } ] } ] }
//! <entry> = { "id", "author", "own", "kind": "reflection" | "review" | "free",
//!             "strategy", "prompt", "assigned_by", "commitment", "heading", "text",
//!             "locked", "visibility", "reach", "created", "updated" }
//! ```
//! The full schema is `docs/export-schema.json` (JSON Schema 2020-12).
//! `stage` is one of `not_started`, `reading`, `reflecting`, `committing`,
//! `practising`, `reviewing`, `done`; `kept` is `kept`, `partly`, `not_kept`
//! or `null` (not reviewed yet). A protected entry has `"text": null` and
//! `"locked": true`.
//!
//! The keys and the id values above are the same in every language; the
//! words (titles, prompts, bands, a departed author's name) are in the
//! language in use (`docs/content.md`, "Languages").

use super::Scope;
use super::model::{Report, build};
use crate::model::Timestamp;

pub use super::model::{FORMAT, VERSION, stage_id};

/// The export for `scope.partner` as data, stamped with `now`. Fails only
/// when the store has no such partner.
pub fn export<'a>(scope: &Scope<'a>, now: Timestamp) -> Result<Report<'a>, serde_json::Error> {
    build(scope, now).ok_or_else(|| {
        serde::ser::Error::custom(crate::t!("report-no-profile-id", id = scope.partner))
    })
}

/// The export as pretty-printed JSON, ending with a newline: what [`write`]
/// writes, gathered.
pub fn render(scope: &Scope<'_>, now: Timestamp) -> Result<String, serde_json::Error> {
    let report = export(scope, now)?;
    let mut out = Vec::new();
    write(&report, &mut out).map_err(serde_json::Error::io)?;
    String::from_utf8(out).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// `report` ([`export`]) written to `out` as it is serialized, 64 KiB at a
/// time, so that a large journal's export is never held whole in memory:
/// the same bytes as [`render`]. Generic over the report's fields (serde),
/// so a field added to the model is written here too.
pub fn write(report: &Report<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write as _;
    let escaped = super::sink::JsonControlsEscaped::new(out);
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, escaped);
    serde_json::to_writer_pretty(&mut buffered, report).map_err(std::io::Error::from)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

#[cfg(test)]
mod tests;
