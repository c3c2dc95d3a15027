//! Stale saves: a form read before another change is refused with what changed, and can save
//! over it on purpose (hubs, settings, cycles, applications, programmes).

use mobility_desk_core::registry::hubs::HubInput;
use mobility_desk_core::registry::settings::SettingsInput;
use mobility_desk_core::{ErrorCode, Store};

use super::input;

#[test]
fn a_stale_hub_save_is_refused_with_what_changed_and_can_overwrite_on_purpose() {
    let mut store = Store::open_in_memory().unwrap();
    let hub = store.create_hub(&input()).unwrap();
    assert_eq!(hub.version, 1);
    // The window reads the hub; meanwhile the command line changes its notes.
    let form_read = HubInput::from(&hub);
    let mut other = HubInput::from(&hub);
    other.notes = "Visited in May; new director.".into();
    let theirs = store.update_hub(hub.id, &other).unwrap();
    assert_eq!(theirs.version, 2);

    // The window saves its stale form with a new website: refused, the notes kept.
    let mut mine = form_read.clone();
    mine.website = "https://new.kfs.example/".into();
    let err = store.update_hub(hub.id, &mine).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert_eq!(err.version_now, Some(2));
    assert!(err.message.contains("after you opened the form (notes)"), "{}", err.message);
    assert_eq!(err.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["notes"]);
    assert!(err.fields[0].message.contains("Visited in May"), "{:?}", err.fields);
    let stored = store.hub(hub.id).unwrap();
    assert_eq!((stored.notes.as_str(), stored.website.as_str()), ("Visited in May; new director.", "https://kfs.example/"));

    // Reloaded (the form now at version 2), the same edit goes through and keeps the notes.
    let mut reloaded = HubInput::from(&stored);
    reloaded.website = mine.website.clone();
    let saved = store.update_hub(hub.id, &reloaded).unwrap();
    assert_eq!((saved.notes.as_str(), saved.website.as_str(), saved.version), ("Visited in May; new director.", "https://new.kfs.example/", 3));

    // Overwriting on purpose: the stale form sent with the version the conflict named.
    mine.expected_version = Some(3);
    let over = store.update_hub(hub.id, &mine).unwrap();
    assert_eq!((over.notes.as_str(), over.version), ("", 4));
    // Any writer raises the version: archiving, and an import.
    assert_eq!(store.set_hub_archived(hub.id, true).unwrap().version, 5);
}

#[test]
fn stale_saves_of_settings_cycles_and_applications_are_refused_and_other_changes_pass() {
    use mobility_desk_core::cycle::cycles::{CycleQuery, Phase};
    let mut s = Store::open_in_memory().unwrap();
    s.load_demo().unwrap();

    // Settings: read at one version, the name changed elsewhere, the stale form refused.
    let form = SettingsInput {
        network_name: "Réseau".into(),
        postal_address: "Rue de la Loi 42\n1040 Bruxelles".into(),
        signatory_name: "Ana Novak".into(),
        signatory_title: "Director".into(),
        default_language: "en".into(),
        signing_place: String::new(),
    };
    let read = s.save_settings(form.clone()).unwrap();
    s.save_settings(SettingsInput { network_name: "Réseau des Lieux".into(), ..form.clone() }).unwrap();
    let err = s.save_settings_at(SettingsInput { signatory_name: "Someone Else".into(), ..form.clone() }, Some(read.version)).unwrap_err();
    assert_eq!((err.code, err.version_now), (ErrorCode::Conflict, Some(read.version + 1)), "{}", err.message);
    assert!(err.message.starts_with("The network's settings: "), "{}", err.message);
    assert_eq!(err.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["network_name"]);
    assert_eq!(s.settings().unwrap().network_name, "Réseau des Lieux", "the change made elsewhere is kept");
    // A new logo touches nothing the form writes: the form read before it still saves.
    let now = s.settings().unwrap();
    s.clear_logo().unwrap();
    s.save_settings_at(SettingsInput { network_name: "Réseau des Lieux".into(), ..form.clone() }, Some(now.version)).unwrap();

    // A cycle: the notes changed elsewhere; a phase move alone does not make a form stale.
    let cycle = s.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == mobility_desk_core::cycle::programmes::Shape::P2p).unwrap();
    let mut theirs = cycle.input();
    theirs.notes = "Jury on 3 March".into();
    s.update_cycle(cycle.id, &theirs).unwrap();
    let mut mine = cycle.input();
    mine.slots_primary += 1;
    let err = s.update_cycle_at(cycle.id, &mine, Some(cycle.version)).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict, "{}", err.message);
    assert!(err.message.contains("after you opened the form (notes)"), "{}", err.message);
    let now = s.cycle(cycle.id).unwrap();
    s.move_cycle(cycle.id, Phase::Selection, "").unwrap();
    let mut mine = now.input();
    mine.slots_primary += 1;
    let saved = s.update_cycle_at(cycle.id, &mine, Some(now.version)).unwrap();
    assert_eq!((saved.notes.as_str(), saved.slots_primary), ("Jury on 3 March", now.slots_primary + 1));

    // An application: its person changed elsewhere.
    let app = s.applications(cycle.id).unwrap().remove(0);
    let mut theirs = app.input();
    theirs.person_name = "Changed elsewhere".into();
    s.update_application(app.id, &theirs).unwrap();
    let mut mine = app.input();
    mine.summary = "A new plan".into();
    let err = s.update_application_at(app.id, &mine, Some(app.version)).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict, "{}", err.message);
    assert_eq!(err.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["person_name"]);
    assert_eq!(s.application(app.id).unwrap().person_name, "Changed elsewhere");

    // A programme: renamed elsewhere, then a stale form switches it off.
    let programme = s.programmes().unwrap().remove(0);
    let input = |p: &mobility_desk_core::cycle::programmes::Programme| mobility_desk_core::cycle::programmes::ProgrammeInput {
        name: p.name.clone(),
        description: p.description.clone(),
        enabled: p.enabled,
        defaults: p.defaults.clone(),
    };
    s.update_programme(programme.id, &mobility_desk_core::cycle::programmes::ProgrammeInput { name: "Peer Learning".into(), ..input(&programme) }).unwrap();
    let err = s.update_programme_at(programme.id, &mobility_desk_core::cycle::programmes::ProgrammeInput { enabled: false, ..input(&programme) }, Some(programme.version)).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict, "{}", err.message);
    assert_eq!(err.fields.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["name"]);
    assert_eq!(s.programme(programme.id).unwrap().name, "Peer Learning");
}
