//! What an award letter says: the facts of one grant, read from the store, turned into the
//! blocks the typesetter sets, in the letter's language. Every text that comes from the data
//! (names, places, rule labels) is cleaned and checked against the font here, field by field,
//! so a character the font lacks stops the letter with the field's name.

use rusqlite::{params, OptionalExtension};
use time::{Date, OffsetDateTime};

use crate::documents::i18n::{Arg, Words};
use crate::documents::typeset::{clean_text, initials, missing_glyph, Align, Block, Column, Document, Row, SignaturePart};
use crate::intake::applications::Role;
use crate::platform::countries;
use crate::platform::dates::DATE_FORMAT;
use crate::platform::error::{Error, ErrorCode, Result};
use crate::funding::grants::{GrantLine, GrantState};
use crate::funding::payments::{PaymentDue, PaymentKind, PaymentState};
use crate::cycle::programmes::Shape;
use crate::registry::settings::NetworkSettings;
use crate::platform::said::Phrase;
use crate::platform::store::Store;
use crate::{phrase, said};

/// A hub as a letter names it.
#[derive(Debug, Clone)]
pub(crate) struct HubAddress {
    pub name: String,
    pub city: String,
    pub country: String,
}

/// A payment as the letter's schedule lists it.
#[derive(Debug, Clone)]
pub(crate) struct ScheduleRow {
    pub due: PaymentDue,
    pub percent: u32,
    pub amount_cents: i64,
    pub due_on: Option<String>,
    pub paid_on: Option<String>,
}

/// Everything a letter says about its grant.
#[derive(Debug, Clone)]
pub(crate) struct LetterFacts {
    pub grant_id: i64,
    pub cycle_id: i64,
    pub state: GrantState,
    pub revision: u32,
    pub total_cents: i64,
    pub lines: Vec<GrantLine>,
    pub role: Role,
    pub shape: Shape,
    pub programme_key: String,
    pub cycle_title: String,
    pub year: i32,
    pub report_deadline: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub person_name: String,
    pub contact_name: String,
    pub travellers: u32,
    pub hub: HubAddress,
    pub host: Option<HubAddress>,
    pub schedule: Vec<ScheduleRow>,
    /// A P2P pair whose visit dates are not agreed yet: the letter says so, and states no
    /// dates (a hub's availability is not its visit).
    pub visit_to_agree: bool,
}

const FACTS_SQL: &str = "
    SELECT g.id, g.cycle_id, g.state, g.revision, g.total_cents, a.role, p.shape, p.key, c.title, c.year, c.report_deadline,
           CASE WHEN x.pair_id IS NULL THEN coalesce(a.starts_on, c.activity_start) ELSE x.visit_start END,
           CASE WHEN x.pair_id IS NULL THEN coalesce(a.ends_on, c.activity_end) ELSE x.visit_end END,
           a.person_name, coalesce(nullif(a.person_name, ''), h.contact_name), a.travellers,
           h.name, h.city, h.country, o.name, o.city, o.country,
           x.pair_id IS NOT NULL AND x.visit_start IS NULL
      FROM grants g
      JOIN applications a ON a.id = g.application_id
      JOIN cycles c ON c.id = g.cycle_id
      JOIN programmes p ON p.id = c.programme_id
      JOIN hubs h ON h.id = a.hub_id
      JOIN application_hosts x ON x.application_id = a.id
      LEFT JOIN hubs o ON o.id = x.host_hub_id
     WHERE g.id = ?1";

impl Store {
    pub(crate) fn letter_facts(&self, grant_id: i64) -> Result<LetterFacts> {
        let facts = self
            .conn()
            .query_row(FACTS_SQL, [grant_id], |r| {
                let host_name: Option<String> = r.get(19)?;
                Ok(LetterFacts {
                    grant_id: r.get(0)?,
                    cycle_id: r.get(1)?,
                    state: GrantState::parse(&r.get::<_, String>(2)?),
                    revision: r.get(3)?,
                    total_cents: r.get(4)?,
                    lines: Vec::new(),
                    role: Role::parse(&r.get::<_, String>(5)?).unwrap_or(Role::Visiting),
                    shape: Shape::parse(&r.get::<_, String>(6)?).unwrap_or(Shape::P2p),
                    programme_key: r.get(7)?,
                    cycle_title: r.get(8)?,
                    year: r.get(9)?,
                    report_deadline: r.get(10)?,
                    starts_on: r.get(11)?,
                    ends_on: r.get(12)?,
                    person_name: r.get(13)?,
                    contact_name: r.get(14)?,
                    travellers: r.get(15)?,
                    hub: HubAddress { name: r.get(16)?, city: r.get(17)?, country: r.get(18)? },
                    host: match host_name {
                        Some(name) => Some(HubAddress { name, city: r.get(20)?, country: r.get(21)? }),
                        None => None,
                    },
                    schedule: Vec::new(),
                    visit_to_agree: r.get(22)?,
                })
            })
            .optional()?;
        let mut facts = facts.ok_or_else(|| Error::new(ErrorCode::NotFound, said!("said-letters-grant-missing", id = grant_id)))?;
        facts.lines = self.grant_lines(grant_id)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT due, percent, amount_cents, state, paid_on FROM payments
              WHERE grant_id = ?1 AND kind = ?2 AND state <> ?3 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![grant_id, "instalment", "cancelled"], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?, r.get::<_, Option<String>>(4)?)))?;
        let due_dates = self.grant_payments(grant_id).ok();
        for (i, row) in rows.enumerate() {
            let (due, percent, amount_cents, state, paid_on) = row?;
            let due = match due.as_str() {
                "before_activity" => PaymentDue::BeforeActivity,
                "after_report" => PaymentDue::AfterReport,
                _ => PaymentDue::Now,
            };
            let due_on = due_dates
                .as_ref()
                .and_then(|p| p.payments.iter().filter(|p| p.kind == PaymentKind::Instalment && p.state != PaymentState::Cancelled).nth(i))
                .and_then(|p| p.due_on.clone());
            facts.schedule.push(ScheduleRow { due, percent, amount_cents, due_on, paid_on: if state == "paid" { paid_on } else { None } });
        }
        Ok(facts)
    }
}

/// A letter's number and what it replaces.
#[derive(Debug, Clone)]
pub(crate) struct Numbering {
    /// `P2P-2027-007`, or `P2P-2027-007/2` for a second version.
    pub reference: String,
    /// The version replaced, with the day it was issued.
    pub replaces: Option<(String, String)>,
    pub issued_on: Date,
    pub created: OffsetDateTime,
}

/// Clean a text from the data and check the font has every character of it. `what` names the
/// text for the message, by its key in `said-letters-printed-thing` (`hub-name`…).
fn field(what: &str, text: &str) -> Result<String> {
    let text = clean_text(text);
    match missing_glyph(&text) {
        None => Ok(text),
        Some(ch) => Err(Error::new(
            ErrorCode::NotAllowed,
            said!("said-letters-letter-glyph", what = what, text = &text, character = ch.to_string(), code = format!("{:04X}", ch as u32)),
        )),
    }
}

/// The settings a letter cannot go without: each one's key in the messages (as in
/// `said-letters-printed-thing` and `said-letters-setting-name`), and whether it is missing.
fn needed_settings(settings: &NetworkSettings) -> [(&'static str, bool); 4] {
    [
        ("network-name", settings.network_name.trim().is_empty()),
        ("postal-address", settings.postal_address.trim().is_empty()),
        ("signatory-name", settings.signatory_name.trim().is_empty()),
        ("signatory-title", settings.signatory_title.trim().is_empty()),
    ]
}

/// The settings a letter cannot go without, named when missing ("the signatory's name").
pub(crate) fn missing_settings(settings: &NetworkSettings) -> Vec<Phrase> {
    missing_setting_keys(settings).into_iter().map(|key| phrase!("said-letters-setting-name", setting = key)).collect()
}

/// The same by their keys in the messages (`network-name`…).
pub(crate) fn missing_setting_keys(settings: &NetworkSettings) -> Vec<&'static str> {
    needed_settings(settings).into_iter().filter(|(_, missing)| *missing).map(|(key, _)| key).collect()
}


/// A rule's label in the letter's language when it is one of the names the app gives new
/// cycles ("Travel", "Subsistence, days 1–14" ...); a name staff typed stays as typed.
fn rule_label(w: Words, label: &str) -> String {
    const DEFAULTS: &[(&str, &str)] = &[
        ("Travel", "label-travel"),
        ("Subsistence", "label-subsistence"),
        ("Final event", "label-final-event"),
        ("Cap per visiting hub", "label-cap-visiting"),
        ("Individual support", "label-individual-support"),
        ("Workshop grant", "label-workshop-grant"),
        ("Accommodation", "label-accommodation"),
        ("Cap per person", "label-cap-person"),
    ];
    let translate = |name: &str| DEFAULTS.iter().find(|(english, _)| *english == name).map(|(_, id)| w.text(id));
    if let Some(text) = translate(label) {
        return text;
    }
    // "Subsistence, days 1–14" (reduced rates after a number of days).
    if let Some((name, days)) = label.rsplit_once(", days ") {
        if let Some((from, to)) = days.split_once('–') {
            if from.parse::<u32>().is_ok() && to.parse::<u32>().is_ok() {
                let name = translate(name).unwrap_or_else(|| name.to_string());
                return w.get("label-days", &[("label", name.into()), ("from", from.into()), ("to", to.into())]);
            }
        }
    }
    label.to_string()
}

fn parse_date(text: &Option<String>) -> Option<Date> {
    text.as_deref().and_then(|t| Date::parse(t, DATE_FORMAT).ok())
}

/// Build the letter's document.
/// When the activity takes place, as the letter says it: "from 1 March 2027 to 14 March 2027",
/// or that its dates are still to agree.
pub(crate) fn period_text(facts: &LetterFacts, w: Words) -> String {
    match (parse_date(&facts.starts_on), parse_date(&facts.ends_on)) {
        _ if facts.visit_to_agree => w.text("period-to-agree"),
        (Some(start), Some(end)) => w.get("period", &[("start", w.date(start).into()), ("end", w.date(end).into())]),
        _ => w.text("period-open"),
    }
}

pub(crate) fn build(facts: &LetterFacts, settings: &NetworkSettings, words: Words, numbering: &Numbering) -> Result<Document> {
    let w = words;
    let lang = w.language;
    let network = field("network-name", &settings.network_name)?;
    let address: Vec<String> =
        settings.postal_address.lines().map(|l| field("postal-address", l)).collect::<Result<Vec<_>>>()?.into_iter().filter(|l| !l.is_empty()).collect();
    let signatory = field("signatory-name", &settings.signatory_name)?;
    let signatory_title = field("signatory-title", &settings.signatory_title)?;
    let hub = field("hub-name", &facts.hub.name)?;
    let hub_city = field("hub-city", &facts.hub.city)?;
    let cycle = field("cycle-title", &facts.cycle_title)?;
    let contact = field("contact-name", &facts.contact_name)?;
    let person = field("participant-name", &facts.person_name)?;
    let host = match &facts.host {
        Some(h) => Some((field("host-name", &h.name)?, field("host-city", &h.city)?, countries::name_in(&h.country, lang))),
        None => None,
    };
    let amount = w.money(facts.total_cents);
    let country = countries::name_in(&facts.hub.country, lang);

    let mut blocks = vec![Block::Letterhead { name: network.clone(), address: address.clone(), mark: initials(&network) }];
    blocks.push(Block::Right {
        lines: vec![w.get("place-date", &[("place", field("signing-place", &settings.signing_place)?.into()), ("date", w.date(numbering.issued_on).into())])],
    });
    // The recipient: the person for Staff Exchange and Hubs Alliance, else the hub and its contact.
    let recipient = if facts.role == Role::Visitor && !person.is_empty() {
        vec![person.clone(), hub.clone(), hub_city.clone(), country.to_uppercase()]
    } else {
        let mut lines = vec![hub.clone()];
        if !contact.is_empty() {
            lines.push(contact.clone());
        }
        lines.extend([hub_city.clone(), country.to_uppercase()]);
        lines
    };
    blocks.push(Block::Lines { lines: recipient, bold_first: true });
    blocks.push(Block::Space { points: 14.0 });
    blocks.push(Block::Lines { lines: vec![w.get("our-reference", &[("reference", numbering.reference.clone().into())])], bold_first: false });
    blocks.push(Block::Space { points: 6.0 });
    blocks.push(Block::Heading { text: w.get("subject", &[("amount", amount.clone().into()), ("cycle", cycle.clone().into())]) });
    blocks.push(Block::Space { points: 4.0 });
    if let Some((previous, date)) = &numbering.replaces {
        blocks.push(Block::Paragraph { text: w.get("replaces", &[("previous", previous.clone().into()), ("date", w.date_text(date).into())]) });
    }
    let greeted = if facts.role == Role::Visitor && !person.is_empty() { &person } else { &contact };
    blocks.push(Block::Paragraph {
        text: if greeted.is_empty() { w.text("salutation-generic") } else { w.get("salutation", &[("name", greeted.clone().into())]) },
    });

    let period = period_text(facts, w);
    let place = |city: &str, country: &str| format!("{city} ({country})");
    let mut args: Vec<(&str, Arg)> = vec![
        ("hub", hub.clone().into()),
        ("cycle", cycle.clone().into()),
        ("amount", amount.clone().into()),
        ("period", period.into()),
        ("person", person.clone().into()),
        ("participants", w.get("participants", &[("count", Arg::Number(i64::from(facts.travellers.max(1))))]).into()),
    ];
    if let Some((name, city, host_country)) = &host {
        args.push(("host", name.clone().into()));
        args.push(("host_place", place(city, host_country).into()));
        args.push(("partner", name.clone().into()));
        args.push(("partner_place", place(city, host_country).into()));
    }
    let body = match (facts.role, facts.shape, host.is_some()) {
        (Role::Proposer, _, _) => "body-workshop",
        (_, _, false) => "body-no-host",
        (Role::Visiting, _, _) => "body-visiting",
        (Role::Hosting, _, _) => "body-hosting",
        (Role::Visitor, Shape::HubsAlliance, _) => "body-alliance",
        (Role::Visitor, _, _) => "body-staff",
    };
    blocks.push(Block::Paragraph { text: w.get(body, &args) });
    blocks.push(Block::Paragraph { text: w.text("body-maximum") });

    // The breakdown.
    blocks.push(Block::Heading { text: w.text("heading-breakdown") });
    let columns = vec![
        Column { title: w.text("col-item"), width: 25.0, align: Align::Left },
        Column { title: w.text("col-basis"), width: 41.0, align: Align::Left },
        Column { title: w.text("col-quantity"), width: 7.0, align: Align::Right },
        Column { title: w.text("col-rate"), width: 13.5, align: Align::Right },
        Column { title: w.text("col-amount"), width: 13.5, align: Align::Right },
    ];
    let mut rows = Vec::new();
    // A cap that takes nothing off is left out: it is not an amount of the grant.
    for line in facts.lines.iter().filter(|l| !(l.kind == "grant_cap" && l.amount_cents == 0)) {
        let label = rule_label(w, &field("rule-label", &line.label)?);
        let item = match line.traveller {
            Some(n) => w.get("line-participant", &[("label", label.into()), ("number", Arg::Number(i64::from(n)))]),
            None => label,
        };
        let quantity = Arg::Number(i64::from(line.quantity));
        let basis = match (line.kind.as_str(), &host) {
            ("distance_band", Some((_, host_city, _))) => {
                // Expensive travel paid a share of the real cost instead of the band: say so,
                // so the rate printed is not read as the band's.
                let key = if line.note.contains("; expensive travel:") {
                    "basis-expensive_travel"
                } else if line.band.is_some() {
                    "basis-distance_band"
                } else {
                    "basis-distance_band-none"
                };
                w.get(
                    key,
                    &[
                        ("from", hub_city.clone().into()),
                        ("to", host_city.clone().into()),
                        ("km", w.number(line.km.unwrap_or(0)).into()),
                        ("band", line.band.clone().unwrap_or_default().replace(',', if lang == "fr" { "\u{202f}" } else { "," }).into()),
                    ],
                )
            }
            (kind, _) => {
                let id = format!("basis-{kind}");
                if w.has(&id) {
                    w.get(&id, &[("quantity", quantity)])
                } else {
                    String::new()
                }
            }
        };
        let is_cap = line.kind == "grant_cap";
        rows.push(Row {
            cells: vec![
                item,
                basis,
                if is_cap { String::new() } else { line.quantity.to_string() },
                if is_cap { String::new() } else { w.money(line.unit_cents) },
                w.money(line.amount_cents),
            ],
            bold: false,
            rule_above: false,
            span: 1,
        });
    }
    rows.push(Row { cells: vec![w.text("total"), amount.clone()], bold: true, rule_above: true, span: 4 });
    blocks.push(Block::Table { columns, rows });

    // The payment schedule.
    if !facts.schedule.is_empty() {
        blocks.push(Block::Heading { text: w.text("heading-payments") });
        blocks.push(Block::Paragraph { text: w.get("payments-intro", &[("count", Arg::Number(facts.schedule.len() as i64))]) });
        let columns = vec![
            Column { title: w.text("col-instalment"), width: 30.0, align: Align::Left },
            Column { title: w.text("col-share"), width: 10.0, align: Align::Right },
            Column { title: w.text("col-due"), width: 42.0, align: Align::Left },
            Column { title: w.text("col-amount"), width: 18.0, align: Align::Right },
        ];
        let rows = facts
            .schedule
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let name = match s.due {
                    PaymentDue::BeforeActivity => w.text("instalment-before"),
                    PaymentDue::AfterReport => w.text("instalment-after"),
                    PaymentDue::Now => w.text("instalment-change"),
                };
                let when = match (&s.paid_on, s.due, &s.due_on) {
                    (Some(paid), _, _) => w.get("paid-on", &[("date", w.date_text(paid).into())]),
                    (None, PaymentDue::BeforeActivity, Some(date)) => w.get("due-before", &[("date", w.date_text(date).into())]),
                    (None, PaymentDue::BeforeActivity, None) => w.text("due-before-open"),
                    (None, PaymentDue::AfterReport, _) => w.text("due-after"),
                    (None, PaymentDue::Now, date) => w.get("due-now", &[("date", w.date_text(date.as_deref().unwrap_or("")).into())]),
                };
                let share = if s.percent > 0 { format!("{}\u{a0}%", s.percent) } else { String::new() };
                Row { cells: vec![format!("{}. {name}", i + 1), share, when, w.money(s.amount_cents)], bold: false, rule_above: false, span: 1 }
            })
            .collect();
        blocks.push(Block::Table { columns, rows });
    }

    // The report.
    blocks.push(Block::Heading { text: w.text("heading-report") });
    let deadline = match parse_date(&facts.report_deadline) {
        Some(d) => w.date(d),
        None => w.text("report-deadline-open"),
    };
    let report = match facts.role {
        Role::Visiting => "report-visiting",
        Role::Hosting => "report-hosting",
        Role::Visitor => "report-person",
        Role::Proposer => "report-workshop",
    };
    let who = if person.is_empty() { hub.clone() } else { person.clone() };
    blocks.push(Block::Paragraph { text: w.get(report, &[("deadline", deadline.into()), ("person", who.into())]) });

    // The conditions.
    blocks.push(Block::Heading { text: w.text("heading-conditions") });
    for (i, id) in ["condition-use", "condition-recovery", "condition-records", "condition-visibility"].iter().enumerate() {
        blocks.push(Block::Paragraph { text: format!("{}. {}", i + 1, w.get(id, &[("network", network.clone().into())])) });
    }
    blocks.push(Block::Paragraph { text: w.text("acceptance") });
    blocks.push(Block::Paragraph { text: w.text("closing") });
    blocks.push(Block::Space { points: 4.0 });
    blocks.push(Block::Signatures {
        parts: vec![
            SignaturePart { above: vec![w.get("sign-for", &[("network", network.clone().into())])], name: signatory.clone(), below: vec![signatory_title] },
            SignaturePart { above: vec![w.get("accept-for", &[("hub", hub.clone().into())])], name: String::new(), below: vec![w.text("accept-line")] },
        ],
    });

    let recipient_name = if facts.role == Role::Visitor && !person.is_empty() { format!("{person} ({hub})") } else { hub.clone() };
    Ok(Document {
        title: w.get("letter-title", &[("reference", numbering.reference.clone().into())]),
        author: network,
        subject: w.get("letter-subject", &[("cycle", cycle.into()), ("recipient", recipient_name.into())]),
        created: numbering.created,
        footer: format!("{} · {}", numbering.reference, clean_text(&hub)),
        page_label: w.get("page", &[("page", "{page}".into()), ("pages", "{pages}".into())]),
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_comes_from_the_address() {
        assert_eq!(crate::registry::settings::town_of("Rue de la Loi 1\n1000 Bruxelles\nBelgium"), "Bruxelles");
        assert_eq!(crate::registry::settings::town_of("Kulturhuset\nSE-111 53 Stockholm"), "Stockholm");
        assert_eq!(crate::registry::settings::town_of("Somewhere"), "Somewhere");
    }

    #[test]
    fn initials_and_country_names() {
        assert_eq!(initials("European Network of Cultural Centres"), "ENCC");
        assert_eq!(initials("Réseau des lieux"), "RL");
        assert_eq!(countries::name_in("PL", "fr"), "Pologne");
        assert_eq!(countries::name_in("PL", "en"), "Poland");
    }
}
