//! The outbox: messages composed once from their templates in both languages, an award letter
//! delivered to a local SMTP server with its PDF intact, queued while the server is down and
//! sent once it is up, a refused login and a refused recipient keeping messages queued with the
//! server's answer, reminders on the cycle's schedule never written twice, templates with an
//! unknown field refused by name, and the server's password never in the data file.

use mobility_desk_core::cycle::cycles::Phase;
use mobility_desk_core::cycle::programmes::Shape;
use mobility_desk_core::funding::payments::{PaymentInput, PaymentKind};
use mobility_desk_core::outbox::{
    mail_password, set_mail_password, use_mock_keychain, ComposeRequest, MailKind, MailServerInput, MailState, MessageInput, Security, Smtp, TemplateInput,
};
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::testing::smtp::{free_port, Behaviour, TestSmtp};
use mobility_desk_core::{ErrorCode, Store};
use sha2::{Digest, Sha256};

use crate::common::cycle_of;

fn settings() -> SettingsInput {
    SettingsInput {
        network_name: "Réseau Européen des Lieux Culturels".into(),
        postal_address: "Rue de la Loi 42\n1040 Bruxelles\nBelgium".into(),
        signatory_name: "Zofia Wiśniewska".into(),
        signatory_title: "Secretary General".into(),
        default_language: "en".into(),
        signing_place: String::new(),
    }
}

/// The demo with its P2P cycle selected, every grant awarded and a letter issued for each
/// (the second in French).
fn awarded_with_letters() -> (Store, i64) {
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();
    s.save_settings(settings()).unwrap();
    let cycle = cycle_of(&s, Shape::P2p);
    s.move_cycle(cycle, Phase::Selection, "").unwrap();
    s.select(cycle, "tester").unwrap();
    s.advance_cycle(cycle, Phase::Awarded, "tester").unwrap();
    s.award_grants(cycle, None, true, "tester").unwrap();
    for (i, g) in s.grants(cycle).unwrap().into_iter().enumerate() {
        s.issue_letter(g.id, (i == 1).then_some("fr"), "tester").unwrap();
    }
    (s, cycle)
}

fn server(port: u16, username: &str) -> MailServerInput {
    MailServerInput {
        host: "127.0.0.1".into(),
        port: u32::from(port),
        security: Security::None,
        username: username.into(),
        from_address: "grants@network.example".into(),
        from_name: "Mobility grants".into(),
    }
}

fn compose(s: &mut Store, cycle: i64, kind: MailKind, language: Option<&str>) -> mobility_desk_core::outbox::ComposeSummary {
    s.compose_mail(&ComposeRequest { cycle_id: cycle, kind, language: language.map(str::to_string) }).unwrap()
}

fn smtp(s: &Store) -> Smtp {
    let server = s.mail_server().unwrap();
    Smtp::new(&server, mail_password(&server).unwrap()).unwrap()
}

#[test]
fn award_letters_reach_the_server_with_their_pdf_intact_and_wait_while_it_is_down() {
    let (mut s, cycle) = awarded_with_letters();
    let composed = compose(&mut s, cycle, MailKind::Award, None);
    assert!(composed.created >= 2, "{composed:?}");
    // Composing again writes nothing new.
    let again = compose(&mut s, cycle, MailKind::Award, None);
    assert_eq!((again.created, again.already), (0, composed.created));
    let outbox = s.outbox().unwrap();
    assert_eq!(outbox.drafts, composed.created);
    let french = outbox.messages.iter().find(|m| m.language == "fr").expect("a message in French");
    assert!(french.body.starts_with("Bonjour"), "{}", french.body);
    assert!(french.body.contains("€") && french.body.contains("Zofia Wiśniewska"), "{}", french.body);
    for m in &outbox.messages {
        assert!(!m.subject.contains('{') && !m.body.contains('{'), "a field left unfilled: {} / {}", m.subject, m.body);
        assert!(m.attachment_name.as_deref().is_some_and(|n| n.ends_with(".pdf")));
    }

    // The server is down: the messages stay queued, each with the reason.
    let down = free_port();
    s.save_mail_server(&server(down, "")).unwrap();
    let ids = composed.ids.clone();
    let summary = s.send_outbox(&ids, &mut smtp(&s)).unwrap();
    assert_eq!((summary.sent, summary.queued), (0, composed.created));
    assert!(!summary.problem.is_empty());
    let queued = s.outbox_message(ids[0]).unwrap();
    assert_eq!((queued.state, queued.attempts), (MailState::Queued, 1));
    assert!(!queued.answer.is_empty());

    // Once it is up, the next try sends them all.
    let up = TestSmtp::start_on(down, Behaviour::default()).unwrap();
    let summary = s.send_outbox(&[], &mut smtp(&s)).unwrap();
    assert_eq!((summary.sent, summary.queued), (composed.created, 0), "{summary:?}");
    let received = up.received();
    assert_eq!(received.len(), composed.created as usize);
    for id in &ids {
        let m = s.outbox_message(*id).unwrap();
        assert_eq!(m.state, MailState::Sent);
        assert!(m.sent_at.is_some() && m.answer.starts_with("250"), "{}", m.answer);
        let mail = received.iter().find(|r| r.to == vec![m.recipient_email.clone()]).expect("the message reached the server");
        assert_eq!(mail.from, "grants@network.example");
        assert!(mail.header("From").unwrap().contains("grants@network.example"));
        assert!(mail.header("Subject").is_some() && mail.header("Message-ID").is_some() && mail.header("Date").is_some());
        // The attachment is the archived letter, byte for byte.
        let name = m.attachment_name.clone().unwrap();
        let pdf = mail.attachment(&name).expect("the letter attached");
        let digest = hex::encode(Sha256::digest(&pdf));
        let grants = s.grants(cycle).unwrap();
        let archived: Vec<String> = grants.iter().flat_map(|g| s.grant_letters(g.id).unwrap()).map(|l| l.sha256).collect();
        assert!(archived.contains(&digest), "the attachment is not an archived letter");
        assert_eq!(mail.attachment_count(), 1);
    }
    // A message sent is a record: it can no longer be edited or discarded.
    let edit = MessageInput { recipient_name: "X".into(), recipient_email: "x@example.org".into(), subject: "S".into(), body: "B".into() };
    assert_eq!(s.edit_outbox_message(ids[0], &edit).unwrap_err().code, ErrorCode::NotAllowed);
    assert_eq!(s.discard_outbox_messages(&[ids[0]]).unwrap_err().code, ErrorCode::NotAllowed);
    // Its .eml carries the same attachment.
    let (name, eml) = s.outbox_eml(ids[0]).unwrap();
    assert!(name.ends_with(".eml"));
    assert!(String::from_utf8_lossy(&eml).contains("Content-Disposition: attachment"));
}

#[test]
fn a_refused_login_and_a_refused_recipient_keep_the_messages_queued_with_the_answer() {
    use_mock_keychain();
    let (mut s, cycle) = awarded_with_letters();
    let composed = compose(&mut s, cycle, MailKind::Award, None);
    let first = s.outbox_message(composed.ids[0]).unwrap();
    let test = TestSmtp::start(Behaviour { login: Some(("desk".into(), "right".into())), refuse: vec![first.recipient_email.clone()] });
    let saved = s.save_mail_server(&server(test.port(), "desk")).unwrap();

    // No password saved: nothing is tried, and the window says what to do.
    assert_eq!(Smtp::new(&saved, mail_password(&saved).unwrap()).err().unwrap().code, ErrorCode::NotAllowed);

    set_mail_password(&saved, "wrong").unwrap();
    let summary = s.send_outbox(&composed.ids, &mut smtp(&s)).unwrap();
    assert_eq!(summary.sent, 0);
    assert!(summary.problem.contains("535"), "{}", summary.problem);
    assert!(s.outbox_message(first.id).unwrap().answer.contains("535"));
    assert!(test.received().is_empty());

    set_mail_password(&saved, "right").unwrap();
    let summary = s.send_outbox(&[], &mut smtp(&s)).unwrap();
    assert_eq!((summary.sent, summary.queued), (composed.created - 1, 1));
    let refused = s.outbox_message(first.id).unwrap();
    assert_eq!(refused.state, MailState::Queued);
    assert!(refused.answer.contains("550"), "{}", refused.answer);
    assert_eq!(test.received().len(), composed.created as usize - 1);
    assert!(test.received().iter().all(|r| r.user.as_deref() == Some("desk")));

    // Staff correct the address; the next try sends it.
    let fixed = MessageInput { recipient_name: refused.recipient_name.clone(), recipient_email: "new.contact@hub.example".into(), subject: refused.subject.clone(), body: refused.body.clone() };
    s.edit_outbox_message(first.id, &fixed).unwrap();
    assert_eq!(s.send_outbox(&[], &mut smtp(&s)).unwrap().sent, 1);
}

#[test]
fn the_server_password_is_never_in_the_data_file() {
    use_mock_keychain();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite");
    {
        let mut s = Store::open(&path).unwrap();
        let saved = s.save_mail_server(&server(2525, "grants-desk")).unwrap();
        set_mail_password(&saved, "Tr0ub4dor&3-unique-secret").unwrap();
        assert_eq!(mail_password(&saved).unwrap().as_deref(), Some("Tr0ub4dor&3-unique-secret"));
    }
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(!bytes.windows(9).any(|w| w == b"Tr0ub4dor"), "the password is in a file of the data folder");
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.mail_server().unwrap().username, "grants-desk");
}

#[test]
fn every_kind_of_message_is_written_in_both_languages_with_its_fields() {
    let (mut s, cycle) = awarded_with_letters();
    // A payment made, a report reminder, the applications not selected and waiting.
    let grant = s.grants(cycle).unwrap()[0].id;
    let first = s.grant_payments(grant).unwrap().payments.into_iter().find(|p| p.kind == PaymentKind::Instalment).unwrap();
    s.mark_paid(first.id, &PaymentInput { paid_on: None, reference: "BANK-7".into() }, "tester").unwrap();
    let deadline = s.cycle(cycle).unwrap().report_deadline.expect("the demo's report deadline");
    let deadline = time::Date::parse(&deadline, time::macros::format_description!("[year]-[month]-[day]")).unwrap();
    for language in ["en", "fr"] {
        for kind in [MailKind::Rejection, MailKind::WaitingList, MailKind::PaymentMade] {
            let summary = compose(&mut s, cycle, kind, Some(language));
            let wanted = if language == "en" { summary.created } else { 0 };
            assert_eq!(summary.created, wanted, "{kind:?} composed once whatever the language");
        }
        let reminder = s.compose_mail_on(&ComposeRequest { cycle_id: cycle, kind: MailKind::ReportReminder, language: Some(language.into()) }, deadline - time::Duration::days(3)).unwrap();
        if language == "en" {
            assert!(reminder.created >= 1);
        }
    }
    let outbox = s.outbox().unwrap();
    for m in &outbox.messages {
        assert!(!m.subject.contains('{') && !m.body.contains('{') && !m.body.contains('['), "unfilled: {}\n{}", m.subject, m.body);
        assert!(m.body.contains("Zofia Wiśniewska") && m.body.contains("Réseau Européen"), "{}", m.body);
    }
    let paid = outbox.messages.iter().find(|m| m.kind == MailKind::PaymentMade).expect("a payment message");
    assert!(paid.body.contains(&mobility_desk_core::platform::money::format_money(first.amount_cents, "en")), "{}", paid.body);
    let reminder = outbox.messages.iter().find(|m| m.kind == MailKind::ReportReminder).expect("a reminder");
    assert!(reminder.body.contains("in 3 days"), "{}", reminder.body);
    assert!(outbox.messages.iter().any(|m| m.kind == MailKind::Rejection) || outbox.messages.iter().any(|m| m.kind == MailKind::WaitingList));

    // Reviewer invitations (in Selection): the demo's reviewers have no address and are named
    // as left out; given one, the invitation carries the reviewer's blank sheet.
    let mut sel = Store::open_in_memory().unwrap();
    sel.load_demo().unwrap();
    sel.save_settings(settings()).unwrap();
    let p2p = cycle_of(&sel, Shape::P2p);
    sel.move_cycle(p2p, Phase::Selection, "").unwrap();
    let skipped = compose(&mut sel, p2p, MailKind::ReviewerInvitation, Some("fr"));
    assert_eq!(skipped.created, 0);
    assert!(skipped.skipped.iter().any(|x| x.who == "Ana Ferreira" && x.reason.contains("no e-mail address")), "{skipped:?}");
    let ana = sel.reviewers(p2p).unwrap().into_iter().find(|r| r.name == "Ana Ferreira").unwrap();
    let input = mobility_desk_core::intake::reviewers::ReviewerInput { name: ana.name.clone(), email: "ana@network.example".into(), hub_id: None, country: String::new(), languages: vec![] };
    sel.update_reviewer(ana.id, &input).unwrap();
    let invited = compose(&mut sel, p2p, MailKind::ReviewerInvitation, Some("fr"));
    assert_eq!(invited.created, 1, "{invited:?}");
    let m = sel.outbox_message(invited.ids[0]).unwrap();
    assert!(m.body.contains("candidatures vous sont confiées") && m.attachment_name.as_deref().is_some_and(|n| n.ends_with(".xlsx")), "{}", m.body);
    assert!(!m.body.contains('{'), "{}", m.body);

    // The same kinds in French, on a network writing in French.
    let mut fr = settings();
    fr.default_language = "fr".into();
    let (mut s2, cycle2) = awarded_with_letters();
    s2.save_settings(fr).unwrap();
    let r = s2.compose_mail_on(&ComposeRequest { cycle_id: cycle2, kind: MailKind::ReportReminder, language: None }, deadline + time::Duration::days(8)).unwrap();
    let m = s2.outbox_message(r.ids[0]).unwrap();
    assert_eq!(m.language, "fr");
    assert!(m.subject.contains("en retard") && m.body.contains("il y a 8 jours"), "{}\n{}", m.subject, m.body);
}

#[test]
fn reminders_follow_the_schedule_and_are_never_written_twice() {
    let (mut s, cycle) = awarded_with_letters();
    let deadline = time::Date::parse(&s.cycle(cycle).unwrap().report_deadline.unwrap(), time::macros::format_description!("[year]-[month]-[day]")).unwrap();
    let grants = s.grants(cycle).unwrap().len() as u32;
    let first_day = deadline - time::Duration::days(14);
    assert_eq!(s.compose_due_reminders(first_day - time::Duration::days(1)).unwrap(), 0, "nothing before the schedule's first day");
    // (The app composes every cycle's reminders; this test counts the P2P cycle's.)
    let written = |s: &Store| s.outbox().unwrap().messages.iter().filter(|m| m.cycle_id == Some(cycle) && m.kind == MailKind::ReportReminder).count() as u32;
    for day in 0..30 {
        s.compose_due_reminders(first_day + time::Duration::days(day)).unwrap();
    }
    // Days 0, 7, 14, 21 and 28 of the schedule: five reminders per grant, each once.
    assert_eq!(written(&s), 5 * grants);
    s.compose_due_reminders(first_day + time::Duration::days(29)).unwrap();
    assert_eq!(written(&s), 5 * grants);
    // A grant whose report came gets no more.
    let g = s.grants(cycle).unwrap()[0].id;
    let today = time::OffsetDateTime::now_utc().date().format(time::macros::format_description!("[year]-[month]-[day]")).unwrap();
    s.set_report_received(g, Some(&today), "tester").unwrap();
    s.compose_due_reminders(first_day + time::Duration::days(35)).unwrap();
    assert_eq!(written(&s), 6 * grants - 1);
    // A schedule the cycle sets: 3 days before, then every 2 days.
    let mut schedule = s.reminder_schedule(cycle).unwrap();
    schedule.days_before = 3;
    schedule.every_days = 2;
    s.save_reminder_schedule(&schedule).unwrap();
    schedule.every_days = 0;
    assert_eq!(s.save_reminder_schedule(&schedule).unwrap_err().fields[0].field, "every_days");
}

#[test]
fn a_template_with_an_unknown_field_is_refused_by_name_and_a_good_one_is_used() {
    let (mut s, cycle) = awarded_with_letters();
    let bad = TemplateInput { kind: MailKind::Rejection, language: "en".into(), subject: "About { $cycle }".into(), body: "Dear { $recipient },\nyou get { $amount }.".into() };
    let err = s.save_mail_template(&bad).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.fields[0].field, "body");
    assert!(err.fields[0].message.contains("$amount"), "{}", err.message);
    let unreadable = TemplateInput { subject: "About { $cycle".into(), ..bad.clone() };
    assert_eq!(s.save_mail_template(&unreadable).unwrap_err().fields[0].field, "subject");

    let good = TemplateInput { body: "Dear { $recipient },\n\nno grant for { $hub } this time ({ $reference }).\n\n{ $signatory }".into(), ..bad };
    let saved = s.save_mail_template(&good).unwrap();
    assert!(saved.custom);
    let summary = compose(&mut s, cycle, MailKind::Rejection, Some("en"));
    if let Some(id) = summary.ids.first() {
        let m = s.outbox_message(*id).unwrap();
        assert!(m.body.contains("no grant for") && m.body.contains("(#"), "{}", m.body);
    }
    assert!(!s.reset_mail_template(MailKind::Rejection, "en").unwrap().custom);

    // A message edited with an address that is none is refused at the field.
    let id = compose(&mut s, cycle, MailKind::Award, None).ids[0];
    let m = s.outbox_message(id).unwrap();
    let err = s
        .edit_outbox_message(id, &MessageInput { recipient_name: m.recipient_name.clone(), recipient_email: "not an address".into(), subject: m.subject.clone(), body: m.body.clone() })
        .unwrap_err();
    assert_eq!(err.fields[0].field, "recipient_email");
}
