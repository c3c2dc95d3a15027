//! Reviewers, their assignment and conflicts of interest: a conflict is never assigned and its
//! scores never count; the automatic assignment balances the loads.

use std::collections::HashSet;

use proptest::prelude::*;

use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::intake::applications::Role;
use mobility_desk_core::intake::reviewers::{plan_assignment, AssignmentTable, ConflictKind, ReviewerInput};
use mobility_desk_core::intake::selection::{CriterionScore, ReviewInput};
use mobility_desk_core::{ErrorCode, Store};
use crate::common::{cycle_of, demo};

fn reviewer(name: &str, hub_id: Option<i64>, languages: &[&str]) -> ReviewerInput {
    ReviewerInput { name: name.into(), email: String::new(), hub_id, country: String::new(), languages: languages.iter().map(|l| l.to_string()).collect() }
}

/// The demo P2P cycle in Selection (its applications scored by Ana Ferreira and Jonas Berg).
fn p2p_in_selection() -> (Store, i64) {
    let mut s = demo();
    let cycle = cycle_of(&s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    (s, cycle)
}

fn scores(s: &Store, application_id: i64, values: &[u32]) -> ReviewInput {
    let criteria = s.criteria(s.application(application_id).unwrap().cycle_id).unwrap();
    let scores = criteria.iter().zip(values).map(|(c, v)| CriterionScore { criterion_id: c.id, score: *v }).collect();
    ReviewInput { application_id, reviewer: String::new(), scores, note: String::new() }
}

#[test]
fn a_name_signing_scores_is_a_reviewer_of_the_cycle() {
    let (s, cycle) = p2p_in_selection();
    let names: Vec<String> = s.reviewers(cycle).unwrap().into_iter().map(|r| r.name).collect();
    assert_eq!(names, ["Ana Ferreira", "Jonas Berg"]);
    let ana = &s.reviewers(cycle).unwrap()[0];
    assert!(ana.scored > 20, "{ana:?}");
}

#[test]
fn a_reviewer_is_checked_when_added() {
    let (mut s, cycle) = p2p_in_selection();
    let mut bad = reviewer("Ana Ferreira", Some(999_999), &["english"]);
    bad.email = "ana@".into();
    bad.country = "XX".into();
    let e = s.add_reviewer(cycle, &bad).unwrap_err();
    let fields: Vec<&str> = e.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["name", "email", "hub_id", "country", "languages"], "{e:?}");
    assert!(e.fields[0].message.contains("already a reviewer"), "{e:?}");
    // A hub gives its country.
    let hub = s.hub_by_key("kypseli-athens").unwrap();
    let eleni = s.add_reviewer(cycle, &reviewer("Eleni Markou", Some(hub.id), &["el", "EN"])).unwrap();
    assert_eq!((eleni.country.as_str(), eleni.languages.clone()), ("GR", vec!["el".to_string(), "en".to_string()]));
}

#[test]
fn a_reviewer_s_own_hub_partners_and_pairs_are_conflicts_and_hand_assignment_is_refused() {
    let (mut s, cycle) = p2p_in_selection();
    let apps = s.applications(cycle).unwrap();
    let visiting = apps.iter().find(|a| a.role == Role::Visiting).unwrap();
    let eleni = s.add_reviewer(cycle, &reviewer("Eleni Markou", Some(visiting.hub_id), &[])).unwrap();
    let conflicts = s.review_conflicts(cycle).unwrap();
    let own: Vec<_> = conflicts.iter().filter(|c| c.reviewer_id == eleni.id).collect();
    assert!(own.iter().any(|c| c.application_id == visiting.id && c.kind == ConflictKind::OwnHub), "{own:?}");
    assert!(own[0].reason.contains(&visiting.hub_name), "{own:?}");
    let e = s.assign_review(eleni.id, visiting.id, "Staff").unwrap_err();
    assert_eq!(e.code, ErrorCode::NotAllowed);
    assert!(e.message.contains("Eleni Markou cannot review this application: the application is from their own hub"), "{}", e.message);
    // Another application is fine, and shows on the board.
    let other = apps.iter().find(|a| a.hub_id != visiting.hub_id && a.partner_hub_id != Some(visiting.hub_id)).unwrap();
    let board = s.assign_review(eleni.id, other.id, "Staff").unwrap();
    let row = board.rows.iter().find(|r| r.application_id == other.id).unwrap();
    let on: Vec<(&str, &str, bool)> = row.reviewers.iter().map(|r| (r.name.as_str(), r.how.as_str(), r.scored)).collect();
    assert_eq!(on, [("Ana Ferreira", "hand", true), ("Jonas Berg", "hand", true), ("Eleni Markou", "hand", false)], "who scored is on it");
    // Their scores of their own hub's application are refused.
    let mut input = scores(&s, visiting.id, &[5, 5, 5]);
    input.reviewer = "Eleni Markou".into();
    let e = s.save_review(&input).unwrap_err();
    assert_eq!(e.fields[0].field, "reviewer");
    assert!(e.fields[0].message.contains("conflict of interest"), "{e:?}");
}

#[test]
fn a_declared_conflict_takes_the_assignment_back_and_the_scores_stop_counting() {
    let (mut s, cycle) = p2p_in_selection();
    let ranked = s.ranking(cycle).unwrap();
    let entry = ranked.pools[0].entries.iter().find(|e| e.reviewers.len() == 2).unwrap().clone();
    let app = entry.application.id;
    let ana = s.reviewers(cycle).unwrap().into_iter().find(|r| r.name == "Ana Ferreira").unwrap();
    s.assign_review(ana.id, app, "Staff").unwrap();
    let e = s.declare_conflict(ana.id, app, "  ", "Staff").unwrap_err();
    assert_eq!(e.fields[0].field, "reason");
    let board = s.declare_conflict(ana.id, app, "She chaired the applicant's board until 2025", "Staff").unwrap();
    let row = board.rows.iter().find(|r| r.application_id == app).unwrap();
    assert_eq!(row.reviewers.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Jonas Berg"], "Ana's assignment goes");
    assert_eq!(row.conflicts[0].reason, "declared: She chaired the applicant's board until 2025");
    // Only Jonas's scores count now; Ana is listed as abstaining; her scores are kept.
    let after = s.ranking(cycle).unwrap();
    let now = after.pools.iter().flat_map(|p| &p.entries).find(|e| e.application.id == app).unwrap();
    assert_eq!(now.reviewers, ["Jonas Berg"]);
    assert_eq!(now.abstained, ["Ana Ferreira"]);
    assert_eq!(s.reviews(app).unwrap().len(), 2, "her scores are kept");
    // Withdrawn: they count again.
    s.withdraw_conflict(ana.id, app).unwrap();
    let back = s.ranking(cycle).unwrap();
    let back = back.pools.iter().flat_map(|p| &p.entries).find(|e| e.application.id == app).unwrap();
    assert_eq!((back.score_centi, back.abstained.len()), (entry.score_centi, 0));
}

#[test]
fn the_automatic_assignment_gives_each_application_its_reviewers_without_conflicts() {
    let (mut s, cycle) = p2p_in_selection();
    let apps = s.applications(cycle).unwrap();
    let hubs: Vec<i64> = apps.iter().map(|a| a.hub_id).take(3).collect();
    for (i, hub) in hubs.iter().enumerate() {
        s.add_reviewer(cycle, &reviewer(&format!("Reviewer {i}"), Some(*hub), &[])).unwrap();
    }
    let e = s.auto_assign_reviews(cycle, 0, "Staff").unwrap_err();
    assert_eq!(e.fields[0].field, "per_application");
    // The demo's two reviewers scored every application: each gets one of the new three.
    assert_eq!(s.auto_assign_reviews(cycle, 2, "Staff").unwrap().added, 0);
    let done = s.auto_assign_reviews(cycle, 3, "Staff").unwrap();
    let conflicts: HashSet<(i64, i64)> = s.review_conflicts(cycle).unwrap().into_iter().map(|c| (c.reviewer_id, c.application_id)).collect();
    for row in &done.board.rows {
        assert_eq!(row.reviewers.len(), 3, "{row:?}");
        for r in &row.reviewers {
            assert!(!conflicts.contains(&(r.reviewer_id, row.application_id)), "{} assigned despite a conflict", r.name);
        }
    }
    assert!(done.shortfalls.is_empty());
    let loads: Vec<u32> = done.board.reviewers.iter().skip(2).map(|r| r.assigned).collect();
    assert_eq!(loads.iter().sum::<u32>() as usize, done.board.rows.len());
    let (min, max) = (loads.iter().min().unwrap(), loads.iter().max().unwrap());
    assert!(max - min <= 1, "balanced loads: {loads:?}");
    // Again: nothing to add.
    assert_eq!(s.auto_assign_reviews(cycle, 3, "Staff").unwrap().added, 0);
    // Past Selection, nothing changes.
    s.select(cycle, "Staff").unwrap();
    s.move_cycle(cycle, Phase::Matching, "").unwrap();
    assert_eq!(s.auto_assign_reviews(cycle, 3, "Staff").unwrap_err().code, ErrorCode::NotAllowed);
}

#[test]
fn a_reviewer_with_scores_cannot_be_removed() {
    let (mut s, cycle) = p2p_in_selection();
    let ana = s.reviewers(cycle).unwrap().remove(0);
    let e = s.remove_reviewer(ana.id).unwrap_err();
    assert!(e.message.contains("Ana Ferreira has scored"), "{}", e.message);
    let new = s.add_reviewer(cycle, &reviewer("Noor Haddad", None, &["en"])).unwrap();
    s.remove_reviewer(new.id).unwrap();
    assert_eq!(s.reviewers(cycle).unwrap().len(), 2);
}

fn table() -> impl Strategy<Value = AssignmentTable> {
    let langs = prop::sample::subsequence(vec!["en", "fr", "de"], 0..=2).prop_map(|l| l.into_iter().map(String::from).collect::<Vec<_>>());
    (1usize..12, 1usize..6, 1usize..4)
        .prop_flat_map(move |(apps, reviewers, per)| {
            (
                prop::collection::vec(langs.clone(), apps),
                prop::collection::vec(langs.clone(), reviewers),
                prop::collection::hash_set((0..apps, 0..reviewers), 0..apps * reviewers / 2 + 1),
                Just(per),
            )
        })
        .prop_map(|(apps, reviewers, blocked, per)| AssignmentTable {
            applications: apps.into_iter().map(|l| (l, Vec::new())).collect(),
            reviewers,
            blocked,
            per_application: per,
        })
}

proptest! {
    /// Never a conflicted or language-less assignment, never one reviewer twice on an
    /// application, and every application gets as many reviewers as it can, up to the number
    /// asked.
    #[test]
    fn the_assignment_respects_conflicts_and_languages_and_fills_what_it_can(t in table()) {
        let plan = plan_assignment(&t);
        let mut on: Vec<Vec<usize>> = vec![Vec::new(); t.applications.len()];
        for &(a, r) in &plan {
            prop_assert!(!t.blocked.contains(&(a, r)), "conflict assigned: {a} {r}");
            let (theirs, ours) = (&t.applications[a].0, &t.reviewers[r]);
            prop_assert!(theirs.is_empty() || ours.is_empty() || theirs.iter().any(|l| ours.contains(l)));
            prop_assert!(!on[a].contains(&r), "twice on one application");
            on[a].push(r);
        }
        for (a, got) in on.iter().enumerate() {
            let (theirs, _) = &t.applications[a];
            let possible = (0..t.reviewers.len())
                .filter(|&r| !t.blocked.contains(&(a, r)) && (theirs.is_empty() || t.reviewers[r].is_empty() || theirs.iter().any(|l| t.reviewers[r].contains(l))))
                .count();
            prop_assert_eq!(got.len(), possible.min(t.per_application), "application {} could have had more", a);
        }
    }

    /// Without conflicts or languages, the loads differ by one at the most.
    #[test]
    fn without_constraints_the_loads_differ_by_one_at_most(apps in 1usize..20, reviewers in 1usize..7, per in 1usize..4) {
        let t = AssignmentTable { applications: vec![(Vec::new(), Vec::new()); apps], reviewers: vec![Vec::new(); reviewers], blocked: HashSet::new(), per_application: per };
        let plan = plan_assignment(&t);
        let mut load = vec![0usize; reviewers];
        for &(_, r) in &plan {
            load[r] += 1;
        }
        prop_assert_eq!(plan.len(), apps * per.min(reviewers));
        prop_assert!(load.iter().max().unwrap() - load.iter().min().unwrap() <= 1, "{:?}", load);
    }
}

/// A reviewer's sheet: every problem named by row and column and nothing saved; once right,
/// every scorecard saved at once, the reviewer added and on each application.
#[test]
fn a_reviewer_s_sheet_is_checked_whole_then_saved_all_at_once() {
    let (mut s, cycle) = p2p_in_selection();
    let apps = s.applications(cycle).unwrap();
    let (a, b) = (apps[0].id, apps[1].id);
    let other = cycle_of(&s, Shape::Workshops);
    let foreign = s.applications(other).unwrap()[0].id;
    let header = "Application;Quality of the work plan;Geographical balance;Diversity of participants;Note\n";
    let bad = format!("{header}#{a};11;5;5;\n{b};7;;5;\nx;1;1;1;\n{foreign};1;1;1;\n");
    let e = s.import_review_sheet(cycle, "Mira Kovač", bad.as_bytes(), false).unwrap_err();
    let named: Vec<(String, String)> = e.fields.iter().map(|f| (f.field.clone(), f.message.clone())).collect();
    assert_eq!(named.len(), 4, "{named:?}");
    assert_eq!(named[0].0, "row 2, Quality of the work plan");
    assert!(named[0].1.contains("11 is out of range"), "{named:?}");
    assert_eq!(named[1].0, "row 3, Geographical balance");
    assert!(named[2].1.contains("'x' is not an application number"), "{named:?}");
    assert!(named[3].1.contains("not one of this cycle's"), "{named:?}");
    assert!(s.reviewers(cycle).unwrap().iter().all(|r| r.name != "Mira Kovač"), "nothing saved");
    // A column missing is named before any row.
    let e = s.import_review_sheet(cycle, "Mira Kovač", b"Application;Note\n1;x\n", false).unwrap_err();
    assert!(e.fields.iter().any(|f| f.message.contains("no column 'Quality of the work plan'")), "{e:?}");

    let good = format!("{header}#{a};9;8;7;Strong plan\n{b};4;5;6;\n");
    let checked = s.import_review_sheet(cycle, "Mira Kovač", good.as_bytes(), true).unwrap();
    assert_eq!((checked.scorecards, checked.saved), (2, false));
    assert!(s.reviews(a).unwrap().iter().all(|r| r.reviewer != "Mira Kovač"), "checked only");
    let done = s.import_review_sheet(cycle, "Mira Kovač", good.as_bytes(), false).unwrap();
    assert_eq!((done.scorecards, done.replaced, done.saved), (2, 0, true));
    let mira = s.reviews(a).unwrap().into_iter().find(|r| r.reviewer == "Mira Kovač").unwrap();
    assert_eq!((mira.scores.iter().map(|x| x.score).collect::<Vec<_>>(), mira.note.as_str()), (vec![9, 8, 7], "Strong plan"));
    let board = s.review_board(cycle).unwrap();
    let row = board.rows.iter().find(|r| r.application_id == b).unwrap();
    assert!(row.reviewers.iter().any(|r| r.name == "Mira Kovač" && r.scored), "{row:?}");
    // Sent again: the scorecards are replaced, not added.
    assert_eq!(s.import_review_sheet(cycle, "Mira Kovač", good.as_bytes(), false).unwrap().replaced, 2);
    assert_eq!(s.reviews(a).unwrap().iter().filter(|r| r.reviewer == "Mira Kovač").count(), 1);
}

/// The demo P2P cycle in Selection, made blind, its geographical balance scored by staff.
fn blind_p2p() -> (Store, i64) {
    use mobility_desk_core::intake::selection::{CriterionInput, SelectionSettingsInput};
    let (mut s, cycle) = p2p_in_selection();
    let settings = s.selection_settings(cycle).unwrap();
    let criteria = settings.criteria.iter().map(|c| CriterionInput { id: Some(c.id), label: c.label.clone(), weight: c.weight, max_score: c.max_score, by_staff: c.label == "Geographical balance" }).collect();
    let rules = mobility_desk_core::intake::selection::SelectionRules { blind: true, ..settings.rules };
    s.save_selection_settings(cycle, &SelectionSettingsInput { criteria, rules }).unwrap();
    (s, cycle)
}

#[test]
fn a_blind_sheet_names_no_applicant_hub_or_country_and_staff_score_geography() {
    let (mut s, cycle) = blind_p2p();
    let mira = s.add_reviewer(cycle, &reviewer("Mira Kovač", None, &[])).unwrap();
    let apps: Vec<_> = s.applications(cycle).unwrap().into_iter().take(4).collect();
    for a in &apps {
        s.assign_review(mira.id, a.id, "tester").unwrap();
    }
    let (name, csv, count) = s.blank_review_sheet(mira.id).unwrap();
    assert_eq!((name.as_str(), count), ("Review_sheet_Mira_Kovac.csv", 4));
    let text = String::from_utf8(csv).unwrap();
    assert!(text.contains("Quality of the work plan (0-10)") && !text.contains("Geographical balance"), "{text}");
    // Nothing in the file names who applied: no person, hub, city or country (as a cell).
    let cells: Vec<&str> = text.lines().flat_map(|l| l.split(',')).map(|c| c.trim_matches('"')).collect();
    for a in &apps {
        let hub = s.hub(a.hub_id).unwrap();
        for word in [hub.name.as_str(), hub.city.as_str(), a.person_name.as_str()].into_iter().filter(|w| !w.is_empty()) {
            assert!(!text.contains(word), "{word} is in the blind sheet:\n{text}");
        }
        assert!(!cells.contains(&hub.country.as_str()), "{} is in the blind sheet", hub.country);
        let country = mobility_desk_core::platform::countries::name_in(&hub.country, "en");
        assert!(!text.contains(&country), "{country} is in the blind sheet");
    }
    // The workbook is the same sheet, and a reviewer's filled workbook is read back.
    let (name, bytes, _) = s.blank_review_workbook(mira.id).unwrap();
    assert!(name.ends_with(".xlsx"));
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    use calamine::Reader;
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(header, ["Application", "Title", "Work plan", "Quality of the work plan (0-10)", "Diversity of participants (0-10)", "Note"]);
    let mut filled = rust_xlsxwriter::Workbook::new();
    let ws = filled.add_worksheet();
    for (col, h) in header.iter().enumerate() {
        ws.write_string(0, col as u16, h).unwrap();
    }
    for (i, a) in apps.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_number(row, 0, a.id as f64).unwrap();
        ws.write_number(row, 3, 8.0).unwrap();
        ws.write_number(row, 4, (i + 5) as f64).unwrap();
    }
    let done = s.import_review_sheet(cycle, "Mira Kovač", &filled.save_to_buffer().unwrap(), false).unwrap();
    assert_eq!(done.scorecards, 4);

    // A reviewer cannot score geography in a blind review; the secretariat does, after.
    let geo = s.criteria(cycle).unwrap().into_iter().find(|c| c.by_staff).unwrap();
    let mut full = scores(&s, apps[0].id, &[9, 9, 9]);
    full.reviewer = "Mira Kovač".into();
    let e = s.save_review(&full).unwrap_err();
    assert!(e.fields.iter().any(|f| f.field == format!("score.{}", geo.id) && f.message.contains("secretariat")), "{e:?}");
    let staff = ReviewInput { application_id: apps[0].id, reviewer: "Secretariat".into(), scores: vec![CriterionScore { criterion_id: geo.id, score: 10 }], note: String::new() };
    s.save_review(&staff).unwrap();
    assert!(!s.reviewers(cycle).unwrap().iter().any(|r| r.name == "Secretariat"), "the secretariat is not a reviewer");
    assert_eq!(s.add_reviewer(cycle, &reviewer("Secretariat", None, &[])).unwrap_err().fields[0].field, "name");
    let ranking = s.ranking(cycle).unwrap();
    let entry = ranking.pools.iter().flat_map(|p| &p.entries).find(|e| e.application.id == apps[0].id).unwrap();
    let geo_index = s.criteria(cycle).unwrap().iter().position(|c| c.by_staff).unwrap();
    assert_eq!(entry.criterion_centi[geo_index], Some(10_000), "the secretariat's 10 of 10");
    assert!(entry.normalised_centi.is_some());
}

#[test]
fn a_reviewer_renamed_keeps_their_scores_and_a_new_hub_in_conflict_is_refused() {
    let (mut s, cycle) = p2p_in_selection();
    let ana = s.reviewers(cycle).unwrap().into_iter().find(|r| r.name == "Ana Ferreira").unwrap();
    let mut input = ReviewerInput { name: "Ana Ferreira Lopes".into(), email: "ana@network.example".into(), hub_id: None, country: "PT".into(), languages: vec!["pt".into(), "en".into()] };
    let renamed = s.update_reviewer(ana.id, &input).unwrap();
    assert_eq!((renamed.name.as_str(), renamed.scored), ("Ana Ferreira Lopes", ana.scored));
    let app = s.applications(cycle).unwrap()[0].clone();
    assert!(s.reviews(app.id).unwrap().iter().any(|r| r.reviewer == "Ana Ferreira Lopes"));
    // Jonas's name is taken.
    input.name = "Jonas Berg".into();
    assert_eq!(s.update_reviewer(ana.id, &input).unwrap_err().fields[0].field, "name");
    // Her new hub would be the applicant's own, and she is on that application.
    input.name = "Ana Ferreira Lopes".into();
    input.hub_id = Some(app.hub_id);
    let e = s.update_reviewer(ana.id, &input).unwrap_err();
    assert_eq!(e.fields[0].field, "hub_id");
    assert_eq!(s.reviewer(ana.id).unwrap().hub_id, None, "nothing changed");
}
