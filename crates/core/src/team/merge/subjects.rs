//! What can clash: the grant, vote or ballot whose money or numbered documents a change
//! touches, and the heads of each such subject (two heads or more: a clash in the inbox).

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

use crate::team::capture::{read_row, table_info};
use crate::team::log::{Change, Entry, Op};
use crate::team::shared_table;
use crate::platform::error::Result;

/// The grant or vote whose money or numbered documents a change touches, if it does.
pub(crate) fn subject_of(conn: &Connection, change: &Change) -> Result<Option<String>> {
    let touches = |cols: &[&str]| change.op != Op::Update || cols.iter().any(|c| change.new.contains_key(*c));
    let field = |name: &str| -> Result<Option<i64>> {
        if let Some(v) = change.new.get(name).or_else(|| change.old.get(name)) {
            return Ok(v.as_i64());
        }
        let Some(info) = shared_table(&change.table) else { return Ok(None) };
        let info = table_info(conn, info)?;
        Ok(read_row(conn, &info, &change.key)?.and_then(|r| r.get(name).and_then(Value::as_i64)))
    };
    let id = change.key.first().and_then(Value::as_i64);
    Ok(match change.table.as_str() {
        "grants" if touches(&["state", "revision", "lines", "awarded_at"]) => {
            // A draft made (or remade) by a recomputation is nobody's decision.
            if change.op == Op::Insert && change.new.get("state").and_then(Value::as_str) == Some("draft") {
                None
            } else {
                id.map(|i| format!("grant:{i}"))
            }
        }
        "grant_history" | "letters" if change.op == Op::Insert => field("grant_id")?.map(|g| format!("grant:{g}")),
        "payments" if touches(&["state", "paid_on", "amount_cents", "kind"]) => field("grant_id")?.map(|g| format!("grant:{g}")),
        "vote_settings" if touches(&["declared_at", "winner_id", "result"]) => id.map(|c| format!("vote:{c}")),
        // A hub's ballot: two desks recording one for the same hub at once is a clash.
        "ballots" if change.op == Op::Insert => match (field("cycle_id")?, field("hub_id")?) {
            (Some(c), Some(h)) => Some(format!("ballot:{c}:{h}")),
            _ => None,
        },
        "team_decisions" if change.op == Op::Insert => change.new.get("subject").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

/// Note that `entry` changed the subjects it touches: it replaces the heads it had seen; a
/// subject with two heads or more is a clash.
pub(crate) fn touch_subjects(conn: &Connection, entry: &Entry) -> Result<()> {
    touch_subjects_of(conn, entry, None)
}

/// [`touch_subjects`] for the subjects in `only` (all when `None`).
pub(super) fn touch_subjects_of(conn: &Connection, entry: &Entry, only: Option<&[String]>) -> Result<()> {
    let mut subjects: Vec<String> = Vec::new();
    for change in &entry.changes {
        if let Some(s) = subject_of(conn, change)? {
            if !subjects.contains(&s) && only.is_none_or(|o| o.contains(&s)) {
                subjects.push(s);
            }
        }
    }
    for subject in subjects {
        let held: Option<(String, Option<String>)> = conn.query_row("SELECT heads, since FROM team_heads WHERE subject = ?1", [&subject], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        let (heads, since) = held.unwrap_or_default();
        let heads: Vec<(String, i64)> = serde_json::from_str(&heads).unwrap_or_default();
        let mut next: Vec<(String, i64)> = heads.into_iter().filter(|(d, s)| !(*d == entry.desk || entry.deps.get(d).is_some_and(|seen| seen >= s))).collect();
        next.push((entry.desk.clone(), entry.seq));
        next.sort();
        let since = if next.len() > 1 { since.or_else(|| Some(entry.at.clone())) } else { None };
        conn.execute(
            "INSERT INTO team_heads (subject, heads, since) VALUES (?1, ?2, ?3) ON CONFLICT (subject) DO UPDATE SET heads = excluded.heads, since = excluded.since",
            params![subject, serde_json::to_string(&next).unwrap_or_default(), since],
        )?;
    }
    Ok(())
}
