//! Counting a community vote, as a pure function of the proposals and the ballots, so every
//! method is checked on hand-worked examples without a database.
//!
//! - **Instant run-off**: each round counts every ballot for its highest-ranked proposal still
//!   in the race; a proposal with more than half of the ballots still counting wins; otherwise
//!   the proposal with the fewest votes is eliminated and its ballots pass to their next
//!   choice. A ballot with no choice left is exhausted and no longer counts.
//! - **Borda**: with n proposals, a ballot gives n − 1 points to its first choice, n − 2 to its
//!   second, and so on; proposals it leaves unranked get nothing.
//! - **Points**: 3 points to a ballot's first choice, 2 to its second, 1 to its third.
//!
//! Ties (for the win, or for elimination in a run-off) are broken in this order, and every
//! tie-break applied is written into the result:
//! 1. a small or emerging hub's proposal goes before the others (the programme's priority);
//! 2. the proposal with more first choices across all ballots;
//! 3. the proposal submitted earlier;
//! 4. the lower application number.

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platform::said::{Phrase, Said};
use crate::{phrase, said};

/// How a cycle's vote is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VoteMethod {
    InstantRunoff,
    Borda,
    Points,
}

impl VoteMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            VoteMethod::InstantRunoff => "instant_runoff",
            VoteMethod::Borda => "borda",
            VoteMethod::Points => "points",
        }
    }

    pub fn parse(text: &str) -> Option<VoteMethod> {
        match text {
            "instant_runoff" => Some(VoteMethod::InstantRunoff),
            "borda" => Some(VoteMethod::Borda),
            "points" => Some(VoteMethod::Points),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            VoteMethod::InstantRunoff => "Instant run-off",
            VoteMethod::Borda => "Borda count",
            VoteMethod::Points => "Points (3/2/1)",
        }
    }
}

/// A proposal in the vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The application's id.
    pub id: i64,
    /// How it is named in the count ("Sound in shared spaces (Cantiere Sonoro Navile)").
    pub label: String,
    /// From a small or emerging hub: goes first in a tie.
    pub priority: bool,
    /// When it was submitted (RFC 3339), for the third tie-break.
    pub submitted_at: String,
}

/// One hub's ranking, best first, of proposal ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranking {
    pub voter: i64,
    pub choices: Vec<i64>,
}

/// A proposal's votes (instant run-off) or points in one round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoundCount {
    #[ts(type = "number")]
    pub proposal_id: i64,
    pub label: String,
    pub value: u32,
}

/// One round of the count (Borda and points have one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "VoteRound")]
pub struct Round {
    pub number: u32,
    /// Highest first.
    pub counts: Vec<RoundCount>,
    /// Ballots with no proposal left in the race (instant run-off).
    pub exhausted: u32,
    /// Ballots still counting: the majority is more than half of these (instant run-off).
    pub continuing: u32,
    #[ts(type = "number | null")]
    pub eliminated: Option<i64>,
    #[ts(type = "number | null")]
    pub elected: Option<i64>,
    /// What happened, in words ("No majority (4 of 9): Barn studios, with 2, is eliminated.").
    pub note: Phrase,
}

/// The whole count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "VoteCount")]
pub struct Count {
    pub method: VoteMethod,
    pub electorate: u32,
    pub ballots: u32,
    /// Ballots × 100 / electorate, rounded down.
    pub turnout_percent: u32,
    pub quorum_percent: u32,
    pub quorum_met: bool,
    pub rounds: Vec<Round>,
    #[ts(type = "number | null")]
    pub winner: Option<i64>,
    /// Every tie-break applied, in words.
    pub tie_breaks: Vec<Phrase>,
    /// What a reader of the result must know (a quorum not met, no ballots).
    pub warnings: Vec<Phrase>,
}

impl Count {
    /// Its warnings as messages (`warnings` holds their English), for a count of `proposals`
    /// proposals: a quorum not met, then nothing to vote on or no ballot yet.
    pub fn warnings_said(&self, proposals: usize) -> Vec<Said> {
        let mut out = Vec::new();
        if !self.quorum_met {
            out.push(said!(
                "said-votes-warning-quorum",
                ballots = self.ballots,
                electorate = self.electorate,
                turnout = self.turnout_percent,
                quorum = self.quorum_percent
            ));
        }
        if proposals == 0 {
            out.push(said!("said-votes-warning-no-proposal"));
        } else if self.ballots == 0 {
            out.push(said!("said-votes-warning-no-ballot"));
        }
        out
    }
}

/// Points a ballot gives the proposal it ranks at `position` (0 = first).
fn points_at(method: VoteMethod, position: usize, proposals: usize) -> u32 {
    match method {
        VoteMethod::Borda => proposals.saturating_sub(position + 1) as u32,
        VoteMethod::Points => [3, 2, 1].get(position).copied().unwrap_or(0),
        VoteMethod::InstantRunoff => u32::from(position == 0),
    }
}

struct Ties<'a> {
    by_id: HashMap<i64, &'a Proposal>,
    first_choices: HashMap<i64, u32>,
}

impl Ties<'_> {
    /// Which of two tied proposals goes first (`Less` = `a` goes first), and the rule that
    /// decided (its key in `said-votes-tie-rules`).
    fn order(&self, a: i64, b: i64) -> (Ordering, &'static str) {
        let (pa, pb) = (self.by_id[&a], self.by_id[&b]);
        if pa.priority != pb.priority {
            return (if pa.priority { Ordering::Less } else { Ordering::Greater }, "priority");
        }
        let (fa, fb) = (self.first_choices.get(&a).copied().unwrap_or(0), self.first_choices.get(&b).copied().unwrap_or(0));
        if fa != fb {
            return (fb.cmp(&fa), "first-choices");
        }
        if pa.submitted_at != pb.submitted_at {
            return (pa.submitted_at.cmp(&pb.submitted_at), "earlier");
        }
        (a.cmp(&b), "number")
    }

    /// The first of tied proposals (the tie for first place), with a sentence saying how the
    /// tie was broken.
    fn best(&self, tied: &[i64], value: u32) -> (i64, Said) {
        let mut sorted = tied.to_vec();
        sorted.sort_by(|a, b| self.order(*a, *b).0);
        let first = sorted[0];
        let rules: Vec<&str> = sorted[1..].iter().map(|other| self.order(first, *other).1).collect();
        let mut rules_unique: Vec<&str> = Vec::new();
        for r in rules {
            if !rules_unique.contains(&r) {
                rules_unique.push(r);
            }
        }
        let names: Vec<&str> = sorted.iter().map(|id| self.by_id[id].label.as_str()).collect();
        let text = said!("said-votes-tie-first", names = names.join(", "), value = value, first = &self.by_id[&first].label);
        (first, with_rules(text, &rules_unique))
    }

    /// The last of tied proposals (the one eliminated), with the sentence.
    fn worst(&self, tied: &[i64], value: u32) -> (i64, Said) {
        let mut sorted = tied.to_vec();
        sorted.sort_by(|a, b| self.order(*a, *b).0);
        let last = *sorted.last().expect("a tie has proposals");
        let rules: Vec<&str> = sorted[..sorted.len() - 1].iter().map(|other| self.order(*other, last).1).collect();
        let mut rules_unique: Vec<&str> = Vec::new();
        for r in rules {
            if !rules_unique.contains(&r) {
                rules_unique.push(r);
            }
        }
        let names: Vec<&str> = sorted.iter().map(|id| self.by_id[id].label.as_str()).collect();
        let text = said!("said-votes-tie-last", names = names.join(", "), value = value, last = &self.by_id[&last].label);
        (last, with_rules(text, &rules_unique))
    }
}

/// A tie's sentence with the rules that broke it, in order (at most the four there are):
/// `rule1` … `rule4`, each a rule's key or `none`.
fn with_rules(said: Said, rules: &[&str]) -> Said {
    (0..4).fold(said, |s, i| s.with(&format!("rule{}", i + 1), rules.get(i).copied().unwrap_or("none")))
}

fn sorted_counts(values: &HashMap<i64, u32>, proposals: &[Proposal], ties: &Ties<'_>) -> Vec<RoundCount> {
    let mut counts: Vec<RoundCount> = proposals
        .iter()
        .filter_map(|p| values.get(&p.id).map(|v| RoundCount { proposal_id: p.id, label: p.label.clone(), value: *v }))
        .collect();
    counts.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| ties.order(a.proposal_id, b.proposal_id).0));
    counts
}

/// Count the ballots. Ballots are expected to be valid (known proposals, no repeats); the
/// store checks them when they are recorded.
pub fn count(method: VoteMethod, proposals: &[Proposal], ballots: &[Ranking], electorate: u32, quorum_percent: u32) -> Count {
    let cast = ballots.len() as u32;
    let turnout_percent = (cast * 100).checked_div(electorate).unwrap_or(0);
    // The quorum is met when ballots × 100 ≥ quorum % × electorate (no rounding involved).
    let quorum_met = u64::from(cast) * 100 >= u64::from(quorum_percent) * u64::from(electorate);
    let mut first_choices: HashMap<i64, u32> = HashMap::new();
    for b in ballots {
        if let Some(first) = b.choices.first() {
            *first_choices.entry(*first).or_default() += 1;
        }
    }
    let ties = Ties { by_id: proposals.iter().map(|p| (p.id, p)).collect(), first_choices };
    let mut out = Count { method, electorate, ballots: cast, turnout_percent, quorum_percent, quorum_met, rounds: Vec::new(), winner: None, tie_breaks: Vec::new(), warnings: Vec::new() };
    out.warnings = out.warnings_said(proposals.len()).into_iter().map(Phrase::from).collect();
    if proposals.is_empty() || cast == 0 {
        return out;
    }
    match method {
        VoteMethod::InstantRunoff => run_off(&mut out, proposals, ballots, &ties),
        VoteMethod::Borda | VoteMethod::Points => {
            let mut values: HashMap<i64, u32> = proposals.iter().map(|p| (p.id, 0)).collect();
            for b in ballots {
                for (position, id) in b.choices.iter().enumerate() {
                    if let Some(v) = values.get_mut(id) {
                        *v += points_at(method, position, proposals.len());
                    }
                }
            }
            let counts = sorted_counts(&values, proposals, &ties);
            let top = counts[0].value;
            let tied: Vec<i64> = counts.iter().filter(|c| c.value == top).map(|c| c.proposal_id).collect();
            let winner = if tied.len() > 1 {
                let (first, text) = ties.best(&tied, top);
                out.tie_breaks.push(Phrase::from(text));
                first
            } else {
                tied[0]
            };
            let note = phrase!("said-votes-note-most-points", label = &ties.by_id[&winner].label, points = top);
            out.rounds.push(Round { number: 1, counts, exhausted: 0, continuing: cast, eliminated: None, elected: Some(winner), note });
            out.winner = Some(winner);
        }
    }
    out
}

fn run_off(out: &mut Count, proposals: &[Proposal], ballots: &[Ranking], ties: &Ties<'_>) {
    let mut running: Vec<i64> = proposals.iter().map(|p| p.id).collect();
    for number in 1..=proposals.len() as u32 {
        let mut values: HashMap<i64, u32> = running.iter().map(|id| (*id, 0)).collect();
        let mut exhausted = 0;
        for b in ballots {
            match b.choices.iter().find(|id| running.contains(id)) {
                Some(id) => *values.get_mut(id).expect("a running proposal") += 1,
                None => exhausted += 1,
            }
        }
        let continuing = ballots.len() as u32 - exhausted;
        let counts = sorted_counts(&values, proposals, ties);
        let top = counts[0].value;
        // A majority of the ballots still counting, or the last proposal standing.
        if running.len() == 1 || (continuing > 0 && top * 2 > continuing) {
            let tied: Vec<i64> = counts.iter().filter(|c| c.value == top).map(|c| c.proposal_id).collect();
            let winner = tied[0];
            let note = if running.len() == 1 {
                phrase!("said-votes-note-last-in-race", label = &ties.by_id[&winner].label, votes = top, continuing = continuing)
            } else {
                phrase!("said-votes-note-majority", label = &ties.by_id[&winner].label, votes = top, continuing = continuing)
            };
            out.rounds.push(Round { number, counts, exhausted, continuing, eliminated: None, elected: Some(winner), note });
            out.winner = Some(winner);
            return;
        }
        // Two left and level: the tie for the win is broken, the other is eliminated.
        if running.len() == 2 && counts[0].value == counts[1].value {
            let tied: Vec<i64> = counts.iter().map(|c| c.proposal_id).collect();
            let (winner, text) = ties.best(&tied, top);
            out.tie_breaks.push(Phrase::from(text));
            let note = phrase!("said-votes-note-level", votes = top, continuing = continuing, label = &ties.by_id[&winner].label);
            out.rounds.push(Round { number, counts, exhausted, continuing, eliminated: None, elected: Some(winner), note });
            out.winner = Some(winner);
            return;
        }
        let low = counts.last().expect("proposals running").value;
        let tied: Vec<i64> = counts.iter().filter(|c| c.value == low).map(|c| c.proposal_id).collect();
        let (eliminated, tie) = if tied.len() > 1 {
            let (last, text) = ties.worst(&tied, low);
            (last, Some(text))
        } else {
            (tied[0], None)
        };
        let eliminated_said = said!("said-votes-note-eliminated", top = top, continuing = continuing, label = &ties.by_id[&eliminated].label, low = low);
        let note = match tie {
            // The tie's sentence follows, its arguments with the note's.
            Some(text) => {
                let mut both = said!("said-votes-note-eliminated-tie");
                both.args.extend(eliminated_said.args);
                both.args.extend(text.args.clone());
                out.tie_breaks.push(Phrase::from(text));
                Phrase::from(both)
            }
            None => Phrase::from(eliminated_said),
        };
        out.rounds.push(Round { number, counts, exhausted, continuing, eliminated: Some(eliminated), elected: None, note });
        running.retain(|id| *id != eliminated);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposals() -> Vec<Proposal> {
        vec![
            Proposal { id: 1, label: "A".into(), priority: false, submitted_at: "2026-12-01T10:00:00Z".into() },
            Proposal { id: 2, label: "B".into(), priority: true, submitted_at: "2026-12-02T10:00:00Z".into() },
            Proposal { id: 3, label: "C".into(), priority: false, submitted_at: "2026-12-03T10:00:00Z".into() },
        ]
    }

    fn ballots(rows: &[&[i64]]) -> Vec<Ranking> {
        rows.iter().enumerate().map(|(i, r)| Ranking { voter: 100 + i as i64, choices: r.to_vec() }).collect()
    }

    fn values(round: &Round) -> Vec<(i64, u32)> {
        round.counts.iter().map(|c| (c.proposal_id, c.value)).collect()
    }

    #[test]
    fn a_run_off_transfers_the_eliminated_proposals_ballots() {
        // 9 ballots: A 4, B 3, C 2 first choices. No majority (5 needed); C is out and its two
        // ballots go to B (one) and nowhere (one ranks C only): B 4, A 4 of 8 → level, and B
        // wins the tie as an emerging hub's proposal.
        let b = ballots(&[&[1], &[1], &[1], &[1, 3], &[2], &[2], &[2, 1], &[3, 2], &[3]]);
        let c = count(VoteMethod::InstantRunoff, &proposals(), &b, 12, 50);
        assert_eq!(c.rounds.len(), 2);
        assert_eq!(values(&c.rounds[0]), vec![(1, 4), (2, 3), (3, 2)]);
        assert_eq!(c.rounds[0].eliminated, Some(3));
        assert_eq!((c.rounds[1].continuing, c.rounds[1].exhausted), (8, 1), "the ballot ranking only C is exhausted");
        assert_eq!(values(&c.rounds[1]), vec![(2, 4), (1, 4)]);
        assert_eq!(c.winner, Some(2));
        assert_eq!(c.tie_breaks.len(), 1);
        assert!(c.tie_breaks[0].contains("a small or emerging hub goes first"), "{}", c.tie_breaks[0]);
        assert!(c.quorum_met);
        assert_eq!(c.turnout_percent, 75);
    }

    #[test]
    fn a_majority_in_the_first_round_ends_the_count() {
        let b = ballots(&[&[3, 1], &[3], &[3, 2], &[1, 2], &[2]]);
        let c = count(VoteMethod::InstantRunoff, &proposals(), &b, 5, 50);
        assert_eq!(c.rounds.len(), 1);
        assert_eq!(c.winner, Some(3));
        assert!(c.rounds[0].note.contains("majority: 3 of 5"), "{}", c.rounds[0].note);
        assert!(c.tie_breaks.is_empty());
    }

    #[test]
    fn a_tie_for_last_place_eliminates_the_established_hub_first() {
        // A 2, B 1, C 1 of 4: no majority; B and C tie for last, and C (an established hub's)
        // goes while B (an emerging hub's) stays.
        let b = ballots(&[&[1], &[1], &[2], &[3, 1]]);
        let c = count(VoteMethod::InstantRunoff, &proposals(), &b, 5, 50);
        assert_eq!(c.rounds[0].eliminated, Some(3));
        assert!(c.tie_breaks[0].contains("C is eliminated"), "{}", c.tie_breaks[0]);
        // Round 2: C's ballot passes to A: A 3, B 1 of 4, a majority.
        assert_eq!(values(&c.rounds[1]), vec![(1, 3), (2, 1)]);
        assert_eq!(c.winner, Some(1));
    }

    #[test]
    fn borda_and_points_add_up_by_position() {
        let b = ballots(&[&[1, 2, 3], &[2, 3, 1], &[3, 2]]);
        // Borda with 3 proposals: 2, 1, 0 points. A: 2 + 0 + 0 = 2; B: 1 + 2 + 1 = 4; C: 0 + 1 + 2 = 3.
        let c = count(VoteMethod::Borda, &proposals(), &b, 3, 50);
        assert_eq!(values(&c.rounds[0]), vec![(2, 4), (3, 3), (1, 2)]);
        assert_eq!(c.winner, Some(2));
        // Points 3/2/1: A 3 + 1 = 4; B 2 + 3 + 2 = 7; C 1 + 2 + 3 = 6.
        let c = count(VoteMethod::Points, &proposals(), &b, 3, 50);
        assert_eq!(values(&c.rounds[0]), vec![(2, 7), (3, 6), (1, 4)]);
    }

    #[test]
    fn a_points_tie_goes_to_more_first_choices_then_the_earlier_proposal() {
        let mut p = proposals();
        p[1].priority = false;
        // A: 3 + 2 = 5 with one first choice; C: 3 + 2 = 5 with one first choice; B: 1 + 1 = 2.
        // Level on first choices too: A was submitted earlier.
        let b = ballots(&[&[1, 3, 2], &[3, 1, 2]]);
        let c = count(VoteMethod::Points, &p, &b, 2, 50);
        assert_eq!(c.winner, Some(1));
        assert!(c.tie_breaks[0].contains("submitted earlier"), "{}", c.tie_breaks[0]);
        // Another set: A 3 + 2 + 1 = 6 points, C 2 + 3 + 2 = 7, B 3: no tie, C wins.
        let b = ballots(&[&[1, 3], &[3, 1], &[2, 3, 1]]);
        let c = count(VoteMethod::Points, &p, &b, 3, 50);
        assert_eq!(c.winner, Some(3));
        assert!(c.tie_breaks.is_empty());
    }

    #[test]
    fn a_missed_quorum_is_a_warning_and_no_ballot_no_winner() {
        let b = ballots(&[&[1], &[2, 1]]);
        let c = count(VoteMethod::InstantRunoff, &proposals(), &b, 10, 50);
        assert!(!c.quorum_met);
        assert_eq!(c.turnout_percent, 20);
        assert!(c.warnings[0].contains("quorum is not met: 2 of 10"), "{:?}", c.warnings);
        assert!(c.winner.is_some(), "the count still runs");
        let c = count(VoteMethod::Borda, &proposals(), &[], 10, 50);
        assert_eq!(c.winner, None);
        assert!(c.warnings.iter().any(|w| w.contains("No ballot")));
        // Exactly half meets a 50 % quorum.
        assert!(count(VoteMethod::Points, &proposals(), &ballots(&[&[1], &[2]]), 4, 50).quorum_met);
    }
}
