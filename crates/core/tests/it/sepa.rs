//! Bank transfer files (issue 21): the demo P2P cycle paid from one SEPA credit-transfer file,
//! valid against the official schemas (`pain.001.001.09` and `.03`), its control sums right
//! to the cent, each instalment once, payees without usable bank details listed and left out;
//! the batch marked paid in one step, or refused whole; and each refusal a person can meet.

use std::collections::BTreeSet;

use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::payments::{PaymentState, PaymentStatus};
use mobility_desk_core::funding::sepa::{SepaFormat, SepaRequest};
use mobility_desk_core::registry::accounts::{AccountInput, AccountOwner};
use mobility_desk_core::testing::set_today_for_tests;
use mobility_desk_core::{ErrorCode, Store};

use crate::common::{cycle_of, demo};

/// The demo P2P cycle with every grant awarded and the visits' dates agreed as proposed, on a
/// day in May 2027 when the first instalments of the earlier visits have fallen due.
fn awarded(s: &mut Store) -> i64 {
    set_today_for_tests(Some("2027-05-20"));
    let cycle = cycle_of(s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    for pair in s.pairing_plan(cycle).unwrap().pairs {
        if let Some(visit) = pair.visit {
            s.set_pair_visit(cycle, pair.visiting.application_id, Some((&visit.starts_on, &visit.ends_on))).unwrap();
        }
    }
    cycle
}

fn network_account(s: &mut Store) {
    let input = AccountInput { holder: "Réseau des Halles ASBL".into(), iban: "BE68 5390 0754 7034".into(), bic: "GEBABEBB".into(), expected_version: None };
    s.save_bank_account(AccountOwner::NETWORK, &input).unwrap();
}

fn request(cycle: i64) -> SepaRequest {
    SepaRequest { cycle_id: cycle, payment_ids: Vec::new(), execution_date: "2027-05-21".into(), format: SepaFormat::Pain00100109 }
}

/// Every value of an element in the file, in order.
fn values(xml: &str, element: &str) -> Vec<String> {
    let open = format!("<{element}");
    xml.match_indices(&open)
        .filter_map(|(at, _)| {
            let rest = &xml[at..];
            let start = rest.find('>')? + 1;
            let end = rest.find(&format!("</{element}>"))?;
            Some(rest[start..end].to_string())
        })
        .collect()
}

fn cents(amount: &str) -> i64 {
    let (euros, cents) = amount.split_once('.').expect("two decimals");
    assert_eq!(cents.len(), 2, "{amount}");
    euros.parse::<i64>().unwrap() * 100 + cents.parse::<i64>().unwrap()
}

/// The file checked against the official schema, when the test command fetched them
/// (`MOBILITY_DESK_SEPA_SCHEMAS`, set by `cargo xtask test`); `xmllint` must then be there.
fn valid_against_schema(path: &std::path::Path, format: SepaFormat) {
    let Some(dir) = std::env::var_os("MOBILITY_DESK_SEPA_SCHEMAS") else {
        eprintln!("the SEPA schemas are not fetched (run through `cargo xtask test`): {} not checked against its schema", path.display());
        return;
    };
    let schema = std::path::Path::new(&dir).join(format!("{}.xsd", format.as_str()));
    assert!(schema.exists(), "no schema at {}", schema.display());
    let out = std::process::Command::new("xmllint").arg("--noout").arg("--schema").arg(&schema).arg(path).output().expect("xmllint (libxml2-utils) is installed");
    assert!(out.status.success(), "{} does not validate against {}:\n{}", path.display(), schema.display(), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_cycle_is_paid_from_one_file_that_validates_and_adds_up() {
    let mut s = demo();
    let cycle = awarded(&mut s);

    // Without the network's own account nothing can be written, and the message says where
    // to give it.
    let plan = s.sepa_plan(&request(cycle)).unwrap();
    assert!(plan.blocked.as_ref().unwrap().text.contains("Settings"), "{:?}", plan.blocked);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p2p.xml");
    let err = s.write_sepa(&request(cycle), &path, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("The network's own bank account is not given"), "{}", err.message);
    assert!(!path.exists());
    network_account(&mut s);

    let plan = s.sepa_plan(&request(cycle)).unwrap();
    assert_eq!(plan.blocked, None, "{:?}", plan.blocked);
    assert_eq!((plan.debtor_holder.as_str(), plan.debtor_iban_masked.as_str()), ("Réseau des Halles ASBL", "BE68 •••• •••• 7034"));
    assert!(plan.lines.len() >= 3, "{:#?}", plan.lines);
    // By default, what is due or overdue on the day; what falls due later is offered.
    assert!(plan.lines.iter().all(|l| matches!(l.instalment.status, PaymentStatus::Due | PaymentStatus::Overdue)));
    assert!(plan.others.iter().all(|o| o.status == PaymentStatus::Scheduled) && !plan.others.is_empty());
    // Left out, each with its reason: the hub without bank details, the accounts outside SEPA.
    let reasons: Vec<(String, String)> = plan.left_out.iter().map(|l| (l.instalment.applicant.clone(), l.reason.text.clone())).collect();
    assert!(!reasons.is_empty(), "{reasons:?}");
    for (applicant, reason) in &reasons {
        assert!(reason.starts_with("No bank details") || reason.contains("outside the SEPA area"), "{applicant}: {reason}");
    }
    let total: i64 = plan.lines.iter().map(|l| l.instalment.amount_cents).sum();
    assert_eq!(plan.total_cents, total);

    let batch = s.write_sepa(&request(cycle), &path, "tester").unwrap();
    let xml = std::fs::read_to_string(&path).unwrap();
    valid_against_schema(&path, SepaFormat::Pain00100109);
    assert!(xml.contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"));
    // The control sums are the chosen instalments' sum to the cent, in both places.
    let sums = values(&xml, "CtrlSum");
    assert_eq!(sums.iter().map(|v| cents(v)).collect::<Vec<_>>(), [total, total]);
    assert_eq!(values(&xml, "NbOfTxs"), [plan.lines.len().to_string(), plan.lines.len().to_string()]);
    let amounts: Vec<i64> = values(&xml, "InstdAmt").iter().map(|v| cents(v)).collect();
    assert_eq!(amounts, plan.lines.iter().map(|l| l.instalment.amount_cents).collect::<Vec<_>>());
    // Each instalment once.
    let ids = values(&xml, "EndToEndId");
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), plan.lines.len());
    assert_eq!(batch.payment_ids.iter().collect::<BTreeSet<_>>().len(), plan.lines.len());
    assert_eq!((batch.count as usize, batch.total_cents, batch.state.as_str()), (plan.lines.len(), total, "written"));
    assert_eq!(values(&xml, "MsgId"), std::slice::from_ref(&batch.reference));
    assert_eq!(values(&xml, "Dt"), ["2027-05-21"]);
    // Names in the Latin characters every bank takes; nothing of the left-out payees.
    assert!(xml.is_ascii(), "{xml}");
    for left in &plan.left_out {
        assert!(!xml.contains(&left.instalment.applicant), "{} is left out", left.instalment.applicant);
    }

    // Written and not yet paid: the same instalments go into no other file.
    let again = s.sepa_plan(&request(cycle)).unwrap();
    assert!(again.lines.is_empty());
    assert!(again.left_out.iter().filter(|l| l.reason.text.contains(&batch.reference)).count() == plan.lines.len());
    assert!(s.write_sepa(&request(cycle), &dir.path().join("twice.xml"), "tester").is_err());

    // The bank paid it: one step marks every instalment paid, with the date and the file's
    // reference.
    let paid = s.mark_batch_paid(batch.id, Some("2027-05-20"), "tester").unwrap();
    assert_eq!((paid.state.as_str(), paid.paid_on.as_deref()), ("paid", Some("2027-05-20")));
    let overview = s.cycle_payments(cycle).unwrap();
    for id in &batch.payment_ids {
        let p = &overview.rows.iter().find(|r| r.payment.id == *id).unwrap().payment;
        assert_eq!((p.state, p.paid_on.as_deref(), p.reference.as_str()), (PaymentState::Paid, Some("2027-05-20"), batch.reference.as_str()));
    }
    assert_eq!(overview.totals.paid_cents, total);
    assert_eq!(s.mark_batch_paid(batch.id, None, "tester").unwrap_err().code, ErrorCode::NotAllowed);
    assert_eq!(s.payment_batches(cycle).unwrap().len(), 1);
    set_today_for_tests(None);
}

#[test]
fn the_older_format_validates_too_and_chosen_instalments_may_be_paid_ahead() {
    let mut s = demo();
    let cycle = awarded(&mut s);
    network_account(&mut s);
    let plan = s.sepa_plan(&request(cycle)).unwrap();
    // Two instalments not due yet, chosen to be paid ahead.
    let ahead: Vec<i64> = plan.others.iter().take(2).map(|o| o.payment_id).collect();
    let chosen = SepaRequest { payment_ids: ahead.clone(), format: SepaFormat::Pain00100103, ..request(cycle) };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ahead.xml");
    let plan = s.sepa_plan(&chosen).unwrap();
    let batch = s.write_sepa(&chosen, &path, "tester").unwrap();
    let xml = std::fs::read_to_string(&path).unwrap();
    valid_against_schema(&path, SepaFormat::Pain00100103);
    assert!(xml.contains("pain.001.001.03") && xml.contains("<ReqdExctnDt>2027-05-21</ReqdExctnDt>"));
    assert_eq!(batch.payment_ids.len() + plan.left_out.len(), 2);
    set_today_for_tests(None);
}

#[test]
fn each_refusal_says_what_to_do_and_changes_nothing() {
    let mut s = demo();
    let cycle = awarded(&mut s);
    network_account(&mut s);

    // An execution date in the past is refused at its field.
    let past = SepaRequest { execution_date: "2027-05-19".into(), ..request(cycle) };
    let err = s.sepa_plan(&past).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "execution_date"));
    assert!(err.message.contains("that day is past"), "{}", err.message);
    // An instalment of another cycle, or one already paid, cannot be chosen.
    let err = s.sepa_plan(&SepaRequest { payment_ids: vec![999_999], ..request(cycle) }).unwrap_err();
    assert_eq!(err.fields[0].field, "payment_ids");

    // A batch whose instalment was waived meanwhile is refused whole, naming it.
    let dir = tempfile::tempdir().unwrap();
    let batch = s.write_sepa(&request(cycle), &dir.path().join("a.xml"), "tester").unwrap();
    s.waive_payment(batch.payment_ids[0], "Paid by cheque instead", "tester").unwrap();
    let err = s.mark_batch_paid(batch.id, None, "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(err.message.contains("is waived") && err.message.contains("Nothing was marked paid"), "{}", err.message);
    let overview = s.cycle_payments(cycle).unwrap();
    for id in &batch.payment_ids[1..] {
        assert_eq!(overview.rows.iter().find(|r| r.payment.id == *id).unwrap().payment.state, PaymentState::Open);
    }
    // Discarded (never sent), its instalments can go into another file.
    s.discard_batch(batch.id, "tester").unwrap();
    assert!(!s.sepa_plan(&request(cycle)).unwrap().lines.is_empty());

    // On a day nothing is due, a file of what is due is refused, saying so.
    set_today_for_tests(Some("2026-12-07"));
    let plan = s.sepa_plan(&SepaRequest { execution_date: "2026-12-08".into(), ..request(cycle) }).unwrap();
    assert!(plan.lines.is_empty() && plan.left_out.is_empty());
    assert!(plan.blocked.as_ref().unwrap().text.contains("has no instalment due or overdue"), "{:?}", plan.blocked);
    let err = s.write_sepa(&SepaRequest { execution_date: "2026-12-08".into(), ..request(cycle) }, &dir.path().join("none.xml"), "tester").unwrap_err();
    assert_eq!(err.code, ErrorCode::NotAllowed);
    assert!(!dir.path().join("none.xml").exists());
    set_today_for_tests(None);
}

#[test]
fn a_grant_paid_to_the_person_goes_to_their_own_account() {
    use mobility_desk_core::registry::accounts::OwnerKind;
    let mut s = demo();
    let cycle = awarded(&mut s);
    network_account(&mut s);
    let plan = s.sepa_plan(&request(cycle)).unwrap();
    let line = &plan.lines[0];
    assert_eq!(line.paid_to, OwnerKind::Hub);
    let grant = s.grants(cycle).unwrap().into_iter().find(|g| g.id == line.instalment.grant_id).unwrap();
    // The person's own account, given on the application, is paid instead of the hub's.
    let own = AccountInput { holder: "Desislava Stoyanova".into(), iban: "BG80 BNBG 9661 1020 3456 78".into(), bic: String::new(), expected_version: None };
    s.save_bank_account(AccountOwner::application(grant.application_id), &own).unwrap();
    let plan = s.sepa_plan(&request(cycle)).unwrap();
    let line = plan.lines.iter().find(|l| l.instalment.grant_id == grant.id).unwrap();
    assert_eq!((line.paid_to, line.holder.as_str(), line.iban_masked.as_str()), (OwnerKind::Application, "Desislava Stoyanova", "BG80 •••• •••• •••• ••56 78"));
    set_today_for_tests(None);
}
