//! Reviewers' scores of applications, and the ranking they give each pool: the weighted mean of
//! the criteria in hundredths of a point, ties to the earlier submission.

use std::collections::{BTreeMap, HashMap};

use rusqlite::params;

use super::fair::{self, ReviewerScore};
use super::{criteria_scored_by, not_allowed, pool_label, pools_of, STAFF_SIGNATURE, Criterion, CountryCount, CriterionScore, Pool, RankedApplication, Ranking, Review, ReviewInput, ScoreBasis, SelectionMethod, Spread};
use crate::intake::applications::Status;
use crate::intake::reviewers::{write_scorecard, Conflict};
use crate::cycle::cycles::Phase;
use crate::platform::error::{Error, FieldError, Result};
use crate::registry::hubs::Maturity;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::said;

impl Store {
    /// Record (or replace) one reviewer's scores of one application.
    pub fn save_review(&mut self, input: &ReviewInput) -> Result<Vec<Review>> {
        let app = self.application(input.application_id)?;
        let cycle = self.cycle(app.cycle_id)?;
        if cycle.phase > Phase::Selection {
            return Err(not_allowed(said!("said-intake-scores-closed", cycle = &cycle.title)));
        }
        let reviewer: String = input.reviewer.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
        let all_criteria = self.criteria(app.cycle_id)?;
        let blind = self.selection_rules(app.cycle_id)?.blind;
        let criteria: Vec<Criterion> = criteria_scored_by(&all_criteria, blind, &reviewer).into_iter().cloned().collect();
        let mut errors = Vec::new();
        if reviewer.is_empty() {
            errors.push(FieldError::new("reviewer", said!("said-intake-score-reviewer-missing")));
        } else if reviewer.chars().count() > 80 {
            errors.push(FieldError::new("reviewer", said!("said-intake-at-most-80")));
        }
        for s in &input.scores {
            match criteria.iter().find(|c| c.id == s.criterion_id) {
                None => match all_criteria.iter().find(|c| c.id == s.criterion_id) {
                    Some(c) if c.by_staff => errors.push(FieldError::new(
                        format!("score.{}", c.id),
                        said!("said-intake-criterion-by-staff", criterion = &c.label, signature = STAFF_SIGNATURE),
                    )),
                    Some(c) => errors.push(FieldError::new(format!("score.{}", c.id), said!("said-intake-criterion-by-reviewers", criterion = &c.label))),
                    None => errors.push(FieldError::new(format!("score.{}", s.criterion_id), said!("said-intake-criterion-not-in-cycle", id = s.criterion_id))),
                },
                Some(c) if s.score > c.max_score => errors.push(FieldError::new(
                    format!("score.{}", c.id),
                    said!("said-intake-score-out-of-range", score = s.score, criterion = &c.label, most = c.max_score),
                )),
                Some(_) => {}
            }
        }
        for c in &criteria {
            match input.scores.iter().filter(|s| s.criterion_id == c.id).count() {
                0 => errors.push(FieldError::new(format!("score.{}", c.id), said!("said-intake-score-missing", criterion = &c.label, most = c.max_score))),
                1 => {}
                _ => errors.push(FieldError::new(format!("score.{}", c.id), said!("said-intake-criterion-scored-twice", criterion = &c.label))),
            }
        }
        let note = input.note.trim().to_string();
        if note.chars().count() > 2000 {
            errors.push(FieldError::new("note", said!("said-intake-note-too-long")));
        }
        if app.status == Status::Withdrawn {
            errors.push(FieldError::new("reviewer", said!("said-intake-application-withdrawn")));
        }
        if errors.is_empty() {
            if let Some(conflict) = self.review_conflicts(app.cycle_id)?.into_iter().find(|c| c.reviewer == reviewer && c.application_id == app.id) {
                errors.push(FieldError::new("reviewer", said!("said-intake-score-conflict", reviewer = &reviewer, reason = conflict.reason.text.as_str())));
            }
        }
        if !errors.is_empty() {
            return Err(Error::validation(errors));
        }
        // A name signing for the first time becomes one of the cycle's reviewers, and a
        // reviewer who scores an application is one of its reviewers.
        // The secretariat's scores in a blind review are not a reviewer's.
        let tx = self.conn().unchecked_transaction()?;
        let reviewer_id = if blind && reviewer == STAFF_SIGNATURE { None } else { Some(self.reviewer_for_signature(app.cycle_id, &reviewer)?) };
        let scores: Vec<(i64, u32)> = input.scores.iter().map(|s| (s.criterion_id, s.score)).collect();
        write_scorecard(&tx, reviewer_id, &reviewer, app.id, &scores, &note)?;
        tx.commit()?;
        self.reviews(app.id)
    }

    pub fn delete_review(&mut self, application_id: i64, reviewer: &str) -> Result<Vec<Review>> {
        let app = self.application(application_id)?;
        if self.cycle(app.cycle_id)?.phase > Phase::Selection {
            return Err(not_allowed(said!("said-intake-scores-closed-cycle")));
        }
        let n = self.conn().execute("DELETE FROM reviews WHERE application_id = ?1 AND reviewer = ?2", params![application_id, reviewer.trim()])?;
        if n == 0 {
            return Err(Error::not_found(said!("said-intake-not-scored", reviewer = reviewer.trim(), id = application_id)));
        }
        self.reviews(application_id)
    }

    /// Every reviewer's scorecard for an application, in the order they first scored.
    pub fn reviews(&self, application_id: i64) -> Result<Vec<Review>> {
        let mut stmt = self.conn().prepare(
            "SELECT r.reviewer, r.criterion_id, r.score, r.note, r.at FROM reviews r JOIN selection_criteria c ON c.id = r.criterion_id
             WHERE r.application_id = ?1 ORDER BY (SELECT min(id) FROM reviews x WHERE x.application_id = r.application_id AND x.reviewer = r.reviewer), c.position, c.id",
        )?;
        let rows = stmt.query_map([application_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, u32>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?)))?;
        let mut out: Vec<Review> = Vec::new();
        for row in rows {
            let (reviewer, criterion_id, score, note, at) = row?;
            match out.last_mut() {
                Some(last) if last.reviewer == reviewer => last.scores.push(CriterionScore { criterion_id, score }),
                _ => out.push(Review { reviewer, scores: vec![CriterionScore { criterion_id, score }], note, at }),
            }
        }
        Ok(out)
    }

    /// Each reviewer's weighted total (out of 100) of each application they scored, their
    /// scores with a conflict of interest left out: what normalisation works from. A criterion
    /// they did not score (added since) is left out of their total.
    fn reviewer_totals(&self, cycle_id: i64, criteria: &[Criterion]) -> Result<Vec<(String, i64, f64)>> {
        let conflicted = self.conflicted_signatures(cycle_id)?;
        let mut stmt = self.conn().prepare(
            "SELECT r.reviewer, r.application_id, r.criterion_id, r.score FROM reviews r JOIN applications a ON a.id = r.application_id
             WHERE a.cycle_id = ?1 ORDER BY r.reviewer, r.application_id",
        )?;
        let rows = stmt.query_map([cycle_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, u32>(3)?)))?;
        // (reviewer, application) → (Σ weight × share of the top score, Σ weight)
        let mut sums: BTreeMap<(String, i64), (f64, f64)> = BTreeMap::new();
        for row in rows {
            let (reviewer, app, criterion, score) = row?;
            let Some(c) = criteria.iter().find(|c| c.id == criterion) else { continue };
            if c.max_score == 0 || conflicted.contains(&(reviewer.clone(), app)) {
                continue;
            }
            let cell = sums.entry((reviewer, app)).or_default();
            cell.0 += f64::from(c.weight) * f64::from(score) / f64::from(c.max_score);
            cell.1 += f64::from(c.weight);
        }
        Ok(sums.into_iter().filter(|(_, (_, w))| *w > 0.0).map(|((r, a), (sum, w))| (r, a, 100.0 * sum / w)).collect())
    }

    /// Scores of every application of a cycle: application → (criterion → (sum, count), reviewers).
    /// A reviewer's scores of an application they have a conflict of interest with do not count.
    /// In a blind review, a criterion counts only as scored by whom it belongs to: the
    /// secretariat's criteria by the secretariat, the others by the reviewers.
    fn score_table(&self, cycle_id: i64) -> Result<HashMap<i64, Scores>> {
        let conflicted = self.conflicted_signatures(cycle_id)?;
        let blind = self.selection_rules(cycle_id)?.blind;
        let by_staff: Vec<i64> = self.criteria(cycle_id)?.into_iter().filter(|c| c.by_staff).map(|c| c.id).collect();
        let mut stmt = self.conn().prepare(
            "SELECT r.application_id, r.criterion_id, r.score, r.reviewer FROM reviews r JOIN applications a ON a.id = r.application_id
             WHERE a.cycle_id = ?1 ORDER BY r.id",
        )?;
        let rows = stmt.query_map([cycle_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, u32>(2)?, r.get::<_, String>(3)?)))?;
        let mut table: HashMap<i64, Scores> = HashMap::new();
        for row in rows {
            let (app, criterion, score, reviewer) = row?;
            if conflicted.contains(&(reviewer.clone(), app)) || (blind && by_staff.contains(&criterion) != (reviewer == STAFF_SIGNATURE)) {
                continue;
            }
            let entry = table.entry(app).or_default();
            let cell = entry.0.entry(criterion).or_default();
            cell.0 += u64::from(score);
            cell.1 += 1;
            if !entry.1.contains(&reviewer) {
                entry.1.push(reviewer);
            }
        }
        Ok(table)
    }

    /// The applications of a cycle, pool by pool, in ranking order: the eligible ones still
    /// in the running first (best score, then earliest submission), then the ineligible,
    /// then the withdrawn.
    pub fn ranking(&self, cycle_id: i64) -> Result<Ranking> {
        let cycle = self.cycle(cycle_id)?;
        let criteria = self.criteria(cycle_id)?;
        let rules = self.selection_rules(cycle_id)?;
        let apps = self.applications(cycle_id)?;
        let scores = self.score_table(cycle_id)?;
        let conflicts = self.review_conflicts(cycle_id)?;
        // In a blind review the reviewers' totals are of their own criteria; the secretariat's
        // criteria join the normalised score by their weight, as they join the plain mean.
        let reviewer_criteria: Vec<Criterion> = criteria.iter().filter(|c| !rules.blind || !c.by_staff).cloned().collect();
        let (normalised, pool) = fair::normalise(&self.reviewer_totals(cycle_id, &reviewer_criteria)?);
        let reviewer_weight: u64 = reviewer_criteria.iter().map(|c| u64::from(c.weight)).sum();
        let hubs: HashMap<i64, Maturity> = apps.iter().map(|a| Ok((a.hub_id, self.hub(a.hub_id)?.maturity))).collect::<Result<_>>()?;
        let weight_sum: u64 = criteria.iter().map(|c| u64::from(c.weight)).sum();
        let mut pools = Vec::new();
        for (role, label, slots) in pools_of(&cycle) {
            let mut entries: Vec<RankedApplication> = apps
                .iter()
                .filter(|a| a.role == role)
                .map(|a| {
                    let (cells, reviewers) = scores.get(&a.id).cloned().unwrap_or_default();
                    // Each criterion's mean scaled to 0-100, in hundredths, rounded half up.
                    let criterion_centi: Vec<Option<u32>> = criteria
                        .iter()
                        .map(|c| cells.get(&c.id).map(|(sum, n)| ((sum * 10_000 * 2 + u64::from(c.max_score) * n) / (u64::from(c.max_score) * n * 2)) as u32))
                        .collect();
                    let score_centi = (!reviewers.is_empty() && weight_sum > 0).then(|| {
                        let weighted: u64 = criteria.iter().zip(&criterion_centi).map(|(c, s)| u64::from(c.weight) * u64::from(s.unwrap_or(0))).sum();
                        ((weighted * 2 + weight_sum) / (weight_sum * 2)) as u32
                    });
                    let by_reviewer: Vec<ReviewerScore> = normalised.iter().filter(|((_, app), _)| *app == a.id).map(|(_, r)| r.clone()).collect();
                    let ranked = rules.method != SelectionMethod::FirstCome;
                    RankedApplication {
                        application: a.clone(),
                        maturity: hubs.get(&a.hub_id).copied().unwrap_or(Maturity::Emerging),
                        score_centi: if ranked { score_centi } else { None },
                        normalised_centi: if ranked {
                            fair::application_score(&by_reviewer).map(|n| {
                                let staff: u64 = criteria.iter().zip(&criterion_centi).filter(|(c, _)| rules.blind && c.by_staff).map(|(c, s)| u64::from(c.weight) * u64::from(s.unwrap_or(0))).sum();
                                if weight_sum == reviewer_weight || weight_sum == 0 {
                                    n
                                } else {
                                    ((u64::from(n) * reviewer_weight * 2 + staff * 2 + weight_sum) / (weight_sum * 2)) as u32
                                }
                            })
                        } else {
                            None
                        },
                        by_reviewer: if ranked { by_reviewer } else { Vec::new() },
                        criterion_centi,
                        reviewers,
                        abstained: abstained(&conflicts, a.id),
                        rank: None,
                    }
                })
                .collect();
            let group = |e: &RankedApplication| match (e.application.status, e.application.eligibility.eligible) {
                (Status::Withdrawn, _) => 2,
                (_, true) => 0,
                (_, false) => 1,
            };
            let by_score = rules.method == SelectionMethod::Ranking;
            let key = |e: &RankedApplication| match rules.score_basis {
                ScoreBasis::Mean => e.score_centi,
                ScoreBasis::Normalised => e.normalised_centi,
            };
            entries.sort_by(|a, b| {
                group(a)
                    .cmp(&group(b))
                    .then_with(|| if by_score { key(b).cmp(&key(a)) } else { std::cmp::Ordering::Equal })
                    .then_with(|| a.application.submitted_at.cmp(&b.application.submitted_at))
                    .then_with(|| a.application.id.cmp(&b.application.id))
            });
            let mut rank = 0;
            for e in entries.iter_mut().filter(|e| group(e) == 0) {
                rank += 1;
                e.rank = Some(rank);
            }
            let selected = entries.iter().filter(|e| e.application.status == Status::Selected).count() as u32;
            let waiting = entries.iter().filter(|e| e.application.status == Status::Waiting).count() as u32;
            pools.push(Pool { role, label: pool_label(label), slots, selected, waiting, entries });
        }
        let any_selected = pools.iter().any(|p| p.selected > 0);
        let counted: Vec<&RankedApplication> = if any_selected {
            pools.iter().flat_map(|p| p.entries.iter().filter(|e| e.application.status == Status::Selected)).collect()
        } else {
            pools.iter().flat_map(|p| p.entries.iter().filter(|e| e.rank.is_some_and(|r| r <= p.slots))).collect()
        };
        let mut by_country: BTreeMap<String, u32> = BTreeMap::new();
        for e in &counted {
            *by_country.entry(e.application.hub_country.clone()).or_default() += 1;
        }
        let mut countries: Vec<CountryCount> = by_country
            .into_iter()
            .map(|(code, count)| CountryCount { name: crate::platform::countries::get(&code).map(|c| c.name.clone()).unwrap_or_else(|| code.clone()), country: code, count })
            .collect();
        countries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        let spread = Spread {
            provisional: !any_selected,
            countries,
            emerging: counted.iter().filter(|e| e.maturity == Maturity::Emerging).count() as u32,
            established: counted.iter().filter(|e| e.maturity == Maturity::Established).count() as u32,
        };
        let committed_cents = rules.place_cost_cents.filter(|_| rules.method == SelectionMethod::FirstCome).map(|cost| cost * i64::from(pools.iter().map(|p| p.selected).sum::<u32>()));
        let select_blocked = self.select_blocked(&cycle, &rules).map(Phrase::from);
        Ok(Ranking {
            cycle_id,
            phase: cycle.phase,
            criteria,
            rules,
            pools,
            spread,
            committed_cents,
            pool,
            can_select: select_blocked.is_none(),
            select_blocked,
            events: self.selection_events(cycle_id)?,
        })
    }
}

/// The reviewers with a conflict of interest with an application, each once.
fn abstained(conflicts: &[Conflict], application_id: i64) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for c in conflicts.iter().filter(|c| c.application_id == application_id) {
        if !names.contains(&c.reviewer) {
            names.push(c.reviewer.clone());
        }
    }
    names
}

/// One application's scores: criterion → (sum, count), and its reviewers in order.
type Scores = (HashMap<i64, (u64, u64)>, Vec<String>);
