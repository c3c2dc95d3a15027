//! The cycle report as a workbook (`rust_xlsxwriter`), for funders who want the figures: a
//! summary, the year's programmes, the countries, every journey with the factor behind its
//! estimate, and the factors with their source. Amounts are euro cells built from integer
//! cents; CO₂e is in kilograms, three decimals (exact grams).

use std::path::Path;

use rust_xlsxwriter::{DocProperties, Format, Workbook, Worksheet, XlsxError};
use serde::Serialize;
use ts_rs::TS;

use crate::intake::applications::TravelMode;
use crate::platform::files::write_atomic;
use crate::platform::error::{Error, ErrorCode, FieldError, Result};
use crate::said;
use crate::platform::countries::name_in as country_name;
use crate::documents::i18n::Words;
use crate::platform::store::Store;
use crate::documents::workbook::Cells;

use super::CycleReport;

fn xlsx_error(e: XlsxError) -> Error {
    Error::new(ErrorCode::Internal, said!("said-report-workbook-failed", error = e.to_string()))
}

/// The report's own cell formats, beside the shared money and header ones.
struct Figures {
    kg: Format,
    grams_per_km: Format,
    share: Format,
}

impl Figures {
    fn new() -> Figures {
        Figures { kg: Format::new().set_num_format("#,##0.000"), grams_per_km: Format::new().set_num_format("0.000"), share: Format::new().set_num_format("0.0%") }
    }

    /// Grams as kilograms, three decimals (exact).
    fn kg(&self, sheet: &mut Worksheet, row: u32, col: u16, grams: i64) -> std::result::Result<(), XlsxError> {
        sheet.write_number_with_format(row, col, grams as f64 / 1000.0, &self.kg)?;
        Ok(())
    }
}

/// A sheet's header row, with its first column wide enough for names.
fn header(c: &Cells, sheet: &mut Worksheet, columns: &[String]) -> std::result::Result<(), XlsxError> {
    c.header(sheet, columns)?;
    for col in 0..columns.len() as u16 {
        sheet.set_column_width(col, if col == 0 { 34 } else { 16 })?;
    }
    Ok(())
}

fn mode(w: &Words, m: TravelMode) -> String {
    w.text(if m == TravelMode::Green { "report-mode-green" } else { "report-mode-standard" })
}

pub(crate) fn workbook(r: &CycleReport, w: &Words) -> std::result::Result<Vec<u8>, XlsxError> {
    let c = Cells::new(w.language);
    let fig = Figures::new();
    let t = |id: &str| w.text(id);
    let mut book = Workbook::new();
    let title = w.get("report-title", &[("cycle", r.cycle_title.clone().into())]);
    book.set_properties(&DocProperties::new().set_title(&title).set_author("Mobility Desk"));

    // Summary: label, value.
    let sheet = book.add_worksheet().set_name(t("report-sheet-summary"))?;
    sheet.set_column_width(0, 52)?;
    sheet.set_column_width(1, 28)?;
    sheet.write_string_with_format(0, 0, &title, &c.bold)?;
    let mut row = 2u32;
    let text = |sheet: &mut Worksheet, label: &str, value: &str, row: &mut u32| -> std::result::Result<(), XlsxError> {
        sheet.write_string(*row, 0, label)?;
        sheet.write_string(*row, 1, value)?;
        *row += 1;
        Ok(())
    };
    text(sheet, &t("report-label-cycle"), &r.cycle_title, &mut row)?;
    text(sheet, &t("report-label-programme"), &r.programme, &mut row)?;
    sheet.write_string(row, 0, t("report-label-year"))?;
    sheet.write_number(row, 1, f64::from(r.year))?;
    row += 1;
    sheet.write_string(row, 0, t("report-label-grants"))?;
    sheet.write_number(row, 1, f64::from(r.grants))?;
    row += 1;
    for (label, cents) in [
        ("report-col-envelope", r.budget.envelope_cents),
        ("report-col-awarded", r.budget.awarded_cents),
        ("report-col-paid", r.budget.paid_cents),
        ("report-col-remaining", r.budget.remaining_cents),
    ] {
        sheet.write_string(row, 0, t(label))?;
        c.money(sheet, row, 1, cents)?;
        row += 1;
    }
    sheet.write_string(row, 0, t("report-label-travellers"))?;
    sheet.write_number(row, 1, f64::from(r.travellers))?;
    row += 1;
    sheet.write_string(row, 0, t("report-label-green"))?;
    sheet.write_number(row, 1, f64::from(r.green_travellers))?;
    row += 1;
    sheet.write_string(row, 0, t("report-label-green-share"))?;
    if r.travellers > 0 {
        sheet.write_number_with_format(row, 1, f64::from(r.green_travellers) / f64::from(r.travellers), &fig.share)?;
    }
    row += 1;
    sheet.write_string(row, 0, t("report-label-co2"))?;
    fig.kg(sheet, row, 1, r.footprint.co2_grams)?;
    row += 1;
    sheet.write_string(row, 0, t("report-label-all-standard"))?;
    fig.kg(sheet, row, 1, r.footprint.all_standard_grams)?;
    row += 1;
    text(sheet, &t("report-label-source"), &r.footprint.source, &mut row)?;

    // The year's programmes.
    let sheet = book.add_worksheet().set_name(t("report-sheet-programmes"))?;
    header(
        &c,
        sheet,
        &["report-col-programme", "report-col-cycles", "report-col-grants", "report-col-travellers", "report-col-envelope", "report-col-awarded"].map(t),
    )?;
    for (i, p) in r.programmes.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &p.programme)?;
        sheet.write_number(row, 1, f64::from(p.cycles))?;
        sheet.write_number(row, 2, f64::from(p.grants))?;
        sheet.write_number(row, 3, f64::from(p.travellers))?;
        c.money(sheet, row, 4, p.envelope_cents)?;
        c.money(sheet, row, 5, p.awarded_cents)?;
    }

    // Countries.
    let sheet = book.add_worksheet().set_name(t("report-sheet-countries"))?;
    header(&c, sheet, &["report-col-country", "report-col-country-code", "report-col-grants", "report-col-awarded", "report-col-sent", "report-col-received"].map(t))?;
    for (i, x) in r.countries.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, country_name(&x.country, w.language))?;
        sheet.write_string(row, 1, &x.country)?;
        sheet.write_number(row, 2, f64::from(x.grants))?;
        c.money(sheet, row, 3, x.awarded_cents)?;
        sheet.write_number(row, 4, f64::from(x.travellers_sent))?;
        sheet.write_number(row, 5, f64::from(x.travellers_received))?;
    }

    // Journeys.
    let sheet = book.add_worksheet().set_name(t("report-sheet-journeys"))?;
    let columns = [
        "report-col-grant",
        "report-col-from",
        "report-col-city",
        "report-col-country-code",
        "report-col-to",
        "report-col-city",
        "report-col-country-code",
        "report-col-travellers",
        "report-col-mode",
        "report-col-km",
        "report-col-traveller-km",
        "report-col-factor",
        "report-col-per-km",
        "report-col-co2",
    ]
    .map(t);
    header(&c, sheet, &columns)?;
    for (i, j) in r.trips.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_number(row, 0, j.grant_id as f64)?;
        sheet.write_string(row, 1, &j.from_hub)?;
        sheet.write_string(row, 2, &j.from_city)?;
        sheet.write_string(row, 3, &j.from_country)?;
        sheet.write_string(row, 4, &j.to_hub)?;
        sheet.write_string(row, 5, &j.to_city)?;
        sheet.write_string(row, 6, &j.to_country)?;
        sheet.write_number(row, 7, f64::from(j.travellers))?;
        sheet.write_string(row, 8, mode(w, j.travel_mode))?;
        if let Some(km) = j.km {
            sheet.write_number(row, 9, f64::from(km))?;
            sheet.write_number(row, 10, j.traveller_km as f64)?;
        }
        if let (Some(label), Some(mg)) = (&j.factor_label, j.mg_per_pkm) {
            sheet.write_string(row, 11, label)?;
            sheet.write_number_with_format(row, 12, mg as f64 / 1000.0, &fig.grams_per_km)?;
            fig.kg(sheet, row, 13, j.co2_grams)?;
        }
    }

    // The factors.
    let sheet = book.add_worksheet().set_name(t("report-sheet-factors"))?;
    header(&c, sheet, &["report-col-factor", "report-col-mode", "report-col-from-km", "report-col-to-km", "report-col-per-km"].map(t))?;
    for (i, f) in r.factors.factors.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &f.label)?;
        sheet.write_string(row, 1, mode(w, f.travel_mode))?;
        sheet.write_number(row, 2, f64::from(f.from_km))?;
        if let Some(to) = f.to_km {
            sheet.write_number(row, 3, f64::from(to))?;
        }
        sheet.write_number_with_format(row, 4, f.mg_per_pkm as f64 / 1000.0, &fig.grams_per_km)?;
    }
    let last = r.factors.factors.len() as u32 + 2;
    sheet.write_string_with_format(last, 0, t("report-label-source"), &c.bold)?;
    sheet.write_string(last + 1, 0, &r.footprint.source)?;

    book.save_to_buffer()
}

/// What writing the report produced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportFiles {
    pub pdf: Option<String>,
    pub xlsx: Option<String>,
    pub language: String,
}

impl Store {
    fn report_words(&self, language: Option<&str>) -> Result<Words> {
        let settings = self.settings()?;
        let language = language.map(str::trim).filter(|l| !l.is_empty()).map_or_else(|| settings.default_language.clone(), str::to_lowercase);
        Words::of(&language).ok_or_else(|| Error::validation(vec![FieldError::new("language", said!("said-report-language-unknown", language = &language))]))
    }

    /// The cycle report as a workbook, in `language` (default: Settings').
    pub fn cycle_report_xlsx(&self, cycle_id: i64, language: Option<&str>) -> Result<Vec<u8>> {
        let w = self.report_words(language)?;
        let report = self.cycle_report(cycle_id)?;
        workbook(&report, &w).map_err(xlsx_error)
    }

    /// Write the report as PDF and/or XLSX, each to a temporary name renamed into place.
    /// Both are built before either is written, so a failure leaves neither half-done.
    pub fn write_cycle_report(&self, cycle_id: i64, pdf: Option<&Path>, xlsx: Option<&Path>, language: Option<&str>) -> Result<ReportFiles> {
        if pdf.is_none() && xlsx.is_none() {
            return Err(Error::new(ErrorCode::BadRequest, said!("said-report-no-destination")));
        }
        let check = |path: &Path, ext: &str| -> Result<()> {
            let actual = path.extension().and_then(|e| e.to_str()).map(str::to_lowercase).unwrap_or_default();
            if actual == ext {
                Ok(())
            } else {
                Err(Error::new(ErrorCode::BadRequest, said!("said-report-wrong-extension", format = ext.to_uppercase(), ext = ext, path = path.display().to_string())))
            }
        };
        let w = self.report_words(language)?;
        let pdf_bytes = match pdf {
            Some(path) => {
                check(path, "pdf")?;
                Some(self.cycle_report_pdf(cycle_id, Some(w.language))?)
            }
            None => None,
        };
        let xlsx_bytes = match xlsx {
            Some(path) => {
                check(path, "xlsx")?;
                Some(self.cycle_report_xlsx(cycle_id, Some(w.language))?)
            }
            None => None,
        };
        if let (Some(path), Some(bytes)) = (pdf, &pdf_bytes) {
            write_atomic(path, bytes)?;
        }
        if let (Some(path), Some(bytes)) = (xlsx, &xlsx_bytes) {
            write_atomic(path, bytes)?;
        }
        Ok(ReportFiles { pdf: pdf.map(|p| p.display().to_string()), xlsx: xlsx.map(|p| p.display().to_string()), language: w.language.to_string() })
    }
}
