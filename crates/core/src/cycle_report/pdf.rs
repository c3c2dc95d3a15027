//! The cycle report on paper, set with the letters' typesetter in English or French: the
//! summary, the budget, the year's programmes, the countries, the travel with its map, the
//! footprint estimate with its factors and source, and every journey.

use time::OffsetDateTime;

use crate::intake::applications::TravelMode;
use crate::platform::error::{Error, FieldError, Result};
use crate::said;
use crate::documents::typeset::initials;
use crate::platform::countries::name_in as country_name;
use crate::documents::i18n::{Arg, Words};
use crate::documents::typeset::{self, printable, Align, Block, Column, Document, Row};
use crate::platform::store::Store;

use super::{map, CycleReport};

fn checked(what: &str, text: &str) -> Result<String> {
    printable("The report", what, text)
}

/// `value` thousandths with `decimals` decimals (rounded half up), e.g. grams as kilograms.
pub(crate) fn thousandths(w: &Words, value: i64, decimals: u32) -> String {
    let step = 10_i64.pow(3 - decimals.min(3));
    let rounded = (value.abs() + step / 2) / step;
    let unit = 10_i64.pow(decimals.min(3));
    let sign = if value < 0 && rounded > 0 { "-" } else { "" };
    let whole = w.integer(rounded / unit);
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let separator = if w.language == "fr" { ',' } else { '.' };
    format!("{sign}{whole}{separator}{:0width$}", rounded % unit, width = decimals as usize)
}

/// Tenths of a percent: "42.3%", "42,3 %".
fn percent(w: &Words, permille: Option<u32>) -> String {
    match permille {
        None => "–".to_string(),
        Some(p) if w.language == "fr" => format!("{},{}\u{202f}%", p / 10, p % 10),
        Some(p) => format!("{}.{}%", p / 10, p % 10),
    }
}

fn column(title: String, width: f32, align: Align) -> Column {
    Column { title, width, align }
}

fn row(cells: Vec<String>) -> Row {
    Row { cells, bold: false, rule_above: false, span: 1 }
}

fn total_row(cells: Vec<String>) -> Row {
    Row { cells, bold: true, rule_above: true, span: 1 }
}

fn mode(w: &Words, m: TravelMode) -> String {
    w.text(if m == TravelMode::Green { "report-mode-green" } else { "report-mode-standard" })
}

impl Store {
    /// The cycle report as a PDF, in `language` (default: Settings').
    pub fn cycle_report_pdf(&self, cycle_id: i64, language: Option<&str>) -> Result<Vec<u8>> {
        let report = self.cycle_report(cycle_id)?;
        let settings = self.settings()?;
        let language = language.map(str::trim).filter(|l| !l.is_empty()).map_or_else(|| settings.default_language.clone(), str::to_lowercase);
        let w = Words::of(&language)
            .ok_or_else(|| Error::validation(vec![FieldError::new("language", said!("said-report-language-unknown", language = &language))]))?;
        let network = checked("the network's name", if settings.network_name.trim().is_empty() { "Mobility Desk" } else { &settings.network_name })?;
        let address: Vec<String> = settings.postal_address.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| checked("the network's postal address", l)).collect::<Result<_>>()?;
        let now = OffsetDateTime::now_utc().replace_nanosecond(0).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        let doc = report_document(&report, &w, &network, address, now)?;
        Ok(typeset::render(&doc))
    }
}

/// The report's document, ready to set.
pub(crate) fn report_document(r: &CycleReport, w: &Words, network: &str, address: Vec<String>, now: OffsetDateTime) -> Result<Document> {
    let cycle = checked("the cycle's title", &r.cycle_title)?;
    let programme = checked("the programme's name", &r.programme)?;
    let title = w.get("report-title", &[("cycle", cycle.clone().into())]);
    let money = |c: i64| w.money(c);
    let n = |v: u32| w.number(v);
    let mut b: Vec<Block> = vec![
        Block::Letterhead { name: network.to_string(), address, mark: initials(network) },
        Block::Heading { text: title.clone() },
        Block::Lines {
            lines: vec![w.get("report-subtitle", &[("programme", programme.clone().into()), ("year", r.year.to_string().into()), ("date", w.date(now.date()).into())])],
            bold_first: false,
        },
        Block::Space { points: 6.0 },
    ];

    // Summary and budget.
    if r.grants == 0 {
        b.push(Block::Paragraph { text: w.text("report-nothing") });
    } else {
        b.push(Block::Paragraph {
            text: w.get(
                "report-summary",
                &[
                    ("grants", Arg::Number(i64::from(r.grants))),
                    ("awarded", money(r.budget.awarded_cents).into()),
                    ("envelope", money(r.budget.envelope_cents).into()),
                    ("paid", money(r.budget.paid_cents).into()),
                ],
            ),
        });
    }
    if r.drafts_left_out + r.cancelled_left_out > 0 {
        b.push(Block::Paragraph { text: w.get("report-left-out", &[("drafts", n(r.drafts_left_out).into()), ("cancelled", n(r.cancelled_left_out).into())]) });
    }
    b.push(Block::Heading { text: w.text("report-heading-budget") });
    b.push(Block::Table {
        columns: vec![
            column(w.text("report-col-envelope"), 22.0, Align::Right),
            column(w.text("report-col-awarded"), 22.0, Align::Right),
            column(w.text("report-col-paid"), 22.0, Align::Right),
            column(w.text("report-col-remaining"), 22.0, Align::Right),
            column(w.text("report-col-used"), 12.0, Align::Right),
        ],
        rows: vec![row(vec![
            money(r.budget.envelope_cents),
            money(r.budget.awarded_cents),
            money(r.budget.paid_cents),
            money(r.budget.remaining_cents),
            percent(w, r.budget.used_permille),
        ])],
    });

    // The year's programmes.
    b.push(Block::Heading { text: w.get("report-heading-programmes", &[("year", r.year.to_string().into())]) });
    let mut rows: Vec<Row> = Vec::new();
    for p in &r.programmes {
        let name = checked("a programme's name", &p.programme)?;
        let name = if p.this_cycle { w.get("report-this-programme", &[("programme", name.into())]) } else { name };
        rows.push(row(vec![name, n(p.cycles), n(p.grants), n(p.travellers), money(p.envelope_cents), money(p.awarded_cents)]));
    }
    rows.push(total_row(vec![
        w.text("report-total"),
        n(r.programmes.iter().map(|p| p.cycles).sum()),
        n(r.programmes.iter().map(|p| p.grants).sum()),
        n(r.programmes.iter().map(|p| p.travellers).sum()),
        money(r.programmes.iter().map(|p| p.envelope_cents).sum()),
        money(r.programmes.iter().map(|p| p.awarded_cents).sum()),
    ]));
    b.push(Block::Table {
        columns: vec![
            column(w.text("report-col-programme"), 30.0, Align::Left),
            column(w.text("report-col-cycles"), 10.0, Align::Right),
            column(w.text("report-col-grants"), 12.0, Align::Right),
            column(w.text("report-col-travellers"), 14.0, Align::Right),
            column(w.text("report-col-envelope"), 17.0, Align::Right),
            column(w.text("report-col-awarded"), 17.0, Align::Right),
        ],
        rows,
    });

    // Countries.
    if !r.countries.is_empty() {
        b.push(Block::Heading { text: w.text("report-heading-countries") });
        let mut rows: Vec<Row> = r
            .countries
            .iter()
            .map(|c| row(vec![country_name(&c.country, w.language), n(c.grants), money(c.awarded_cents), n(c.travellers_sent), n(c.travellers_received)]))
            .collect();
        rows.push(total_row(vec![
            w.text("report-total"),
            n(r.countries.iter().map(|c| c.grants).sum()),
            money(r.countries.iter().map(|c| c.awarded_cents).sum()),
            n(r.countries.iter().map(|c| c.travellers_sent).sum()),
            n(r.countries.iter().map(|c| c.travellers_received).sum()),
        ]));
        b.push(Block::Table {
            columns: vec![
                column(w.text("report-col-country"), 32.0, Align::Left),
                column(w.text("report-col-grants"), 14.0, Align::Right),
                column(w.text("report-col-awarded"), 20.0, Align::Right),
                column(w.text("report-col-sent"), 17.0, Align::Right),
                column(w.text("report-col-received"), 17.0, Align::Right),
            ],
            rows,
        });
    }

    // Travel and the map.
    b.push(Block::Heading { text: w.text("report-heading-travel") });
    if r.trips.is_empty() {
        b.push(Block::Paragraph { text: w.text("report-travel-none") });
    } else {
        b.push(Block::Paragraph {
            text: w.get(
                "report-travel-summary",
                &[
                    ("travellers", Arg::Number(i64::from(r.travellers))),
                    ("trips", Arg::Number(r.trips.len() as i64)),
                    ("green", n(r.green_travellers).into()),
                    ("share", percent(w, r.green_permille).into()),
                ],
            ),
        });
        b.push(Block::Drawing {
            width: map::WIDTH,
            height: map::HEIGHT,
            shapes: map::shapes(&r.trips, &w.text("report-legend-green"), &w.text("report-legend-standard")),
            caption: w.text("report-map-caption"),
        });
    }

    // The footprint.
    let f = &r.footprint;
    b.push(Block::Heading { text: w.text("report-heading-footprint") });
    if !f.rows.is_empty() {
        let mut rows: Vec<Row> = f
            .rows
            .iter()
            .map(|x| {
                Ok(row(vec![
                    mode(w, x.travel_mode),
                    checked("an emission factor's label", &x.label)?,
                    thousandths(w, x.mg_per_pkm, 2),
                    n(x.trips),
                    w.integer(x.traveller_km),
                    thousandths(w, x.co2_grams, 0),
                ]))
            })
            .collect::<Result<_>>()?;
        rows.push(total_row(vec![
            w.text("report-total"),
            String::new(),
            String::new(),
            n(f.rows.iter().map(|x| x.trips).sum()),
            w.integer(f.traveller_km),
            thousandths(w, f.co2_grams, 0),
        ]));
        b.push(Block::Table {
            columns: vec![
                column(w.text("report-col-mode"), 11.0, Align::Left),
                column(w.text("report-col-factor"), 28.0, Align::Left),
                column(w.text("report-col-per-km"), 16.0, Align::Right),
                column(w.text("report-col-trips"), 11.0, Align::Right),
                column(w.text("report-col-traveller-km"), 18.0, Align::Right),
                column(w.text("report-col-co2"), 16.0, Align::Right),
            ],
            rows,
        });
        if f.all_standard_grams > f.co2_grams {
            b.push(Block::Paragraph {
                text: w.get(
                    "report-footprint-compare",
                    &[("standard", thousandths(w, f.all_standard_grams, 0).into()), ("saved", thousandths(w, f.all_standard_grams - f.co2_grams, 0).into())],
                ),
            });
        }
    }
    if f.unplaced_trips > 0 {
        b.push(Block::Paragraph { text: w.get("report-footprint-unplaced", &[("count", Arg::Number(i64::from(f.unplaced_trips)))]) });
    }
    b.push(Block::Paragraph { text: w.text("report-footprint-method") });
    b.push(Block::Paragraph { text: w.get("report-footprint-source", &[("source", checked("the emission factors' source", &f.source)?.into())]) });
    if f.default_factors {
        b.push(Block::Paragraph { text: w.text("report-footprint-defaults") });
    }

    // Every journey.
    if !r.trips.is_empty() {
        b.push(Block::Heading { text: w.text("report-heading-trips") });
        let place = |hub: &str, city: &str, country: &str| -> Result<String> { Ok(format!("{} ({}, {})", checked("a hub's name", hub)?, checked("a city", city)?, country)) };
        let rows: Vec<Row> = r
            .trips
            .iter()
            .map(|t| {
                Ok(row(vec![
                    place(&t.from_hub, &t.from_city, &t.from_country)?,
                    place(&t.to_hub, &t.to_city, &t.to_country)?,
                    n(t.travellers),
                    mode(w, t.travel_mode),
                    t.km.map_or_else(|| "–".to_string(), n),
                    if t.mg_per_pkm.is_some() { thousandths(w, t.co2_grams, 1) } else { "–".to_string() },
                ]))
            })
            .collect::<Result<_>>()?;
        b.push(Block::Table {
            columns: vec![
                column(w.text("report-col-from"), 27.0, Align::Left),
                column(w.text("report-col-to"), 27.0, Align::Left),
                column(w.text("report-col-travellers"), 13.0, Align::Right),
                column(w.text("report-col-mode"), 11.0, Align::Left),
                column(w.text("report-col-km"), 11.0, Align::Right),
                column(w.text("report-col-co2"), 11.0, Align::Right),
            ],
            rows,
        });
    }

    Ok(Document {
        title: title.clone(),
        author: network.to_string(),
        subject: title,
        created: now,
        footer: format!("{network} · {cycle}"),
        page_label: w.get("page", &[("page", "{page}".into()), ("pages", "{pages}".into())]),
        blocks: b,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_written_the_way_each_language_writes_them() {
        let en = Words::of("en").unwrap();
        let fr = Words::of("fr").unwrap();
        assert_eq!(thousandths(&en, 1_234_567, 0), "1,235");
        assert_eq!(thousandths(&en, 1_234_567, 1), "1,234.6");
        assert_eq!(thousandths(&fr, 1_234_567, 1), "1\u{202f}234,6");
        assert_eq!(thousandths(&en, 125_760, 2), "125.76");
        assert_eq!(thousandths(&en, 35_460, 2), "35.46");
        assert_eq!(thousandths(&en, 499, 0), "0");
        assert_eq!(percent(&en, Some(423)), "42.3%");
        assert_eq!(percent(&fr, Some(423)), "42,3\u{202f}%");
        assert_eq!(percent(&en, None), "–");
    }
}
