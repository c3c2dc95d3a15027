//! The community vote of a Workshops cycle: the members elect the hub that produces the year's
//! workshop, small and emerging hubs first in a tie.
//!
//! - settings per cycle: the counting method (instant run-off, Borda, points 3/2/1), whether
//!   associate members vote, the quorum;
//! - opening the vote freezes the electorate (regular members, and associates when the cycle
//!   says so; archived and former members never), one ballot per hub;
//! - ballots are recorded by the secretariat or imported from a form's CSV export, all or
//!   nothing; a hub never votes for its own proposal; a later ballot replaces the earlier only
//!   with a reason, and both are kept;
//! - the count ([`count`]) is shown round by round at any time; declaring it freezes the vote,
//!   selects the winner (the others are not selected) and its Workshops grant goes on to the
//!   Grants and Letters tabs; the result prints as a PDF report.

pub mod count;
pub mod report;

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::intake::applications::{Role, Status};
use crate::cycle::cycles::{Cycle, Phase};
use crate::platform::dates::DATE_FORMAT;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::platform::said::{Phrase, Said};
use crate::said;
use crate::registry::hubs::{Maturity, Membership};
use crate::cycle::programmes::Shape;
use crate::platform::store::Store;
use count::{Count, Proposal, Ranking, VoteMethod};

/// How a cycle's vote is run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VoteSettings {
    pub method: VoteMethod,
    /// Associate members vote too (regular members always do).
    pub associates_vote: bool,
    /// The share of the electorate that must vote, 0–100.
    pub quorum_percent: u32,
}

impl Default for VoteSettings {
    fn default() -> Self {
        VoteSettings { method: VoteMethod::InstantRunoff, associates_vote: false, quorum_percent: 50 }
    }
}

/// Where a vote stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VoteState {
    /// Settings can change; no ballot yet.
    Setup,
    /// The electorate is frozen; ballots are recorded.
    Open,
    /// The result is declared and frozen.
    Declared,
}

/// A member hub of the electorate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Voter {
    #[ts(type = "number")]
    pub hub_id: i64,
    pub name: String,
    pub country: String,
    pub membership: Membership,
    /// Its current ballot, if it has voted.
    pub ballot: Option<Ballot>,
}

/// A proposal on the ballot paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VoteProposal {
    #[ts(type = "number")]
    pub application_id: i64,
    pub title: String,
    #[ts(type = "number")]
    pub hub_id: i64,
    pub hub_name: String,
    pub hub_country: String,
    pub maturity: Maturity,
    /// A small or emerging hub's: first in a tie.
    pub priority: bool,
    pub submitted_at: String,
    /// How it is named in the count and the report.
    pub label: String,
}

/// A ballot as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Ballot {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub hub_id: i64,
    pub hub_name: String,
    /// Application ids, best first.
    #[ts(type = "Array<number>")]
    pub choices: Vec<i64>,
    pub source: String,
    pub received_on: String,
    /// Why it replaced the hub's earlier ballot ('' for a first ballot).
    pub reason: String,
    #[ts(type = "number | null")]
    pub replaced_by: Option<i64>,
    pub actor: String,
    pub at: String,
}

/// A Workshops cycle's vote, as the Votes screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VoteOverview {
    #[ts(type = "number")]
    pub cycle_id: i64,
    pub cycle_title: String,
    pub settings: VoteSettings,
    /// The version of `settings`, raised by every save; a save states the version its form read.
    #[ts(type = "number")]
    pub settings_version: i64,
    pub state: VoteState,
    pub opened_at: Option<String>,
    pub opened_by: String,
    pub declared_at: Option<String>,
    pub declared_by: String,
    /// While setting up: who would vote if the vote opened now; then the frozen electorate.
    pub electorate: Vec<Voter>,
    /// The eligible proposals still in the running.
    pub proposals: Vec<VoteProposal>,
    /// Every ballot ever recorded, the replaced ones included, oldest first.
    pub history: Vec<Ballot>,
    /// The count of the current ballots (as declared, once declared).
    pub count: Count,
    /// The winner's grant, once declared.
    #[ts(type = "number | null")]
    pub winner_grant_id: Option<i64>,
    /// Why the vote cannot open, or the reason it is not the time (its text '' when it can).
    pub open_blocked: Phrase,
}

/// A ballot to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BallotInput {
    #[ts(type = "number")]
    pub hub_id: i64,
    /// Application ids, best first.
    #[ts(type = "Array<number>")]
    pub choices: Vec<i64>,
    /// YYYY-MM-DD; today when empty.
    pub received_on: Option<String>,
    /// Required when the hub has voted already: why this ballot replaces the earlier one.
    pub reason: String,
}

/// What an import of ballots did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BallotImport {
    pub rows: u32,
    pub recorded: u32,
    /// Ballots that replaced an earlier one (each with its reason).
    pub replaced: u32,
}

fn not_allowed(message: impl crate::platform::said::Wording) -> Error {
    Error::new(ErrorCode::NotAllowed, message)
}

use crate::platform::dates::now_text;

struct Stored {
    settings: VoteSettings,
    opened_at: Option<String>,
    opened_by: String,
    declared_at: Option<String>,
    declared_by: String,
    result: Option<String>,
}

impl Store {
    fn workshops_cycle(&self, cycle_id: i64) -> Result<Cycle> {
        let cycle = self.cycle(cycle_id)?;
        if cycle.shape != Shape::Workshops {
            return Err(not_allowed(said!("said-votes-not-workshops", cycle = &cycle.title)));
        }
        Ok(cycle)
    }

    fn stored_vote(&self, cycle_id: i64) -> Result<Stored> {
        let row = self
            .conn()
            .query_row(
                "SELECT method, associates_vote, quorum_percent, opened_at, opened_by, declared_at, declared_by, result FROM vote_settings WHERE cycle_id = ?1",
                [cycle_id],
                |r| {
                    Ok(Stored {
                        settings: VoteSettings {
                            method: VoteMethod::parse(&r.get::<_, String>(0)?).unwrap_or(VoteMethod::InstantRunoff),
                            associates_vote: r.get(1)?,
                            quorum_percent: r.get(2)?,
                        },
                        opened_at: r.get(3)?,
                        opened_by: r.get(4)?,
                        declared_at: r.get(5)?,
                        declared_by: r.get(6)?,
                        result: r.get(7)?,
                    })
                },
            )
            .optional()?;
        Ok(row.unwrap_or(Stored { settings: VoteSettings::default(), opened_at: None, opened_by: String::new(), declared_at: None, declared_by: String::new(), result: None }))
    }

    /// The eligible proposals of the cycle still in the running.
    fn vote_proposals(&self, cycle_id: i64) -> Result<Vec<VoteProposal>> {
        let maturity: HashMap<i64, Maturity> = self
            .conn()
            .prepare("SELECT h.id, h.maturity FROM hubs h JOIN applications a ON a.hub_id = h.id WHERE a.cycle_id = ?1")?
            .query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .filter_map(|r| r.ok())
            .map(|(id, m)| (id, Maturity::parse(&m).unwrap_or(Maturity::Established)))
            .collect();
        Ok(self
            .applications(cycle_id)?
            .into_iter()
            .filter(|a| a.role == Role::Proposer && a.status != Status::Withdrawn && a.eligibility.eligible)
            .map(|a| {
                let maturity = maturity.get(&a.hub_id).copied().unwrap_or(Maturity::Established);
                let title = if a.title.trim().is_empty() { "Untitled proposal".to_string() } else { a.title.trim().to_string() };
                VoteProposal {
                    label: format!("{title} ({})", a.hub_name),
                    application_id: a.id,
                    title,
                    hub_id: a.hub_id,
                    hub_name: a.hub_name,
                    hub_country: a.hub_country,
                    priority: maturity == Maturity::Emerging,
                    maturity,
                    submitted_at: a.submitted_at,
                }
            })
            .collect())
    }

    /// The member hubs who vote under these settings now: regular members (and associates when
    /// the cycle says so), not archived.
    fn eligible_voters(&self, settings: &VoteSettings) -> Result<Vec<(i64, String, String, Membership)>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, name, country, membership FROM hubs
              WHERE archived = 0 AND (membership = 'regular' OR (?1 AND membership = 'associate'))
              ORDER BY sort_name, id",
        )?;
        let rows = stmt.query_map([settings.associates_vote], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, Membership::parse(&r.get::<_, String>(3)?).unwrap_or(Membership::Regular)))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn frozen_voters(&self, cycle_id: i64) -> Result<Vec<(i64, String, String, Membership)>> {
        let mut stmt = self.conn().prepare(
            "SELECT h.id, h.name, h.country, h.membership FROM vote_electorate e JOIN hubs h ON h.id = e.hub_id
              WHERE e.cycle_id = ?1 ORDER BY h.sort_name, h.id",
        )?;
        let rows = stmt.query_map([cycle_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, Membership::parse(&r.get::<_, String>(3)?).unwrap_or(Membership::Regular)))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Every ballot of the cycle, oldest first.
    fn ballot_history(&self, cycle_id: i64) -> Result<Vec<Ballot>> {
        let mut stmt = self.conn().prepare(
            "SELECT b.id, b.hub_id, h.name, b.choices, b.source, b.received_on, b.reason, b.replaced_by, b.actor, b.at
               FROM ballots b JOIN hubs h ON h.id = b.hub_id WHERE b.cycle_id = ?1 ORDER BY b.id",
        )?;
        let rows = stmt.query_map([cycle_id], |r| {
            let choices: String = r.get(3)?;
            Ok(Ballot {
                id: r.get(0)?,
                hub_id: r.get(1)?,
                hub_name: r.get(2)?,
                choices: serde_json::from_str(&choices).unwrap_or_default(),
                source: r.get(4)?,
                received_on: r.get(5)?,
                reason: r.get(6)?,
                replaced_by: r.get(7)?,
                actor: r.get(8)?,
                at: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Why the vote of this cycle cannot open now (an empty phrase when it can).
    fn open_blocked(&self, cycle: &Cycle, stored: &Stored, proposals: &[VoteProposal], voters: usize) -> Phrase {
        self.open_blocked_said(cycle, stored, proposals, voters).map_or_else(Phrase::default, Phrase::from)
    }

    /// [`Store::open_blocked`] as a message, `None` when the vote can open.
    fn open_blocked_said(&self, cycle: &Cycle, stored: &Stored, proposals: &[VoteProposal], voters: usize) -> Option<Said> {
        if stored.opened_at.is_some() {
            return None;
        }
        if cycle.phase != Phase::Selection {
            return Some(said!("said-votes-open-wrong-phase", cycle = &cycle.title, phase = cycle.phase.as_str()));
        }
        if proposals.len() < 2 {
            return Some(said!("said-votes-open-too-few-proposals", cycle = &cycle.title, count = proposals.len()));
        }
        if voters == 0 {
            return Some(said!("said-votes-open-no-electorate"));
        }
        None
    }

    /// The hubs whose ballot two desks recorded at once, waiting for a decision.
    fn ballot_clashes(&self, cycle_id: i64) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare(
            "SELECT h.name FROM team_heads t JOIN hubs h ON t.subject = 'ballot:' || ?1 || ':' || h.id WHERE t.since IS NOT NULL ORDER BY h.name",
        )?;
        let names = stmt.query_map([cycle_id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(names)
    }

    /// The count of the current ballots.
    fn count_now(&self, cycle_id: i64, settings: &VoteSettings, proposals: &[VoteProposal], electorate: u32, history: &[Ballot]) -> Count {
        let candidates: Vec<Proposal> = proposals
            .iter()
            .map(|p| Proposal { id: p.application_id, label: p.label.clone(), priority: p.priority, submitted_at: p.submitted_at.clone() })
            .collect();
        let known: HashSet<i64> = candidates.iter().map(|c| c.id).collect();
        // One ballot per hub: two desks of a team may each have recorded one for the same hub
        // before they saw each other's (a clash waits in the inbox); until it is decided the
        // one with the larger id counts, the same on every desk, as the electorate's list shows.
        let current: BTreeMap<i64, &Ballot> = history.iter().filter(|b| b.replaced_by.is_none()).map(|b| (b.hub_id, b)).collect();
        let rankings: Vec<Ranking> =
            current.values().map(|b| Ranking { voter: b.hub_id, choices: b.choices.iter().copied().filter(|c| known.contains(c)).collect() }).collect();
        let _ = cycle_id;
        count::count(settings.method, &candidates, &rankings, electorate, settings.quorum_percent)
    }

    /// A Workshops cycle's vote: settings, electorate, proposals, ballots and the count.
    pub fn vote_overview(&self, cycle_id: i64) -> Result<VoteOverview> {
        let cycle = self.workshops_cycle(cycle_id)?;
        let stored = self.stored_vote(cycle_id)?;
        let proposals = self.vote_proposals(cycle_id)?;
        let history = self.ballot_history(cycle_id)?;
        let voters = if stored.opened_at.is_some() { self.frozen_voters(cycle_id)? } else { self.eligible_voters(&stored.settings)? };
        let current: HashMap<i64, &Ballot> = history.iter().filter(|b| b.replaced_by.is_none()).map(|b| (b.hub_id, b)).collect();
        let electorate: Vec<Voter> = voters
            .into_iter()
            .map(|(hub_id, name, country, membership)| Voter { ballot: current.get(&hub_id).map(|b| (*b).clone()), hub_id, name, country, membership })
            .collect();
        let count = match &stored.result {
            Some(json) => serde_json::from_str(json).map_err(|e| Error::new(ErrorCode::Internal, said!("said-votes-result-unreadable", error = e.to_string())))?,
            None => self.count_now(cycle_id, &stored.settings, &proposals, electorate.len() as u32, &history),
        };
        let state = match (&stored.opened_at, &stored.declared_at) {
            (_, Some(_)) => VoteState::Declared,
            (Some(_), None) => VoteState::Open,
            _ => VoteState::Setup,
        };
        let winner_grant_id = match (state, count.winner) {
            (VoteState::Declared, Some(winner)) => self.conn().query_row("SELECT id FROM grants WHERE application_id = ?1", [winner], |r| r.get(0)).optional()?,
            _ => None,
        };
        let open_blocked = self.open_blocked(&cycle, &stored, &proposals, electorate.len());
        Ok(VoteOverview {
            cycle_id,
            cycle_title: cycle.title,
            settings: stored.settings,
            settings_version: crate::platform::versions::setting_version(self.conn(), cycle_id, crate::platform::versions::CycleSetting::Vote)?,
            state,
            opened_at: stored.opened_at,
            opened_by: stored.opened_by,
            declared_at: stored.declared_at,
            declared_by: stored.declared_by,
            electorate,
            proposals,
            history,
            count,
            winner_grant_id,
            open_blocked,
        })
    }

    /// Change how the vote is run. The electorate rule and the quorum are settled when the vote
    /// opens; the counting method can change until the result is declared (ranked ballots serve
    /// every method).
    pub fn save_vote_settings(&mut self, cycle_id: i64, settings: &VoteSettings) -> Result<VoteOverview> {
        self.save_vote_settings_at(cycle_id, settings, None)
    }

    /// [`Store::save_vote_settings`] from a form that read them at version `read_at`: refused
    /// with `conflict` when they were saved since.
    pub fn save_vote_settings_at(&mut self, cycle_id: i64, settings: &VoteSettings, read_at: Option<i64>) -> Result<VoteOverview> {
        self.workshops_cycle(cycle_id)?;
        let stored = self.stored_vote(cycle_id)?;
        if stored.declared_at.is_some() {
            return Err(not_allowed(said!("said-votes-frozen")));
        }
        if settings.quorum_percent > 100 {
            return Err(Error::validation(vec![FieldError::new("quorum_percent", said!("said-votes-quorum-range"))]));
        }
        if stored.opened_at.is_some() && (settings.associates_vote != stored.settings.associates_vote || settings.quorum_percent != stored.settings.quorum_percent) {
            return Err(not_allowed(said!("said-votes-open-settings-fixed")));
        }
        let tx = self.conn().unchecked_transaction()?;
        crate::platform::versions::check_and_raise_setting(&tx, cycle_id, crate::platform::versions::CycleSetting::Vote, read_at)?;
        tx.execute(
            "INSERT INTO vote_settings (cycle_id, method, associates_vote, quorum_percent) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (cycle_id) DO UPDATE SET method = excluded.method, associates_vote = excluded.associates_vote, quorum_percent = excluded.quorum_percent",
            params![cycle_id, settings.method.as_str(), settings.associates_vote, settings.quorum_percent],
        )?;
        tx.commit()?;
        self.vote_overview(cycle_id)
    }

    /// Open the vote: the electorate is frozen as it stands and ballots can be recorded.
    pub fn open_vote(&mut self, cycle_id: i64, actor: &str) -> Result<VoteOverview> {
        let cycle = self.workshops_cycle(cycle_id)?;
        let stored = self.stored_vote(cycle_id)?;
        if stored.opened_at.is_some() {
            return Err(not_allowed(said!("said-votes-already-open")));
        }
        let proposals = self.vote_proposals(cycle_id)?;
        let voters = self.eligible_voters(&stored.settings)?;
        if let Some(blocked) = self.open_blocked_said(&cycle, &stored, &proposals, voters.len()) {
            return Err(not_allowed(blocked));
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO vote_settings (cycle_id, method, associates_vote, quorum_percent, opened_at, opened_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (cycle_id) DO UPDATE SET opened_at = excluded.opened_at, opened_by = excluded.opened_by",
            params![cycle_id, stored.settings.method.as_str(), stored.settings.associates_vote, stored.settings.quorum_percent, now_text(), actor],
        )?;
        for (hub_id, ..) in &voters {
            tx.execute("INSERT INTO vote_electorate (cycle_id, hub_id) VALUES (?1, ?2)", params![cycle_id, hub_id])?;
        }
        tx.commit()?;
        self.vote_overview(cycle_id)
    }

    /// Check a ballot against the vote as it stands; `already` holds hubs whose ballot is being
    /// recorded in the same import (a second one there needs a reason too). Problems are named at
    /// their field.
    fn check_ballot(&self, input: &BallotInput, electorate: &HashMap<i64, String>, proposals: &[VoteProposal], current: &HashMap<i64, i64>) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let Some(voter) = electorate.get(&input.hub_id) else {
            let message = match self.hub(input.hub_id) {
                Ok(h) => said!("said-votes-not-in-electorate", hub = h.name),
                Err(_) => said!("said-votes-hub-id-not-in-electorate", id = input.hub_id),
            };
            errors.push(FieldError::new("hub_id", message));
            return errors;
        };
        if input.choices.is_empty() {
            errors.push(FieldError::new("choices", said!("said-votes-rank-one")));
        }
        let mut seen = HashSet::new();
        for id in &input.choices {
            if !seen.insert(*id) {
                let message = match proposals.iter().find(|p| p.application_id == *id) {
                    Some(p) => said!("said-votes-ranked-twice", proposal = &p.title),
                    None => said!("said-votes-id-ranked-twice", id = *id),
                };
                errors.push(FieldError::new("choices", message));
                continue;
            }
            match proposals.iter().find(|p| p.application_id == *id) {
                None => errors.push(FieldError::new("choices", said!("said-votes-not-on-ballot", id = *id))),
                Some(p) if p.hub_id == input.hub_id => {
                    errors.push(FieldError::new("choices", said!("said-votes-own-proposal", hub = voter, proposal = &p.title)));
                }
                Some(_) => {}
            }
        }
        if current.contains_key(&input.hub_id) && input.reason.trim().is_empty() {
            errors.push(FieldError::new("reason", said!("said-votes-reason-missing", hub = voter)));
        }
        if let Some(day) = input.received_on.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            match time::Date::parse(day, DATE_FORMAT) {
                Ok(d) if d > crate::funding::payments::today() => errors.push(FieldError::new("received_on", said!("said-votes-received-future", date = day))),
                Ok(_) => {}
                Err(_) => errors.push(FieldError::new("received_on", said!("said-votes-received-bad", text = day))),
            }
        }
        errors
    }

    fn open_for_ballots(&self, cycle_id: i64) -> Result<Stored> {
        self.workshops_cycle(cycle_id)?;
        let stored = self.stored_vote(cycle_id)?;
        if stored.declared_at.is_some() {
            return Err(not_allowed(said!("said-votes-declared-no-ballot")));
        }
        if stored.opened_at.is_none() {
            return Err(not_allowed(said!("said-votes-not-open")));
        }
        Ok(stored)
    }

    fn current_ballots(&self, cycle_id: i64) -> Result<HashMap<i64, i64>> {
        let mut stmt = self.conn().prepare("SELECT hub_id, id FROM ballots WHERE cycle_id = ?1 AND replaced_by IS NULL")?;
        let rows = stmt.query_map([cycle_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<HashMap<_, _>>>()?)
    }

    fn insert_ballot(tx: &rusqlite::Transaction<'_>, cycle_id: i64, input: &BallotInput, source: &str, previous: Option<i64>, actor: &str) -> Result<i64> {
        let received = input.received_on.as_deref().map(str::trim).filter(|d| !d.is_empty()).map_or_else(|| crate::platform::dates::format_date(crate::funding::payments::today()), str::to_string);
        let choices = serde_json::to_string(&input.choices).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
        let reason = if previous.is_some() { input.reason.trim() } else { "" };
        tx.execute(
            "INSERT INTO ballots (id, cycle_id, hub_id, choices, source, received_on, reason, actor, at) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'ballots'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![cycle_id, input.hub_id, choices, source, received, reason, actor, now_text()],
        )?;
        let id = tx.last_insert_rowid();
        if previous.is_some() {
            // Every ballot of the hub that counted until now: two can, for a while, when two desks
            // recorded one each offline and the other's has come in.
            tx.execute(
                "UPDATE ballots SET replaced_by = ?1 WHERE cycle_id = ?2 AND hub_id = ?3 AND replaced_by IS NULL AND id <> ?1",
                params![id, cycle_id, input.hub_id],
            )?;
        }
        Ok(id)
    }

    fn electorate_names(&self, cycle_id: i64) -> Result<HashMap<i64, String>> {
        Ok(self.frozen_voters(cycle_id)?.into_iter().map(|(id, name, ..)| (id, name)).collect())
    }

    /// Record one hub's ballot (from an email or a form). A hub outside the electorate, a
    /// ranking with repeats or unknown proposals, a vote for the hub's own proposal and a
    /// second ballot without a reason are refused at their field.
    pub fn record_ballot(&mut self, cycle_id: i64, input: &BallotInput, actor: &str) -> Result<VoteOverview> {
        self.open_for_ballots(cycle_id)?;
        let electorate = self.electorate_names(cycle_id)?;
        let proposals = self.vote_proposals(cycle_id)?;
        let current = self.current_ballots(cycle_id)?;
        let errors = self.check_ballot(input, &electorate, &proposals, &current);
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        let tx = self.conn_mut().transaction()?;
        Self::insert_ballot(&tx, cycle_id, input, "recorded", current.get(&input.hub_id).copied(), actor)?;
        tx.commit()?;
        self.vote_overview(cycle_id)
    }

    /// Import ballots from a form's CSV export, all or nothing. Columns (any order, header names
    /// folded): `hub` (the voting hub's key or name), `ranking` (the proposals best first, by
    /// title, proposing hub's key or name, separated by `>` or `;`), and optionally
    /// `received_on` and `reason`. Every row is checked as a ballot typed by hand would be; a
    /// hub that appears twice needs a reason on its later row.
    pub fn import_ballots(&mut self, cycle_id: i64, bytes: &[u8], actor: &str) -> Result<BallotImport> {
        self.open_for_ballots(cycle_id)?;
        let (text, _) = crate::registry::hubs_csv::decode(bytes)?;
        let first = text.lines().find(|l| !l.trim().is_empty()).ok_or_else(|| Error::new(ErrorCode::Csv, said!("said-votes-import-empty")))?;
        let separator = [b',', b';', b'\t'].into_iter().max_by_key(|s| first.matches(char::from(*s)).count()).unwrap_or(b',');
        let mut reader = csv::ReaderBuilder::new().delimiter(separator).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
        let headers: Vec<String> = reader.headers().map_err(|e| Error::new(ErrorCode::Csv, said!("said-votes-import-header-unreadable", error = e.to_string())))?.iter().map(|h| h.trim().to_lowercase().replace([' ', '-'], "_")).collect();
        let column = |name: &str| headers.iter().position(|h| h == name);
        let (Some(hub_col), Some(ranking_col)) = (column("hub"), column("ranking")) else {
            return Err(Error::new(ErrorCode::Csv, said!("said-votes-import-columns", columns = headers.join(", "))));
        };
        let (received_col, reason_col) = (column("received_on"), column("reason"));

        let electorate = self.electorate_names(cycle_id)?;
        let proposals = self.vote_proposals(cycle_id)?;
        let mut current = self.current_ballots(cycle_id)?;
        let hubs = self.all_hubs()?;
        let fold = |t: &str| crate::platform::fold::ascii_key(t);
        let find_hub = |text: &str| hubs.iter().find(|h| h.key == text.trim() || fold(&h.name) == fold(text)).map(|h| h.id);
        let find_proposal = |text: &str| {
            let t = fold(text);
            proposals.iter().find(|p| fold(&p.title) == t || fold(&p.hub_name) == t || hubs.iter().any(|h| h.id == p.hub_id && h.key == text.trim())).map(|p| p.application_id)
        };

        let mut errors: Vec<FieldError> = Vec::new();
        let mut planned: Vec<(BallotInput, Option<i64>)> = Vec::new();
        for (i, record) in reader.records().enumerate() {
            let row = i + 2;
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    errors.push(FieldError::new(format!("row {row}"), said!("said-votes-import-row-unreadable", error = e.to_string())));
                    continue;
                }
            };
            let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim().to_string();
            let hub_text = cell(Some(hub_col));
            let Some(hub_id) = find_hub(&hub_text) else {
                errors.push(FieldError::new(format!("row {row}, hub"), said!("said-votes-import-not-a-hub", text = &hub_text)));
                continue;
            };
            let mut choices = Vec::new();
            let mut bad = false;
            for part in cell(Some(ranking_col)).split(['>', ';']).map(str::trim).filter(|p| !p.is_empty()) {
                match find_proposal(part) {
                    Some(id) => choices.push(id),
                    None => {
                        errors.push(FieldError::new(format!("row {row}, ranking"), said!("said-votes-import-not-a-proposal", text = part)));
                        bad = true;
                    }
                }
            }
            if bad {
                continue;
            }
            let input = BallotInput { hub_id, choices, received_on: Some(cell(received_col)).filter(|d| !d.is_empty()), reason: cell(reason_col) };
            for e in self.check_ballot(&input, &electorate, &proposals, &current) {
                let column = match e.field.as_str() {
                    "hub_id" => "hub",
                    "choices" => "ranking",
                    other => other,
                };
                let at = format!("row {row}, {column}");
                errors.push(match e.said {
                    Some(said) => FieldError::new(at, said),
                    None => FieldError::new(at, e.message),
                });
            }
            // Later rows of the same hub replace this one (and need a reason).
            let previous = current.get(&hub_id).copied();
            current.insert(hub_id, -1);
            planned.push((input, previous));
        }
        if !errors.is_empty() {
            let first = &errors[0];
            let mut err = Error::new(ErrorCode::Csv, said!("said-votes-import-problems", count = errors.len(), field = &first.field, problem = &first.message));
            err.fields = errors;
            return Err(err);
        }
        if planned.is_empty() {
            return Err(Error::new(ErrorCode::Csv, said!("said-votes-import-no-rows")));
        }
        let tx = self.conn_mut().transaction()?;
        let mut summary = BallotImport { rows: planned.len() as u32, recorded: 0, replaced: 0 };
        let mut last_in_file: HashMap<i64, i64> = HashMap::new();
        for (input, previous) in &planned {
            let previous = last_in_file.get(&input.hub_id).copied().or(*previous);
            let id = Self::insert_ballot(&tx, cycle_id, input, "imported", previous, actor)?;
            last_in_file.insert(input.hub_id, id);
            summary.recorded += 1;
            if previous.is_some() {
                summary.replaced += 1;
            }
        }
        tx.commit()?;
        Ok(summary)
    }

    /// Declare the result: the count of the current ballots is frozen, the winner is selected
    /// and the other proposals are not, and the winner's Workshops grant appears as a draft on
    /// the Grants tab. Below the quorum this needs `despite_quorum`.
    pub fn declare_vote(&mut self, cycle_id: i64, despite_quorum: bool, actor: &str) -> Result<VoteOverview> {
        let stored = self.open_for_ballots(cycle_id)?;
        let cycle = self.cycle(cycle_id)?;
        if cycle.phase != Phase::Selection {
            return Err(not_allowed(said!("said-votes-declare-wrong-phase", cycle = &cycle.title, phase = cycle.phase.as_str())));
        }
        let clashing = self.ballot_clashes(cycle_id)?;
        if !clashing.is_empty() {
            return Err(not_allowed(said!("said-votes-ballots-clash", hubs = clashing.join(", "))));
        }
        let overview = self.vote_overview(cycle_id)?;
        let count = overview.count;
        let Some(winner) = count.winner else {
            // The first of the count's warnings (`Count::warnings`), as a message.
            let why = count.warnings_said(overview.proposals.len()).into_iter().next().unwrap_or_else(|| said!("said-votes-no-winner"));
            return Err(not_allowed(why));
        };
        if !count.quorum_met && !despite_quorum {
            return Err(not_allowed(said!("said-votes-quorum-not-met", ballots = count.ballots, electorate = count.electorate, quorum = count.quorum_percent)));
        }
        let result = serde_json::to_string(&count).map_err(|e| Error::new(ErrorCode::Internal, e.to_string()))?;
        let winner_label = overview.proposals.iter().find(|p| p.application_id == winner).map_or_else(String::new, |p| p.label.clone());
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE vote_settings SET declared_at = ?2, declared_by = ?3, winner_id = ?4, result = ?5 WHERE cycle_id = ?1",
            params![cycle_id, now_text(), actor, winner, result],
        )?;
        for p in &overview.proposals {
            let (status, action, detail) = if p.application_id == winner {
                ("selected", "selected", format!("elected by the members' vote ({})", stored.settings.method.label().to_lowercase()))
            } else {
                ("declined", "not_selected", format!("not elected: the members' vote went to {winner_label}"))
            };
            tx.execute(
                "UPDATE applications SET status = ?2, waiting_rank = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1",
                params![p.application_id, status],
            )?;
            tx.execute(
                "INSERT INTO selection_events (id, cycle_id, application_id, action, actor, detail) VALUES ((SELECT id FROM team_next_id WHERE tbl = 'selection_events'), ?1, ?2, ?3, ?4, ?5)",
                params![cycle_id, p.application_id, action, actor, detail],
            )?;
        }
        tx.commit()?;
        self.recompute_drafts(cycle_id)?;
        self.vote_overview(cycle_id)
    }
}
