//! Document machinery shared by every printed or exported piece: the typesetter (PDF), the
//! words in each language (Fluent) and the spreadsheet writer. No domain rules here.

pub mod i18n;
pub mod typeset;
pub mod workbook;
