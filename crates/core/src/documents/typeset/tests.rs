//! Unit tests of wrapping, clean text, and documents set the same way every time.

use super::*;
use super::layout::layout;
use super::text::{fonts, wrap};

fn sample(paragraphs: usize) -> Document {
    let mut blocks = vec![
        Block::Letterhead { name: "Network of Cultural Hubs".into(), address: vec!["Rue de la Loi 1".into(), "1000 Bruxelles".into()], mark: "NC".into() },
        Block::Right { lines: vec!["Bruxelles, 1 March 2027".into()] },
        Block::Lines { lines: vec!["Ἀθήνα Κέντρο Τεχνών".into(), "Ирина Петрова".into(), "Łódź, Poland".into()], bold_first: true },
        Block::Heading { text: "Subject: award".into() },
    ];
    for _ in 0..paragraphs {
        blocks.push(Block::Paragraph { text: "The network is pleased to confirm the grant awarded to the hub named above, for the exchange described in its application and agreed with its partner, within the dates given.".into() });
    }
    blocks.push(Block::Signatures { parts: vec![SignaturePart { above: vec!["For the network".into()], name: "Anna Nowak".into(), below: vec!["Secretary General".into()] }] });
    Document {
        title: "Letter".into(),
        author: "Network".into(),
        subject: "Award".into(),
        created: time::macros::datetime!(2027-03-01 10:00 UTC),
        footer: "P2P-2027-001".into(),
        page_label: "Page {page} of {pages}".into(),
        blocks,
    }
}

#[test]
fn wraps_within_the_width_and_cuts_long_words() {
    let f = fonts();
    let lines = wrap(&f.regular, "a few words that need to go on more than one line of text", 10.0, 80.0);
    assert!(lines.len() > 2);
    assert!(lines.iter().all(|l| f.regular.width(l, 10.0) <= 80.0));
    let long = wrap(&f.regular, &"x".repeat(60), 10.0, 50.0);
    assert!(long.len() > 1 && long.iter().all(|l| f.regular.width(l, 10.0) <= 50.0));
}

#[test]
fn cleans_and_checks_text() {
    assert_eq!(clean_text("e\u{301}te\u{301}\tà  Paris\n"), "été à Paris");
    assert_eq!(check_text("Ἀθήνα Łódź Петрова Þórshöfn"), Ok(()));
    assert_eq!(check_text("hub \u{1F3AD}"), Err('\u{1F3AD}'));
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let a = render(&sample(3));
    let b = render(&sample(3));
    assert!(a.starts_with(b"%PDF-"));
    assert_eq!(a, b);
}

#[test]
fn long_letters_flow_onto_numbered_pages() {
    let pages = layout(&sample(60));
    assert!(pages.len() >= 3, "{} pages", pages.len());
}
