//! What every workbook the app writes shares (`rust_xlsxwriter`): money as euro number cells
//! in the language's format, dates as date cells, a bold shaded header row frozen in place.

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Worksheet, XlsxError};

pub(crate) fn excel_date(text: &str) -> Option<ExcelDateTime> {
    let mut parts = text.splitn(3, '-').map(|p| p.parse::<u16>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    ExcelDateTime::from_ymd(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
}

/// Cells written in one place so every sheet formats money and dates alike.
pub(crate) struct Cells {
    pub money: Format,
    pub date: Format,
    pub header: Format,
    pub bold: Format,
}

impl Cells {
    pub fn new(language: &str) -> Cells {
        let money = if language == "fr" { "#,##0.00 \"€\"" } else { "\"€\"#,##0.00" };
        Cells {
            money: Format::new().set_num_format(money),
            date: Format::new().set_num_format("yyyy-mm-dd").set_align(FormatAlign::Left),
            header: Format::new().set_bold().set_background_color("#E8EEF4").set_text_wrap(),
            bold: Format::new().set_bold(),
        }
    }

    /// The header row, frozen.
    pub fn header(&self, sheet: &mut Worksheet, columns: &[impl AsRef<str>]) -> Result<(), XlsxError> {
        for (col, title) in columns.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, title.as_ref(), &self.header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }

    /// Euros as a number cell (cents / 100: exact to the cent at any grant's size).
    pub fn money(&self, sheet: &mut Worksheet, row: u32, col: u16, cents: i64) -> Result<(), XlsxError> {
        sheet.write_number_with_format(row, col, cents as f64 / 100.0, &self.money)?;
        Ok(())
    }

    pub fn date(&self, sheet: &mut Worksheet, row: u32, col: u16, date: Option<&str>) -> Result<(), XlsxError> {
        match date.and_then(|d| excel_date(d.get(..10).unwrap_or(d))) {
            Some(d) => sheet.write_datetime_with_format(row, col, &d, &self.date)?,
            None => sheet.write_string(row, col, date.unwrap_or(""))?,
        };
        Ok(())
    }
}
