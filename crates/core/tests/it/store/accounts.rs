//! Bank details (issue 21): a hub's account checked at its fields, shown masked unless asked,
//! versioned like the forms' records, in the hub's History, and carried by the hubs' CSV.

use mobility_desk_core::registry::accounts::{AccountInput, AccountOwner};
use mobility_desk_core::team::{Person, RecordKind};
use mobility_desk_core::{ErrorCode, Store};

use super::input;

fn account(holder: &str, iban: &str, bic: &str) -> AccountInput {
    AccountInput { holder: holder.into(), iban: iban.into(), bic: bic.into(), expected_version: None }
}

#[test]
fn a_hub_s_account_is_checked_kept_masked_and_shown_when_asked() {
    let mut store = Store::open_in_memory().unwrap();
    let hub = store.create_hub(&input()).unwrap();
    let owner = AccountOwner::hub(hub.id);
    let none = store.bank_account(owner, true).unwrap();
    assert_eq!((none.given, none.version, none.iban.as_deref()), (false, 0, None));

    // Each wrong detail is named at its field, and nothing is kept.
    let err = store.save_bank_account(owner, &account("", "AT61 1904 3002 3457 3202", "BKAUATWW0")).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["holder", "iban", "bic"]);
    assert!(err.fields[1].message.contains("check digits"), "{}", err.fields[1].message);
    assert!(!store.bank_account(owner, false).unwrap().given);

    let saved = store.save_bank_account(owner, &account("Kulturfabrik Süd", "at61 1904 3002 3457 3201", "bkauatww")).unwrap();
    assert_eq!((saved.given, saved.holder.as_str(), saved.bic.as_str(), saved.country.as_str()), (true, "Kulturfabrik Süd", "BKAUATWW", "AT"));
    assert_eq!(saved.iban_masked, "AT61 •••• •••• •••• 3201");
    assert_eq!(saved.iban, None, "masked unless asked");
    assert!(saved.in_sepa && !saved.needs_bic);
    let shown = store.bank_account(owner, true).unwrap();
    assert_eq!(shown.iban.as_deref(), Some("AT61 1904 3002 3457 3201"));
    // Nothing of it in the hub itself, nor in the hubs' list.
    let listed = serde_json::to_string(&store.list_hubs(&Default::default()).unwrap()).unwrap();
    assert!(!listed.contains("3457") && !serde_json::to_string(&store.hub(hub.id).unwrap()).unwrap().contains("3457"));

    // Kept across a restart of the data file.
    let dir = tempfile::tempdir().unwrap();
    {
        let mut on_disk = Store::open_dir(dir.path()).unwrap();
        let h = on_disk.create_hub(&input()).unwrap();
        on_disk.save_bank_account(AccountOwner::hub(h.id), &account("KFS", "CH93 0076 2011 6238 5295 7", "")).unwrap();
    }
    let again = Store::open_dir(dir.path()).unwrap();
    let h = again.hub_by_key("kulturfabrik-sud-at").unwrap();
    let kept = again.bank_account(AccountOwner::hub(h.id), false).unwrap();
    // A Swiss account is reached by SEPA, with its BIC.
    assert_eq!((kept.holder.as_str(), kept.in_sepa, kept.needs_bic), ("KFS", true, true));

    // Cleared: nothing shown, the History keeps the row's changes.
    let cleared = store.clear_bank_account(owner, Some(saved.version)).unwrap();
    assert!(!cleared.given && cleared.iban_masked.is_empty());
    assert!(matches!(store.bank_account(AccountOwner::hub(999_999), false), Err(e) if e.code == ErrorCode::NotFound));
}

#[test]
fn a_stale_account_form_is_refused_with_the_iban_masked() {
    let mut store = Store::open_in_memory().unwrap();
    let hub = store.create_hub(&input()).unwrap();
    let owner = AccountOwner::hub(hub.id);
    let first = store.save_bank_account(owner, &account("KFS", "DE89 3704 0044 0532 0130 00", "")).unwrap();
    // Another window changes the IBAN.
    let mut theirs = account("KFS", "DE75 5121 0800 1245 1261 99", "");
    theirs.expected_version = Some(first.version);
    store.save_bank_account(owner, &theirs).unwrap();
    // A form read before saves: refused, naming the IBAN masked.
    let mut mine = account("KFS Graz", "DE89 3704 0044 0532 0130 00", "");
    mine.expected_version = Some(first.version);
    let err = store.save_bank_account(owner, &mine).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(err.message.contains("The bank details of Kulturfabrik Süd") && err.message.contains("(IBAN)"), "{}", err.message);
    assert!(err.fields[0].message.contains("DE75 •••• •••• •••• ••61 99") && !err.fields[0].message.contains("1245"), "{:?}", err.fields);
    // A form that read no account at all is refused too once one was given.
    let mut blind = account("KFS", "DE89 3704 0044 0532 0130 00", "");
    blind.expected_version = Some(0);
    assert_eq!(store.save_bank_account(owner, &blind).unwrap_err().code, ErrorCode::Conflict);
}

#[test]
fn the_hub_s_history_shows_its_bank_details_masked() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_person(&Person { name: "Marta Kowalska".into(), initials: String::new(), email: String::new() }).unwrap();
    let hub = store.create_hub(&input()).unwrap();
    store.seal().unwrap();
    store.save_bank_account(AccountOwner::hub(hub.id), &account("KFS", "AT611904300234573201", "")).unwrap();
    store.seal().unwrap();
    let history = store.record_history(RecordKind::Hub, hub.id).unwrap();
    let change = history.iter().find(|h| h.what == "Bank details created").unwrap_or_else(|| panic!("{history:#?}"));
    assert_eq!(change.person, "Marta Kowalska");
    let iban = change.fields.iter().find(|f| f.field == "iban").expect("the IBAN");
    assert_eq!(iban.new, "AT61 •••• •••• •••• 3201");
    assert!(!format!("{history:?}").contains("3002"));
}

#[test]
fn bank_details_round_trip_through_the_hubs_csv_and_a_wrong_iban_refuses_the_file() {
    let mut store = Store::open_in_memory().unwrap();
    store.load_demo().unwrap();
    let exported = store.export_hubs_csv().unwrap();
    let text = String::from_utf8(exported.clone()).unwrap();
    assert!(text.lines().next().unwrap().ends_with(",account_holder,iban,bic"));
    let athens = store.hub_by_key("kypseli-athens").unwrap();
    let full = store.bank_account(AccountOwner::hub(athens.id), true).unwrap().iban.unwrap().replace(' ', "");
    assert!(text.contains(&full), "the export carries the IBAN in full");

    let mut other = Store::open_in_memory().unwrap();
    other.import_hubs(&exported, None).unwrap();
    assert_eq!(other.export_hubs_csv().unwrap(), exported, "byte for byte");
    let there = other.hub_by_key("kypseli-athens").unwrap();
    assert_eq!(other.bank_account(AccountOwner::hub(there.id), true).unwrap().iban.unwrap().replace(' ', ""), full);

    // Empty bank cells leave an account as it is; a changed IBAN is an update.
    let text = text.trim_start_matches('\u{feff}');
    let line = text.lines().find(|l| l.starts_with("kypseli-athens,")).unwrap();
    let blank = format!("{}\n{},,,\n", text.lines().next().unwrap(), line.rsplitn(4, ',').last().unwrap());
    let p = other.preview_hub_import(blank.as_bytes()).unwrap();
    assert_eq!((p.updates, p.unchanged), (0, 1), "{p:?}");
    let header = "key,name,city,country,maturity,membership,account_holder,iban,bic";
    let changed = format!("{header}\nkypseli-athens,Εργαστήρι Κυψέλη,Athens,GR,emerging,regular,Kypseli,GR16 0110 1250 0000 0001 2300 695,\n");
    other.import_hubs(changed.as_bytes(), None).unwrap();
    let now = other.bank_account(AccountOwner::hub(there.id), true).unwrap();
    assert_eq!((now.holder.as_str(), now.iban.as_deref(), now.bic.as_str()), ("Kypseli", Some("GR16 0110 1250 0000 0001 2300 695"), ""));

    // A wrong IBAN or BIC is named at its cell and nothing is imported.
    let bad = format!("{header}\nnew-hub,New Hub,Tartu,EE,emerging,regular,New Hub,EE38 2200 2210 2014 5686,\nkypseli-athens,Εργαστήρι Κυψέλη,Athens,GR,emerging,regular,Kypseli,GR16 0110 1250 0000 0001 2300 695,GRX\n");
    let p = other.preview_hub_import(bad.as_bytes()).unwrap();
    assert_eq!(p.errors.iter().map(|e| (e.row, e.column.as_str())).collect::<Vec<_>>(), [(2, "iban"), (3, "bic")]);
    assert_eq!(other.import_hubs(bad.as_bytes(), None).unwrap_err().code, ErrorCode::Csv);
    assert!(other.hub_by_key("new-hub").is_err());
}
