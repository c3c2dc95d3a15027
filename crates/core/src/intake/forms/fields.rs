//! The fields of an application a form's column can fill, per programme shape, and the mapping
//! guessed from the header's column names.

use super::{ColumnMapping, ImportField};
use crate::platform::fold::ascii_key;
use crate::cycle::programmes::Shape;

struct FieldSpec {
    key: &'static str,
    /// The label in English, also a name the column may have (the window shows the
    /// `said-intake-import-field` message).
    label: &'static str,
    aliases: &'static [&'static str],
}

const REF: FieldSpec = FieldSpec {
    key: "external_ref",
    label: "Response ID",
    aliases: &["response id", "submission id", "entry id", "id", "ref", "reference", "response"],
};
const SUBMITTED: FieldSpec = FieldSpec {
    key: "submitted_at",
    label: "Submitted at",
    aliases: &["submitted", "submitted at", "submission date", "submission time", "timestamp", "date submitted", "created", "created at"],
};
const HUB: FieldSpec = FieldSpec {
    key: "hub",
    label: "Hub",
    aliases: &["hub", "hub name", "hub key", "applying hub", "home hub", "proposing hub", "your hub", "organisation", "organization"],
};
const ROLE: FieldSpec = FieldSpec {
    key: "role",
    label: "Visiting or hosting",
    aliases: &["role", "applying as", "visiting or hosting", "application type", "type"],
};
const PERSON: FieldSpec = FieldSpec {
    key: "person_name",
    label: "Name",
    aliases: &["name", "full name", "manager", "manager name", "hub manager", "contact name", "contact", "person", "traveller", "traveler", "participant"],
};
const EMAIL: FieldSpec = FieldSpec {
    key: "person_email",
    label: "E-mail",
    aliases: &["email", "e mail", "email address", "e mail address", "manager email", "contact email", "mail"],
};
const JOB: FieldSpec = FieldSpec {
    key: "person_role",
    label: "Role in the hub",
    aliases: &["role in the hub", "role", "job", "job title", "position", "function"],
};
const PARTNER: FieldSpec = FieldSpec {
    key: "partner_hub",
    label: "Partner or host hub",
    aliases: &["partner", "partner hub", "proposed partner", "proposed partner hub", "host", "host hub", "proposed host", "proposed host hub"],
};
const FORMAT: FieldSpec = FieldSpec {
    key: "format",
    label: "Format",
    aliases: &["format", "exchange format", "type of exchange"],
};
const STARTS: FieldSpec = FieldSpec {
    key: "starts_on",
    label: "First day",
    aliases: &["from", "start", "start date", "starts", "available from", "first day", "arrival", "date from"],
};
const ENDS: FieldSpec = FieldSpec {
    key: "ends_on",
    label: "Last day",
    aliases: &["to", "until", "end", "end date", "ends", "available until", "available to", "last day", "departure", "date to"],
};
const TITLE: FieldSpec = FieldSpec { key: "title", label: "Title", aliases: &["title", "workshop title", "workshop"] };
const SUMMARY: FieldSpec = FieldSpec {
    key: "summary",
    label: "Work plan or summary",
    aliases: &["work plan", "workplan", "summary", "description", "plan", "proposal"],
};
const TRAVELLERS: FieldSpec = FieldSpec {
    key: "travellers",
    label: "Travellers",
    aliases: &["travellers", "travelers", "number of travellers", "number of travelers", "people travelling"],
};
const MODE: FieldSpec = FieldSpec {
    key: "travel_mode",
    label: "Travel mode",
    aliases: &["travel mode", "travel", "mode of travel", "green travel", "how will you travel"],
};
const PARTICIPANTS: FieldSpec = FieldSpec {
    key: "participants",
    label: "Expected participants",
    aliases: &["participants", "expected participants", "number of participants"],
};
const BUDGET: FieldSpec = FieldSpec {
    key: "budget_request",
    label: "Budget request (€)",
    aliases: &["budget", "budget request", "requested budget", "amount requested"],
};
const NEEDS: FieldSpec = FieldSpec {
    key: "needs",
    label: "Accessibility or inclusion needs",
    aliases: &["needs", "accessibility", "inclusion", "accessibility needs", "inclusion needs", "accessibility or inclusion needs", "special needs"],
};

/// The fields of a shape, in the order the form shows them, and which are required.
fn specs(shape: Shape) -> Vec<(&'static FieldSpec, bool)> {
    match shape {
        Shape::P2p => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&HUB, true),
            (&ROLE, true),
            (&PERSON, true),
            (&EMAIL, false),
            (&PARTNER, false),
            (&STARTS, false),
            (&ENDS, false),
            (&SUMMARY, false),
            (&TRAVELLERS, false),
            (&MODE, false),
            (&NEEDS, false),
        ],
        Shape::StaffExchange => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&PERSON, true),
            (&EMAIL, false),
            (&JOB, false),
            (&HUB, true),
            (&PARTNER, false),
            (&FORMAT, true),
            (&STARTS, true),
            (&ENDS, true),
            (&MODE, false),
            (&NEEDS, false),
        ],
        Shape::HubsAlliance => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&PERSON, true),
            (&EMAIL, false),
            (&HUB, true),
            (&PARTNER, true),
            (&STARTS, true),
            (&ENDS, true),
            (&MODE, false),
            (&NEEDS, false),
        ],
        Shape::Workshops => vec![
            (&REF, false),
            (&SUBMITTED, false),
            (&HUB, true),
            (&PERSON, false),
            (&EMAIL, false),
            (&TITLE, true),
            (&SUMMARY, false),
            (&STARTS, true),
            (&ENDS, true),
            (&PARTICIPANTS, true),
            (&BUDGET, false),
            (&NEEDS, false),
        ],
    }
}

pub fn import_fields(shape: Shape) -> Vec<ImportField> {
    specs(shape)
        .into_iter()
        .map(|(f, required)| ImportField {
            key: f.key.to_string(),
            label: crate::phrase!("said-intake-import-field", field = f.key),
            required,
            hint: crate::phrase!("said-intake-import-hint", field = f.key),
        })
        .collect()
}

/// Column names compared without case, accents, punctuation or spacing.
pub(super) fn norm(text: &str) -> String {
    ascii_key(text).chars().filter(|c| c.is_ascii_alphanumeric()).collect()
}

/// The mapping guessed from the header: each field takes the first free column whose name is
/// the field's key, label or one of its usual names.
pub(super) fn guess(shape: Shape, headers: &[String], already: &ColumnMapping) -> ColumnMapping {
    let mut mapping = already.clone();
    let normed: Vec<String> = headers.iter().map(|h| norm(h)).collect();
    for (spec, _) in specs(shape) {
        if mapping.contains_key(spec.key) {
            continue;
        }
        let names: Vec<String> = [spec.key, spec.label].iter().chain(spec.aliases.iter()).map(|n| norm(n)).collect();
        let taken: Vec<&String> = mapping.values().collect();
        let found = names.iter().find_map(|name| headers.iter().zip(&normed).find(|(h, n)| *n == name && !taken.contains(h)).map(|(h, _)| h.clone()));
        if let Some(h) = found {
            mapping.insert(spec.key.to_string(), h);
        }
    }
    mapping
}
