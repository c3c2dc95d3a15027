//! The outbox in the window: the mail server set, the award letters' e-mails composed for a
//! cycle, one read and corrected, all sent to a local SMTP server the test starts, each marked
//! sent with the server's answer, and still so after a restart.

use mobility_desk_core::testing::smtp::{Behaviour, TestSmtp};
use sha2::{Digest, Sha256};

use crate::common::demo_p2p_awarded_in_file;
use crate::harness::World;

#[tokio::test]
async fn award_mails_are_composed_checked_and_sent_to_the_mail_server() {
    let world = World::new("outbox");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    let letters: Vec<(String, String)> = {
        let (mut store, cycle) = demo_p2p_awarded_in_file(&world);
        let grants = store.grants(cycle).unwrap();
        grants.iter().map(|g| store.issue_letter(g.id, None, "tester").unwrap()).map(|l| (l.reference, l.sha256)).collect()
    };
    let server = TestSmtp::start(Behaviour::default());
    let s = world.start().await;

    s.click("[data-nav=outbox]").await;
    s.wait_for("#outbox-no-server").await;
    s.wait_text("main", "Nothing").await;

    // The mail server: a wrong sender refused at its field, then saved.
    s.click("#outbox-server").await;
    s.fill("#server-host", "127.0.0.1").await;
    s.select("#server-security", "none").await;
    s.fill("#server-port", &server.port().to_string()).await;
    s.fill("#server-from", "grants@").await;
    s.click("#server-save").await;
    s.wait_text("#server-dialog, [role=dialog]", "is not an e-mail address").await;
    s.fill("#server-from", "grants@network.example").await;
    s.fill("#server-from-name", "Mobility grants").await;
    s.click("#server-save").await;
    s.wait_text("#toast", "Mail server saved").await;
    s.wait_gone("#outbox-no-server").await;

    // Compose the award letters' e-mails of the P2P cycle.
    s.click("#outbox-compose").await;
    let cycle = s.attr_where("#compose-cycle option", "P2P Learning 2027", "value").await;
    s.select("#compose-cycle", &cycle).await;
    s.select("#compose-kind", "award").await;
    s.click("#compose-go").await;
    s.wait_text("#compose-result", &format!("{} drafts written", letters.len())).await;
    // Composing again writes nothing new.
    s.click("#compose-go").await;
    s.wait_text("#compose-result", "Nothing new").await;
    s.click("#compose-close").await;
    s.wait_rows_of("#outbox-table tr[data-message]", letters.len()).await;
    assert!(s.texts("#outbox-table td.state").await.iter().all(|t| t.contains("Draft")));

    // One message read and its address corrected; a wrong address is refused at the field.
    let row = "#outbox-table tr[data-message]:first-child";
    s.click(&format!("{row} .open-message")).await;
    let body = s.value("#message-body").await;
    assert!(body.contains("Zofia Wiśniewska") && body.contains("€"), "{body}");
    s.fill("#message-email", "not an address").await;
    s.click("#message-save").await;
    s.wait_text("[role=dialog]", "is not an e-mail address").await;
    s.fill("#message-email", "corrected@hub.example").await;
    s.click("#message-save").await;
    s.wait_text("#toast", "Changes saved").await;
    // Saved as .eml for a mail program: the corrected address, the letter attached.
    let eml = world.folder("mail").join("award.eml");
    world.answer_next_dialog(&eml);
    s.click("#message-eml").await;
    s.wait_text("#toast", "Saved to").await;
    let text = std::fs::read_to_string(&eml).unwrap();
    assert!(text.contains("corrected@hub.example") && text.contains("Content-Disposition: attachment"), "{text}");
    s.click("#message-close").await;
    s.wait_gone("#message-save").await;

    // Send them all; the server takes each, the window marks each sent.
    s.click("#outbox-pick-all").await;
    s.wait_text("#outbox-send", &format!("Send {}", letters.len())).await;
    s.click("#outbox-send").await;
    s.wait_text("#toast", &format!("{} sent", letters.len())).await;
    let received = server.wait_for(letters.len(), 30);
    assert_eq!(received.len(), letters.len());
    assert!(received.iter().any(|m| m.to == vec!["corrected@hub.example".to_string()]));
    // Each attachment is an archived letter, byte for byte.
    for m in &received {
        let subject = m.header("Subject").unwrap_or_default();
        let (reference, sha) = letters.iter().find(|(r, _)| subject.contains(r.as_str())).unwrap_or_else(|| panic!("no letter named in {subject}"));
        let name = format!("{}_", reference.replace('/', "-v"));
        let pdf = m.attachment(&name).unwrap_or_else(|| panic!("{reference} not attached"));
        assert_eq!(&hex_digest(&pdf), sha);
    }
    s.wait_text("#outbox-table", "Sent").await;
    assert!(s.texts("#outbox-table td.state").await.iter().all(|t| t.contains("Sent")));

    // After a restart the outbox still says so.
    s.end().await;
    let s = world.start().await;
    s.click("[data-nav=outbox]").await;
    s.wait_rows_of("#outbox-table tr[data-message]", letters.len()).await;
    assert!(s.texts("#outbox-table td.state").await.iter().all(|t| t.contains("Sent")));
    s.end().await;
}

fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
