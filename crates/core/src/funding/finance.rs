//! The finance export: what finance books and auditors check, for one or more cycles.
//!
//! - **CSV**: one row per instalment or recovery order, with the payee. English uses `,` and a
//!   decimal point; French uses `;` and a decimal comma, which is what a French spreadsheet
//!   opens without an import dialog. Dates are ISO (YYYY-MM-DD) in both.
//! - **XLSX** (`rust_xlsxwriter`): the same rows on an instalments sheet; every grant of the
//!   cycles (drafts too) on a grants sheet; every line of every grant, with its rule, version,
//!   km and band, on a lines sheet, so each amount can be traced to a rule; and a summary sheet
//!   per cycle. Amounts are numeric cells with a euro format, next to the exact integer cents.
//!
//! Files are written to a temporary name and renamed into place.

use std::collections::HashMap;
use std::path::Path;

use rust_xlsxwriter::{DocProperties, Workbook, Worksheet, XlsxError};

use crate::documents::workbook::Cells;
use serde::Serialize;
use ts_rs::TS;

use crate::platform::csv_safe::SafeCsv;
use crate::platform::files::write_atomic;
use crate::intake::applications::Role;
use crate::cycle::cycles::{Cycle, Phase};
use crate::platform::error::{Error, ErrorCode, Result};
use crate::funding::grants::{Grant, GrantState};
use crate::platform::money::plain_amount;
use crate::funding::payments::{today, GrantPayments, Payee, Payment, PaymentDue, PaymentKind, PaymentStatus};
use crate::platform::said::{Phrase, SOURCE_LANGUAGE};
use crate::platform::store::Store;
use crate::said;

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FinanceExport {
    pub path: String,
    /// "csv" or "xlsx".
    pub format: String,
    pub language: String,
    pub cycles: u32,
    pub grants: u32,
    /// Instalment and recovery rows.
    pub payments: u32,
}

/// The words of the export, in English and French.
struct Words {
    payment_columns: [&'static str; 22],
    grant_columns: [&'static str; 21],
    line_columns: [&'static str; 15],
    instalments_sheet: &'static str,
    grants_sheet: &'static str,
    lines_sheet: &'static str,
    summary_sheet: &'static str,
    instalment: &'static str,
    recovery: &'static str,
    due: [&'static str; 3],
    status: [&'static str; 7],
    state: [&'static str; 3],
    summary: [&'static str; 24],
    /// In the order of `Phase::ALL`.
    phases: [&'static str; 8],
    /// Visiting, hosting, visitor, proposer.
    roles: [&'static str; 4],
}

const EN: Words = Words {
    payment_columns: [
        "Cycle", "Programme", "Grant", "Payee", "Hub", "City", "Country", "Contact", "Email", "Role", "Grant state", "Payment", "Kind",
        "Share (%)", "Falls due", "Due on", "Amount (EUR)", "Amount (cents)", "Status", "Paid on", "Reference", "Note",
    ],
    grant_columns: [
        "Cycle", "Programme", "Grant", "Payee", "Hub", "City", "Country", "Contact", "Email", "Role", "Host", "State", "Rule set",
        "Revision", "Total (EUR)", "Paid (EUR)", "Still to pay (EUR)", "To recover (EUR)", "Report received", "Awarded on", "Blocked",
    ],
    line_columns: [
        "Cycle", "Grant", "Payee", "State", "Traveller", "Rule", "Kind", "Rule set", "Line", "Quantity", "Rate (EUR)", "Amount (EUR)",
        "km", "Band", "Where it comes from",
    ],
    instalments_sheet: "Instalments",
    grants_sheet: "Grants",
    lines_sheet: "Lines",
    summary_sheet: "Summary",
    instalment: "Instalment",
    recovery: "Recovery",
    due: ["Before the activity", "After the report", "On demand"],
    status: ["Waiting", "Scheduled", "Due", "Overdue", "Paid", "Waived", "Cancelled"],
    state: ["Draft", "Awarded", "Cancelled"],
    summary: [
        "Programme",
        "Cycle",
        "Year",
        "Phase",
        "Rule set in force",
        "Envelope",
        "Awarded grants",
        "Awarded amount",
        "Draft grants",
        "Draft amount",
        "Cancelled grants",
        "Left in the envelope",
        "Instalments paid",
        "Recovered",
        "Paid, net",
        "Still to pay",
        "of which due or overdue",
        "of which overdue",
        "To recover",
        "Waived",
        "Reports received",
        "Envelopes of the year",
        "Committed in the year",
        "Exported on",
    ],
    phases: ["Draft", "Call open", "Selection", "Matching", "Awarded", "In progress", "Reporting", "Closed"],
    roles: ["Visiting hub", "Hosting hub", "Visitor", "Proposer"],
};

const FR: Words = Words {
    payment_columns: [
        "Cycle", "Programme", "Subvention", "Bénéficiaire", "Structure", "Ville", "Pays", "Contact", "Courriel", "Rôle",
        "État de la subvention", "Paiement", "Nature", "Part (%)", "Échéance", "Date d'échéance", "Montant (EUR)",
        "Montant (centimes)", "Statut", "Payé le", "Référence", "Note",
    ],
    grant_columns: [
        "Cycle", "Programme", "Subvention", "Bénéficiaire", "Structure", "Ville", "Pays", "Contact", "Courriel", "Rôle", "Accueil",
        "État", "Règles", "Révision", "Total (EUR)", "Payé (EUR)", "Reste à payer (EUR)", "À recouvrer (EUR)", "Rapport reçu",
        "Attribuée le", "Bloquée",
    ],
    line_columns: [
        "Cycle", "Subvention", "Bénéficiaire", "État", "Voyageur", "Règle", "Nature", "Règles", "Ligne", "Quantité", "Taux (EUR)",
        "Montant (EUR)", "km", "Tranche", "Origine du calcul",
    ],
    instalments_sheet: "Échéancier",
    grants_sheet: "Subventions",
    lines_sheet: "Lignes",
    summary_sheet: "Synthèse",
    instalment: "Versement",
    recovery: "Recouvrement",
    due: ["Avant l'activité", "Après le rapport", "Sur demande"],
    status: ["En attente", "Prévu", "Dû", "En retard", "Payé", "Abandonné", "Annulé"],
    state: ["Projet", "Attribuée", "Annulée"],
    summary: [
        "Programme",
        "Cycle",
        "Année",
        "Phase",
        "Règles en vigueur",
        "Enveloppe",
        "Subventions attribuées",
        "Montant attribué",
        "Subventions en projet",
        "Montant en projet",
        "Subventions annulées",
        "Reste de l'enveloppe",
        "Versements payés",
        "Recouvré",
        "Payé, net",
        "Reste à payer",
        "dont échu",
        "dont en retard",
        "À recouvrer",
        "Abandonné",
        "Rapports reçus",
        "Enveloppes de l'année",
        "Engagé dans l'année",
        "Exporté le",
    ],
    phases: ["Brouillon", "Appel ouvert", "Sélection", "Appariement", "Attribué", "En cours", "Rapports", "Clôturé"],
    roles: ["Structure visiteuse", "Structure d'accueil", "Participant", "Porteur de projet"],
};

fn words(language: &str) -> &'static Words {
    if language == "fr" {
        &FR
    } else {
        &EN
    }
}

impl Words {
    fn due(&self, due: PaymentDue) -> &'static str {
        self.due[match due {
            PaymentDue::BeforeActivity => 0,
            PaymentDue::AfterReport => 1,
            PaymentDue::Now => 2,
        }]
    }
    fn status(&self, status: PaymentStatus) -> &'static str {
        self.status[status as usize]
    }
    fn state(&self, state: GrantState) -> &'static str {
        self.state[state as usize]
    }
    fn phase(&self, phase: Phase) -> &'static str {
        self.phases[Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0)]
    }
    fn role(&self, role: Role) -> &'static str {
        self.roles[match role {
            Role::Visiting => 0,
            Role::Hosting => 1,
            Role::Visitor => 2,
            Role::Proposer => 3,
        }]
    }
    fn kind(&self, kind: PaymentKind) -> &'static str {
        match kind {
            PaymentKind::Instalment => self.instalment,
            PaymentKind::Recovery => self.recovery,
        }
    }
    /// "Instalment 1 of 2" / "Versement 1 sur 2"; "Recovery 3".
    fn payment(&self, p: &Payment, scheduled: usize) -> String {
        let of = if std::ptr::eq(self, &FR) { "sur" } else { "of" };
        match (p.kind, p.percent) {
            (PaymentKind::Instalment, 1..) => format!("{} {} {of} {scheduled}", self.instalment, p.seq),
            (kind, _) => format!("{} {}", self.kind(kind), p.seq),
        }
    }
}

/// One cycle with everything the export prints.
struct CycleData {
    cycle: Cycle,
    rule_set_version: u32,
    grants: Vec<Grant>,
    payees: HashMap<i64, Payee>,
    payments: HashMap<i64, GrantPayments>,
}

fn xlsx_error(e: XlsxError) -> Error {
    Error::new(ErrorCode::Internal, said!("said-funding-spreadsheet-failed", error = e.to_string()))
}

/// Excel's sheet names: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(text: &str, taken: &mut Vec<String>) -> String {
    let clean: String = text.chars().map(|c| if "[]:*?/\\".contains(c) { '-' } else { c }).collect();
    let mut name: String = clean.chars().take(31).collect();
    let mut n = 2;
    while taken.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
        let suffix = format!(" ({n})");
        name = clean.chars().take(31 - suffix.chars().count()).collect::<String>() + &suffix;
        n += 1;
    }
    taken.push(name.clone());
    name
}

impl Store {
    fn finance_data(&self, cycle_ids: &[i64]) -> Result<Vec<CycleData>> {
        if cycle_ids.is_empty() {
            return Err(Error::new(ErrorCode::BadRequest, said!("said-funding-export-no-cycle")));
        }
        let mut out = Vec::new();
        for &cycle_id in cycle_ids {
            let cycle = self.cycle(cycle_id)?;
            let overview = self.grants_overview(cycle_id)?;
            let payees: HashMap<i64, Payee> = self.payees(cycle_id, true)?.into_iter().collect();
            let mut payments = HashMap::new();
            for g in overview.grants.iter().filter(|g| g.state != GrantState::Draft) {
                payments.insert(g.id, self.grant_payments(g.id)?);
            }
            out.push(CycleData { cycle, rule_set_version: overview.rule_set_version, grants: overview.grants, payees, payments });
        }
        Ok(out)
    }

    fn export_language(&self, language: Option<&str>) -> Result<String> {
        Ok(match language.map(str::trim).filter(|l| !l.is_empty()) {
            Some("fr") => "fr".into(),
            Some("en") => "en".into(),
            Some(other) => return Err(Error::new(ErrorCode::BadRequest, said!("said-funding-export-language", language = other))),
            None => self.settings()?.default_language,
        })
    }

    /// A row per instalment or recovery of the cycles' grants, as CSV in the language's
    /// conventions (see the module note).
    pub fn finance_csv(&self, cycle_ids: &[i64], language: Option<&str>) -> Result<Vec<u8>> {
        let language = self.export_language(language)?;
        let data = self.finance_data(cycle_ids)?;
        Ok(csv_bytes(&data, &language)?.0)
    }

    /// The finance workbook of the cycles (see the module note).
    pub fn finance_xlsx(&self, cycle_ids: &[i64], language: Option<&str>) -> Result<Vec<u8>> {
        let language = self.export_language(language)?;
        let data = self.finance_data(cycle_ids)?;
        Ok(xlsx_bytes(self, &data, &language).map_err(xlsx_error)?.0)
    }

    /// Write the finance export of the cycles to `path`, as CSV or XLSX by its extension, in the
    /// language given (else the one in Settings), through a temporary file renamed into place.
    pub fn export_finance_to(&self, path: &Path, cycle_ids: &[i64], language: Option<&str>) -> Result<FinanceExport> {
        let extension = path.extension().and_then(|e| e.to_str()).map(str::to_lowercase).unwrap_or_default();
        let language = self.export_language(language)?;
        let data = self.finance_data(cycle_ids)?;
        let (bytes, payments) = match extension.as_str() {
            "csv" => csv_bytes(&data, &language)?,
            "xlsx" => xlsx_bytes(self, &data, &language).map_err(xlsx_error)?,
            _ => return Err(Error::new(ErrorCode::BadRequest, said!("said-funding-export-extension", path = path.display().to_string()))),
        };
        write_atomic(path, &bytes)?;
        Ok(FinanceExport {
            path: path.display().to_string(),
            format: extension,
            language,
            cycles: data.len() as u32,
            grants: data.iter().map(|d| d.grants.len() as u32).sum(),
            payments,
        })
    }
}

/// A line's words in the export's language (its English as made, without writing it again).
fn in_language(words: &Phrase, language: &str) -> String {
    if language == SOURCE_LANGUAGE {
        words.text.clone()
    } else {
        words.in_language(language)
    }
}

/// Each payment row of a cycle, in order, with its grant.
fn payment_rows(data: &CycleData) -> impl Iterator<Item = (&Grant, &Payment, usize)> {
    data.grants.iter().filter_map(|g| data.payments.get(&g.id).map(|p| (g, p))).flat_map(|(g, p)| {
        let scheduled = p.payments.iter().filter(|x| x.percent > 0).count();
        p.payments.iter().map(move |x| (g, x, scheduled))
    })
}

fn csv_bytes(data: &[CycleData], language: &str) -> Result<(Vec<u8>, u32)> {
    let w = words(language);
    let delimiter = if language == "fr" { b';' } else { b',' };
    let mut out = SafeCsv::new(csv::WriterBuilder::new().delimiter(delimiter), b"");
    out.row(w.payment_columns)?;
    let mut count = 0;
    for d in data {
        for (g, p, scheduled) in payment_rows(d) {
            let payee = d.payees.get(&g.id);
            let field = |f: fn(&Payee) -> &String| payee.map(f).cloned().unwrap_or_default();
            let record = [
                d.cycle.title.clone(),
                d.cycle.programme_name.clone(),
                g.id.to_string(),
                g.applicant.clone(),
                g.hub_name.clone(),
                field(|p| &p.hub_city),
                g.hub_country.clone(),
                field(|p| &p.contact_name),
                field(|p| &p.contact_email),
                w.role(g.role).to_string(),
                w.state(g.state).to_string(),
                w.payment(p, scheduled),
                w.kind(p.kind).to_string(),
                if p.percent > 0 { p.percent.to_string() } else { String::new() },
                w.due(p.due).to_string(),
                p.due_on.clone().unwrap_or_default(),
                plain_amount(p.amount_cents, language),
                p.amount_cents.to_string(),
                w.status(p.status).to_string(),
                p.paid_on.clone().unwrap_or_default(),
                p.reference.clone(),
                in_language(&p.note, language),
            ];
            out.row(record)?;
            count += 1;
        }
    }
    Ok((out.bytes()?, count))
}

fn xlsx_bytes(store: &Store, data: &[CycleData], language: &str) -> std::result::Result<(Vec<u8>, u32), XlsxError> {
    let w = words(language);
    let cells = Cells::new(language);
    let mut book = Workbook::new();
    let title = match data {
        [one] => format!("{} — {}", one.cycle.title, w.instalments_sheet),
        _ => w.instalments_sheet.to_string(),
    };
    book.set_properties(&DocProperties::new().set_title(&title).set_author("Mobility Desk"));
    let mut taken = Vec::new();

    // Instalments.
    let sheet = book.add_worksheet().set_name(sheet_name(w.instalments_sheet, &mut taken))?;
    cells.header(sheet, &w.payment_columns)?;
    let mut row = 1u32;
    for d in data {
        for (g, p, scheduled) in payment_rows(d) {
            let payee = d.payees.get(&g.id);
            sheet.write_string(row, 0, &d.cycle.title)?;
            sheet.write_string(row, 1, &d.cycle.programme_name)?;
            sheet.write_number(row, 2, g.id as f64)?;
            sheet.write_string(row, 3, &g.applicant)?;
            sheet.write_string(row, 4, &g.hub_name)?;
            sheet.write_string(row, 5, payee.map(|p| p.hub_city.as_str()).unwrap_or(""))?;
            sheet.write_string(row, 6, &g.hub_country)?;
            sheet.write_string(row, 7, payee.map(|p| p.contact_name.as_str()).unwrap_or(""))?;
            sheet.write_string(row, 8, payee.map(|p| p.contact_email.as_str()).unwrap_or(""))?;
            sheet.write_string(row, 9, w.role(g.role))?;
            sheet.write_string(row, 10, w.state(g.state))?;
            sheet.write_string(row, 11, w.payment(p, scheduled))?;
            sheet.write_string(row, 12, w.kind(p.kind))?;
            if p.percent > 0 {
                sheet.write_number(row, 13, f64::from(p.percent))?;
            }
            sheet.write_string(row, 14, w.due(p.due))?;
            cells.date(sheet, row, 15, p.due_on.as_deref())?;
            cells.money(sheet, row, 16, p.amount_cents)?;
            sheet.write_number(row, 17, p.amount_cents as f64)?;
            sheet.write_string(row, 18, w.status(p.status))?;
            cells.date(sheet, row, 19, p.paid_on.as_deref())?;
            sheet.write_string(row, 20, &p.reference)?;
            sheet.write_string(row, 21, in_language(&p.note, language))?;
            row += 1;
        }
    }
    let payments = row - 1;
    sheet.autofit();

    // Grants.
    let sheet = book.add_worksheet().set_name(sheet_name(w.grants_sheet, &mut taken))?;
    cells.header(sheet, &w.grant_columns)?;
    let mut row = 1u32;
    for d in data {
        for g in &d.grants {
            let payee = d.payees.get(&g.id);
            let pays = d.payments.get(&g.id);
            sheet.write_string(row, 0, &d.cycle.title)?;
            sheet.write_string(row, 1, &d.cycle.programme_name)?;
            sheet.write_number(row, 2, g.id as f64)?;
            sheet.write_string(row, 3, &g.applicant)?;
            sheet.write_string(row, 4, &g.hub_name)?;
            sheet.write_string(row, 5, payee.map(|p| p.hub_city.as_str()).unwrap_or(""))?;
            sheet.write_string(row, 6, &g.hub_country)?;
            sheet.write_string(row, 7, payee.map(|p| p.contact_name.as_str()).unwrap_or(""))?;
            sheet.write_string(row, 8, payee.map(|p| p.contact_email.as_str()).unwrap_or(""))?;
            sheet.write_string(row, 9, w.role(g.role))?;
            sheet.write_string(row, 10, g.host_name.as_deref().unwrap_or(""))?;
            sheet.write_string(row, 11, w.state(g.state))?;
            if let Some(v) = g.rule_set_version {
                sheet.write_number(row, 12, f64::from(v))?;
            }
            sheet.write_number(row, 13, f64::from(g.revision))?;
            cells.money(sheet, row, 14, g.total_cents)?;
            cells.money(sheet, row, 15, pays.map_or(0, |p| p.paid_cents))?;
            cells.money(sheet, row, 16, pays.map_or(0, |p| p.outstanding_cents))?;
            cells.money(sheet, row, 17, pays.map_or(0, |p| p.to_recover_cents))?;
            if let Some(d) = pays.and_then(|p| p.report_received_on.as_deref()) {
                cells.date(sheet, row, 18, Some(d))?;
            }
            cells.date(sheet, row, 19, g.awarded_at.as_deref())?;
            sheet.write_string(row, 20, in_language(&g.blocked, language))?;
            row += 1;
        }
    }
    sheet.autofit();

    // Lines.
    let sheet = book.add_worksheet().set_name(sheet_name(w.lines_sheet, &mut taken))?;
    cells.header(sheet, &w.line_columns)?;
    let mut row = 1u32;
    for d in data {
        for g in &d.grants {
            let lines = store.grant_lines(g.id).unwrap_or_default();
            for l in lines {
                sheet.write_string(row, 0, &d.cycle.title)?;
                sheet.write_number(row, 1, g.id as f64)?;
                sheet.write_string(row, 2, &g.applicant)?;
                sheet.write_string(row, 3, w.state(g.state))?;
                if let Some(t) = l.traveller {
                    sheet.write_number(row, 4, f64::from(t))?;
                }
                sheet.write_string(row, 5, &l.rule)?;
                sheet.write_string(row, 6, &l.kind)?;
                sheet.write_number(row, 7, f64::from(l.rule_version))?;
                sheet.write_string(row, 8, in_language(&l.label, language))?;
                sheet.write_number(row, 9, f64::from(l.quantity))?;
                cells.money(sheet, row, 10, l.unit_cents)?;
                cells.money(sheet, row, 11, l.amount_cents)?;
                if let Some(km) = l.km {
                    sheet.write_number(row, 12, f64::from(km))?;
                }
                sheet.write_string(row, 13, l.band.as_deref().unwrap_or(""))?;
                sheet.write_string(row, 14, in_language(&l.note, language))?;
                row += 1;
            }
        }
    }
    sheet.autofit();

    // One summary per cycle.
    for d in data {
        let name = match data {
            [_] => w.summary_sheet.to_string(),
            _ => format!("{} {}", w.summary_sheet, d.cycle.title),
        };
        let sheet = book.add_worksheet().set_name(sheet_name(&name, &mut taken))?;
        summary_sheet(sheet, store, d, w, &cells)?;
    }
    let bytes = book.save_to_buffer()?;
    Ok((bytes, payments))
}

fn summary_sheet(sheet: &mut Worksheet, store: &Store, d: &CycleData, w: &Words, cells: &Cells) -> std::result::Result<(), XlsxError> {
    let budget = store.budget(d.cycle.id).ok();
    let count = |state: GrantState| d.grants.iter().filter(|g| g.state == state).count() as f64;
    let sum = |state: GrantState| d.grants.iter().filter(|g| g.state == state && g.blocked.is_empty()).map(|g| g.total_cents).sum::<i64>();
    let (mut paid, mut recovered, mut outstanding, mut due, mut overdue, mut to_recover, mut waived, mut reports) = (0, 0, 0, 0, 0, 0, 0, 0.0);
    for p in d.payments.values() {
        if p.report_received_on.is_some() {
            reports += 1.0;
        }
        for x in &p.payments {
            use crate::funding::payments::PaymentState as S;
            match (x.kind, x.state) {
                (PaymentKind::Instalment, S::Paid) => paid += x.amount_cents,
                (PaymentKind::Recovery, S::Paid) => recovered += x.amount_cents,
                (_, S::Waived) => waived += x.amount_cents,
                (PaymentKind::Instalment, S::Open) => {
                    outstanding += x.amount_cents;
                    if matches!(x.status, PaymentStatus::Due | PaymentStatus::Overdue) {
                        due += x.amount_cents;
                    }
                    if x.status == PaymentStatus::Overdue {
                        overdue += x.amount_cents;
                    }
                }
                (PaymentKind::Recovery, S::Open) => to_recover += x.amount_cents,
                _ => {}
            }
        }
    }
    enum V {
        Text(String),
        Count(f64),
        Money(i64),
        Date(String),
    }
    let envelope = d.cycle.budget_cents;
    let committed = budget.as_ref().map_or(0, |b| b.committed_cents);
    let values = [
        V::Text(d.cycle.programme_name.clone()),
        V::Text(d.cycle.title.clone()),
        V::Count(f64::from(d.cycle.year)),
        V::Text(w.phase(d.cycle.phase).to_string()),
        V::Count(f64::from(d.rule_set_version)),
        V::Money(envelope),
        V::Count(count(GrantState::Awarded)),
        V::Money(sum(GrantState::Awarded)),
        V::Count(count(GrantState::Draft)),
        V::Money(sum(GrantState::Draft)),
        V::Count(count(GrantState::Cancelled)),
        V::Money(envelope - committed),
        V::Money(paid),
        V::Money(recovered),
        V::Money(paid - recovered),
        V::Money(outstanding),
        V::Money(due),
        V::Money(overdue),
        V::Money(to_recover),
        V::Money(waived),
        V::Count(reports),
        V::Money(budget.as_ref().map_or(0, |b| b.year_envelope_cents)),
        V::Money(budget.as_ref().map_or(0, |b| b.year_committed_cents)),
        V::Date(crate::platform::dates::format_date(today())),
    ];
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 30)?;
    for (i, (label, value)) in w.summary.iter().zip(values).enumerate() {
        let row = i as u32;
        sheet.write_string_with_format(row, 0, *label, &cells.bold)?;
        match value {
            V::Text(t) => {
                sheet.write_string(row, 1, t)?;
            }
            V::Count(n) => {
                sheet.write_number(row, 1, n)?;
            }
            V::Money(c) => cells.money(sheet, row, 1, c)?,
            V::Date(t) => cells.date(sheet, row, 1, Some(&t))?,
        }
    }
    Ok(())
}
