//! Which work belongs to which phase of a cycle.
//!
//! A cycle's phase says where its work stands, so the work itself follows the phase: hubs are
//! paired in Matching, grants awarded from Awarded on, letters issued for awarded grants, and
//! payments recorded while the grants run. Every command that does such work asks [`Gate`]
//! first, so the window, the command line and IPC are refused alike, with the phase the cycle
//! is in and the move to make.
//!
//! A data file written before these gates may hold cycles whose work ran ahead of their phase
//! (grants awarded while the cycle still says Selection). [`Store::ahead_of_phase`] names that
//! work and the phase it belongs to, and [`Store::catch_up_cycle`] moves the cycle forward
//! through the usual guards, one recorded step at a time.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cycle::cycles::{phases, Cycle, Phase};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::platform::said::{Phrase, Said};
use crate::platform::store::Store;
use crate::{phrase, said};

/// A kind of work on a cycle that belongs to some of its phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Work {
    /// Locking, forbidding or changing pairs and placements, and confirming them.
    Matching,
    /// The weights of the pairing and the hosts' places: settings of the matching.
    MatchingSettings,
    /// Setting the dates the two hubs of a confirmed pair agreed for their visit.
    VisitDates,
    /// Awarding draft grants.
    Award,
    /// Amending or cancelling an awarded grant.
    Amend,
    /// Issuing award letters.
    Letters,
    /// Recording, waiving or undoing payments.
    Payments,
    /// Recording that a grant's report was received.
    Reports,
    /// The participants' stories and their photos.
    Stories,
}

impl Work {
    pub const ALL: [Work; 9] = [Work::Matching, Work::MatchingSettings, Work::VisitDates, Work::Award, Work::Amend, Work::Letters, Work::Payments, Work::Reports, Work::Stories];

    /// The first and last phase (inclusive) in which the work is done.
    pub fn phases(self) -> (Phase, Phase) {
        match self {
            Work::Matching => (Phase::Matching, Phase::Matching),
            Work::MatchingSettings => (Phase::Draft, Phase::Matching),
            Work::VisitDates => (Phase::Matching, Phase::InProgress),
            Work::Award | Work::Amend | Work::Payments | Work::Reports => (Phase::Awarded, Phase::Reporting),
            Work::Letters | Work::Stories => (Phase::Awarded, Phase::Closed),
        }
    }

    /// The work as the messages name it (`said-cycle-work-done` says it as a clause:
    /// "grants are awarded").
    fn key(self) -> &'static str {
        match self {
            Work::Matching => "matching",
            Work::MatchingSettings => "matching_settings",
            Work::VisitDates => "visit_dates",
            Work::Award => "award",
            Work::Amend => "amend",
            Work::Letters => "letters",
            Work::Payments => "payments",
            Work::Reports => "reports",
            Work::Stories => "stories",
        }
    }
}

/// Whether a kind of work can be done on a cycle now, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Gate {
    pub work: Work,
    /// Empty when the work can be done now; otherwise the refusal, naming the phase and the move.
    pub blocked: Phrase,
    /// When the work waits for a later phase: the cycle's next phase, the move to make (its
    /// own guard still applies).
    pub next_phase: Option<Phase>,
}

/// The phases, in order, of this cycle's programme that the work belongs to.
fn window(cycle: &Cycle, work: Work) -> Vec<Phase> {
    let (first, last) = work.phases();
    phases(cycle.shape).into_iter().filter(|p| *p >= first && *p <= last).collect()
}

/// Why the work cannot be done on the cycle in its phase, or `None` when it can.
pub fn refusal(cycle: &Cycle, work: Work) -> Option<String> {
    refusal_said(cycle, work).map(|s| s.english())
}

/// [`refusal`] as a phrase that keeps its message, shown in the reader's language.
pub(crate) fn refusal_phrase(cycle: &Cycle, work: Work) -> Option<crate::platform::said::Phrase> {
    refusal_said(cycle, work).map(Into::into)
}

/// [`refusal`] as a message of the files.
fn refusal_said(cycle: &Cycle, work: Work) -> Option<Said> {
    let within = window(cycle, work);
    let (Some(&first), Some(&last)) = (within.first(), within.last()) else {
        return Some(said!("said-cycle-work-no-phase", programme = &cycle.programme_name, work = work.key()));
    };
    if within.contains(&cycle.phase) {
        return None;
    }
    // The phases the work belongs to: one, from one on, or from one to another.
    let span = if first == last {
        "in"
    } else if last == Phase::Closed {
        "on"
    } else {
        "between"
    };
    let waits = cycle.phase < first;
    let (title, phase, work, first, last) = (&cycle.title, cycle.phase.as_str(), work.key(), first.as_str(), last.as_str());
    Some(if waits {
        said!("said-cycle-work-later", title = title, phase = phase, work = work, span = span, first = first, last = last)
    } else {
        said!("said-cycle-work-earlier", title = title, phase = phase, work = work, span = span, first = first, last = last)
    })
}

/// Refuse the work unless the cycle's phase allows it.
pub fn check(cycle: &Cycle, work: Work) -> Result<()> {
    match refusal_said(cycle, work) {
        None => Ok(()),
        Some(said) => Err(Error::new(ErrorCode::WrongPhase, said)),
    }
}

/// Every kind of work, open or refused, for the cycle as it stands.
pub fn gates(cycle: &Cycle) -> Vec<Gate> {
    let order = phases(cycle.shape);
    let next = order.iter().position(|p| *p == cycle.phase).and_then(|i| order.get(i + 1)).copied();
    Work::ALL
        .into_iter()
        .map(|work| {
            let blocked = refusal_said(cycle, work).map(Phrase::from).unwrap_or_default();
            let waits = !blocked.is_empty() && window(cycle, work).first().is_some_and(|first| cycle.phase < *first);
            Gate { work, blocked, next_phase: if waits { next } else { None } }
        })
        .collect()
}

/// Work a cycle holds that belongs to a later phase than the one it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AheadOfPhase {
    /// The phase the work belongs to: the cycle should be moved forward to it.
    pub belongs_to: Phase,
    /// What was done ahead, in words: "26 grants awarded", "1 payment recorded".
    pub work: Vec<Phrase>,
}

/// "26 grants awarded": `n` of a kind of work done (`said-cycle-ahead-work` names each
/// `what`), or nothing when none was.
fn counted(n: u32, what: &str) -> Option<Phrase> {
    (n > 0).then(|| phrase!("said-cycle-ahead-work", count = n, what = what))
}

impl Store {
    /// Refuse the work on a grant unless its cycle's phase allows it.
    pub(crate) fn check_grant_work(&self, grant_id: i64, work: Work) -> Result<()> {
        let cycle_id: Option<i64> = self.conn().query_row("SELECT cycle_id FROM grants WHERE id = ?1", [grant_id], |r| r.get(0)).ok();
        match cycle_id {
            Some(cycle_id) => check(&self.cycle(cycle_id)?, work),
            None => Err(Error::not_found(said!("said-cycle-grant-not-found", id = grant_id.to_string()))),
        }
    }

    /// The work the cycle holds ahead of its phase, if any (see the module's documentation).
    pub fn ahead_of_phase(&self, cycle: &Cycle) -> Result<Option<AheadOfPhase>> {
        let order = phases(cycle.shape);
        let count = |sql: &str| -> Result<u32> { Ok(self.conn().query_row(sql, [cycle.id], |r| r.get(0))?) };
        let mut work = Vec::new();
        let mut belongs_to = None;
        if cycle.phase < Phase::Awarded {
            let awarded = count("SELECT count(*) FROM grants WHERE cycle_id = ?1 AND state <> 'draft'")?;
            let letters = count("SELECT count(*) FROM letters l JOIN grants g ON g.id = l.grant_id WHERE g.cycle_id = ?1")?;
            let paid = count("SELECT count(*) FROM payments p JOIN grants g ON g.id = p.grant_id WHERE g.cycle_id = ?1 AND p.state = 'paid'")?;
            let reports = count("SELECT count(*) FROM grant_reports r JOIN grants g ON g.id = r.grant_id WHERE g.cycle_id = ?1")?;
            work.extend(counted(awarded, "grants"));
            work.extend(counted(letters, "letters"));
            work.extend(counted(paid, "payments"));
            work.extend(counted(reports, "reports"));
            if !work.is_empty() {
                belongs_to = Some(Phase::Awarded);
            }
        }
        if cycle.phase < Phase::Matching && order.contains(&Phase::Matching) {
            let pairs = count("SELECT count(*) FROM pairs WHERE cycle_id = ?1")?;
            let placements = count("SELECT count(*) FROM placements WHERE cycle_id = ?1")?;
            let matched: Vec<Phrase> = counted(pairs, "pairs").into_iter().chain(counted(placements, "placements")).collect();
            if !matched.is_empty() {
                work.splice(0..0, matched);
                belongs_to.get_or_insert(Phase::Matching);
            }
        }
        Ok(belongs_to.map(|belongs_to| AheadOfPhase { belongs_to, work }))
    }

}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cycle::programmes::Shape;

    fn cycle(shape: Shape, phase: Phase) -> Cycle {
        Cycle {
            id: 1,
            programme_id: 1,
            programme_name: "P2P Learning".into(),
            shape,
            year: 2027,
            title: "P2P Learning 2027".into(),
            call_opens: None,
            call_deadline: None,
            activity_start: None,
            activity_end: None,
            report_deadline: None,
            slots_primary: 13,
            slots_secondary: 13,
            min_days: None,
            max_days: None,
            budget_cents: 0,
            payment_schedule: Vec::new(),
            phase,
            phases: phases(shape),
            cloned_from: None,
            notes: String::new(),
            created_at: String::new(),
            updated_at: String::new(),
            version: 1,
            frozen: Phrase::default(),
            ahead: None,
            gates: Vec::new(),
        }
    }

    #[test]
    fn each_work_is_refused_outside_its_phases_with_the_move_to_make() {
        let c = cycle(Shape::P2p, Phase::Selection);
        assert_eq!(
            refusal(&c, Work::Award).unwrap(),
            "'P2P Learning 2027' is in Selection: grants are awarded from Awarded to Reporting. Move the cycle to Awarded first: Cycles → P2P Learning 2027 → Next step."
        );
        assert_eq!(
            refusal(&c, Work::Matching).unwrap(),
            "'P2P Learning 2027' is in Selection: pairs and placements are made and confirmed in Matching. Move the cycle to Matching first: Cycles → P2P Learning 2027 → Next step."
        );
        assert_eq!(
            refusal(&c, Work::Letters).unwrap(),
            "'P2P Learning 2027' is in Selection: award letters are issued from Awarded on. Move the cycle to Awarded first: Cycles → P2P Learning 2027 → Next step."
        );
        assert_eq!(refusal(&c, Work::MatchingSettings), None);
        let closed = cycle(Shape::P2p, Phase::Closed);
        assert_eq!(
            refusal(&closed, Work::Payments).unwrap(),
            "'P2P Learning 2027' is in Closed: payments are recorded from Awarded to Reporting. To do it now, move the cycle back to Reporting (with a reason): Cycles → P2P Learning 2027."
        );
        assert_eq!(refusal(&closed, Work::Letters), None);
        let next = |c: &Cycle, work: Work| gates(c).into_iter().find(|g| g.work == work).unwrap().next_phase;
        assert_eq!(next(&c, Work::Award), Some(Phase::Matching), "the way to the award goes through Matching");
        assert_eq!(next(&c, Work::MatchingSettings), None, "open: nothing to move");
        assert_eq!(next(&closed, Work::Payments), None, "behind: a move back is a decision with a reason");
        assert!(check(&closed, Work::Payments).is_err_and(|e| e.code == ErrorCode::WrongPhase));
    }

    #[test]
    fn every_phase_opens_exactly_the_work_that_belongs_to_it() {
        for shape in [Shape::P2p, Shape::StaffExchange] {
            for phase in phases(shape) {
                let c = cycle(shape, phase);
                let open: Vec<Work> = gates(&c).into_iter().filter(|g| g.blocked.is_empty()).map(|g| g.work).collect();
                let expected: Vec<Work> = match phase {
                    Phase::Draft | Phase::CallOpen | Phase::Selection => vec![Work::MatchingSettings],
                    Phase::Matching => vec![Work::Matching, Work::MatchingSettings, Work::VisitDates],
                    Phase::Awarded | Phase::InProgress => {
                        vec![Work::VisitDates, Work::Award, Work::Amend, Work::Letters, Work::Payments, Work::Reports, Work::Stories]
                    }
                    Phase::Reporting => vec![Work::Award, Work::Amend, Work::Letters, Work::Payments, Work::Reports, Work::Stories],
                    Phase::Closed => vec![Work::Letters, Work::Stories],
                };
                assert_eq!(open, expected, "{shape:?} in {phase:?}");
            }
        }
    }

    #[test]
    fn a_programme_without_matching_has_no_phase_for_it() {
        let c = cycle(Shape::Workshops, Phase::Selection);
        assert_eq!(refusal(&c, Work::Matching).unwrap(), "P2P Learning cycles have no phase in which pairs and placements are made and confirmed.");
    }
}
