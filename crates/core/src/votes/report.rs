//! The result of a vote as a PDF report: the method and the electorate, turnout and quorum,
//! every round of the count, the tie-breaks applied and the winner, set with the letters'
//! typesetter (`documents::typeset`).

use time::OffsetDateTime;

use super::{VoteOverview, VoteState};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::documents::typeset::initials;
use crate::documents::typeset::{self, clean_text, missing_glyph, Align, Block, Column, Document, Row};
use crate::platform::store::Store;

fn checked(text: &str) -> Result<String> {
    let text = clean_text(text);
    match missing_glyph(&text) {
        None => Ok(text),
        Some(ch) => Err(Error::new(
            ErrorCode::NotAllowed,
            crate::said!("said-votes-report-unprintable", text = &text, character = ch.to_string(), code = format!("{:04X}", ch as u32)),
        )),
    }
}

/// "2026-11-22T01:14:48Z" as "2026-11-22 01:14 UTC".
fn when(rfc3339: &str) -> String {
    match rfc3339.split_once('T') {
        Some((day, time)) if time.len() >= 5 => format!("{day} {} UTC", &time[..5]),
        _ => rfc3339.to_string(),
    }
}

/// The report's document.
pub fn report_document(vote: &VoteOverview, network: &str, address: &[String], now: OffsetDateTime) -> Result<Document> {
    let count = &vote.count;
    let network = checked(if network.trim().is_empty() { "Mobility Desk" } else { network })?;
    let title = checked(&vote.cycle_title)?;
    let mut blocks = vec![Block::Letterhead { name: network.clone(), address: address.iter().map(|l| checked(l)).collect::<Result<Vec<_>>>()?, mark: initials(&network) }];
    let status = match vote.state {
        VoteState::Declared => {
            let by = if vote.declared_by.trim().is_empty() { String::new() } else { format!(" by {}", vote.declared_by.trim()) };
            format!("Declared {}{by}", when(vote.declared_at.as_deref().unwrap_or("")))
        }
        VoteState::Open => "Provisional count: the vote is open and the result is not declared".to_string(),
        VoteState::Setup => "The vote has not opened".to_string(),
    };
    blocks.push(Block::Heading { text: format!("{title}: result of the members' vote") });
    blocks.push(Block::Lines { lines: vec![status], bold_first: false });
    blocks.push(Block::Space { points: 6.0 });
    let who = if vote.settings.associates_vote { "regular and associate member hubs" } else { "regular member hubs" };
    blocks.push(Block::Paragraph {
        text: format!(
            "Method: {}. Electorate: the {} of the network when the vote opened{}, one ballot each; a hub does not vote for its own proposal. Ties go first to a small or emerging hub's proposal, then to the proposal with more first choices, then to the one submitted earlier.",
            count.method.label().to_lowercase(),
            who,
            vote.opened_at.as_deref().map(|d| format!(" ({})", when(d))).unwrap_or_default()
        ),
    });
    let two = |a: &str, b: String| Row { cells: vec![a.to_string(), b], bold: false, rule_above: false, span: 1 };
    blocks.push(Block::Table {
        columns: vec![Column { title: "Turnout".into(), width: 60.0, align: Align::Left }, Column { title: String::new(), width: 40.0, align: Align::Right }],
        rows: vec![
            two("Member hubs in the electorate", count.electorate.to_string()),
            two("Ballots counted", count.ballots.to_string()),
            two("Turnout", format!("{} %", count.turnout_percent)),
            two("Quorum", format!("{} % — {}", count.quorum_percent, if count.quorum_met { "met" } else { "not met" })),
        ],
    });
    for w in &count.warnings {
        blocks.push(Block::Paragraph { text: format!("Warning: {}", checked(w)?) });
    }
    let unit = if count.method == super::count::VoteMethod::InstantRunoff { "Votes" } else { "Points" };
    for round in &count.rounds {
        let heading = if count.rounds.len() > 1 { format!("Round {}", round.number) } else { "The count".to_string() };
        blocks.push(Block::Heading { text: heading });
        let mut rows: Vec<Row> = Vec::new();
        for c in &round.counts {
            let mark = if round.elected == Some(c.proposal_id) {
                "elected"
            } else if round.eliminated == Some(c.proposal_id) {
                "eliminated"
            } else {
                ""
            };
            rows.push(Row { cells: vec![checked(&c.label)?, c.value.to_string(), mark.to_string()], bold: round.elected == Some(c.proposal_id), rule_above: false, span: 1 });
        }
        if count.method == super::count::VoteMethod::InstantRunoff {
            rows.push(Row { cells: vec!["Exhausted ballots (no choice left)".into(), round.exhausted.to_string(), String::new()], bold: false, rule_above: true, span: 1 });
        }
        blocks.push(Block::Table {
            columns: vec![
                Column { title: "Proposal".into(), width: 64.0, align: Align::Left },
                Column { title: unit.into(), width: 16.0, align: Align::Right },
                Column { title: String::new(), width: 20.0, align: Align::Left },
            ],
            rows,
        });
        blocks.push(Block::Paragraph { text: checked(&round.note)? });
    }
    if !count.tie_breaks.is_empty() {
        blocks.push(Block::Heading { text: "Tie-breaks applied".into() });
        for t in &count.tie_breaks {
            blocks.push(Block::Paragraph { text: checked(t)? });
        }
    }
    let winner = count.winner.and_then(|w| count.rounds.iter().flat_map(|r| &r.counts).find(|c| c.proposal_id == w)).map(|c| c.label.clone());
    blocks.push(Block::Heading { text: "Result".into() });
    blocks.push(Block::Paragraph {
        text: match (&winner, vote.state) {
            (Some(w), VoteState::Declared) => format!("{} is elected to produce the Workshops programme.", checked(w)?),
            (Some(w), _) => format!("If the result were declared now, {} would be elected.", checked(w)?),
            (None, _) => "There is no winner yet.".to_string(),
        },
    });
    Ok(Document {
        title: format!("{title}: result of the members' vote"),
        author: network.clone(),
        subject: "Result of the members' vote".into(),
        created: now,
        footer: format!("{network} · {title}"),
        page_label: "Page {page} of {pages}".into(),
        blocks,
    })
}

impl Store {
    /// The vote's result as a PDF report (a provisional count while the vote is open).
    pub fn vote_report_pdf(&self, cycle_id: i64) -> Result<Vec<u8>> {
        let vote = self.vote_overview(cycle_id)?;
        let settings = self.settings()?;
        let address: Vec<String> = settings.postal_address.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
        let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        Ok(typeset::render(&report_document(&vote, &settings.network_name, &address, now)?))
    }

    /// Writes the vote's report to `file` (through a temporary name); its size in bytes.
    pub fn write_vote_report(&self, cycle_id: i64, file: &std::path::Path) -> Result<usize> {
        let bytes = self.vote_report_pdf(cycle_id)?;
        crate::platform::files::write_atomic(file, &bytes)?;
        Ok(bytes.len())
    }
}
