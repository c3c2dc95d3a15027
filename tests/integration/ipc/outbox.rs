//! The outbox through the commands: composing, a template and a message refused at their
//! fields, the mail server with its password in the (test's) keychain, and a send to a local
//! SMTP server that asks for the login.

use super::*;
use mobility_desk_core::testing::smtp::{Behaviour, TestSmtp};

#[test]
fn award_mail_is_composed_edited_and_sent_through_the_commands() {
    mobility_desk_core::outbox::use_mock_keychain();
    let h = Harness::new();
    let p2p = awarding_p2p(&h);
    h.ok("settings_save", json!({ "input": { "network_name": "Réseau des Lieux", "postal_address": "Rue de la Loi 42\n1040 Bruxelles", "signatory_name": "Ana Novak", "signatory_title": "Director", "default_language": "en" } }));
    let overview = h.ok("letters_overview", json!({ "cycleId": p2p }));
    let grant = overview["rows"][0]["grant_id"].clone();
    h.ok("grants_award", json!({ "cycleId": p2p, "ids": [grant], "overBudget": false }));
    let letter = h.ok("letter_issue", json!({ "grantId": grant, "language": null }));

    let e = h.err("outbox_compose", json!({ "request": { "cycle_id": p2p, "kind": "award", "language": "de" } }));
    assert_eq!(e["fields"][0]["field"], "language");
    let e = h.err("outbox_compose", json!({ "request": { "cycle_id": p2p, "kind": "thank_you", "language": null } }));
    assert_eq!(e["code"], "bad_request");
    let composed = h.ok("outbox_compose", json!({ "request": { "cycle_id": p2p, "kind": "award", "language": null } }));
    assert_eq!(composed["created"], 1);
    let id = composed["ids"][0].clone();
    let message = h.ok("outbox_message_get", json!({ "id": id }));
    assert_eq!(message["state"], "draft");
    assert!(message["attachment_name"].as_str().unwrap().starts_with(letter["reference"].as_str().unwrap()));

    let e = h.err("mail_template_save", json!({ "input": { "kind": "award", "language": "en", "subject": "Your letter", "body": "Dear { $recipent }" } }));
    assert_eq!(e["fields"][0]["field"], "body");
    assert!(e["fields"][0]["message"].as_str().unwrap().contains("$recipent"), "{e}");
    let templates = h.ok("mail_templates_list", json!({}));
    assert_eq!(templates.as_array().unwrap().len(), 12, "six kinds in two languages");

    let edit = |email: &str| json!({ "id": id, "input": { "recipient_name": "Maria", "recipient_email": email, "subject": message["subject"], "body": message["body"] } });
    assert_eq!(h.err("outbox_edit", edit("maria@"))["fields"][0]["field"], "recipient_email");
    h.ok("outbox_edit", edit("maria@hub.example"));

    // Without a server, sending queues and says what to do.
    let sent = h.ok("outbox_send", json!({ "ids": [id] }));
    assert_eq!((sent["sent"].as_u64(), sent["queued"].as_u64()), (Some(0), Some(1)));
    assert!(sent["problem"]["text"].as_str().unwrap().contains("No mail server"), "{sent}");

    let server = TestSmtp::start(Behaviour { login: Some(("desk".into(), "s3cret-for-the-test".into())), refuse: vec![] });
    let input = |from: &str| json!({ "host": "127.0.0.1", "port": server.port(), "security": "none", "username": "desk", "from_address": from, "from_name": "Grants" });
    assert_eq!(h.err("mail_server_save", json!({ "input": input("grants"), "password": null }))["fields"][0]["field"], "from_address");
    let view = h.ok("mail_server_save", json!({ "input": input("grants@network.example"), "password": "s3cret-for-the-test" }));
    assert_eq!(view["password_saved"], true);
    assert!(view.get("password").is_none() && !view.to_string().contains("s3cret"), "{view}");
    let sent = h.ok("outbox_send", json!({ "ids": [] }));
    assert_eq!((sent["sent"].as_u64(), sent["queued"].as_u64()), (Some(1), Some(0)), "{sent}");
    let received = server.received();
    assert_eq!(received[0].to, vec!["maria@hub.example".to_string()]);
    assert_eq!(received[0].user.as_deref(), Some("desk"));
    let outbox = h.ok("outbox_list", json!({}));
    assert_eq!(outbox["messages"][0]["state"], "sent");
    assert!(outbox["messages"][0]["answer"].as_str().unwrap().starts_with("250"));

    // The password is in no file of the data folder.
    for entry in std::fs::read_dir(h.dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(!bytes.windows(6).any(|w| w == b"s3cret"));
    }
    let view = h.ok("mail_password_forget", json!({}));
    assert_eq!(view["password_saved"], false);

    let schedule = h.ok("reminder_schedule_get", json!({ "cycleId": p2p }));
    assert_eq!((schedule["days_before"].as_u64(), schedule["every_days"].as_u64()), (Some(14), Some(7)));
    let e = h.err("reminder_schedule_save", json!({ "schedule": { "cycle_id": p2p, "days_before": 400, "every_days": 7, "active": true } }));
    assert_eq!(e["fields"][0]["field"], "days_before");
}
