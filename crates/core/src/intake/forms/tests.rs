//! Unit tests of the cells forms write and of the guessed mapping.

use super::*;
use super::cells::{parse_day, parse_format, parse_mode, parse_role, parse_time};
use super::fields::guess;
use crate::intake::applications::{Role, StaffFormat, TravelMode};
use crate::cycle::programmes::Shape;

#[test]
fn dates_and_times_as_forms_write_them() {
    let dm = Some(DateOrder::DayMonth);
    let md = Some(DateOrder::MonthDay);
    assert_eq!(parse_day("2027-05-03", None).unwrap().as_deref(), Some("2027-05-03"));
    assert_eq!(parse_day("3/5/2027", dm).unwrap().as_deref(), Some("2027-05-03"));
    assert_eq!(parse_day("3/5/2027", md).unwrap().as_deref(), Some("2027-03-05"));
    assert_eq!(parse_day("03.05.2027", None).unwrap().as_deref(), Some("2027-05-03"), "dots are day first");
    assert_eq!(parse_day("14/01/2027", None).unwrap().as_deref(), Some("2027-01-14"), "a day over 12 settles it");
    assert_eq!(parse_day("1/14/27", None).unwrap().as_deref(), Some("2027-01-14"));
    assert_eq!(parse_day("5/5/2027", None).unwrap().as_deref(), Some("2027-05-05"), "the same either way");
    assert_eq!(
        parse_day("05/04/2027", None).unwrap_err(),
        "'05/04/2027' could be 5 April 2027 or 4 May 2027: choose the order of this file's dates (day/month or month/day)"
    );
    assert_eq!(parse_day("1/14/27", dm).unwrap_err(), "'1/14/27' is not a date read day/month (the order of this file's dates)");
    assert!(parse_day("31/02/2027", dm).is_err());
    assert!(parse_day("May 3", None).is_err());
    assert_eq!(parse_time("2027-01-14 09:30", None).unwrap().as_deref(), Some("2027-01-14T09:30:00Z"));
    assert_eq!(parse_time("14/01/2027 09:30:15", None).unwrap().as_deref(), Some("2027-01-14T09:30:15Z"));
    assert_eq!(parse_time("2027-01-14T10:30:00+01:00", None).unwrap().as_deref(), Some("2027-01-14T09:30:00Z"));
    assert_eq!(parse_time("1/14/27 9:30:12 AM", None).unwrap().as_deref(), Some("2027-01-14T09:30:12Z"));
    assert_eq!(parse_time("1/14/27 12:05 AM", None).unwrap().as_deref(), Some("2027-01-14T00:05:00Z"));
    assert_eq!(parse_time("1/14/27 1:30:00 PM", None).unwrap().as_deref(), Some("2027-01-14T13:30:00Z"));
    assert!(parse_time("1/4/27 9:30", None).unwrap_err().contains("could be 1 April 2027 or 4 January 2027"));
    assert!(parse_time("1/14/27 13:30 PM", None).is_err());
    assert!(parse_time("yesterday", None).is_err());
}

#[test]
fn words_forms_use() {
    assert_eq!(parse_role("Visiting hub").unwrap(), Role::Visiting);
    assert_eq!(parse_role("HOST").unwrap(), Role::Hosting);
    assert!(parse_role("both").is_err());
    assert_eq!(parse_mode("Train / bus").unwrap(), TravelMode::Green);
    assert_eq!(parse_mode("").unwrap(), TravelMode::Standard);
    assert!(parse_mode("teleport").is_err());
    assert_eq!(parse_format("Job shadowing").unwrap(), Some(StaffFormat::JobShadowing));
}

#[test]
fn guessing_takes_each_column_once() {
    let headers: Vec<String> = ["Response ID", "Timestamp", "Organisation", "Applying as", "Manager", "E-mail address", "Role in the hub"].map(String::from).to_vec();
    let m = guess(Shape::P2p, &headers, &ColumnMapping::new());
    assert_eq!(m.get("hub").map(String::as_str), Some("Organisation"));
    assert_eq!(m.get("role").map(String::as_str), Some("Applying as"));
    assert_eq!(m.get("person_email").map(String::as_str), Some("E-mail address"));
    assert_eq!(m.get("submitted_at").map(String::as_str), Some("Timestamp"));
    let staff = guess(Shape::StaffExchange, &headers, &ColumnMapping::new());
    assert_eq!(staff.get("person_role").map(String::as_str), Some("Role in the hub"));
}
