//! The SEPA credit-transfer file itself: ISO 20022 `pain.001.001.09` (the version banks use
//! since the 2023 rulebooks) or `pain.001.001.03` (for banks still on the 2009 one), one
//! payment information block for the batch and one transfer per instalment, as the EPC's
//! implementation guidelines shape them: service level SEPA, charges shared (SLEV), amounts in
//! euros to the cent, text in the Latin characters every SEPA bank accepts.

use std::io::Write;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::SepaFormat;

/// The characters every SEPA bank must accept in names and references (the EPC's basic Latin
/// set); others are written in Latin letters (deunicode) or left out.
fn allowed(c: char) -> bool {
    c.is_ascii_alphanumeric() || " /-?:().,'+".contains(c)
}

/// Text as a SEPA file may carry it: in Latin letters, only the allowed characters, spaces
/// collapsed, at most `most` characters.
pub(crate) fn sepa_text(text: &str, most: usize) -> String {
    let latin = deunicode::deunicode(text).replace('&', "+");
    let kept: String = latin.chars().map(|c| if allowed(c) { c } else { ' ' }).collect();
    let words: Vec<&str> = kept.split_whitespace().collect();
    let mut out = words.join(" ");
    if out.chars().count() > most {
        out = out.chars().take(most).collect::<String>().trim_end().to_string();
    }
    out
}

/// An identifier (the message's, a transfer's): allowed characters, no `/` at either end nor
/// two in a row, at most 35.
pub(crate) fn sepa_id(text: &str) -> String {
    let mut id: String = sepa_text(text, 35).replace(' ', "-");
    while id.contains("//") {
        id = id.replace("//", "/");
    }
    id.trim_matches('/').to_string()
}

/// Cents as the file writes an amount: `1234.50`.
pub(crate) fn amount(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// An account in the file: the holder's name, the IBAN (electronic form) and the BIC ('' when
/// not given).
pub(crate) struct Party<'a> {
    pub name: &'a str,
    pub iban: &'a str,
    pub bic: &'a str,
}

/// One transfer of the file.
pub(crate) struct Transfer<'a> {
    pub end_to_end: &'a str,
    pub cents: i64,
    pub creditor: Party<'a>,
    pub remittance: &'a str,
}

/// The whole file.
pub(crate) struct File<'a> {
    pub format: SepaFormat,
    pub message_id: &'a str,
    /// ISO date-time of its making, to the second, local to nobody (`2026-12-06T17:45:00`).
    pub created: &'a str,
    pub execution_date: &'a str,
    pub initiator: &'a str,
    pub debtor: Party<'a>,
    pub transfers: &'a [Transfer<'a>],
}

type W = Writer<Vec<u8>>;

fn text(w: &mut W, name: &str, value: &str) -> std::io::Result<()> {
    w.create_element(name).write_text_content(BytesText::new(value)).map(|_| ())
}

/// `<FinInstnId>` of an agent: its BIC, or NOTPROVIDED (an account of the EEA needs none).
fn agent(w: &mut W, format: SepaFormat, bic: &str) -> std::io::Result<()> {
    w.create_element("FinInstnId").write_inner_content(|w| {
        if bic.is_empty() {
            w.create_element("Othr").write_inner_content(|w| text(w, "Id", "NOTPROVIDED"))?;
        } else {
            text(w, if format == SepaFormat::Pain00100109 { "BICFI" } else { "BIC" }, bic)?;
        }
        Ok(())
    })?;
    Ok(())
}

fn account(w: &mut W, element: &str, iban: &str) -> std::io::Result<()> {
    w.create_element(element).write_inner_content(|w| {
        w.create_element("Id").write_inner_content(|w| text(w, "IBAN", iban))?;
        Ok(())
    })?;
    Ok(())
}

fn named(w: &mut W, element: &str, name: &str) -> std::io::Result<()> {
    w.create_element(element).write_inner_content(|w| text(w, "Nm", &sepa_text(name, 70)))?;
    Ok(())
}

/// The file's bytes (UTF-8 XML).
pub(crate) fn write(file: &File) -> std::io::Result<Vec<u8>> {
    let f = file.format;
    let count = file.transfers.len().to_string();
    let total = amount(file.transfers.iter().map(|t| t.cents).sum());
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let namespace = format!("urn:iso:std:iso:20022:tech:xsd:{}", f.as_str());
    w.create_element("Document")
        .with_attribute(("xmlns", namespace.as_str()))
        .with_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"))
        .write_inner_content(|w| {
            w.create_element("CstmrCdtTrfInitn").write_inner_content(|w| {
                w.create_element("GrpHdr").write_inner_content(|w| {
                    text(w, "MsgId", file.message_id)?;
                    text(w, "CreDtTm", file.created)?;
                    text(w, "NbOfTxs", &count)?;
                    text(w, "CtrlSum", &total)?;
                    named(w, "InitgPty", file.initiator)
                })?;
                w.create_element("PmtInf").write_inner_content(|w| {
                    text(w, "PmtInfId", file.message_id)?;
                    text(w, "PmtMtd", "TRF")?;
                    text(w, "BtchBookg", "false")?;
                    text(w, "NbOfTxs", &count)?;
                    text(w, "CtrlSum", &total)?;
                    w.create_element("PmtTpInf").write_inner_content(|w| {
                        w.create_element("SvcLvl").write_inner_content(|w| text(w, "Cd", "SEPA"))?;
                        Ok(())
                    })?;
                    if f == SepaFormat::Pain00100109 {
                        w.create_element("ReqdExctnDt").write_inner_content(|w| text(w, "Dt", file.execution_date))?;
                    } else {
                        text(w, "ReqdExctnDt", file.execution_date)?;
                    }
                    named(w, "Dbtr", file.debtor.name)?;
                    account(w, "DbtrAcct", file.debtor.iban)?;
                    w.create_element("DbtrAgt").write_inner_content(|w| agent(w, f, file.debtor.bic))?;
                    text(w, "ChrgBr", "SLEV")?;
                    for t in file.transfers {
                        w.create_element("CdtTrfTxInf").write_inner_content(|w| {
                            w.create_element("PmtId").write_inner_content(|w| text(w, "EndToEndId", t.end_to_end))?;
                            w.create_element("Amt").write_inner_content(|w| {
                                w.create_element("InstdAmt").with_attribute(("Ccy", "EUR")).write_text_content(BytesText::new(&amount(t.cents)))?;
                                Ok(())
                            })?;
                            if !t.creditor.bic.is_empty() {
                                w.create_element("CdtrAgt").write_inner_content(|w| agent(w, f, t.creditor.bic))?;
                            }
                            named(w, "Cdtr", t.creditor.name)?;
                            account(w, "CdtrAcct", t.creditor.iban)?;
                            w.create_element("RmtInf").write_inner_content(|w| text(w, "Ustrd", &sepa_text(t.remittance, 140)))?;
                            Ok(())
                        })?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
            Ok(())
        })?;
    let mut bytes = w.into_inner();
    bytes.write_all(b"\n")?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_written_in_the_characters_sepa_accepts() {
        assert_eq!(sepa_text("Φάμπρικα Ξυλουργείου", 70), "Phamprika Ksulourgeiou");
        assert_eq!(sepa_text("Łódzka Przędzalnia & Co. \"Nord\"", 70), "Lodzka Przedzalnia + Co. Nord");
        assert_eq!(sepa_text("Ателие; Пловдив", 70), "Atelie Plovdiv");
        assert_eq!(sepa_text(&"x".repeat(200), 140).len(), 140);
        assert_eq!(sepa_id("/MD//B 2026/"), "MD/B-2026");
        assert_eq!(amount(123_450), "1234.50");
        assert_eq!(amount(5), "0.05");
    }
}
