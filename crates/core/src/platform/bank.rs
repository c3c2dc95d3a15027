//! Bank details: an account's IBAN and BIC, read as people type them and checked before they
//! are kept, and the SEPA area a credit transfer can reach (issue 21).
//!
//! An IBAN is checked by the `iban_validate` crate (its checksum, and the length and shape of
//! its national part for its country, from SWIFT's IBAN registry); it is kept in its
//! electronic form (capitals, no spaces) and shown in groups of four. A BIC is checked for its
//! shape (ISO 9362: four letters for the bank, the country's two, two letters or digits for
//! the place, three more for a branch or none) and a country this program knows.

use std::str::FromStr;

use iban::{Iban, IbanLike, ParseBaseIbanError, ParseIbanError};

use crate::platform::said::Said;
use crate::said;

/// An IBAN as typed, once checked: its electronic form ("BE68539007547034").
pub fn parse_iban(typed: &str) -> Result<String, Said> {
    let compact: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_ascii_uppercase();
    if compact.is_empty() {
        return Err(said!("said-registry-iban-missing"));
    }
    match Iban::from_str(&compact) {
        Ok(iban) => Ok(iban.electronic_str().to_string()),
        Err(ParseIbanError::InvalidBaseIban { source: ParseBaseIbanError::InvalidChecksum }) => Err(said!("said-registry-iban-checksum", iban = grouped(&compact))),
        Err(ParseIbanError::InvalidBaseIban { source: ParseBaseIbanError::InvalidFormat }) => Err(said!("said-registry-iban-shape", iban = grouped(&compact))),
        Err(ParseIbanError::InvalidBban(_)) => Err(said!("said-registry-iban-national", iban = grouped(&compact), country = compact[..2].to_string())),
        Err(ParseIbanError::UnknownCountry(_)) => Err(said!("said-registry-iban-country", country = compact[..2].to_string())),
    }
}

/// A BIC as typed, once checked: capitals, no spaces ("GEBABEBB", "GEBABEBB036").
pub fn parse_bic(typed: &str) -> Result<String, Said> {
    let bic: String = typed.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if bic.is_empty() {
        return Err(said!("said-registry-bic-missing"));
    }
    let b = bic.as_bytes();
    let shape = (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..].iter().all(u8::is_ascii_alphanumeric)
        // A second character "0" of the place marks a test BIC, never one to pay to.
        && b[7] != b'0';
    if !shape {
        return Err(said!("said-registry-bic-shape", bic = bic));
    }
    if crate::platform::countries::get(&bic[4..6]).is_none() {
        return Err(said!("said-registry-bic-country", bic = bic.clone(), country = bic[4..6].to_string()));
    }
    Ok(bic)
}

/// An IBAN in groups of four, as printed ("BE68 5390 0754 7034").
pub fn grouped(iban: &str) -> String {
    let chars: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// An IBAN shown to whoever has not asked to see it: its country, check digits and last four
/// characters, in the same groups as printed ("BE68 •••• •••• 7034").
pub fn masked(iban: &str) -> String {
    let chars: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).collect();
    let n = chars.len();
    if n < 9 {
        return "•".repeat(n);
    }
    let hidden: String = chars.iter().enumerate().map(|(i, c)| if i < 4 || i >= n - 4 { *c } else { '•' }).collect();
    grouped(&hidden)
}

/// Whether an account in this country (an IBAN's first two letters) can be paid by a SEPA
/// credit transfer: the countries of the European Payments Council's list of the SEPA
/// schemes' geographical scope (the EU's 27, the EEA's 3, and Andorra, Monaco, San Marino,
/// Switzerland, the United Kingdom, the Vatican, then Albania, Moldova, Montenegro and North
/// Macedonia, which joined in 2024 and 2025), with the French and Portuguese overseas
/// regions, Gibraltar, Jersey, Guernsey and the Isle of Man, whose IBANs carry their own
/// codes or the country's.
pub fn in_sepa(country: &str) -> bool {
    SEPA.contains(&country)
}

/// Whether an account in this country is in the European Economic Area (the EU's 27 with their
/// outermost regions, Iceland, Liechtenstein and Norway), where a SEPA transfer needs no BIC.
pub fn in_eea(country: &str) -> bool {
    SEPA[..30].contains(&country) || ["AX", "GF", "GP", "MQ", "YT", "RE", "BL", "MF", "PM"].contains(&country)
}

const SEPA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI",
    "ES", "SE", // the EU
    "IS", "LI", "NO", // the EEA
    "AD", "MC", "SM", "CH", "GB", "VA", // the other early members
    "AL", "MD", "ME", "MK", // joined in 2024 and 2025
    "GI", "JE", "GG", "IM", "AX", "GF", "GP", "MQ", "YT", "RE", "BL", "MF", "PM", // territories with codes of their own
];

#[cfg(test)]
mod tests {
    use super::*;

    fn id(said: Said) -> String {
        said.id
    }

    #[test]
    fn valid_ibans_of_several_countries_are_kept_in_their_electronic_form() {
        for (typed, kept) in [
            ("BE68 5390 0754 7034", "BE68539007547034"),
            ("fr14 2004 1010 0505 0001 3m02 606", "FR1420041010050500013M02606"),
            ("DE89370400440532013000", "DE89370400440532013000"),
            ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"),
            ("GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819"),
            ("CH93 0076 2011 6238 5295 7", "CH9300762011623852957"),
            ("BG80 BNBG 9661 1020 3456 78", "BG80BNBG96611020345678"),
            ("TR33 0006 1005 1978 6457 8413 26", "TR330006100519786457841326"),
            ("  pl61-1090-1014-0000-0712-1981-2874 ", "PL61109010140000071219812874"),
        ] {
            assert_eq!(parse_iban(typed), Ok(kept.to_string()), "{typed}");
        }
    }

    #[test]
    fn wrong_ibans_say_what_is_wrong() {
        // One digit changed: the checksum fails.
        assert_eq!(id(parse_iban("BE68 5390 0754 7035").unwrap_err()), "said-registry-iban-checksum");
        // A digit missing: too short for Germany.
        let short = parse_iban("DE89 3704 0044 0532 0130 0").unwrap_err();
        assert!(["said-registry-iban-checksum", "said-registry-iban-national"].contains(&short.id.as_str()), "{}", short.english());
        // Right checksum, wrong format for its country (the example in iban_validate's own
        // documentation: Albania's national part has letters where digits belong).
        assert_eq!(id(parse_iban("AL84212110090000AB023569874").unwrap_err()), "said-registry-iban-national");
        assert_eq!(id(parse_iban("12345678901234").unwrap_err()), "said-registry-iban-shape");
        assert_eq!(id(parse_iban("   ").unwrap_err()), "said-registry-iban-missing");
        // The words name the IBAN as typed, in groups.
        assert!(parse_iban("BE68 5390 0754 7035").unwrap_err().english().contains("BE68 5390 0754 7035"));
    }

    #[test]
    fn bics_are_checked_for_their_shape_and_country() {
        assert_eq!(parse_bic("gebabebb"), Ok("GEBABEBB".into()));
        assert_eq!(parse_bic("DEUT DE FF 500"), Ok("DEUTDEFF500".into()));
        assert_eq!(parse_bic("BNPAFRPPXXX"), Ok("BNPAFRPPXXX".into()));
        assert_eq!(id(parse_bic("GEBABEB").unwrap_err()), "said-registry-bic-shape");
        assert_eq!(id(parse_bic("GEBABEBB03").unwrap_err()), "said-registry-bic-shape");
        assert_eq!(id(parse_bic("1EBABEBB").unwrap_err()), "said-registry-bic-shape");
        assert_eq!(id(parse_bic("GEBABE00").unwrap_err()), "said-registry-bic-shape");
        assert_eq!(id(parse_bic("GEBAQQBB").unwrap_err()), "said-registry-bic-country");
        assert_eq!(id(parse_bic("").unwrap_err()), "said-registry-bic-missing");
    }

    #[test]
    fn an_iban_is_shown_masked_or_in_groups() {
        assert_eq!(grouped("BE68539007547034"), "BE68 5390 0754 7034");
        assert_eq!(masked("BE68539007547034"), "BE68 •••• •••• 7034");
        assert_eq!(masked("FR1420041010050500013M02606"), "FR14 •••• •••• •••• •••• •••2 606");
        assert!(!masked("DE89370400440532013000").contains("3704"));
    }

    #[test]
    fn sepa_reaches_europe_but_not_every_iban_country() {
        for country in ["BE", "FR", "DE", "CH", "GB", "NO", "MC", "AL", "MK"] {
            assert!(in_sepa(country), "{country}");
        }
        for country in ["TR", "GE", "UA", "RS", "AZ", "QQ"] {
            assert!(!in_sepa(country), "{country}");
        }
        // Real IBANs of SEPA's countries pass both checks.
        for iban in ["AT611904300234573201", "ES9121000418450200051332", "IT60X0542811101000000123456", "NO9386011117947", "MC5811222000010123456789030", "SM86U0322509800000000270100", "AL47212110090000000235698741", "MD24AG000225100013104168", "ME25505000012345678951", "MK07250120000058984"] {
            let kept = parse_iban(iban).unwrap_or_else(|e| panic!("{iban}: {}", e.english()));
            assert!(in_sepa(&kept[..2]), "{iban}");
        }
    }
}
